// How numbers, dates and times read, the same on the projector, the phones, the host's laptop and
// in the exports (PDF, CSV, XLSX): a score must not say 86.4 on the screen and 86.40000000000001
// in the report. Pure and free of zod, DOM and Node, so every side (a judge's phone too) imports it.
import type { ContestKind } from './definition.ts';
import { firstPlaceWord } from './contest-kind.ts';
import { decimalText } from './scoring/entry.ts';

export type FormatLang = 'zh' | 'en';

/**
 * A judge's mark, a total or a published score, as the server computed it: 36.5 stays "36.5",
 * 40 stays "40", never padded; null (not scored) is "—". Every number the server publishes
 * comes out of exact arithmetic as the nearest double of a short decimal (shared/scoring), so
 * its shortest text is already that decimal. A computed result (final, group result, criterion
 * aggregate) is a formatFinal instead.
 */
export function formatScore(x: number | null | undefined): string {
  // The exact decimal, never an exponent: a mark of 0.00000000001 reads back from its field.
  return x === null || x === undefined ? '—' : decimalText(x);
}

/**
 * A computed result (a final, a score before penalty, a group's result, a criterion's aggregate)
 * with exactly the contest's decimals (rules.decimals): 89.7 with 2 → "89.70", everywhere — the
 * projector, the audience page, the host, the PDF, the CSV — so one value never reads two ways.
 * Such values were rounded to those decimals by shared/scoring, so padding never rounds.
 */
export function formatFinal(x: number | null | undefined, decimals: number): string {
  return x === null || x === undefined ? '—' : x.toFixed(decimals);
}

/**
 * Points of the ledger (积分) with their sign, as 加分 and 扣分 read on a board: 3 → "+3",
 * −2.5 → "−2.5" (a true minus sign, as wide as the plus), 0 → "0", null → "—". Rounded to
 * `decimals` (the series' own) and never padded, unlike a score: points are entered as short
 * decimals and read that way.
 */
export function formatPoints(x: number | null | undefined, decimals = 2): string {
  if (x === null || x === undefined) return '—';
  const size = Number(Math.abs(x).toFixed(decimals));
  return size === 0 ? '0' : `${x > 0 ? '+' : '\u2212'}${decimalText(size)}`;
}

/** A share as a percentage with at most two decimals: 0.6 of 1 → "60%", 1 of 3 → "33.33%". */
export function formatPercent(part: number, whole: number): string {
  // Rounded, because the division brings binary noise (0.6 × 100 is 60.00000000000001).
  return `${whole > 0 ? +((part / whole) * 100).toFixed(2) : 0}%`;
}

/**
 * A judge group's weight as people read it, its share of all the groups' weights: 60 and 40, or
 * 0.6 and 0.4, are 60% and 40% alike — on the projector, the phones, the run view, the 成绩 tab and
 * in the report's formula (the 成绩 tab said 权重 0.6 beside the projector's 60%).
 */
export function formatGroupWeight(weight: number, groups: readonly { weight: number | null }[]): string {
  return formatPercent(weight, groups.reduce((t, g) => t + (g.weight ?? 0), 0));
}

/**
 * 对标: a unit's value as a share of its benchmark's, already rounded exactly to two places
 * (shared/benchmark/share.ts) and never padded, as a board reads: 1.07 → "1.07%", 15 → "15%",
 * 27.5 → "27.5%"; null (no benchmark value, or 0) → "—", never NaN or Infinity.
 */
export function formatShare(x: number | null | undefined): string {
  return x === null || x === undefined ? '—' : `${decimalText(x)}%`;
}

/** 对标: an absolute value as it was entered (decimal text, 3.21 / 300), "—" when not known. */
export function formatAmount(x: string | null | undefined): string {
  return x === null || x === undefined || x === '' ? '—' : x;
}

