// The words of a series standing, one set for every place a person reads them: the host
// console, the 公示, the series report PDF, the spreadsheet, the 红黑榜 on the projector and the
// phones, and the poster. An office that reads 期得分 on screen, 期次得分 in the report and 总分
// on the notice asks whether they are three numbers.
// (Chinese only: the host console's English has its own table.)
export const SERIES_WORDS = {
  /** The unit's contest final in the period (C). */
  contest: '比赛得分',
  /** The unit's ledger total in the period (L). */
  ledger: '积分',
  /** wc × C + wl × L: what the period ranks by. */
  period: '期次得分',
  /** On the tier's black board in the period before too. */
  again: '连续上黑榜',
  /** Level at a board's cut, with more units than N (or M): all of them are on it. */
  tiedAtCut: '并列入榜',
  /** The boards' rule for ties at the cut, one sentence wherever the rules are written out. */
  tiesRule: '名次相同者并列入榜',
} as const;
