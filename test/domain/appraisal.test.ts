// 民主测评: the hall's vote, in the given/when/then style. Numbers: full marks 50 (30 + 20); the
// judges' SHEETS_375 give J = 37.5; 满意 (o1) 100, 基本满意 (o2) 80, 不满意 (o3) 0, 不了解 (o4) not counted.
import { describe, expect, it } from 'vitest';
import type { ContestDefinitionInput } from '../../shared/definition.ts';
import { revealedResults } from '../../shared/views.ts';
import { given, makeDef, show, SHEETS_375, T0, voter, type Show } from './given.ts';

const CODES = [1, 2, 3, 4].map((serial) => ({ serial, hash: `h${serial}` }));
type AppraisalInput = NonNullable<ContestDefinitionInput['appraisal']>;

/** A contest with the appraisal and four ballot codes issued (as the server's HTTP route does). */
function withAppraisal(appraisal: AppraisalInput = {}): Show {
  const s = show(makeDef({ appraisal }));
  s.events.push({ type: 'BallotCodesIssued', codes: CODES, at: T0 });
  return s.start();
}
const vote = (s: Show, code: string, choices: Record<string, string>) => s.do({ type: 'appraisal:vote', choices }, { actor: voter(code) });
/** p1 on stage with scoring (and so voting) open. */
const scoringP1 = (appraisal?: AppraisalInput) => withAppraisal(appraisal).next('p1').open();
const line = (s: Show, id = 'p1') => revealedResults(s.state).presenters.find((p) => p.presenterId === id)!;

describe('opening and closing (perPresenter)', () => {
  it('opens with the judges’ scoring and closes at the reveal, fixing the count', () => {
    const h = withAppraisal().next('p1');
    given(h.history()).when({ type: 'scoring:open' }, { now: T0 }).then([
      { type: 'ScoringOpened', presenterId: 'p1', reportUsedMs: 0, overtimeMs: 0, reportDurationMs: 300_000 },
      { type: 'AppraisalOpened', presenterIds: ['p1'], at: T0 },
    ]);
    const s = vote(vote(h.open().scoreAll('p1', SHEETS_375), 'h1', { p1: 'o1' }), 'h2', { p1: 'o2' });
    const closed = given(s.history()).when({ type: 'scoring:reveal' }, { now: T0 }).then([
      { type: 'MarksRevealed', presenterId: 'p1', missing: [], at: T0 },
      { type: 'AppraisalClosed', counts: { p1: { o1: 1, o2: 1, o3: 0, o4: 0 } }, at: T0 },
    ]);
    expect(closed.appraisal.open).toBeNull();
    expect(closed.presenters.p1?.appraisal?.counts).toEqual({ o1: 1, o2: 1, o3: 0, o4: 0 });
  });

  it('a vote after the close is refused and counts nowhere', () => {
    const h = scoringP1().scoreAll('p1', SHEETS_375).reveal();
    given(h.history()).when({ type: 'appraisal:vote', choices: { p1: 'o1' } }, { actor: voter('h1') }).thenFails('wrong_state');
  });

  it('the contest cannot finish while voting is open', () => {
    const h = withAppraisal({ opens: 'atEnd' });
    for (const p of ['p1', 'p2', 'p3']) h.turn(p, SHEETS_375);
    h.do({ type: 'appraisal:open' });
    given(h.history()).when({ type: 'contest:finish' }).thenFails('wrong_state');
  });

  it('a presenter sent back to the queue leaves the round with their ballots', () => {
    const h = vote(scoringP1(), 'h1', { p1: 'o1' }).back('还要提问').back('汇报未完');
    const events = given(h.history()).when({ type: 'flow:back', reason: '叫错了' }, { now: T0 }).events();
    expect(events.at(-1)).toEqual({ type: 'AppraisalWithdrawn', presenterId: 'p1', ballots: 1, reason: '叫错了', at: T0 });
    expect(given(h.history()).when({ type: 'flow:back', reason: '叫错了' }).after().appraisal.open).toBeNull();
  });
});

describe('the electorate', () => {
  it('codes: a vote needs a code issued and not voided', () => {
    const h = scoringP1();
    const cast = (actor = voter('h1')) => given(h.history()).when({ type: 'appraisal:vote', choices: { p1: 'o1' } }, { actor });
    expect(cast().events()).toEqual([{ type: 'BallotCast', voter: 'code:h1', choices: { p1: 'o1' }, at: T0 }]);
    cast(voter('forged')).thenFails('forbidden');
    cast(voter('constructor')).thenFails('forbidden');
    cast(voter('h1', 'device')).thenFails('forbidden');
    cast({ role: 'audience' }).thenFails('forbidden');
    cast({ role: 'judge', judgeId: 'j1' }).thenFails('forbidden');
    const voided = h.do({ type: 'appraisal:void', serial: 1, reason: '测评票遗失' });
    given(voided.history()).when({ type: 'appraisal:vote', choices: { p1: 'o1' } }, { actor: voter('h1') }).thenFails('forbidden');
  });

  it('open: one ballot per phone; a code means nothing', () => {
    const h = scoringP1({ electorate: 'open' });
    const cast = (actor = voter('phone-1', 'device')) => given(h.history()).when({ type: 'appraisal:vote', choices: { p1: 'o2' } }, { actor });
    expect(cast().events()[0]).toMatchObject({ type: 'BallotCast', voter: 'device:phone-1' });
    cast(voter('h1')).thenFails('forbidden');
  });

  it('voiding a code drops its ballots from the open round', () => {
    const h = vote(vote(scoringP1(), 'h1', { p1: 'o1' }), 'h2', { p1: 'o3' }).do({ type: 'appraisal:void', serial: 2, reason: '冒用' });
    expect(h.state.appraisal.ballots.p1).toEqual({ 'code:h1': 'o1' });
    expect(h.state.appraisal.voided).toEqual([{ serial: 2, reason: '冒用', at: T0 }]);
    given(h.history()).when({ type: 'appraisal:void', serial: 2, reason: '再次' }).thenFails('wrong_state');
    given(h.history()).when({ type: 'appraisal:void', serial: 99, reason: '不存在' }).thenFails('not_found');
  });

  it('a ballot for a presenter outside the round, or an unknown option, is refused', () => {
    const h = scoringP1();
    given(h.history()).when({ type: 'appraisal:vote', choices: { p2: 'o1' } }, { actor: voter('h1') }).thenFails('not_current');
    given(h.history()).when({ type: 'appraisal:vote', choices: { p1: 'o9' } }, { actor: voter('h1') }).thenFails('invalid');
  });
});

