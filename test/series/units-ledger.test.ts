// Units across contests (matched by name, renamed, merged) and the points ledger (entered in
// one go or not at all, corrected by new entries that cite the old).
import { describe, expect, it } from 'vitest';
import { linkContest } from '../../shared/series/decide.ts';
import { effectiveLedger, ledgerTotals } from '../../shared/series/ledger.ts';
import * as R from '../../shared/scoring/rational.ts';
import { Series } from './given.ts';

const row = (unit: string, points: number, heading = '责任落实', date = '2026-03-10', reason = '按时完成') => ({ date, unit, heading, points, reason });

describe('units: the same unit across contests', () => {
  it('matches a unit by name in its tier, ignoring spaces; a new name makes a new unit', () => {
    const s = Series.given().link('c1', 't1', 'm1', ['岔河乡', '化念镇']).link('c2', 't1', 'm2', ['岔 河乡 ', '小街镇']);
    expect(s.state.units.map((u) => u.name)).toEqual(['岔河乡', '化念镇', '小街镇']);
    expect(s.state.contests[1]!.units).toEqual({ p1: s.unitId('岔河乡'), p2: s.unitId('小街镇') });
    // The same name in another tier is another unit.
    s.link('c3', 't2', 'm1', ['岔河乡']);
    expect(s.state.units.filter((u) => u.name === '岔河乡').map((u) => u.tierId)).toEqual(['t1', 't2']);
  });

  it('keeps matching a renamed unit by its old name, and refuses a name another unit has', () => {
    const s = Series.given().link('c1', 't1', 'm1', ['岔河乡', '化念镇']);
    const id = s.unitId('岔河乡');
    s.do({ type: 'unit:rename', payload: { unitId: id, name: '岔河镇', reason: '撤乡设镇' } });
    s.link('c2', 't1', 'm2', ['岔河乡']);
    expect(s.state.contests[1]!.units.p1).toBe(id);
    expect(s.when({ type: 'unit:rename', payload: { unitId: id, name: '化念镇', reason: '误改' } })).toMatchObject({ ok: false, code: 'wrong_state' });
  });

  it('merges a duplicate into the right unit: its results and entries count there, its name matches there', () => {
    const s = Series.given().link('c1', 't1', 'm1', ['岔河乡']).link('c2', 't1', 'm2', ['岔合乡']);
    const [right, typo] = [s.unitId('岔河乡'), s.unitId('岔合乡')];
    s.do({ type: 'ledger:add', payload: { periodId: 'm2', by: '李干事', rows: [row('岔合乡', 3)] } });
    s.do({ type: 'unit:merge', payload: { from: typo, into: right, reason: '录入错别字' } });
    expect(R.toNumber(ledgerTotals(s.state, 'm2').get(right)!)).toBe(3);
    s.link('c3', 't1', 'm3', ['岔合乡']);
    expect(s.state.contests[2]!.units.p1).toBe(right);
    expect(s.when({ type: 'unit:rename', payload: { unitId: typo, name: 'x', reason: 'y' } })).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('refuses to merge units of different tiers, a unit into itself, or two units that met in one contest', () => {
    const s = Series.given().link('c1', 't1', 'm1', ['甲乡', '乙乡']).link('c2', 't2', 'm1', ['丙村']);
    const [a, b, c] = ['甲乡', '乙乡', '丙村'].map((n) => s.unitId(n)) as [string, string, string];
    expect(s.when({ type: 'unit:merge', payload: { from: a, into: c, reason: 'x' } })).toMatchObject({ ok: false, code: 'wrong_state' });
    expect(s.when({ type: 'unit:merge', payload: { from: a, into: a, reason: 'x' } })).toMatchObject({ ok: false, code: 'invalid' });
    expect(s.when({ type: 'unit:merge', payload: { from: a, into: b, reason: 'x' } })).toMatchObject({ ok: false, code: 'wrong_state', message: expect.stringContaining('同在比赛') });
  });

  it('refuses a contest in which one unit presents twice', () => {
    const s = Series.given();
    expect(linkContest(s.state, { contestId: 'c1', title: 'x', tierId: 't1', periodId: 'm1', kind: 'rating', presenters: [{ id: 'p1', unit: '甲乡' }, { id: 'p2', unit: '甲 乡' }] }, 0)).toMatchObject({ ok: false, code: 'invalid' });
  });
});

describe('the ledger: nothing half-imported, nothing edited in place', () => {
  const base = () => Series.given().do({ type: 'unit:add', payload: { tierId: 't2', name: '安居村' } }, { type: 'unit:add', payload: { tierId: 't2', name: '大龙潭村' } });

  it('enters a month of pasted rows and totals them per unit', () => {
    const s = base().do({ type: 'ledger:add', payload: { periodId: 'm1', by: '李干事', rows: [row('安居村', 5), row('安居村', -2, '问题化解'), row('大龙潭村', 1.5, '服务成效')] } });
    const totals = ledgerTotals(s.state, 'm1');
    expect(R.toNumber(totals.get(s.unitId('安居村'))!)).toBe(3);
    expect(R.toNumber(totals.get(s.unitId('大龙潭村'))!)).toBe(1.5);
    expect(s.state.ledger.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
  });

  it('refuses the whole paste when any row is wrong, naming every bad row', () => {
    const s = base();
    const d = s.when({
      type: 'ledger:add',
      payload: { periodId: 'm1', by: '李干事', rows: [row('安居村', 5), row('安居材', 2), row('大龙潭村', 0), row('安居村', 1, '不存在'), row('安居村', 1, '责任落实', '2026-02-30'), row('安居村', 1.255)] },
    });
    expect(d).toMatchObject({ ok: false, code: 'invalid', message: expect.stringContaining('5 行有误') });
    if (d.ok) return;
    expect(d.issues).toEqual([
      expect.stringMatching(/^第 2 行: 没有单位「安居材」/),
      expect.stringMatching(/^第 3 行: 分值无效/),
      expect.stringMatching(/^第 4 行: 没有积分项目「不存在」/),
      expect.stringMatching(/^第 5 行: 日期无效/),
      expect.stringMatching(/^第 6 行: 分值无效/),
    ]);
    expect(s.state.ledger).toEqual([]);
  });

  it('corrects an entry with a new one that cites it; only the latest of a chain counts', () => {
    const s = base().do({ type: 'ledger:add', payload: { periodId: 'm1', by: '李干事', rows: [row('安居村', 5), row('安居村', -2, '问题化解')] } });
    s.do({ type: 'ledger:correct', payload: { corrects: 'e1', points: 3, reason: '核实后应为 3 分', by: '王主任' } });
    expect(s.when({ type: 'ledger:correct', payload: { corrects: 'e1', points: 4, reason: '再改', by: '王主任' } })).toMatchObject({ ok: false, code: 'wrong_state' });
    s.do({ type: 'ledger:correct', payload: { corrects: 'e3', points: 0, reason: '重复录入，撤销', by: '王主任' } });
    expect(s.state.ledger.map((e) => [e.id, e.points, e.corrects])).toEqual([
      ['e1', 5, null],
      ['e2', -2, null],
      ['e3', 3, 'e1'],
      ['e4', 0, 'e3'],
    ]);
    expect(effectiveLedger(s.state).map((e) => e.id)).toEqual(['e2', 'e4']);
    expect(R.toNumber(ledgerTotals(s.state, 'm1').get(s.unitId('安居村'))!)).toBe(-2);
  });

  it('moves an entry made under the wrong unit or period by correcting it', () => {
    const s = base().do({ type: 'ledger:add', payload: { periodId: 'm1', by: '李干事', rows: [row('安居村', 5)] } });
    s.do({ type: 'ledger:correct', payload: { corrects: 'e1', points: 5, unitId: s.unitId('大龙潭村'), periodId: 'm2', reason: '录错单位和月份', by: '王主任' } });
    expect(ledgerTotals(s.state, 'm1').size).toBe(0);
    expect(R.toNumber(ledgerTotals(s.state, 'm2').get(s.unitId('大龙潭村'))!)).toBe(5);
  });
});
