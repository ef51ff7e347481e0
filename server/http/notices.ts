// 公示 over HTTP (docs/http-api.md "公示"). The host (token) publishes a finished contest or a
// series period, lists and reads notices with every objection, republishes after a correction,
// answers objections, and downloads the self-contained HTML and the notice PDF. The public (no
// token) reads the page and submits objections, limited per client address and notice.
import express, { type Request, type Response } from 'express';
import { formatIssues } from '../../shared/definition.ts';
import { NoticeCommands, ObjectionInput, PublishNotice, type NoticeCommand } from '../../shared/notice/commands.ts';
import { unansweredCount, type NoticeState } from '../../shared/notice/state.ts';
import { publicNotice } from '../../shared/notice/views.ts';
import { z } from 'zod';
import type { NoticeBook } from '../notices.ts';
import { noticeHtml } from '../notice-page.ts';
import { noticeLang, type NoticeLang } from '../notice-words.ts';
import { RateLimiter } from '../rate-limit.ts';
import { hostOnly, type HostAuthDeps } from './host-auth.ts';
import { render } from '../report/off-thread.ts';
import { sayRefusal } from '../../shared/issue-words.ts';

export interface NoticesDeps extends HostAuthDeps {
  notices: NoticeBook;
  publicUrl: () => string;
}

/** Objections per client address and notice: a burst of 3, then one every 200 s (3 per 10 minutes). */
export const OBJECTION_LIMIT = { burst: 3, perSecond: 3 / 600 } as const;

const STATUS: Partial<Record<string, number>> = { invalid: 400, not_found: 404, wrong_state: 409, rate_limited: 429 };
const fail = (res: Response, status: number, code: string, message: string, issues?: string[]) => res.status(status).json({ error: { code, message, ...(issues ? { issues } : {}) } });

/** The page has its own policy: inline CSS and an inline SVG, nothing loaded, the form posts here. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** How many addresses' limiters are kept before the full ones are swept out. */
export const PRUNE_AT = 1000;

const CommandBody = z.object({ type: z.string().max(40) }).loose();

