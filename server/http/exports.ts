// Exports for the office after (or during) a contest, all behind the host token:
//   GET /api/contests/:id/report.pdf       score report to file and sign
//   GET /api/contests/:id/results.csv      per presenter × judge, UTF-8 with BOM
//   GET /api/contests/:id/results.xlsx     排名 / 评分明细 / 问答 / 报告信息
//   GET /api/contests/:id/judge-cards.pdf  judges' QR access cards, 6 per A4 page
// docs/report.md describes the contents and the event-log fingerprint.
import express, { type NextFunction, type Request, type Response } from 'express';
import type { ContestState } from '../../shared/domain/state.ts';
import type { BenchmarkBook } from '../benchmarks.ts';
import type { Contests } from '../contests.ts';
import { resultsCsv } from '../report/csv.ts';
import { render } from '../report/off-thread.ts';
import { contestNow, reportInput } from '../report/report-source.ts';
import { accessLinks } from './api.ts';
import { hostOnly, type HostAuthDeps } from './host-auth.ts';

// The files are made in the render worker (report/off-thread.ts): a report takes a third of a
// second and the first one another second for its fonts, which the judges' acks and the screen's
// views must not wait for. pdfkit and exceljs load there, on the first export or (npm start) in
// the warm-up after a contest finishes (report/warm-on-finish.ts).

export interface ExportsDeps extends HostAuthDeps {
  contests: Contests;
  benchmarks: BenchmarkBook;
  publicUrl: () => string;
}

const fail = (res: Response, status: number, code: string, message: string) => res.status(status).json({ error: { code, message } });

/** ASCII fallback plus RFC 5987 UTF-8 name, so browsers save "<title>-成绩报告.pdf". */
function disposition(kind: 'inline' | 'attachment', state: ContestState, file: string, suffix: string): string {
  const ext = file.slice(file.lastIndexOf('.'));
  const safe = state.def.title.replace(/[\\/:*?"<>|\u0000-\u001F]/g, '_').slice(0, 80);
  const encoded = encodeURIComponent(`${safe}-${suffix}${ext}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="leitai-${state.id}-${file}"; filename*=UTF-8''${encoded}`;
}

export function exportsRouter(deps: ExportsDeps) {
  const r = express.Router();

  // Mounted before the API router (whose catch-all answers 404), so the host-token check is
  // attached to these four routes only and every other request passes through untouched.
  const host = hostOnly(deps);

  /** The contest's printout input read now (report/report-source.ts), or a 404 answered. */
  const read = <T>(req: Request, res: Response, reader: (id: string) => T | null): T | null => {
    const input = reader(String(req.params.id));
    if (input === null) fail(res, 404, 'not_found', '比赛不存在');
    return input;
  };
  const snapshot = (req: Request, res: Response) => read(req, res, (id) => contestNow(deps.contests, id));
  const report = (req: Request, res: Response) => read(req, res, (id) => reportInput(deps.contests, deps.benchmarks, id));

  const send = (res: Response, type: string, dispositionValue: string, body: Buffer | string) => {
    res.set({ 'content-type': type, 'content-disposition': dispositionValue, 'cache-control': 'no-store' }).send(body);
  };

  r.get('/contests/:id/report.pdf', host, async (req, res, next) => {
    const snap = report(req, res);
    if (!snap) return;
    try {
      const pdf = await render('report.pdf', snap);
      send(res, 'application/pdf', disposition('inline', snap.state, 'report.pdf', '成绩报告'), pdf);
    } catch (e) {
      next(e);
    }
  });

  r.get('/contests/:id/results.csv', host, (req, res) => {
    const snap = snapshot(req, res);
    if (snap) send(res, 'text/csv; charset=utf-8', disposition('attachment', snap.state, 'results.csv', '评分明细'), resultsCsv(snap.state));
  });

  r.get('/contests/:id/results.xlsx', host, async (req, res, next) => {
    const snap = report(req, res);
    if (!snap) return;
    try {
      const xlsx = await render('results.xlsx', snap);
      const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      send(res, type, disposition('attachment', snap.state, 'results.xlsx', '成绩'), xlsx);
    } catch (e) {
      next(e);
    }
  });

  r.get('/contests/:id/judge-cards.pdf', host, async (req, res, next) => {
    const snap = snapshot(req, res);
    if (!snap) return;
    try {
      const links = accessLinks(snap.state, deps);
      const pdf = await render('judge-cards.pdf', { title: snap.state.def.title, judges: links.judges, generatedAt: snap.generatedAt });
      send(res, 'application/pdf', disposition('inline', snap.state, 'judge-cards.pdf', '评委入场卡'), pdf);
    } catch (e) {
      next(e);
    }
  });

  // Errors here (a malformed %-escape in the id, a failed PDF) never reach the API router's
  // handler, and Express's default one answers an HTML page with a stack trace: answer in the
  // API's error shape instead.
  r.use((err: Error & { status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status ?? 500;
    fail(res, status, status < 500 ? 'invalid' : 'internal', status < 500 ? err.message : '服务器内部错误');
  });

  return r;
}
