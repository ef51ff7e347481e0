// The 公示 domain as given/when/then: publication rules, the objection lifecycle, the period's end.
import { describe, expect, it } from 'vitest';
import { ObjectionInput, PublishNotice } from '../../shared/notice/commands.ts';
import { correctionsSince, decideNotice, decidePublish, type NoticeClock, type SourceFacts } from '../../shared/notice/decide.ts';
import { evolveNotice, noticePhase, replayNotice, standingAnswer, type NoticeEvent, type NoticeState } from '../../shared/notice/state.ts';
import { addWorkingDays } from '../../shared/notice/workdays.ts';
import { dayOf } from '../../shared/format.ts';

const terms = { start: '2026-03-16', end: '2026-03-20', issuer: '县委组织部', contact: '0851-1234567' };
const subject = { kind: 'contest' as const, contestId: 'c1' };
const on = (today: string, now = 1000): NoticeClock => ({ now, today });
const facts = (lastSeq: number, corrections: SourceFacts['corrections'] = [], final = true): SourceFacts => ({
  final,
  frozen: { title: '三月擂台赛', subtitle: '2026年3月13日', tables: [{ heading: '排名', columns: ['名次', '单位', '得分'], rows: [['1', '甲村', '91.20']] }], fingerprint: { sha256: `h${lastSeq}`, count: lastSeq, lastSeq } },
  corrections,
});

function given(...more: NoticeEvent[]): NoticeState {
  const published = decidePublish('n1', subject, terms, facts(40), on('2026-03-16'), []);
  if (!published.ok) throw new Error(published.message);
  return replayNotice([...published.events, ...more]);
}
const events = (d: ReturnType<typeof decideNotice>) => {
  if (!d.ok) throw new Error(`refused: ${d.message}`);
  return d.events;
};
const submit = (text: string, name: string | null = null, phone: string | null = null) => ({ type: 'objection:submit' as const, payload: { text, name, phone } });

describe('publication', () => {
  it('publishes a finished contest, frozen with the fingerprint and seq of its log', () => {
    const s = given();
    expect(s.publications).toEqual([expect.objectContaining({ version: 1, fingerprint: { sha256: 'h40', count: 40, lastSeq: 40 }, amendments: [] })]);
  });

  it('has one notice of a subject at a time: a second is refused until the first period is over', () => {
    const first = given();
    const again = (today: string, s: typeof subject | { kind: 'series'; seriesId: string; tierId: string; periodId: string } = subject) => decidePublish('n2', s, { ...terms, start: today, end: '2026-04-30' }, facts(40), on(today), [first]);
    expect(again('2026-03-16')).toMatchObject({ ok: false, code: 'wrong_state', message: expect.stringContaining('已有公示（2026-03-16 至 2026-03-20）') });
    // Upcoming counts too: published ahead of its start, it is the notice of that contest.
    expect(again('2026-03-10')).toMatchObject({ ok: false, code: 'wrong_state' });
    expect(again('2026-03-21')).toMatchObject({ ok: true });
    expect(again('2026-03-16', { kind: 'contest', contestId: 'c2' })).toMatchObject({ ok: true });
  });

  it('refuses a contest that has not finished', () => {
    expect(decidePublish('n1', subject, terms, facts(10, [], false), on('2026-03-16'), [])).toMatchObject({ ok: false, code: 'wrong_state' });
  });

  it('refuses a period that ends before it starts, and a missing issuing body', () => {
    expect(PublishNotice.safeParse({ subject, terms: { ...terms, end: '2026-03-15' } }).success).toBe(false);
    expect(PublishNotice.safeParse({ subject, terms: { ...terms, issuer: ' ' } }).success).toBe(false);
    expect(PublishNotice.safeParse({ subject, terms: { ...terms, start: '2026-02-30' } }).success).toBe(false);
  });

  it('republishes only after a correction made since, as version 2 with the reasons', () => {
    const s = given();
    expect(decideNotice(s, { type: 'notice:republish', payload: {} }, on('2026-03-17'), facts(40))).toMatchObject({ ok: false, code: 'wrong_state' });
    const old = [{ seq: 30, reason: '录入错误 (before publication)', at: 1 }];
    expect(decideNotice(s, { type: 'notice:republish', payload: {} }, on('2026-03-17'), facts(42, old))).toMatchObject({ ok: false });
    const fix = { seq: 41, reason: '张评委第2项误录为9，应为7', at: 2 };
    const out = events(decideNotice(s, { type: 'notice:republish', payload: {} }, on('2026-03-17', 5), facts(42, [...old, fix])));
    const after = out.reduce(evolveNotice, s);
    expect(after.publications.map((p) => p.version)).toEqual([1, 2]);
    expect(after.publications[1]).toMatchObject({ fingerprint: { sha256: 'h42', lastSeq: 42 }, amendments: [{ reason: fix.reason, at: 2 }] });
    expect(after.publications[0]!.fingerprint.sha256).toBe('h40');
  });

  it("counts a series period's contest corrections by time, since their seq is of another log", () => {
    const s = given(); // published at 1000
    const before = { seq: 900, reason: '公示前更正', at: 999, contestId: 'c7' };
    expect(correctionsSince(s, [before])).toEqual([]);
    const after = { seq: 12, reason: '乙评委误录', at: 1001, contestId: 'c7' };
    expect(correctionsSince(s, [before, after])).toEqual([after]);
    const out = events(decideNotice(s, { type: 'notice:republish', payload: {} }, on('2026-03-17', 1200), facts(40, [before, after])));
    expect(out.reduce(evolveNotice, s).publications[1]).toMatchObject({ version: 2, amendments: [{ reason: '乙评委误录' }] });
  });

  it("counts a contest's corrections by its own log's seq when the version recorded where that log stood", () => {
    const read = { contestId: 'c7', title: '三月擂台赛', fingerprint: { sha256: 'k20', count: 20, lastSeq: 20 } };
    const published = decidePublish('n1', subject, terms, { ...facts(40), frozen: { ...facts(40).frozen, contests: [read] } }, on('2026-03-16', 1000), []);
    if (!published.ok) throw new Error(published.message);
    const s = replayNotice(published.events);
    // Made before publication by seq, though its clock says later (the server's clock was stepped back):
    // the version already had it. One made after, with an earlier clock, is still new.
    const had = { seq: 19, reason: '公示前更正', at: 1005, contestId: 'c7' };
    const fresh = { seq: 21, reason: '乙评委误录', at: 990, contestId: 'c7' };
    // Another contest of the period, linked after the publication: by time.
    const linkedSince = { seq: 3, reason: '丙评委误录', at: 1001, contestId: 'c8' };
    expect(correctionsSince(s, [had, fresh, linkedSince])).toEqual([fresh, linkedSince]);
  });
});