export function noticesRouter(deps: NoticesDeps) {
  const { notices } = deps;
  const api = express.Router();
  const pages = express.Router();
  const limiters = new Map<string, RateLimiter>();
  const limiter = (req: Request, id: string) => {
    const key = `${id}/${req.socket.remoteAddress ?? ''}`;
    let l = limiters.get(key);
    if (!l) {
      // A public form meets many addresses over a 公示's days: the limiters of those whose
      // allowance has grown back in full are forgotten, so the map holds only recent senders.
      if (limiters.size >= PRUNE_AT) for (const [k, v] of limiters) if (v.full()) limiters.delete(k);
      limiters.set(key, (l = new RateLimiter(OBJECTION_LIMIT.burst, OBJECTION_LIMIT.perSecond, notices.now)));
    }
    return l;
  };
  const pageUrl = (id: string) => `${deps.publicUrl()}/notice/${id}`;
  const hostView = (n: NoticeState) => ({ ...n, phase: publicNotice(n, notices.clock().today).phase, url: pageUrl(n.id), pending: notices.pending(n) });
  const find = (req: Request, res: Response): NoticeState | null => {
    const n = notices.get(String(req.params.id));
    if (!n) fail(res, 404, 'not_found', '公示不存在 (unknown notice)');
    return n ?? null;
  };

  /** Stores one objection, or says why not; the limit is charged only for what was stored. */
  const submit = (req: Request, id: string, raw: unknown): { ok: true; number: number } | { ok: false; status: number; code: string; message: string; issues?: string[] } => {
    const bucket = limiter(req, id);
    if (bucket.empty()) return { ok: false, status: 429, code: 'rate_limited', message: '提交过于频繁，请 10 分钟后再试 (too many objections from this address)' };
    const parsed = ObjectionInput.safeParse(raw);
    if (!parsed.success) {
      const issues = formatIssues(parsed.error);
      return { ok: false, status: 400, code: 'invalid', message: issues.join('; '), issues };
    }
    const answer = notices.execute(id, { type: 'objection:submit', payload: parsed.data }, 'public');
    if (!answer) return { ok: false, status: 404, code: 'not_found', message: '公示不存在 (unknown notice)' };
    if (!answer.ok) return { ok: false, status: STATUS[answer.code] ?? 409, code: answer.code, message: answer.message };
    bucket.take();
    return { ok: true, number: answer.notice.objections.length };
  };

  // --- host ---
  api.use('/notices', hostOnly(deps), express.json({ limit: '64kb' }));

  api.post('/notices', (req, res) => {
    const parsed = PublishNotice.safeParse(req.body);
    if (!parsed.success) {
      const issues = formatIssues(parsed.error);
      return fail(res, 400, 'invalid', issues.join('; '), issues);
    }
    const out = notices.publish(parsed.data.subject, parsed.data.terms);
    if (!out.ok) return fail(res, STATUS[out.code] ?? 409, out.code, out.message);
    res.status(201).json(hostView(out.notice));
  });

  /**
   * ?contest=<id> or ?series=<id>: the notices of one contest or series. ?summary=unanswered:
   * each notice's subject and unanswered objections only, for the marks on the contest list and
   * a series' 概览 (read every 30 s: it reads no source log, as `pending` would).
   */
  api.get('/notices', (req, res) => {
    const q = z.object({ contest: z.string().max(64).optional(), series: z.string().max(64).optional(), summary: z.literal('unanswered').optional() }).safeParse(req.query);
    if (!q.success) return fail(res, 400, 'invalid', 'contest or series must be one id; summary: unanswered');
    const { contest, series, summary } = q.data;
    const list = notices.of((s) => (contest === undefined || (s.kind === 'contest' && s.contestId === contest)) && (series === undefined || (s.kind === 'series' && s.seriesId === series)));
    if (summary) return res.json(list.map((n) => ({ id: n.id, subject: n.subject, unanswered: unansweredCount(n) })));
    res.json(list.map(hostView));
  });

  api.get('/notices/:id', (req, res) => {
    const n = find(req, res);
    if (n) res.json(hostView(n));
  });

  api.get('/notices/:id/events', (req, res) => {
    const n = find(req, res);
    if (n) res.json(notices.store.events(n.id).map((e) => ({ seq: e.seq, type: e.event.type, data: e.event, at: e.at, actor: e.actor })));
  });

  api.post('/notices/:id/commands', (req, res) => {
    const n = find(req, res);
    if (!n) return;
    const body = CommandBody.safeParse(req.body);
    if (!body.success || !Object.hasOwn(NoticeCommands, body.data.type)) return fail(res, 400, 'invalid', `命令应为 ${Object.keys(NoticeCommands).join(' / ')} (unknown command)`);
    const { type, ...raw } = req.body as Record<string, unknown> & { type: keyof typeof NoticeCommands };
    const parsed = NoticeCommands[type].safeParse(raw);
    if (!parsed.success) {
      const issues = formatIssues(parsed.error);
      return fail(res, 400, 'invalid', issues.join('; '), issues);
    }
    const answer = notices.execute(n.id, { type, payload: parsed.data } as NoticeCommand, 'host');
    if (!answer) return fail(res, 404, 'not_found', '公示不存在 (unknown notice)');
    if (!answer.ok) return fail(res, STATUS[answer.code] ?? 409, answer.code, answer.message);
    res.json(hostView(answer.notice));
  });

  api.get('/notices/:id/notice.html', async (req, res, next) => {
    const n = find(req, res);
    if (!n) return;
    try {
      const html = await noticeHtml(publicNotice(n, notices.clock().today), { url: pageUrl(n.id), form: null });
      res.set({ 'content-type': 'text/html; charset=utf-8', 'content-disposition': `attachment; filename="leitai-notice-${n.id}.html"`, 'cache-control': 'no-store' }).send(html);
    } catch (e) {
      next(e);
    }
  });

  api.get('/notices/:id/notice.pdf', async (req, res, next) => {
    const n = find(req, res);
    if (!n) return;
    try {
      // Made in the render worker (report/off-thread.ts), where pdfkit loads on the first printout.
      const pdf = await render('notice.pdf', { notice: publicNotice(n, notices.clock().today), url: pageUrl(n.id), generatedAt: new Date() });
      res.set({ 'content-type': 'application/pdf', 'content-disposition': `inline; filename="leitai-notice-${n.id}.pdf"`, 'cache-control': 'no-store' }).send(pdf);
    } catch (e) {
      next(e);
    }
  });

  // --- public: no token ---
  api.get('/public/notices/:id', (req, res) => {
    const n = find(req, res);
    if (n) res.set('cache-control', 'no-store').json({ ...publicNotice(n, notices.clock().today), url: pageUrl(n.id) });
  });

  api.post('/public/notices/:id/objections', express.json({ limit: '16kb' }), (req, res) => {
    const out = submit(req, String(req.params.id), req.body);
    if (!out.ok) return fail(res, out.status, out.code, out.message, out.issues);
    res.status(201).json(out);
  });

  const page = async (res: Response, n: NoticeState, status: number, form: NonNullable<Parameters<typeof noticeHtml>[1]['form']>, lang: NoticeLang) => {
    const html = await noticeHtml(publicNotice(n, notices.clock().today), { url: pageUrl(n.id), form, lang });
    res.status(status).set({ 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': PAGE_CSP }).send(html);
  };
  const blank = { text: '', name: '', phone: '' };

  pages.get('/notice/:id', async (req, res, next) => {
    const n = notices.get(String(req.params.id));
    if (!n) return res.status(404).type('text/plain; charset=utf-8').send('公示不存在');
    try {
      // ?sent=1&no=N after a submission: N says which of the listed objections is theirs.
      const no = Number(req.query.no);
      await page(res, n, 200, { error: null, sent: req.query.sent === '1', number: Number.isSafeInteger(no) && no > 0 ? no : null, values: blank }, noticeLang(req.query.lang));
    } catch (e) {
      next(e);
    }
  });

  // The form posts here without scripts; success goes back to the page (303, so a reload does not post again).
  pages.post('/notice/:id/objection', express.urlencoded({ extended: false, limit: '16kb' }), async (req, res, next) => {
    const id = String(req.params.id);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const field = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
    const out = submit(req, id, { text: field('text'), name: field('name'), phone: field('phone') });
    const lang = noticeLang(field('lang'));
    if (out.ok) return res.redirect(303, `/notice/${encodeURIComponent(id)}?${lang === 'en' ? 'lang=en&' : ''}sent=1&no=${out.number}#objection`);
    const n = notices.get(id);
    if (!n) return res.status(404).type('text/plain; charset=utf-8').send('公示不存在');
    try {
      // Said as on the page: one language, no field paths ("phone: 电话号码格式不对 (…)" → 电话号码格式不对).
      await page(res, n, out.status, { error: sayRefusal(out.message, out.issues ?? [], lang), sent: false, values: { text: field('text'), name: field('name'), phone: field('phone') } }, lang);
    } catch (e) {
      next(e);
    }
  });

  return { api, pages };
}
