// The notice log as stored, checked when read back (server/db/notice-store.ts).
import { z } from 'zod';
import { DECISIONS, type NoticeEvent } from './state.ts';

const at = z.number();
const Fingerprint = z.strictObject({ sha256: z.string(), count: z.int(), lastSeq: z.int() });
export const PublicationSchema = z.strictObject({
  version: z.int().min(1),
  title: z.string(),
  subtitle: z.string(),
  tables: z.array(z.strictObject({ heading: z.string(), columns: z.array(z.string()), rows: z.array(z.array(z.string())) })),
  fingerprint: Fingerprint,
  contests: z.array(z.strictObject({ contestId: z.string(), title: z.string(), fingerprint: Fingerprint })).optional(),
  at,
  amendments: z.array(z.strictObject({ reason: z.string(), at })),
});
export const SubjectSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('contest'), contestId: z.string() }),
  z.strictObject({ kind: z.literal('series'), seriesId: z.string(), tierId: z.string(), periodId: z.string() }),
]);
export const TermsSchema = z.strictObject({ start: z.string(), end: z.string(), issuer: z.string(), contact: z.string() });

export const NoticeEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('NoticePublished'), noticeId: z.string(), subject: SubjectSchema, terms: TermsSchema, publication: PublicationSchema, at }),
  z.strictObject({ type: z.literal('NoticeRepublished'), publication: PublicationSchema, at }),
  z.strictObject({ type: z.literal('ObjectionSubmitted'), objectionId: z.string(), text: z.string(), name: z.string().nullable(), phone: z.string().nullable(), at }),
  z.strictObject({ type: z.literal('ObjectionAnswered'), objectionId: z.string(), decision: z.enum(DECISIONS), reason: z.string(), at }),
]);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const matches: Same<z.output<typeof NoticeEventSchema>, NoticeEvent> = true;
void matches;