describe('objections', () => {
  it('are taken during the period, numbered, and answered (every answer kept, the last one stands)', () => {
    const s = given();
    const first = events(decideNotice(s, submit('第3名的报告超时未扣分', '李四', '138 0000 0000'), on('2026-03-18', 7), null));
    expect(first).toEqual([{ type: 'ObjectionSubmitted', objectionId: 'o1', text: '第3名的报告超时未扣分', name: '李四', phone: '138 0000 0000', at: 7 }]);
    let t = first.reduce(evolveNotice, s);
    t = events(decideNotice(t, submit('匿名'), on('2026-03-18'), null)).reduce(evolveNotice, t);
    expect(t.objections.map((o) => o.id)).toEqual(['o1', 'o2']);
    const answer = (decision: 'upheld' | 'rejected' | 'corrected', reason: string) => ({ type: 'objection:answer' as const, payload: { objectionId: 'o1', decision, reason } });
    t = events(decideNotice(t, answer('upheld', '经核查计时无误'), on('2026-03-19'), null)).reduce(evolveNotice, t);
    t = events(decideNotice(t, answer('rejected', '超出受理范围'), on('2026-03-19'), null)).reduce(evolveNotice, t);
    expect(t.objections[0]!.answers).toHaveLength(2);
    expect(standingAnswer(t.objections[0]!)).toMatchObject({ decision: 'rejected' });
    expect(standingAnswer(t.objections[1]!)).toBeNull();
  });

  it('"corrected" needs a republished version; an unknown objection is not found', () => {
    const s = events(decideNotice(given(), submit('分数有误'), on('2026-03-18'), null)).reduce(evolveNotice, given());
    const answer = { type: 'objection:answer' as const, payload: { objectionId: 'o1', decision: 'corrected' as const, reason: '已更正' } };
    expect(decideNotice(s, answer, on('2026-03-18'), null)).toMatchObject({ ok: false, code: 'wrong_state' });
    const fixed = events(decideNotice(s, { type: 'notice:republish', payload: {} }, on('2026-03-18'), facts(41, [{ seq: 41, reason: 'r', at: 3 }]))).reduce(evolveNotice, s);
    expect(decideNotice(fixed, answer, on('2026-03-18'), null).ok).toBe(true);
    expect(decideNotice(fixed, { ...answer, payload: { ...answer.payload, objectionId: 'o9' } }, on('2026-03-18'), null)).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('are refused before the period and after it ends (公示期满); answering goes on', () => {
    const s = given();
    expect(decideNotice(s, submit('早'), on('2026-03-15'), null)).toMatchObject({ ok: false, code: 'wrong_state' });
    expect(decideNotice(s, submit('最后一天'), on('2026-03-20'), null).ok).toBe(true);
    expect(decideNotice(s, submit('晚'), on('2026-03-21'), null)).toMatchObject({ ok: false, code: 'wrong_state' });
    expect([noticePhase(s, '2026-03-15'), noticePhase(s, '2026-03-20'), noticePhase(s, '2026-03-21')]).toEqual(['upcoming', 'open', 'closed']);
  });

  it('need text; name and phone are optional, the phone loosely checked', () => {
    expect(ObjectionInput.safeParse({ text: '  ' }).success).toBe(false);
    expect(ObjectionInput.safeParse({ text: 'x'.repeat(1001) }).success).toBe(false);
    expect(ObjectionInput.parse({ text: '有异议', name: '', phone: '' })).toEqual({ text: '有异议', name: null, phone: null });
    expect(ObjectionInput.parse({ text: '有异议', phone: '+86 138-0000-0000' }).phone).toBe('+86 138-0000-0000');
    expect(ObjectionInput.safeParse({ text: '有异议', phone: 'call me' }).success).toBe(false);
  });
});

describe('working days', () => {
  it('counts five working days over a weekend', () => {
    expect(addWorkingDays('2026-03-16', 5)).toBe('2026-03-20'); // Monday → Friday
    expect(addWorkingDays('2026-03-18', 5)).toBe('2026-03-24'); // Wednesday → next Tuesday
    expect(addWorkingDays('2026-03-14', 5)).toBe('2026-03-20'); // a Saturday start counts from Monday
  });
  it('reads the calendar day in China time', () => {
    expect(dayOf(Date.UTC(2026, 2, 20, 16, 30))).toBe('2026-03-21');
  });
});
