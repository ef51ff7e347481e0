// 公示 end to end on the real server: publish a finished contest, 20 people object from 20
// addresses while one floods and is limited, the host answers, a score is corrected because of
// one objection and republished, the page and the log say so, and the period ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logFingerprint } from '../../server/report/fingerprint.ts';
import { FINGERPRINT_COMPARE } from '../../shared/fingerprint-words.ts';
import fs from 'node:fs';
import path from 'node:path';
import { inkFraction, pdfFonts, pdfPages, renderPage, tmpPdf } from '../report/poppler.ts';
import { closeAgents, requestFrom } from '../support/from-address.ts';
import { SCREENSHOTS } from '../support/screenshots.ts';
import { runSeriesContest } from '../support/series-contest.ts';
import { api, startServer, type TestClient } from '../support/server.ts';

type Notice = { id: string; url: string; phase: string; publications: { version: number; fingerprint: { sha256: string; lastSeq: number }; amendments: { reason: string }[] }[]; pending: { reason: string; at: number }[]; objections: { id: string; name: string | null; phone: string | null; text: string }[] };

const CN = (iso: string) => Date.parse(`${iso}+08:00`);
let now = CN('2026-03-16T09:00:00');
let server: Awaited<ReturnType<typeof startServer>>;
let url: string;
let host: TestClient;
let contestId: string;
let notice: Notice;
const terms = { start: '2026-03-16', end: '2026-03-20', issuer: '县委组织部', contact: '县委组织部干部科 0851-1234567' };

beforeAll(async () => {
  server = await startServer(undefined, { noticeClock: () => now });
  url = server.url;
  const run = await runSeriesContest(url, null, ['甲村', '乙村', '丙村', '丁村'], [90, 85, 80], { title: '三月擂台赛' });
  host = run.host;
  expect((await run.host.send('presenter:absent', { presenterId: 'p4' })).ok).toBe(true);
  contestId = run.created.id;
});
afterAll(async () => {
  host.close();
  closeAgents();
  await server.close();
});