describe('the score', () => {
  const scored = (appraisal: AppraisalInput, ballots: [string, string][]) => {
    let h = scoringP1(appraisal).scoreAll('p1', SHEETS_375);
    for (const [code, option] of ballots) h = vote(h, code, { p1: option });
    return line(h.reveal());
  };

  it('a changed vote: the last one counts', () => {
    const p = scored({}, [['h1', 'o3'], ['h2', 'o2'], ['h1', 'o1']]);
    expect(p.appraisal?.options.map((o) => o.count)).toEqual([1, 1, 0, 0]);
  });

  it('weight 30 %: 0.7 × 37.5 + 0.3 × (90 × 50 / 100) = 39.75', () => {
    const p = scored({ weight: 0.3 }, [['h1', 'o1'], ['h2', 'o2'], ['h3', 'o4']]);
    expect(p.appraisal).toMatchObject({ ballots: 3, counted: 2, score: 90, satisfaction: 1, component: 13.5, judges: 37.5, pending: false, noBallots: false });
    expect([p.raw, p.final]).toEqual([39.75, 39.75]);
  });

  it('weight 0: shown, not counted', () => {
    const p = scored({ weight: 0 }, [['h1', 'o3']]);
    expect(p.appraisal).toMatchObject({ score: 0, satisfaction: 0, component: null });
    expect(p.final).toBe(37.5);
  });

  it('no counted ballot: the judges alone, or an appraisal of 0, as the rule says', () => {
    expect(scored({ noBallots: 'judgesOnly' }, [['h1', 'o4']])).toMatchObject({ final: 37.5, appraisal: { noBallots: true, counted: 0, score: null } });
    expect(scored({ noBallots: 'zero' }, [])).toMatchObject({ final: 26.25, appraisal: { noBallots: false, component: 0 } });
  });

  it('the 四档 preset: 优秀 and 称职 are the satisfied share', () => {
    const p = scored({ preset: 'fourLevel' }, [['h1', 'o1'], ['h2', 'o3'], ['h3', 'o4'], ['h4', 'o5']]);
    expect(p.appraisal?.options.map((o) => o.name)).toEqual(['优秀', '称职', '基本称职', '不称职', '不了解']);
    expect(p.appraisal).toMatchObject({ counted: 3, score: 53.33 });
    expect(p.appraisal?.satisfaction).toBeCloseTo(1 / 3, 12);
  });
});

describe('one ballot for everyone at the end (atEnd)', () => {
  const ended = () => {
    const h = withAppraisal({ opens: 'atEnd' });
    h.turn('p1', SHEETS_375); // J 37.5
    h.turn('p2', [[25, 15], [25, 15], [20, 10]]); // J 40
    h.turn('p3', SHEETS_375); // J 37.5
    return h;
  };

  it('opens on every presenter who presented, and one ballot rates them all', () => {
    const h = ended();
    expect(h.state.appraisal.open).toBeNull(); // nothing opened with the scoring
    const opened = given(h.history()).when({ type: 'appraisal:open' }, { now: T0 }).then([{ type: 'AppraisalOpened', presenterIds: ['p1', 'p2', 'p3'], at: T0 }]);
    expect(opened.appraisal.open?.presenterIds).toEqual(['p1', 'p2', 'p3']);
  });

  it('until the round closes the final is the judges’ alone, marked pending', () => {
    expect(line(ended())).toMatchObject({ final: 37.5, appraisal: { pending: true, component: null } });
  });

  it('the appraisal can reverse the judges’ order and create a tie', () => {
    const h = ended().do({ type: 'appraisal:open' });
    // p1 and p3 all 满意 (S 50): 0.7 × 37.5 + 0.3 × 50 = 41.25 each; p2 all 不满意: 0.7 × 40 = 28.
    for (const code of ['h1', 'h2', 'h3']) vote(h, code, { p1: 'o1', p2: 'o3', p3: 'o1' });
    const r = revealedResults(h.do({ type: 'appraisal:close' }).state);
    const final = (id: string) => r.presenters.find((p) => p.presenterId === id)?.final;
    expect([final('p1'), final('p2'), final('p3')]).toEqual([41.25, 28, 41.25]);
    expect(r.ranking.map((x) => [x.presenterId, x.rank, x.shared])).toEqual([['p1', 1, true], ['p3', 1, true], ['p2', 3, false]]);
  });
});
