// What the host stores for certificates (per contest and per series) and asks for when
// downloading them; docs/http-api.md "表彰". Validated at the door and again when read back.
import { z } from 'zod';
import { ContestKind } from '../definition.ts';
import { text } from '../text.ts';
import { DEFAULT_TEMPLATE, DEFAULT_TITLE } from './template.ts';

export const CertificateSettings = z.strictObject({
  title: text().trim().min(1, '不能为空 (must not be empty)').max(12).default(DEFAULT_TITLE),
  template: text().trim().min(1, '不能为空 (must not be empty)').max(600).default(DEFAULT_TEMPLATE),
  /**
   * A series' 年度表彰 (the year so far) in words of its own — a period's certificate may say 红榜,
   * the year has none; null (or blank): the same text as the periods'. A contest has no year.
   */
  yearTemplate: text()
    .trim()
    .max(600)
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v)),
  /** 颁发单位, printed bottom right under the seal (e.g. 中共某某县委组织部). */
  issuer: text().trim().max(60).default(''),
  /** YYYY-MM-DD printed under the issuer; null: the day the PDF is made. */
  date: z.iso.date('应为真实的年月日，如 2026-03-18 (must be a real date, e.g. 2026-03-18)').nullable().default(null),
});
export type CertificateSettings = z.output<typeof CertificateSettings>;

/** The stored seal, as the host console shows it (the image itself is GET …/certificates/seal.png). */
export const SealInfo = z.object({ bytes: z.int(), width: z.int(), height: z.int() });
export type SealInfo = z.infer<typeof SealInfo>;

/** One person or unit who may get a certificate, with the values the template is filled with. */
export const Recipient = z.object({
  /** Presenter id (contest) or unit id (series): stable, what a hand-picked list names. */
  id: z.string(),
  unit: z.string(),
  person: z.string(),
  rank: z.int().nullable(),
  /** The score as printed (the contest's or series' decimals); '' when not scored. */
  score: z.string(),
  champion: z.boolean(),
  red: z.boolean(),
});
export type Recipient = z.infer<typeof Recipient>;

/** GET /api/contests/:id/certificates and /api/series/:id/certificates (with ?tier=&period=). */
export const CertificatesInfo = z.object({
  settings: CertificateSettings,
  seal: SealInfo.nullable(),
  /** What {比赛} reads as. */
  contest: z.string(),
  /**
   * A contest's kind, which names its first place (`champion`) on the certificate and the page:
   * 擂主 of an arena, 第一名 of a rating (shared/contest-kind.ts); null for a series (no first place).
   */
  kind: ContestKind.nullable().default(null),
  /** Ranked first, then unranked, in the contest's (series') order. */
  recipients: z.array(Recipient),
  /** The date printed when the settings name none: a contest's own date (YYYY-MM-DD); null: the day of download. */
  defaultDate: z.string().nullable().default(null),
  /**
   * A series' year (scope=cumulative): what its recipients' `score` is, as the series report heads
   * it (累计得分, 平均得分, 名次积分), named by the year's default text; null otherwise.
   */
  totalWord: z.string().nullable().default(null),
});
export type CertificatesInfo = z.infer<typeof CertificatesInfo>;

/** Query of …/certificates.pdf: who gets one. `ids` (comma-separated) for a hand-picked list. */
export const CertificateChoice = z.object({
  who: z.enum(['champions', 'top', 'red', 'picked']).default('champions'),
  n: z.coerce.number().int().min(1).max(200).default(3),
  ids: z.string().max(4000).optional(),
});
export type CertificateChoice = z.output<typeof CertificateChoice>;

/** Limits of the seal upload (PUT …/certificates/seal, body image/png). */
export const SEAL_LIMITS = { maxBytes: 512 * 1024, minSide: 32, maxSide: 2000 } as const;
