// The host's 公示 calls (docs/http-api.md "公示"), answers checked with zod like every host call.
import { z } from 'zod';
import { PublicationSchema, SubjectSchema, TermsSchema } from '../../../shared/notice/event-schema.ts';
import { DECISIONS } from '../../../shared/notice/state.ts';
import { request } from '../api.ts';

export const HostNotice = z.object({
  id: z.string(),
  subject: SubjectSchema,
  terms: TermsSchema,
  publications: z.array(PublicationSchema),
  objections: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      name: z.string().nullable(),
      phone: z.string().nullable(),
      at: z.number(),
      answers: z.array(z.object({ decision: z.enum(DECISIONS), reason: z.string(), at: z.number() })),
    }),
  ),
  phase: z.enum(['upcoming', 'open', 'closed']),
  url: z.string(),
  seq: z.number(),
  /** Corrections made since the current version, not yet republished. */
  pending: z.array(z.object({ reason: z.string(), at: z.number() })),
});
export type HostNotice = z.infer<typeof HostNotice>;
export type Subject = z.infer<typeof SubjectSchema>;
export type Terms = z.infer<typeof TermsSchema>;

const one = (id: string) => `/notices/${encodeURIComponent(id)}`;

export const noticeApi = {
  /** Every notice's subject and unanswered objections (the objection marks of the contest list and 概览). */
  unanswered: () => request(z.array(z.object({ id: z.string(), subject: SubjectSchema, unanswered: z.number() })), 'GET', '/notices?summary=unanswered'),
  of: (query: { contest: string } | { series: string }) => request(z.array(HostNotice), 'GET', `/notices?${new URLSearchParams(query).toString()}`),
  publish: (subject: Subject, terms: Terms) => request(HostNotice, 'POST', '/notices', { subject, terms }),
  command: (id: string, body: { type: 'notice:republish' } | { type: 'objection:answer'; objectionId: string; decision: (typeof DECISIONS)[number]; reason: string }) =>
    request(HostNotice, 'POST', `${one(id)}/commands`, body),
  file: (id: string, file: 'notice.html' | 'notice.pdf') => `/api${one(id)}/${file}`,
};
