// decide for a series: a command against the state gives events or a refusal, nothing else.
// Ids are drawn from the state (u7, e31), so a replay gives the same ones.
import type { ErrorCode } from '../protocol/index.ts';
import { normaliseSeries } from './definition.ts';
import type { SeriesCommand } from './commands.ts';
import { isCalendarDate, pointsWellFormed } from './ledger.ts';
import { unitByName, unitKey, type ContestKind, type LedgerEntry, type SeriesEvent, type SeriesState } from './state.ts';

export type SeriesDecision = { ok: true; events: SeriesEvent[] } | { ok: false; code: ErrorCode; message: string; issues?: string[] };

const refuse = (code: ErrorCode, message: string, issues?: string[]): SeriesDecision => ({ ok: false, code, message, ...(issues ? { issues } : {}) });
const nextId = (prefix: string, ids: readonly string[]) => `${prefix}${1 + Math.max(0, ...ids.map((id) => Number(new RegExp(`^${prefix}(\\d+)$`).exec(id)?.[1] ?? 0)))}`;

export function decideSeries(state: SeriesState, command: SeriesCommand, now: number): SeriesDecision {
  const unit = (id: string) => state.units.find((u) => u.id === id);
  switch (command.type) {
    case 'series:define': {
      const def = normaliseSeries(command.payload.definition, state.usedIds);
      const kept = (key: 'tiers' | 'periods' | 'headings') => new Set(def[key].map((x) => x.id));
      const inUse = [
        ...state.units.filter((u) => !kept('tiers').has(u.tierId)).map((u) => `层级 ${u.tierId} 仍有单位 ${u.name} (tier in use)`),
        ...state.contests.filter((c) => !kept('tiers').has(c.tierId) || !kept('periods').has(c.periodId)).map((c) => `比赛「${c.title}」仍在该层级/期次 (in use by a contest)`),
        ...state.ledger.filter((e) => !kept('periods').has(e.periodId) || !kept('headings').has(e.headingId)).slice(0, 1).map(() => '积分记录仍在使用该期次或项目 (in use by the ledger)'),
      ];
      if (inUse.length) return refuse('wrong_state', '不能删除仍在使用的层级、期次或积分项目 (still in use)', inUse);
      return { ok: true, events: [{ type: 'SeriesDefined', definition: def, at: now }] };
    }
    case 'unit:add': {
      const { tierId, name } = command.payload;
      if (!state.def.tiers.some((t) => t.id === tierId)) return refuse('not_found', '没有这个层级 (unknown tier)');
      if (unitByName(state, tierId, name)) return refuse('wrong_state', `该层级已有单位「${name}」 (unit exists)`);
      return { ok: true, events: [{ type: 'UnitAdded', unitId: nextId('u', state.units.map((u) => u.id)), name, tierId, at: now }] };
    }
    case 'unit:rename': {
      const { unitId, name, reason } = command.payload;
      const u = unit(unitId);
      if (!u || u.mergedInto) return refuse('not_found', '没有这个单位 (unknown or merged unit)');
      const other = unitByName(state, u.tierId, name);
      if (other && other.id !== u.id) return refuse('wrong_state', `该层级已有单位「${name}」，如为同一单位请合并 (another unit has this name; merge instead)`);
      if (unitKey(u.name) === unitKey(name)) return refuse('wrong_state', '名称没有变化 (same name)');
      return { ok: true, events: [{ type: 'UnitRenamed', unitId, name, reason, at: now }] };
    }
    case 'unit:merge': {
      const { from, into, reason } = command.payload;
      const [a, b] = [unit(from), unit(into)];
      if (!a || !b || a.mergedInto || b.mergedInto) return refuse('not_found', '没有这个单位 (unknown or merged unit)');
      if (a.id === b.id) return refuse('invalid', '不能与自身合并 (a unit cannot merge into itself)');
      if (a.tierId !== b.tierId) return refuse('wrong_state', '只能合并同一层级的单位 (units of different tiers)');
      const clash = state.contests.find((c) => {
        const units = Object.values(c.units);
        return units.includes(a.id) && units.includes(b.id);
      });
      if (clash) return refuse('wrong_state', `「${a.name}」与「${b.name}」同在比赛「${clash.title}」中，不是同一单位 (both took part in one contest)`);
      return { ok: true, events: [{ type: 'UnitsMerged', from, into, reason, at: now }] };
    }
    case 'ledger:add':
      return ledgerAdd(state, command.payload, now);
    case 'ledger:correct': {
      const p = command.payload;
      const old = state.ledger.find((e) => e.id === p.corrects);
      if (!old) return refuse('not_found', '没有这条积分记录 (unknown entry)');
      if (state.ledger.some((e) => e.corrects === old.id)) return refuse('wrong_state', '这条记录已更正过，请更正最新的一条 (already corrected; correct the correction)');
      const entry = { ...old, id: nextId('e', state.ledger.map((e) => e.id)), corrects: old.id, points: p.points, by: p.by };
      if (p.date !== undefined) entry.date = p.date;
      if (p.headingId !== undefined) entry.headingId = p.headingId;
      if (p.unitId !== undefined) entry.unitId = p.unitId;
      if (p.periodId !== undefined) entry.periodId = p.periodId;
      if (p.note !== undefined) entry.reason = p.note;
      const issues = entryIssues(state, entry, true);
      if (issues.length) return refuse('invalid', issues.join('；'), issues);
      const { at: _at, ...fields } = entry;
      return { ok: true, events: [{ type: 'LedgerCorrected', entry: fields, reason: p.reason, at: now }] };
    }
  }
}

