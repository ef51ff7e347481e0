// The host's 下一步 button: which step the run page offers at each point of a real show, and who
// is still missing while scoring. Host views come from the real domain and shared/views.ts.
import { describe, expect, it } from 'vitest';
import { missingJudges, missingOffline, nextStep, unitOf } from '../../client/host/run/next-step.ts';
import { hostView } from '../../shared/views.ts';
import { judge, SEC, Show } from '../domain/given.ts';

const view = (h: Show) => hostView(h.state, new Set());
const step = (h: Show) => nextStep(view(h));
const onStage = (h: Show) => view(h).current?.presenterId ?? '';

/** Every judge of the view scores the presenter on stage. */
function allScore(h: Show): Show {
  const id = onStage(h);
  for (const j of view(h).judges) h.do({ type: 'score:submit', presenterId: id, values: [20, 15] }, { actor: judge(j.id) });
  return h;
}

/** One presenter from being called to revealed. */
const throughOne = (h: Show) => allScore(h.next().startTimer().after(60 * SEC).qa().open()).reveal();

describe('next step of the run of show', () => {
  it('offers to start a contest still in setup', () => {
    expect(step(new Show())).toBe('start');
  });

  it('offers the first presenter once started, before anyone has been on stage', () => {
    expect(step(new Show().start())).toBe('first');
    expect(step(new Show().start().draw(7))).toBe('first');
  });

  it('offers the report clock for a presenter just called, and Q&A once it has run', () => {
    const h = new Show().start().next();
    expect(step(h)).toBe('timer');
    h.startTimer();
    expect(step(h)).toBe('qa');
    // Paused part-way it stays Q&A: the clock has been used, restarting it is not the next step.
    h.after(30 * SEC).pauseTimer();
    expect(step(h)).toBe('qa');
  });

  it('goes Q&A → scoring → reveal, and reveal also while scoring is locked', () => {
    const h = new Show().start().next().startTimer().qa();
    expect(step(h)).toBe('score');
    h.open();
    expect(step(h)).toBe('reveal');
    h.lock();
    expect(step(h)).toBe('reveal');
  });

  it('offers the next presenter after a reveal while some are waiting, then finishing', () => {
    const h = throughOne(new Show().start());
    expect(step(h)).toBe('next');
    throughOne(h);
    expect(step(h)).toBe('next');
    throughOne(h);
    expect(step(h)).toBe('finish');
    h.finish();
    expect(step(h)).toBe('none');
  });

  it('does not wait for absent presenters: with only those left, the step is finish', () => {
    const h = new Show().start();
    const [, second, third] = view(h).presenters;
    h.do({ type: 'presenter:absent', presenterId: second!.id }).do({ type: 'presenter:absent', presenterId: third!.id });
    throughOne(h);
    expect(step(h)).toBe('finish');
  });
});

describe('missing judges while scoring', () => {
  it('names the judges who have not submitted for the presenter on stage, in seat order', () => {
    const h = new Show().start().next().startTimer().qa().open();
    const judges = view(h).judges;
    expect(missingJudges(view(h))).toEqual(judges.map((j) => j.name));
    h.do({ type: 'score:submit', presenterId: onStage(h), values: [20, 15] }, { actor: judge(judges[1]!.id) });
    expect(missingJudges(view(h))).toEqual([judges[0]!.name, judges[2]!.name]);
  });

  it('is empty with nobody on stage', () => {
    expect(missingJudges(view(new Show().start()))).toEqual([]);
    expect(missingOffline(view(new Show().start()))).toEqual([]);
  });

  it('says which of them are offline: their phones may hold marks not yet delivered', () => {
    const h = new Show().start().next().startTimer().qa().open();
    const v = view(h);
    const [first, second, third] = v.judges;
    // The second has submitted; the first is online without submitting; the third is offline.
    h.do({ type: 'score:submit', presenterId: onStage(h), values: [20, 15] }, { actor: judge(second!.id) });
    const now = view(h);
    const seen = { ...now, judges: now.judges.map((j) => ({ ...j, online: j.id !== third!.id })) };
    expect(missingJudges(seen)).toEqual([first!.name, third!.name]);
    expect(missingOffline(seen)).toEqual([third!.name]);
  });
});

describe('unitOf', () => {
  it('names a presenter by unit, and falls back to the id it was given', () => {
    const v = view(new Show());
    expect(unitOf(v, v.presenters[1]!.id)).toBe('小街镇');
    expect(unitOf(v, 'gone')).toBe('gone');
  });
});
