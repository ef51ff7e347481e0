// The event log's schema: it reads every event decide writes exactly as written, upgrades each
// shape older versions wrote, and names the field when a stored event is wrong.
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, parseEvent } from '../../shared/domain/event-schema.ts';
import type { DomainEvent } from '../../shared/domain/events.ts';
import { baseInput, qaTimer, T0 } from './given.ts';
import { ratingReferenceShow, referenceShow } from './reference-show.ts';

const read = (value: unknown) => {
  const r = parseEvent(JSON.parse(JSON.stringify(value)));
  if (!r.ok) throw new Error(r.problem);
  return r.event;
};
const problem = (value: unknown) => {
  const r = parseEvent(value);
  return r.ok ? null : r.problem;
};

describe('events in the current shape', () => {
  it('every event of a whole evening (and of a 评比) reads back as written, every type among them', () => {
    const events = [...referenceShow().history(), ...ratingReferenceShow().history()];
    for (const e of events) expect(read(e), e.type).toEqual(JSON.parse(JSON.stringify(e)));
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(EVENT_TYPES));
    // All three cases of ScoringOpened are in it.
    const opened = events.filter((e) => e.type === 'ScoringOpened').map((e) => Object.keys(e).sort().join(','));
    expect(new Set(opened)).toEqual(new Set(['presenterId,type', 'presenterId,qaUsedMs,type', 'overtimeMs,presenterId,reportDurationMs,reportUsedMs,type']));
  });
});

describe('old shapes are upgraded', () => {
  it('a definition without ids (0.1) gets j1…, p1…, c1… in list order, in ContestCreated and DefinitionReplaced', () => {
    const created = read({ type: 'ContestCreated', contestId: 'x', definition: baseInput, at: T0 });
    const replaced = read({ type: 'DefinitionReplaced', definition: { ...baseInput, judges: [...baseInput.judges].reverse() } });
    for (const e of [created, replaced]) {
      if (e.type !== 'ContestCreated' && e.type !== 'DefinitionReplaced') throw new Error(e.type);
      expect(e.definition.judges.map((j) => j.id)).toEqual(['j1', 'j2', 'j3']);
      expect(e.definition.presenters.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
      expect(e.definition.criteria.map((c) => c.id)).toEqual(['c1', 'c2']);
    }
    // By position: after the edit j1 is the judge listed first, as 0.1 had it.
    if (replaced.type === 'DefinitionReplaced') expect(replaced.definition.judges[0]!.name).toBe(baseInput.judges[2]!.name);
  });

  it('steps back and reopenings without a time get at: null', () => {
    const back = { type: 'SteppedBack', presenterId: 'p1', from: 'scoring', to: 'qa', reason: '误操作', current: 'p1', timer: qaTimer() };
    expect(read(back)).toEqual({ ...back, at: null });
    expect(read({ type: 'ContestReopened', reason: '重新开放' })).toEqual({ type: 'ContestReopened', reason: '重新开放', at: null });
  });

  it('Q&A and scoring opened from the report without the report allotment get reportDurationMs: null', () => {
    const qa = { type: 'QaStarted', presenterId: 'p1', reportUsedMs: 1000, overtimeMs: 0, timer: qaTimer() };
    expect(read(qa)).toEqual({ ...qa, reportDurationMs: null });
    const opened = { type: 'ScoringOpened', presenterId: 'p1', reportUsedMs: 1000, overtimeMs: 0 };
    expect(read(opened)).toEqual({ ...opened, reportDurationMs: null });
  });
});

describe('a wrong event is refused with the field named', () => {
  const timer = { kind: 'qa', durationMs: 1, running: false, endsAt: null, remainingMs: 1 };
  const qa: DomainEvent = { type: 'QaStarted', presenterId: 'p1', reportUsedMs: 0, overtimeMs: 0, reportDurationMs: 1, timer: { ...qaTimer() } };

  it.each([
    ['a wrong field type', { ...qa, timer: { ...timer, kind: 'lunch' } }, /^timer\.kind: /],
    ['a missing field', { type: 'MarksSubmitted', presenterId: 'p1', judgeId: 'j1', at: T0 }, /^values: /],
    ['a field no version wrote', { ...qa, extra: 1 }, /extra/],
    ['an unknown type', { type: 'ScoresFlipped' }, /^unknown event type "ScoresFlipped"$/],
    ['no object at all', [1, 2], /^not a JSON object$/],
    ['ScoringOpened with report usage and Q&A time together', { type: 'ScoringOpened', presenterId: 'p1', reportUsedMs: 1, overtimeMs: 0, qaUsedMs: 1 }, /qaUsedMs/],
    ['a definition that fails its own rules', { type: 'DefinitionReplaced', definition: { ...baseInput, judges: [] } }, /^definition\.judges: /],
  ])('%s', (_what, value, expected) => {
    expect(problem(value)).toMatch(expected);
  });
});