/** What is wrong with an entry once resolved to ids (empty when nothing). */
function entryIssues(state: SeriesState, e: Omit<LedgerEntry, 'at' | 'corrects'>, correction: boolean): string[] {
  const out: string[] = [];
  const u = state.units.find((x) => x.id === e.unitId);
  if (!u || u.mergedInto) out.push('单位不存在或已合并 (unknown unit)');
  if (!state.def.periods.some((p) => p.id === e.periodId)) out.push('期次不存在 (unknown period)');
  if (!state.def.headings.some((h) => h.id === e.headingId)) out.push('积分项目不存在 (unknown heading)');
  return [...out, ...valueIssues(e, correction)];
}

/** The entry's own values: date, points, reason. */
function valueIssues(e: Pick<LedgerEntry, 'date' | 'points' | 'reason'>, correction: boolean): string[] {
  const out: string[] = [];
  if (!isCalendarDate(e.date)) out.push(`日期无效: ${e.date}，应为 2026-03-15 的格式 (date YYYY-MM-DD)`);
  if (!pointsWellFormed(e.points) || (!correction && e.points === 0)) out.push(`分值无效: ${e.points} (points: non-zero, at most 2 decimals, |points| ≤ 1000)`);
  if (!correction && e.reason.length === 0) out.push('请填写事由 (a reason is required)');
  return out;
}

type AddPayload = Extract<SeriesCommand, { type: 'ledger:add' }>['payload'];

/** Resolves each pasted row's names to ids; any bad row refuses the whole batch, naming every one. */
function ledgerAdd(state: SeriesState, p: AddPayload, now: number): SeriesDecision {
  if (!state.def.periods.some((x) => x.id === p.periodId)) return refuse('not_found', '期次不存在 (unknown period)');
  const tiers = p.tierId ? [p.tierId] : state.def.tiers.map((t) => t.id);
  const ids = state.ledger.map((e) => e.id);
  const entries: Omit<LedgerEntry, 'at' | 'corrects'>[] = [];
  const issues: string[] = [];
  p.rows.forEach((row, i) => {
    const units = tiers.flatMap((t) => unitByName(state, t, row.unit) ?? []);
    const heading = state.def.headings.find((h) => h.name === row.heading || h.id === row.heading);
    const rowIssues: string[] = [];
    if (units.length === 0) rowIssues.push(`没有单位「${row.unit}」 (unknown unit)`);
    if (units.length > 1) rowIssues.push(`「${row.unit}」在多个层级中，请先选择层级 (unit in several tiers; choose a tier)`);
    if (!heading) rowIssues.push(`没有积分项目「${row.heading}」 (unknown heading)`);
    const id = nextId('e', [...ids, ...entries.map((e) => e.id)]);
    const entry = { id, unitId: units[0]?.id ?? '', periodId: p.periodId, date: row.date, headingId: heading?.id ?? '', points: row.points, reason: row.reason, by: p.by };
    // Every problem of the row at once, so one round of fixing the sheet is enough.
    rowIssues.push(...(rowIssues.length === 0 ? entryIssues(state, entry, false) : valueIssues(entry, false)));
    if (rowIssues.length) issues.push(...rowIssues.map((m) => `第 ${i + 1} 行: ${m}`));
    else entries.push(entry);
  });
  if (issues.length) return refuse('invalid', `${new Set(issues.map((m) => m.split(':')[0])).size} 行有误，未导入任何记录 (nothing imported)`, issues);
  return { ok: true, events: [{ type: 'LedgerEntered', entries, at: now }] };
}

export interface ContestToLink {
  contestId: string;
  title: string;
  tierId: string;
  periodId: string;
  kind: ContestKind;
  /** Each presenter with its unit's name as written in the contest. */
  presenters: { id: string; unit: string }[];
}

/**
 * A contest joins the series: each presenter is matched to the tier's unit of that name (now or
 * before a rename, or merged into another); a name never seen makes a new unit. Linking again
 * (the setup was edited before the start) replaces the earlier link.
 */
export function linkContest(state: SeriesState, c: ContestToLink, now: number): SeriesDecision {
  if (!state.def.tiers.some((t) => t.id === c.tierId)) return refuse('not_found', '系列中没有这个层级 (unknown tier)');
  if (!state.def.periods.some((p) => p.id === c.periodId)) return refuse('not_found', '系列中没有这个期次 (unknown period)');
  const events: SeriesEvent[] = [];
  const added = new Map<string, string>();
  const units: Record<string, string> = {};
  const ids = state.units.map((u) => u.id);
  for (const p of c.presenters) {
    const key = unitKey(p.unit);
    const known = unitByName(state, c.tierId, p.unit)?.id ?? added.get(key);
    if (known) {
      if (Object.values(units).includes(known)) return refuse('invalid', `单位「${p.unit}」在本场出现两次 (a unit presents twice)`);
      units[p.id] = known;
      continue;
    }
    const unitId = nextId('u', [...ids, ...added.values()]);
    added.set(key, unitId);
    units[p.id] = unitId;
    events.push({ type: 'UnitAdded', unitId, name: p.unit.trim(), tierId: c.tierId, at: now });
  }
  events.push({ type: 'ContestLinked', contest: { contestId: c.contestId, title: c.title, tierId: c.tierId, periodId: c.periodId, kind: c.kind, units }, at: now });
  return { ok: true, events };
}