const publish = () => api<Notice>(url, 'POST', '/api/notices', { subject: { kind: 'contest', contestId }, terms });
const object = (from: string, body: unknown) => requestFrom(from, `${url}/api/public/notices/${notice.id}/objections`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const command = (body: unknown) => api<Notice>(url, 'POST', `/api/notices/${notice.id}/commands`, body);
const page = async () => (await fetch(`${url}/notice/${notice.id}`)).text();

describe('公示 of a contest', () => {
  it('is refused until the contest is finished, then frozen with the fingerprint of its log', async () => {
    expect(await publish()).toMatchObject({ status: 409, body: { error: { code: 'wrong_state' } } });
    expect((await host.send('contest:finish', {})).ok).toBe(true);
    expect((await api(url, 'POST', '/api/notices', { subject: { kind: 'contest', contestId }, terms: { ...terms, issuer: '' } })).status).toBe(400);
    const out = await publish();
    expect(out.status).toBe(201);
    notice = out.body;
    // One notice of a contest at a time: pressed again, 发布公示 is refused and creates nothing.
    expect(await publish()).toMatchObject({ status: 409, body: { error: { code: 'wrong_state', message: expect.stringContaining('已有公示') } } });
    const state = server.contests.get(contestId)!.state;
    const fp = logFingerprint(server.contests.store.events(contestId).slice(0, state.rev));
    expect(notice.publications[0]!.fingerprint).toEqual(fp);
    expect(notice.url).toBe(`http://leitai.test/notice/${notice.id}`);
    expect((await api(url, 'GET', `/api/notices?contest=${contestId}`)).body).toHaveLength(1);
  });

  it('the host API needs the token; the public page and data do not', async () => {
    expect((await api(url, 'GET', `/api/notices/${notice.id}`, undefined, '')).status).toBe(401);
    const pub = await fetch(`${url}/api/public/notices/${notice.id}`);
    expect(pub.status).toBe(200);
    const html = await page();
    expect(html).toContain('公示中');
    expect(html).toContain('甲村');
    expect(html).toContain('90.00');
    // The absent unit is listed as absent, after the ranking, not left out for the public to ask about.
    expect(html).toContain('<td>丙村</td><td class="num">80.00</td></tr><tr><td class="num">—</td><td>丁村</td><td class="num">缺席</td></tr>');
    expect(html).toContain(notice.publications[0]!.fingerprint.sha256);
    expect(html).not.toMatch(/<script|<link|src=/);
    expect((await fetch(`${url}/notice/nope`)).status).toBe(404);
  });

  it('takes objections from 20 addresses at once and limits the one that floods', async () => {
    now = CN('2026-03-18T10:00:00');
    const people = Array.from({ length: 20 }, (_, i) => object(`127.0.0.${11 + i}`, { text: `第 ${i + 1} 条异议：乙村得分有误`, name: `群众${i + 1}`, phone: `138 0000 00${String(i).padStart(2, '0')}` }));
    const flood = Array.from({ length: 10 }, (_, i) => object('127.0.0.99', { text: `刷屏 ${i}` }));
    const answers = await Promise.all([...people, ...flood]);
    expect(answers.slice(0, 20).map((a) => a.status)).toEqual(Array(20).fill(201));
    const floodStatus = answers.slice(20).map((a) => a.status);
    expect(floodStatus.filter((s) => s === 201)).toHaveLength(3);
    expect(floodStatus.filter((s) => s === 429)).toHaveLength(7);
    expect(answers[20 + floodStatus.indexOf(429)]!.body).toMatchObject({ error: { code: 'rate_limited' } });
    // Text is required; a bad phone is refused; neither is stored nor charged.
    expect((await object('127.0.0.50', { text: ' ' })).status).toBe(400);
    expect((await object('127.0.0.50', { text: '有异议', phone: 'abc' })).status).toBe(400);
    const full = (await api<Notice>(url, 'GET', `/api/notices/${notice.id}`)).body;
    expect(full.objections).toHaveLength(23);
    expect(full.objections.filter((o) => o.name !== null)).toHaveLength(20);
    // Ten minutes later the flooder may write again.
    now += 10 * 60_000;
    expect((await object('127.0.0.99', { text: '十分钟后' })).status).toBe(201);
  });

  it('the public sees counts and decisions, never who wrote or what', async () => {
    const pub = await (await fetch(`${url}/api/public/notices/${notice.id}`)).text();
    expect(pub).not.toContain('群众');
    expect(pub).not.toContain('138 0000');
    expect(pub).not.toContain('乙村得分有误');
    expect(JSON.parse(pub)).toMatchObject({ counts: { total: 24, answered: 0 } });
  });

  it('the host answers; a correction because of one objection is republished and the page says 结果已更正', async () => {
    expect((await command({ type: 'objection:answer', objectionId: 'o2', decision: 'upheld', reason: '经复核，计分无误' })).status).toBe(200);
    expect((await command({ type: 'objection:answer', objectionId: 'o21', decision: 'rejected', reason: '重复提交' })).status).toBe(200);
    expect((await command({ type: 'objection:answer', objectionId: 'o1', decision: 'corrected', reason: '已更正' })).status).toBe(409);
    expect((await command({ type: 'objection:answer', objectionId: 'o99', decision: 'upheld', reason: 'x' })).status).toBe(404);
    expect((await command({ type: 'notice:republish' })).status).toBe(409); // nothing corrected yet
    const read = async () => (await api<Notice>(url, 'GET', `/api/notices/${notice.id}`)).body;
    expect((await read()).pending).toEqual([]);

    const reason = '根据异议第1件复核：甲评委对乙村误录为85，应为95';
    expect(await host.send('score:correct', { presenterId: 'p2', judgeId: 'j1', values: [95], reason })).toMatchObject({ ok: true });
    // The host is told the public page still shows the results before the correction.
    expect((await read()).pending).toEqual([{ reason, at: expect.any(Number) }]);
    const re = await command({ type: 'notice:republish' });
    expect(re.status).toBe(200);
    expect(re.body.pending).toEqual([]);
    expect(re.body.publications.map((p) => p.version)).toEqual([1, 2]);
    expect(re.body.publications[1]!.amendments).toEqual([expect.objectContaining({ reason })]);
    // Answered the next day: the page says when, in China time, beside when it was raised.
    now = CN('2026-03-19T14:05:00');
    expect((await command({ type: 'objection:answer', objectionId: 'o1', decision: 'corrected', reason: '乙村得分更正为 90.00' })).status).toBe(200);
    const pub = (await (await fetch(`${url}/api/public/notices/${notice.id}`)).json()) as { objections: { number: number; at: number; answeredAt: number | null }[] };
    expect(pub.objections[0]).toMatchObject({ number: 1, answeredAt: now });

    const html = await page();
    expect(html).toMatch(/第 1 件 <span class="muted">提出于 2026年3月18日 \d\d:\d\d<\/span><\/div><div><span class="decision">已更正结果<\/span>：乙村得分更正为 90.00<div class="muted">答复于 2026年3月19日 14:05<\/div>/);
    expect(html).toContain('结果已更正');
    expect(html).toContain(reason);
    for (const p of re.body.publications) expect(html).toContain(p.fingerprint.sha256);
    expect(html).toContain('已更正结果');
    expect(html).toContain('维持原结果');
    expect(html).not.toContain('群众');
  });

  it('the page form works without scripts: a submission goes back to the page, a refusal shows why', async () => {
    const form = (text: string) =>
      requestFrom('127.0.0.60', `${url}/notice/${notice.id}/objection`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ text, name: '', phone: '' }).toString() });
    const ok = await form('表单提交的异议');
    expect(ok.status).toBe(303);
    expect(ok.headers.location).toMatch(new RegExp(`^/notice/${notice.id}\\?sent=1&no=\\d+#objection$`));
    const no = Number(/no=(\d+)/.exec(ok.headers.location as string)![1]);
    expect(await (await fetch(`${url}${ok.headers.location as string}`)).text()).toContain(`异议已提交（第 ${no} 件）`);
    const bad = await form('');
    expect(bad.status).toBe(400);
    // Said to a person: Chinese only, no field path.
    expect(String(bad.body)).toContain('<p class="error" role="alert">请填写异议内容</p>');
    // The refusal opens at the form, not at the top of a long page.
    expect(String(bad.body)).toContain(`action="/notice/${notice.id}/objection#objection"`);
    const phone = await requestFrom('127.0.0.60', `${url}/notice/${notice.id}/objection`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ text: '异议', name: '', phone: '13800001234（微信同号）' }).toString() });
    expect(String(phone.body)).toContain('<p class="error" role="alert">电话号码格式不对</p>');
    expect(bad.headers['content-security-policy']).toContain("style-src 'unsafe-inline'");
  });

  it('reads in English on request, and its form keeps the language through a refusal and a submission', async () => {
    expect(await page()).toContain(`href="/notice/${notice.id}?lang=en">English</a>`);
    const en = await (await fetch(`${url}/notice/${notice.id}?lang=en`)).text();
    for (const s of ['<html lang="en">', 'Open for objections', 'Notice period: 16 Mar 2026 to 20 Mar 2026. Objections may be raised', 'Raise an objection', 'Record fingerprint', FINGERPRINT_COMPARE.en, '<input type="hidden" name="lang" value="en">', `href="/notice/${notice.id}">中文</a>`]) expect(en).toContain(s);
    expect(en).not.toContain('提交异议');
    // The answer's time in English, and an English colon after the decision.
    expect(en).toContain('<span class="decision">result corrected</span>: 乙村得分更正为 90.00<div class="muted">answered 19 Mar 2026 14:05</div>');
    const form = (text: string) =>
      requestFrom('127.0.0.61', `${url}/notice/${notice.id}/objection`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ lang: 'en', text, name: '', phone: '' }).toString() });
    const bad = await form('');
    expect(bad.status).toBe(400);
    expect(String(bad.body)).toContain('<p class="error" role="alert">the objection text is required</p>');
    expect(String(bad.body)).toContain('Send the objection');
    const ok = await form('An objection sent from the English page');
    expect(ok.status).toBe(303);
    expect(ok.headers.location).toMatch(new RegExp(`^/notice/${notice.id}\\?lang=en&sent=1&no=\\d+#objection$`));
    expect(await (await fetch(`${url}${ok.headers.location as string}`)).text()).toMatch(/Your objection \(No\. \d+\) was received/);
  });

  it('after the period: 公示期满 with the count and how each was settled; objections are refused', async () => {
    now = CN('2026-03-21T00:30:00');
    expect((await object('127.0.0.70', { text: '晚了' })).status).toBe(409);
    const html = await page();
    expect(html).toContain('公示期满');
    expect(html).toContain('共收到异议 26 件：维持原结果 1 件，已更正结果 1 件，不予受理 1 件，尚在处理 23 件');
    expect(html).not.toContain('提交异议');
  });

  it('keeps every step in the log, and the same after a restart', async () => {
    const log = (await api<{ seq: number; type: string; actor: string }[]>(url, 'GET', `/api/notices/${notice.id}/events`)).body;
    expect(log.map((e) => e.type).filter((t, i, all) => all.indexOf(t) === i)).toEqual(['NoticePublished', 'ObjectionSubmitted', 'ObjectionAnswered', 'NoticeRepublished']);
    expect(log.filter((e) => e.type === 'ObjectionSubmitted')).toHaveLength(26);
    expect(log.filter((e) => e.type === 'ObjectionSubmitted').every((e) => e.actor === 'public')).toBe(true);
    const before = (await api(url, 'GET', `/api/notices/${notice.id}`)).body;
    host.close();
    await server.close();
    server = await startServer(server.dataDir, { noticeClock: () => now });
    url = server.url;
    expect((await api(url, 'GET', `/api/notices/${notice.id}`)).body).toEqual(before);
  });

  it('exports one self-contained HTML file', async () => {
    const res = await fetch(`${url}/api/notices/${notice.id}/notice.html`, { headers: { authorization: `Bearer test-host-token-0123456789` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const html = await res.text();
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|<link|src=|url\(/);
    expect(html).not.toContain('<form');
  });

  it('prints a notice PDF with the QR code, the amendment, the period end and embedded fonts', async () => {
    const res = await fetch(`${url}/api/notices/${notice.id}/notice.pdf`, { headers: { authorization: `Bearer test-host-token-0123456789` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const file = tmpPdf(Buffer.from(await res.arrayBuffer()));
    const text = pdfPages(file).join('\n').replace(/\s+/g, '');
    for (const s of ['公示', '三月擂台赛', '公示期为2026年3月16日至2026年3月20日', '结果已更正', '乙村', '90.00', '公示期满', '县委组织部', '扫码查看公示并提交异议'])
      expect(text, s).toContain(s);
    const current = (await api<Notice>(url, 'GET', `/api/notices/${notice.id}`)).body.publications[1]!.fingerprint.sha256;
    expect(text).toContain(current);
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.emb)).toBe(true);
    expect(inkFraction(file, 1)).toBeGreaterThan(0.01);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    renderPage(file, 1, 80, path.join(SCREENSHOTS, 'notice-pdf.png'));
  });

  it('names the fingerprint 记录指纹 with one sentence on the page, the notice PDF and the score report', async () => {
    const sentence = FINGERPRINT_COMPARE.zh.replace(/\s+/g, '');
    const html = await page();
    const printed = pdfPages(tmpPdf(Buffer.from(await (await fetch(`${url}/api/notices/${notice.id}/notice.pdf`, { headers: { authorization: `Bearer test-host-token-0123456789` } })).arrayBuffer()))).join('').replace(/\s+/g, '');
    const report = pdfPages(tmpPdf(Buffer.from(await (await fetch(`${url}/api/contests/${contestId}/report.pdf`, { headers: { authorization: `Bearer test-host-token-0123456789` } })).arrayBuffer()))).join('').replace(/\s+/g, '');
    expect(html).toContain(`<h2>记录指纹</h2><p class="muted">${FINGERPRINT_COMPARE.zh}</p>`);
    expect(printed).toContain('记录指纹（SHA-256）：');
    expect(report).toContain('记录指纹（SHA-256）');
    expect(report).toMatch(/记录指纹[0-9a-f]{16}/); // every page's footer
    for (const [where, text] of [['page', html], ['notice PDF', printed], ['report', report]] as const) {
      expect(text.replace(/\s+/g, ''), where).toContain(sentence);
      // No other name for it, and no events counted at the public.
      expect(text, where).not.toMatch(/日志指纹|事件指纹/);
    }
    expect(html).not.toContain('条事件');
    expect(printed).not.toContain('条事件');
  });
});