/** "2022年2月18日" / "18 Feb 2022" from the definition's YYYY-MM-DD; anything else is "". */
export function formatDate(date: string | null | undefined, lang: FormatLang = 'zh'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!m) return '';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (lang === 'zh') return `${y}年${mo}月${d}日`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d} ${months[mo - 1] ?? mo} ${y}`;
}

const two = (n: number) => String(n).padStart(2, '0');
const minutesSeconds = (whole: number) => `${Math.floor(whole / 60)}:${two(whole % 60)}`;

/**
 * The one rounding rule for elapsed times: whole seconds that have fully passed (floor). It is
 * the rule of the overtime that scoring counts (30 999 ms is 30 s) and of the running clock in
 * overtime, so a time reads the same on the screen, the host, the judge and in every export.
 */
export const elapsedSeconds = (ms: number): number => Math.floor(Math.max(0, ms) / 1000);

/** A time that was used or allowed (a report, an answer), in seconds: 125 → "2:05"; null → "—". */
export function formatDuration(seconds: number | null): string {
  return seconds === null ? '—' : minutesSeconds(Math.floor(Math.max(0, seconds)));
}

/** An elapsed time in milliseconds, by the one rule (elapsedSeconds): 50 999 → "0:50". */
export const formatElapsed = (ms: number | null): string => (ms === null ? '—' : formatDuration(elapsedSeconds(ms)));

/**
 * A running timer: "4:59", "0:05", overtime as "+0:15". Counting down, seconds round up so that
 * 0:00 appears only at zero; in overtime they round down so that +0:01 means a full second over.
 */
export function formatClock(ms: number): string {
  return ms < 0 ? `+${minutesSeconds(Math.floor(-ms / 1000))}` : minutesSeconds(Math.ceil(ms / 1000));
}

/**
 * China time, UTC+8, in minutes: the one clock of every page, notice, objection, report and
 * spreadsheet, so a laptop or phone set to another zone (or a server box on UTC) shows the time
 * the PDF prints, not 15:53 beside 23:53. Counties run on Beijing time; there is no daylight saving.
 */
export const CHINA_TIME = 480;

/** An instant as ISO text on a fixed offset's wall clock ("2026-03-18T14:03:27.000Z" for 14:03:27 China time). */
const wallClock = (epochMs: number, offsetMinutes: number) => new Date(epochMs + offsetMinutes * 60_000).toISOString();

/** Wall-clock "14:03" (or "14:03:27") of an epoch time in China time (or another fixed UTC offset). */
export function formatTimeOfDay(epochMs: number, withSeconds = false, offsetMinutes = CHINA_TIME): string {
  return wallClock(epochMs, offsetMinutes).slice(11, withSeconds ? 19 : 16);
}

/**
 * "2026年3月18日 14:03" of an epoch time in a fixed UTC offset (China: +480 minutes): a page
 * rendered on the server (the 公示 page, its HTML and PDF exports) must not depend on the time
 * zone the laptop happens to be set to.
 */
export function formatDateTime(epochMs: number, offsetMinutes = CHINA_TIME, lang: FormatLang = 'zh', withSeconds = false): string {
  return `${formatDate(dayOf(epochMs, offsetMinutes), lang)} ${formatTimeOfDay(epochMs, withSeconds, offsetMinutes)}`;
}

/**
 * Who speaks for a unit, as the projector, the audience phone and the host console name them:
 * title first, as a programme does (党工委书记 陈志强).
 */
export function formatSpeaker(p: { title: string; speaker: string }): string {
  return [p.title, p.speaker].filter(Boolean).join(' ');
}

/**
 * A place as a certificate or a notice says it: 3 → "第3名" / "3rd place"; a contest's first
 * place (ties included) → its title when `champion` is set: "擂主", or a 评比's "第一名"
 * (firstPlaceWord, the one rule of that word); null → "".
 */
export function formatRank(rank: number | null, champion = false, lang: FormatLang = 'zh', kind: ContestKind = 'arena'): string {
  if (rank === null) return '';
  if (champion && rank === 1) return firstPlaceWord(kind, lang);
  if (lang === 'zh') return `第${rank}名`;
  const suffix = rank % 100 >= 11 && rank % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][rank % 10] ?? 'th');
  return `${rank}${suffix} place`;
}

/**
 * A 民主测评 ballot slip's number as the slip prints it (No. 014), so the host who voids a lost
 * slip, the report that lists it and the slip in the voter's hand name it the same way.
 */
export function formatSerial(serial: number): string {
  return `No. ${String(serial).padStart(3, '0')}`;
}

/** A slip's number as a host types it off the slip: "No. 020", "020", "20" or "２０" → 20; null if none. */
export function readSerial(text: string): number | null {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = /^\s*(?:no\.?)?\s*(\d{1,6})\s*$/i.exec(ascii);
  const n = m ? Number(m[1]) : 0;
  return n >= 1 ? n : null;
}

/**
 * The calendar day of an instant as YYYY-MM-DD in China time, the form definitions and formatDate
 * use: the one "today" of the printouts (a poster's or a certificate's date left out), of a
 * notice's first day and of the series ledger, whatever zone the laptop or the server is set to.
 */
export function dayOf(epochMs: number, offsetMinutes = CHINA_TIME): string {
  return wallClock(epochMs, offsetMinutes).slice(0, 10);
}
