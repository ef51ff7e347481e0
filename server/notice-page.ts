// The 公示 page as one HTML document: served to phones at /notice/<id> (with the objection form,
// which posts as a plain form, so it works without scripts) and exported as a self-contained
// file for a website or a laptop that is offline (no form; the QR code leads to the live page).
// Inline CSS, the QR as inline SVG, no script and no external request of any kind.
import QRCode from 'qrcode';
import { formatDate, formatDateTime, formatScore, CHINA_TIME } from '../shared/format.ts';
import { closingSummary, DECISION_TEXT, DECISION_TEXT_EN, type PublicNotice } from '../shared/notice/views.ts';
import { NOTICE_WORDS, type NoticeLang } from './notice-words.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

export interface PageOptions {
  /** The live page's address, shown and in the QR code. */
  url: string;
  /** The objection form (the live page while the period is open), with what was typed back after a refusal. */
  form: { error: string | null; sent: boolean; number?: number | null; values: { text: string; name: string; phone: string } } | null;
  /** The page's words (the published results are shown as published); Chinese by default. */
  lang?: NoticeLang;
}

type Words = (typeof NOTICE_WORDS)['zh'];

const CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.6 "PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei","Noto Sans SC",sans-serif;color:#1f2328;background:#f4f1ea}
main{max-width:760px;margin:0 auto;padding:16px}
header{background:#b3261e;color:#fff;padding:20px 16px;text-align:center}
header .kind{font-size:28px;font-weight:700;letter-spacing:.5em;margin-right:-.5em}
header h1{font-size:20px;margin:6px 0 0}header p{margin:2px 0 0;opacity:.9}
section{background:#fff;border-radius:8px;padding:14px 16px;margin:12px 0;box-shadow:0 1px 2px #0001}
h2{font-size:17px;margin:0 0 8px;color:#b3261e}
.status{font-weight:700;font-size:18px;margin:0 0 4px}section>p:last-child{margin-bottom:0}.open{color:#1a7f37}.closed{color:#6e7781}
.amended{border-left:5px solid #d4a72c;background:#fff8e1}
table{width:100%;border-collapse:collapse;font-size:15px}th,td{padding:6px 4px;border-bottom:1px solid #e5e1d8;text-align:left}
th{color:#57606a;font-weight:600}td.num{font-variant-numeric:tabular-nums;white-space:nowrap}
.fp{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;word-break:break-all;color:#57606a}
.obj{border-bottom:1px solid #e5e1d8;padding:8px 0}.obj:last-child{border:0}.muted{color:#6e7781;font-size:14px}
.decision{font-weight:700}
label{display:block;margin:10px 0 4px;font-weight:600}textarea,input{width:100%;font:inherit;padding:8px;border:1px solid #c9c3b6;border-radius:6px}
textarea{min-height:120px}button{margin-top:12px;width:100%;padding:12px;font:inherit;font-size:17px;background:#b3261e;color:#fff;border:0;border-radius:6px}
.error{color:#b3261e;font-weight:600}.ok{color:#1a7f37;font-weight:600}
.qr{display:flex;gap:12px;align-items:center}.qr svg{width:120px;height:120px;flex:none}
.kind.latin{letter-spacing:.08em;margin-right:0}.lang{position:absolute;top:10px;right:12px;color:#fff;font-size:14px}header{position:relative}
footer{text-align:right;margin:16px 0;color:#57606a}
`;

const period = (n: PublicNotice, w: Words, lang: NoticeLang) => w.range(formatDate(n.terms.start, lang), formatDate(n.terms.end, lang));
/** Times of day in China (UTC+8), where notices are posted, in the page's language. */
const when = (at: number, lang: NoticeLang) => formatDateTime(at, CHINA_TIME, lang);

function statusSection(n: PublicNotice, live: boolean, w: Words, lang: NoticeLang): string {
  if (n.phase === 'closed') return `<p class="status closed">${w.closed}</p><p>${esc(w.period(period(n, w, lang)))}${esc(closingSummary(n, formatScore, lang))}</p>`;
  if (n.phase === 'upcoming') return `<p class="status">${w.upcoming}</p><p>${esc(w.period(period(n, w, lang)))}</p>`;
  return `<p class="status open">${w.open}</p><p>${esc(w.period(period(n, w, lang)))}${esc(w.howToObject(live))}</p>`;
}

function amendedSection(n: PublicNotice, w: Words, lang: NoticeLang): string {
  if (n.earlier.length === 0) return '';
  const reasons = n.current.amendments.map((a) => `<li>${esc(a.reason)}<span class="muted">（${esc(when(a.at, lang))}）</span></li>`).join('');
  const versions = [...n.earlier, n.current]
    .map((p) => {
      const contests = (p.contests ?? []).map((c) => `<br><span class="muted">${esc(c.title)}：</span><span class="fp">${esc(c.fingerprint.sha256)}</span>`).join('');
      return `<li>${w.version(p.version)}（${esc(when(p.at, lang))}）：<span class="fp">${esc(p.fingerprint.sha256)}</span>${contests}</li>`;
    })
    .join('');
  return `<section class="amended"><h2>${w.amended}</h2><p>${esc(w.amendedBody(n.current.version))}</p><ul>${reasons}</ul><p class="muted">${w.versions}</p><ul>${versions}</ul></section>`;
}

/** A series notice's contests, each with its own log's fingerprint: a score corrected there is in none of the series' events. */
function contestFingerprints(n: PublicNotice, w: Words): string {
  const list = n.current.contests ?? [];
  if (list.length === 0) return '';
  const items = list.map((c) => `<li>${esc(c.title)}<br><span class="fp">SHA-256 ${esc(c.fingerprint.sha256)}</span></li>`).join('');
  return `<p class="muted">${w.contestFingerprints}</p><ul>${items}</ul>`;
}

function tables(n: PublicNotice, w: Words): string {
  return n.current.tables
    .map((t) => {
      const head = t.columns.map((c) => `<th>${esc(c)}</th>`).join('');
      const body = t.rows.length === 0 ? `<tr><td colspan="${t.columns.length}" class="muted">${w.none}</td></tr>` : t.rows.map((r) => `<tr>${r.map((v, i) => `<td${i === 0 || i === r.length - 1 ? ' class="num"' : ''}>${esc(v)}</td>`).join('')}</tr>`).join('');
      return `<section><h2>${esc(t.heading)}</h2><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></section>`;
    })
    .join('');
}

function objections(n: PublicNotice, w: Words, lang: NoticeLang): string {
  if (n.objections.length === 0) return `<section><h2>${w.objections}</h2><p class="muted">${w.noObjections}</p></section>`;
  const decisions = lang === 'en' ? DECISION_TEXT_EN : DECISION_TEXT;
  const items = n.objections
    .map((o) => {
      // When it was answered, beside when it was raised: an answer given weeks later reads differently.
      const answered = o.answeredAt === null ? '' : `<div class="muted">${esc(w.answeredAt(when(o.answeredAt, lang)))}</div>`;
      const settled = o.decision ? `<span class="decision">${decisions[o.decision]}</span>${w.colon}${esc(o.reason ?? '')}${answered}` : `<span class="muted">${w.pending}</span>`;
      return `<div class="obj"><div>${w.objectionNo(o.number)} <span class="muted">${esc(w.raisedAt(when(o.at, lang)))}</span></div><div>${settled}</div></div>`;
    })
    .join('');
  return `<section><h2>${w.objectionsCount(n.counts.total)}</h2><p class="muted">${w.privacy}</p>${items}</section>`;
}

function form(n: PublicNotice, f: NonNullable<PageOptions['form']>, w: Words, lang: NoticeLang): string {
  if (n.phase !== 'open') return '';
  const note = f.error ? `<p class="error" role="alert">${esc(f.error)}</p>` : f.sent ? `<p class="ok" role="status">${w.sent(f.number ?? null)}</p>` : '';
  // The language rides along with the form, so a refusal or the page after it stays in it.
  const keep = lang === 'en' ? '<input type="hidden" name="lang" value="en">' : '';
  return `<section id="objection"><h2>${w.raise}</h2>${note}<form method="post" action="/notice/${esc(n.id)}/objection#objection">${keep}
<label for="text">${w.text}</label><textarea id="text" name="text" maxlength="1000" required>${esc(f.values.text)}</textarea>
<label for="name">${w.name}</label><input id="name" name="name" maxlength="40" value="${esc(f.values.name)}">
<label for="phone">${w.phone}</label><input id="phone" name="phone" inputmode="tel" maxlength="24" value="${esc(f.values.phone)}">
<button type="submit">${w.submit}</button></form></section>`;
}

export async function noticeHtml(n: PublicNotice, opts: PageOptions): Promise<string> {
  const lang = opts.lang ?? 'zh';
  const w = NOTICE_WORDS[lang];
  const qr = await QRCode.toString(opts.url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const fp = n.current.fingerprint;
  // The live page links to the other language; the exported file (no form) is the Chinese notice.
  const other = opts.form ? `<a class="lang" href="/notice/${esc(n.id)}${lang === 'en' ? '' : '?lang=en'}">${w.other}</a>` : '';
  return `<!doctype html><html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(w.title(n.current.title))}</title><style>${CSS}</style></head><body>
<header>${other}<div class="kind${lang === 'en' ? ' latin' : ''}">${w.kind}</div><h1>${esc(n.current.title)}</h1>${n.current.subtitle ? `<p>${esc(n.current.subtitle)}</p>` : ''}</header>
<main><section>${statusSection(n, opts.form !== null, w, lang)}</section>${amendedSection(n, w, lang)}${tables(n, w)}
<section><h2>${w.fingerprint}</h2><p class="muted">${esc(w.fingerprintBody)}</p><p class="fp">SHA-256 ${esc(fp.sha256)}</p>${contestFingerprints(n, w)}</section>
${objections(n, w, lang)}${opts.form ? form(n, opts.form, w, lang) : ''}
<section><h2>${w.contact}</h2><p>${esc(n.terms.contact || '—')}</p><div class="qr">${qr}<p class="muted">${w.scan}<br><span class="fp">${esc(opts.url)}</span></p></div></section>
<footer><div>${esc(n.terms.issuer)}</div><div>${esc(when(n.current.at, lang))}</div></footer></main></body></html>`;
}
