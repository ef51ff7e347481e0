// The 红黑榜's rule line, as the projector and the phones word it (one function for both): with
// fewer units than both boards ask for, a unit on both stays on the red board, and the line says
// so, so that 后 3 名 over a list of 2 is not read as a unit gone missing.
import { describe, expect, it } from 'vitest';
import { boardsStrings, ruleText } from '../../client/screen/boards-strings.ts';
import type { PublicBoards } from '../../shared/protocol/index.ts';

const t = (key: keyof typeof boardsStrings.zh, vars: Record<string, string | number> = {}) => boardsStrings.zh[key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
const line = (unit: string, rank: number) => ({ unit, rank, score: 90 - rank, ledger: 0, tiedAtCut: false });
const boards = (red: number, black: number): PublicBoards => ({
  seriesName: '2026年度擂台赛',
  tierName: '乡镇',
  periodName: '2026年3月',
  issuer: '',
  ledgerCounts: true,
  rule: { red: { by: 'top', count: 3 }, black: { by: 'bottom', count: 3 } },
  red: Array.from({ length: red }, (_, i) => line(`红${i + 1}`, i + 1)),
  black: Array.from({ length: black }, (_, i) => ({ ...line(`黑${i + 1}`, 9 - i), consecutive: false })),
  absent: [],
  decimals: 2,
});

describe('the boards rule line', () => {
  it('states the rule, with ties', () => {
    expect(ruleText(boards(3, 3), t)).toBe('红榜：前 3 名 · 黑榜：后 3 名 · 名次相同者并列入榜');
  });

  it('says why the black board is short when units are on the red board too', () => {
    expect(ruleText(boards(3, 2), t)).toBe('红榜：前 3 名 · 黑榜：后 3 名 · 名次相同者并列入榜 · 同时符合红榜的单位只列红榜');
  });
});
