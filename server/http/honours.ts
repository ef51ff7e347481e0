// 表彰 (issue 16; docs/http-api.md "表彰"), host token only: each contest's and each series'
// certificate settings (title, template, issuing body, date), its seal image, and the certificates
// PDF for the contest's first place (擂主, or a 评比's 第一名), the top N, a series period's 红榜
// or a hand-picked list.
//   GET|PUT /api/contests/:id/certificates            settings, seal info and who may get one
//   GET|PUT|DELETE /api/contests/:id/certificates/seal(.png)
//   GET /api/contests/:id/certificates.pdf?who=champions|top|picked&n=&ids=
//   … the same under /api/series/:id/certificates with ?tier=&period= (who=red|top|picked), and
//   &scope=cumulative for the year so far up to that period (who=top|picked).
import express, { type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import { firstPlaceWord } from '../../shared/contest-kind.ts';
import { formatIssues, type ContestKind } from '../../shared/definition.ts';
import { dayOf } from '../../shared/format.ts';
import { chooseRecipients } from '../../shared/honours/choose.ts';
import { CertificateChoice, CertificateSettings, SEAL_LIMITS, type CertificatesInfo } from '../../shared/honours/schema.ts';
import { templateFor, unknownPlaceholders } from '../../shared/honours/template.ts';
import type { Contests } from '../contests.ts';
import type { CertificateOwner, CertificateStore } from '../db/certificate-store.ts';
import { contestHonours, seriesHonours, seriesYearHonours, type Honours } from '../honours.ts';
import { render } from '../report/off-thread.ts';
import { checkSeal, pngHeader } from '../report/seal-png.ts';
import type { SeriesBook } from '../series.ts';
import { hostOnly, type HostAuthDeps } from './host-auth.ts';
import { seriesFinals } from './series.ts';

export interface HonoursDeps extends HostAuthDeps {
  contests: Contests;
  series: SeriesBook;
  certificates: CertificateStore;
}

const fail = (res: Response, status: number, code: string, message: string, issues?: string[]) =>
  res.status(status).json({ error: { code, message, ...(issues ? { issues } : {}) } });

/** A series' tier and period; `scope=cumulative`: the year so far up to that period (年度表彰). */
const Place = z.object({ tier: z.string().min(1).max(32), period: z.string().min(1).max(32), scope: z.enum(['period', 'cumulative']).default('period') });

/** A contest or a series, found, with its recipients for the request's tier and period. */
interface Resolved {
  owner: CertificateOwner;
  title: string;
  honours: Honours;
  /** Part of the PDF's file name: the period for a series. */
  suffix: string;
  /** The issuer printed when the settings name none: a series' own 发布单位. */
  issuer: string;
  /** A contest still running: its ranks may yet change, so nobody is first (擂主) or Nth yet. */
  provisional: boolean;
  /** A series' year so far (scope=cumulative): no 红榜 to choose. */
  year: boolean;
  /** Printed when the settings name no date (null: the day of download). */
  date: string | null;
}

function disposition(title: string, owner: CertificateOwner, suffix: string): string {
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001F]/g, '_').slice(0, 80);
  const encoded = encodeURIComponent(`${safe}${suffix}-荣誉证书.pdf`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="leitai-${owner.id}-certificates.pdf"; filename*=UTF-8''${encoded}`;
}

export function honoursRouter(deps: HonoursDeps) {
  const r = express.Router();
  const host = hostOnly(deps);
  const json = express.json({ limit: '64kb' });
  // Any content type is read as bytes: the magic bytes decide whether it is a PNG, not a header.
  const raw = express.raw({ type: () => true, limit: SEAL_LIMITS.maxBytes });

  const resolve = (kind: CertificateOwner['kind'], req: Request, res: Response): Resolved | null => {
    const id = String(req.params.id);
    if (kind === 'contest') {
      const state = deps.contests.get(id)?.state;
      if (!state) return (fail(res, 404, 'not_found', '比赛不存在 (unknown contest)'), null);
      return { owner: { kind, id }, title: state.def.title, honours: contestHonours(state), suffix: '', issuer: '', provisional: state.status !== 'finished', year: false, date: state.def.date ?? null };
    }
    const s = deps.series.get(id);
    if (!s) return (fail(res, 404, 'not_found', '系列不存在 (unknown series)'), null);
    const q = Place.safeParse(req.query);
    if (!q.success) return (fail(res, 400, 'invalid', '需要 tier 与 period 参数，scope 为 period 或 cumulative (tier and period required; scope: period or cumulative)'), null);
    const tier = s.def.tiers.find((t) => t.id === q.data.tier);
    const period = s.def.periods.find((p) => p.id === q.data.period);
    if (!tier || !period) return (fail(res, 404, 'not_found', '没有这个层级或期次 (unknown tier or period)'), null);
    const finals = seriesFinals(deps.contests, s);
    const year = q.data.scope === 'cumulative';
    const honours = year ? seriesYearHonours(s, tier.id, period.id, finals) : seriesHonours(s, tier.id, period.id, finals);
    // A period's certificates are dated as its contest (the latest, if the tier held two). A year's
    // are awarded when the year is done, not on the day of its last contest: the day of download.
    const dates = s.contests.filter((c) => c.tierId === tier.id && c.periodId === period.id).flatMap((c) => deps.contests.get(c.contestId)?.state.def.date ?? []);
    const date = year ? null : (dates.sort().at(-1) ?? null);
    return { owner: { kind, id }, title: s.def.name, honours, suffix: `-${tier.name}-${year ? `截至${period.name}累计` : period.name}`, issuer: s.def.issuer, provisional: false, year, date };
  };

  /** The owner exists (settings and seal need no tier or period). */
  const owner = (kind: CertificateOwner['kind'], req: Request, res: Response): CertificateOwner | null => {
    const id = String(req.params.id);
    const found = kind === 'contest' ? deps.contests.get(id) : deps.series.get(id);
    if (!found) return (fail(res, 404, 'not_found', kind === 'contest' ? '比赛不存在 (unknown contest)' : '系列不存在 (unknown series)'), null);
    return { kind, id };
  };

  /**
   * Printed when the settings name no date: a contest's own date (a certificate of the day it was
   * won), a series period's contest's; null: the day of download. Without a place, a series has none.
   */
  const dateOf = (o: CertificateOwner): string | null => (o.kind === 'contest' ? (deps.contests.get(o.id)?.state.def.date ?? null) : null);
  /** A contest's kind, which names its first place; a series has none. */
  const kindOf = (o: CertificateOwner): ContestKind | null => (o.kind === 'contest' ? (deps.contests.get(o.id)?.state.def.kind ?? null) : null);

  const info = (o: CertificateOwner, honours: Honours | null, date = dateOf(o)): CertificatesInfo => {
    const { settings, seal } = deps.certificates.get(o);
    const size = seal ? pngHeader(seal) : null;
    return { settings, seal: seal && size ? { bytes: seal.length, width: size.width, height: size.height } : null, contest: honours?.contest ?? '', kind: kindOf(o), recipients: honours?.recipients ?? [], defaultDate: date, totalWord: honours?.totalWord ?? null };
  };

  for (const [kind, base] of [
    ['contest', '/contests/:id/certificates'],
    ['series', '/series/:id/certificates'],
  ] as const) {
    r.get(base, host, (req, res) => {
      // A series without ?tier=&period= answers its settings only, with nobody to choose from.
      if (kind === 'series' && req.query.tier === undefined && req.query.period === undefined) {
        const o = owner(kind, req, res);
        return o && res.json(info(o, null));
      }
      const found = resolve(kind, req, res);
      if (found) res.json(info(found.owner, found.honours, found.date));
    });

    r.put(base, host, json, (req, res) => {
      const o = owner(kind, req, res);
      if (!o) return;
      const parsed = CertificateSettings.safeParse(req.body);
      if (!parsed.success) {
        const issues = formatIssues(parsed.error);
        return fail(res, 400, 'invalid', issues.join('; '), issues);
      }
      const unknown = [...new Set([parsed.data.template, parsed.data.yearTemplate ?? ''].flatMap(unknownPlaceholders))];
      if (unknown.length)
        return fail(res, 400, 'unknown_placeholder', `模板中有未知的占位符：${unknown.map((u) => `{${u}}`).join('、')} (unknown placeholders)`, unknown);
      deps.certificates.saveSettings(o, parsed.data, Date.now());
      res.json(info(o, null));
    });

    r.get(`${base}/seal.png`, host, (req, res) => {
      const o = owner(kind, req, res);
      if (!o) return;
      const { seal } = deps.certificates.get(o);
      if (!seal) return fail(res, 404, 'not_found', '尚未上传印章 (no seal uploaded)');
      res.set({ 'content-type': 'image/png', 'cache-control': 'no-store' }).send(seal);
    });

    r.put(`${base}/seal`, host, raw, (req, res) => {
      const o = owner(kind, req, res);
      if (!o) return;
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const check = checkSeal(body);
      if (!check.ok) return fail(res, check.status, check.code, check.message);
      deps.certificates.saveSeal(o, body, Date.now());
      res.json(info(o, null));
    });

    r.delete(`${base}/seal`, host, (req, res) => {
      const o = owner(kind, req, res);
      if (!o) return;
      deps.certificates.saveSeal(o, null, Date.now());
      res.json(info(o, null));
    });

    r.get(`${base}.pdf`, host, async (req, res, next) => {
      const choice = CertificateChoice.safeParse(req.query);
      if (!choice.success) return fail(res, 400, 'invalid', 'who 为 champions、top、red 或 picked，n 为 1–200 (who: champions|top|red|picked; n: 1–200)');
      if ((kind === 'contest' && choice.data.who === 'red') || (kind === 'series' && choice.data.who === 'champions'))
        return fail(res, 400, 'invalid', kind === 'contest' ? '比赛没有红榜，请用 champions、top 或 picked (a contest has no red list)' : '系列请用 red、top 或 picked (a series has no champion)');
      const found = resolve(kind, req, res);
      if (!found) return;
      if (found.year && choice.data.who === 'red') return fail(res, 400, 'invalid', '红榜按期评定；累计表彰请用 top 或 picked (the red list is per period: use top or picked)');
      // A certificate naming the first place (擂主) or a rank is printed once the contest has
      // finished; a hand-picked list (e.g. every unit's participation) may be printed at any time.
      if (found.provisional && choice.data.who !== 'picked') {
        const kind = found.honours.kind ?? 'arena';
        return fail(res, 409, 'wrong_state', `比赛尚未结束，${firstPlaceWord(kind)}和名次未定；结束比赛后再打印 (the contest has not finished: no ${firstPlaceWord(kind, 'en').toLowerCase()} or rank yet)`);
      }
      const chosen = chooseRecipients(found.honours.recipients, choice.data);
      if (!chosen.ok) return fail(res, 400, 'invalid', `没有这些编号：${chosen.unknown.join('、')} (unknown ids)`, chosen.unknown);
      if (chosen.recipients.length === 0) return fail(res, 409, 'nobody', '没有符合条件的获奖者（尚未亮分？） (nobody qualifies yet)');
      const stored = deps.certificates.get(found.owner);
      const settings = { ...stored.settings, issuer: stored.settings.issuer || found.issuer, template: templateFor(stored.settings, found.year, found.honours.totalWord) };
      const seal = stored.seal;
      try {
        // Made in the render worker (report/off-thread.ts), where the PDF writer loads on first use.
        const body = await render('certificates.pdf', { settings, seal, contest: found.honours.contest, kind: found.honours.kind, recipients: chosen.recipients, date: settings.date ?? found.date ?? dayOf(Date.now()), generatedAt: new Date() });
        res.set({ 'content-type': 'application/pdf', 'content-disposition': disposition(found.title, found.owner, found.suffix), 'cache-control': 'no-store' }).send(body);
      } catch (e) {
        next(e);
      }
    });
  }

  // A body over the limit or malformed JSON, in the API's error shape rather than Express's page.
  r.use((err: Error & { status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status ?? 500;
    if (status === 413) return fail(res, 413, 'too_large', `内容过大（印章图片不能超过 ${SEAL_LIMITS.maxBytes / 1024} KB） (body too large; a seal is at most ${SEAL_LIMITS.maxBytes / 1024} KB)`);
    fail(res, status, status < 500 ? 'invalid' : 'internal', status < 500 ? err.message : '服务器内部错误');
  });
  return r;
}
