// The commands on a 公示, each a zod schema. The host publishes, republishes and answers (over
// HTTP with the host token, server/http/notices.ts); anyone may submit an objection (no token,
// limited per address). docs/http-api.md "公示" documents the bodies.
import { z } from 'zod';
import { text } from '../text.ts';
import { DECISIONS } from './state.ts';
import { isIsoDate } from './workdays.ts';

const Id = text().min(1).max(32);
const Day = z.string().refine(isIsoDate, '日期应为 2026-03-15 的格式 (date YYYY-MM-DD)');

export const NoticeTermsInput = z
  .strictObject({
    start: Day,
    end: Day,
    issuer: text().trim().min(1, '请填写发布单位 (the issuing body is required)').max(60),
    contact: text().trim().max(100).default(''),
  })
  .refine((t) => t.end >= t.start, { message: '结束日期不能早于开始日期 (the period ends before it starts)', path: ['end'] });

export const NoticeSubjectInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('contest'), contestId: Id }),
  z.strictObject({ kind: z.literal('series'), seriesId: Id, tierId: Id, periodId: Id }),
]);

/** POST /api/notices: what to publish and on which terms. */
export const PublishNotice = z.strictObject({ subject: NoticeSubjectInput, terms: NoticeTermsInput });

/** Loose on purpose: people write 138-0000-0000, +86 138 0000 0000, (0851) 1234567. */
const Phone = text().trim().regex(/^\+?[0-9][0-9\s()-]{4,22}$/, '电话号码格式不对 (phone: digits, spaces, - and + only)');
const optional = <T extends z.ZodType<string>>(s: T) => z.union([z.literal('').transform(() => null), s]).optional().transform((v) => v ?? null);

export const ObjectionInput = z.strictObject({
  text: text().trim().min(1, '请填写异议内容 (the objection text is required)').max(1000, '异议内容最多 1000 字 (at most 1000 characters)'),
  name: optional(text().trim().max(40)),
  phone: optional(Phone),
});

export const NoticeCommands = {
  /** A new version of the results after a correction (score:correct or ledger:correct). */
  'notice:republish': z.strictObject({}),
  'objection:answer': z.strictObject({
    objectionId: Id,
    decision: z.enum(DECISIONS),
    reason: text().trim().min(1, '请填写理由 (a reason is required)').max(500),
  }),
} as const;
export type NoticeCommandName = keyof typeof NoticeCommands;
export type NoticeCommand =
  | { [K in NoticeCommandName]: { type: K; payload: z.output<(typeof NoticeCommands)[K]> } }[NoticeCommandName]
  | { type: 'objection:submit'; payload: z.output<typeof ObjectionInput> };
