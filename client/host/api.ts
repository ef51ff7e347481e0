// The host's HTTP calls (Authorization: Bearer <host token>). Answers are parsed with zod:
// the client trusts the wire no more than the server does.
import { z } from 'zod';
import type { ContestDefinitionInput, SeriesLinkDef } from '../../shared/definition.ts';
import { AccessLinks, ContestSummary, ErrorBody, IssuedBallotCodes, JudgeLink, StoredContest } from '../../shared/protocol/http.ts';
import { sayIssue, sayRefusal } from '../../shared/issue-words.ts';
import { useLang } from '../common/i18n.tsx';
import { clearToken, useAuth } from './auth.ts';

export type { AccessLinks, ContestSummary, JudgeLink } from '../../shared/protocol/http.ts';

/**
 * A refused or failed call. `message` is for people: in the console's language, without field
 * paths (shared/issue-words.ts); `issues` stay as the server wrote them, for forms that mark fields.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message);
  }
}

/**
 * A refused command as a form shows it: `issues` as the server wrote them (rows and cells are
 * marked by them); `lines` what to read, in the console's language — the message and each issue,
 * or the issues alone when the message was only them joined (as `invalid` answers are).
 */
export type Refused = { ok: false; message: string; issues: string[]; lines: string[] };

export function refused(e: ApiError): Refused {
  const lang = useLang.getState().lang;
  const said = e.issues.map((i) => sayIssue(i, lang));
  const joined = said.length > 0 && e.message === said.join(lang === 'zh' ? '；' : '; ');
  return { ok: false, message: e.message, issues: e.issues, lines: joined ? said : [e.message, ...said] };
}

export async function request<T>(schema: z.ZodType<T>, method: string, path: string, body?: unknown): Promise<T> {
  const token = useAuth.getState().token ?? '';
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      // A Blob (an uploaded image) goes as it is; anything else as JSON.
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': body instanceof Blob ? body.type || 'application/octet-stream' : 'application/json' }) },
      body: body === undefined ? undefined : body instanceof Blob ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', sayIssue('无法连接服务器 (cannot reach the server)', useLang.getState().lang));
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const err = ErrorBody.safeParse(data);
    // A wrong or changed host token: ask for it again instead of failing every call.
    if (res.status === 401) clearToken();
    if (!err.success) throw new ApiError(res.status, 'http', `HTTP ${res.status}`);
    const { code, message, issues = [] } = err.data.error;
    throw new ApiError(res.status, code, sayRefusal(message, issues, useLang.getState().lang), issues);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ApiError(res.status, 'bad_response', sayIssue('服务器应答格式不符 (unexpected answer)', useLang.getState().lang));
  return parsed.data;
}

export const api = {
  list: () => request(z.array(ContestSummary), 'GET', '/contests'),
  get: (id: string) => request(StoredContest, 'GET', `/contests/${encodeURIComponent(id)}`),
  create: (def: ContestDefinitionInput) => request(AccessLinks, 'POST', '/contests', def),
  update: (id: string, def: ContestDefinitionInput) => request(AccessLinks, 'PUT', `/contests/${encodeURIComponent(id)}`, def),
  /** 所属系列 alone, in any state (docs/http-api.md PUT /api/contests/:id/series). */
  linkSeries: (id: string, series: SeriesLinkDef | null) => request(StoredContest, 'PUT', `/contests/${encodeURIComponent(id)}/series`, { series }),
  demo: () => request(AccessLinks, 'POST', '/demo'),
  access: (id: string) => request(AccessLinks, 'GET', `/contests/${encodeURIComponent(id)}/access`),
  reissue: (id: string, judgeId: string) =>
    request(JudgeLink, 'POST', `/contests/${encodeURIComponent(id)}/judges/${encodeURIComponent(judgeId)}/reissue`),
  issueBallotCodes: (id: string, count: number) => request(IssuedBallotCodes, 'POST', `/contests/${encodeURIComponent(id)}/ballot-codes`, { count }),
};
