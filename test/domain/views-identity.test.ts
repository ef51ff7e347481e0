// A view's unchanged parts stay the same objects from one commit to the next (shared/views.ts,
// shared/stable.ts): the server's patch of a view skips a part that is the same object, so after
// one judge's submission the host's, the other judges' and the hall's patches only walk what
// changed. Asserted as identity here, and as the patch itself with the server's PatchRooms.
import { describe, expect, it } from 'vitest';
import { PatchRooms } from '../../server/view-patches.ts';
import { decide } from '../../shared/domain/decide.ts';
import type { ContestState } from '../../shared/domain/state.ts';
import { hostView, judgeView, publicView } from '../../shared/views.ts';
import { context, fold, judge, Show, withId } from './given.ts';

/** A show with p1 revealed and p2 being scored, judge j1 having submitted. */
const midShow = () => new Show().start().next('p1').open().scoreAll('p1', [[20, 15], [25, 15], [22, 18]]).reveal().next('p2').open().submit('p2', 'j1', [20, 10]).state;

/** A command evolved onto `s` as the server does (a Show replays its whole history, so no identity survives it). */
function then(s: ContestState, command: Parameters<typeof withId>[0], actor = judge('j2')): ContestState {
  const d = decide(s, withId(command), context({ actor }));
  if (!d.ok) throw new Error(d.message);
  return fold(s, d.events);
}
const j2Submits = (s: ContestState) => then(s, { type: 'score:submit', presenterId: 'p2', values: [21, 12] });

describe('views across a judge’s submission', () => {
  it('keep what the submission did not change as the same objects', () => {
    const before = midShow();
    const [h1, j1, j3, p1] = [hostView(before, new Set()), judgeView(before, 'j1'), judgeView(before, 'j3'), publicView(before)];
    const after = j2Submits(before);
    const [h2, j1b, j3b, p2] = [hostView(after, new Set()), judgeView(after, 'j1'), judgeView(after, 'j3'), publicView(after)];

    // The presenter list (statuses) and the revealed presenter p1 did not change.
    expect(p2.presenters).toBe(p1.presenters);
    expect(p2.revealed).toBe(p1.revealed);
    expect(p2.ranking).toBe(p1.ranking);
    expect(h2.presenters[0]).toBe(h1.presenters[0]);
    expect(h2.judges).toBe(h1.judges);
    expect(h2.comments).toBe(h1.comments);
    expect(h2.results).not.toBe(h1.results); // p2's provisional score moved
    // A judge who did not act: their marks and questions are the same objects.
    expect(j3b.myMarks).toBe(j3.myMarks);
    expect(j3b.myQuestions).toBe(j3.myQuestions);
    expect(j1b.myMarks).toBe(j1.myMarks);
    // What changed is new: p2's marks on the host, the hall's count.
    expect(h2.presenters[1]).not.toBe(h1.presenters[1]);
    expect(h2.presenters[1]!.marks.j2).toBeDefined();
    expect(p2.progress).toEqual({ submitted: 2, expected: 3 });
  });

  it('patch the host, the hall and the judges only where the submission changed them', () => {
    const before = midShow();
    const rooms = new PatchRooms(1);
    const all = (s: ContestState) => ({
      host: rooms.next('host', hostView(s, new Set()), 'patch'),
      screen: rooms.next('screen', publicView(s), 'compact'),
      j3: rooms.next('judge:j3', judgeView(s, 'j3'), 'patch'),
    });
    all(before);
    const sent = all(j2Submits(before));
    const paths = (x: (typeof sent)['host']) => (x && 'patch' in x ? x.patch.ops.map((o) => o.path) : []);
    // The host: p2's new mark and what depends on it (its provisional score, the screen's count), never p1.
    expect(paths(sent.host).length).toBeGreaterThan(0);
    expect(paths(sent.host).some((p) => p.startsWith('/presenters/1/marks/j2'))).toBe(true);
    expect(paths(sent.host).filter((p) => p.startsWith('/presenters/0'))).toEqual([]);
    expect(paths(sent.screen).sort()).toEqual(['/progress/submitted', '/rev', '/seq']);
    // Another judge's view differs in rev alone: nothing is sent to them.
    expect(sent.j3).toBeNull();
  });

  it("show a report-time correction on the host's entry of that presenter at once", () => {
    const before = midShow();
    const h1 = hostView(before, new Set());
    expect(h1.presenters[0]!.reportCorrection).toBeNull();
    const after = then(before, { type: 'report:correct', presenterId: 'p1', seconds: 295, reason: '计时器停晚了' }, { role: 'host' });
    const h2 = hostView(after, new Set());
    expect(h2.presenters[0]!.reportCorrection).toMatchObject({ reason: '计时器停晚了' });
    expect(h2.presenters[0]!.reportUsedMs).toBe(295_000);
    expect(h2.presenters[1]).toBe(h1.presenters[1]);
  });
});
