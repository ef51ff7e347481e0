// The 公示 page as one HTML document: served to phones at /notice/<id> (with the objection form,
// which posts as a plain form, so it works without scripts) and exported as a self-contained
// file for a website or a laptop that is offline (no form; the QR code leads to the live page).
// Inline CSS, the QR as inline SVG, no script and no external request of any kind.
import QRCode from 'qrcode';
import { formatDate, formatDateTime, formatScore } from '../shared/format.ts';
import { closingSummary, DECISION_TEXT, type PublicNotice } from '../shared/notice/views.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

export interface PageOptions {
  /** The live page's address, shown and in the QR code. */
  url: string;
  /** The objection form (the live page while the period is open), with what was typed back after a refusal. */
  form: { error: string | null; sent: boolean; values: { text: string; name: string; phone: string } } | null;
}

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
footer{text-align:right;margin:16px 0;color:#57606a}
`;

const period = (n: PublicNotice) => `${formatDate(n.terms.start)} 至 ${formatDate(n.terms.end)}`;

function statusSection(n: PublicNotice, live: boolean): string {
  if (n.phase === 'closed') return `<p class="status closed">公示期满</p><p>公示期 ${esc(period(n))}。${esc(closingSummary(n, formatScore))}</p>`;
  if (n.phase === 'upcoming') return `<p class="status">公示尚未开始</p><p>公示期 ${esc(period(n))}。</p>`;
  return `<p class="status open">公示中</p><p>公示期 ${esc(period(n))}。公示期内如有异议，${live ? '可通过本页提交' : '可扫描下方二维码在线提交'}，或按下方联系方式反映。</p>`;
}

function amendedSection(n: PublicNotice): string {
  if (n.earlier.length === 0) return '';
  const reasons = n.current.amendments.map((a) => `<li>${esc(a.reason)}<span class="muted">（${esc(formatDateTime(a.at))}）</span></li>`).join('');
  const versions = [...n.earlier, n.current]
    .map((p) => `<li>第 ${formatScore(p.version)} 版（${esc(formatDateTime(p.at))}）：<span class="fp">${esc(p.fingerprint.sha256)}</span></li>`)
    .join('');
  return `<section class="amended"><h2>结果已更正</h2><p>本次公示的结果在公示后经更正，现公示第 ${formatScore(n.current.version)} 版。更正原因：</p><ul>${reasons}</ul><p class="muted">各版本记录指纹：</p><ul>${versions}</ul></section>`;
}

function tables(n: PublicNotice): string {
  return n.current.tables
    .map((t) => {
      const head = t.columns.map((c) => `<th>${esc(c)}</th>`).join('');
      const body = t.rows.length === 0 ? `<tr><td colspan="${t.columns.length}" class="muted">（无）</td></tr>` : t.rows.map((r) => `<tr>${r.map((v, i) => `<td${i === 0 || i === r.length - 1 ? ' class="num"' : ''}>${esc(v)}</td>`).join('')}</tr>`).join('');
      return `<section><h2>${esc(t.heading)}</h2><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></section>`;
    })
    .join('');
}

function objections(n: PublicNotice): string {
  if (n.objections.length === 0) return `<section><h2>异议</h2><p class="muted">尚未收到异议。</p></section>`;
  const items = n.objections
    .map((o) => {
      const settled = o.decision ? `<span class="decision">${DECISION_TEXT[o.decision]}</span>：${esc(o.reason ?? '')}` : '<span class="muted">处理中</span>';
      return `<div class="obj"><div>第 ${formatScore(o.number)} 件 <span class="muted">提出于 ${esc(formatDateTime(o.at))}</span></div><div>${settled}</div></div>`;
    })
    .join('');
  return `<section><h2>异议（${formatScore(n.counts.total)} 件）</h2><p class="muted">为保护提出人，只公布处理结果，不公布姓名、电话和内容。</p>${items}</section>`;
}

function form(n: PublicNotice, f: NonNullable<PageOptions['form']>): string {
  if (n.phase !== 'open') return '';
  const note = f.error ? `<p class="error" role="alert">${esc(f.error)}</p>` : f.sent ? '<p class="ok" role="status">异议已提交，处理结果将在本页公布。</p>' : '';
  return `<section id="objection"><h2>提出异议</h2>${note}<form method="post" action="/notice/${esc(n.id)}/objection">
<label for="text">异议内容（必填）</label><textarea id="text" name="text" maxlength="1000" required>${esc(f.values.text)}</textarea>
<label for="name">姓名（选填）</label><input id="name" name="name" maxlength="40" value="${esc(f.values.name)}">
<label for="phone">联系电话（选填）</label><input id="phone" name="phone" inputmode="tel" maxlength="24" value="${esc(f.values.phone)}">
<button type="submit">提交异议</button></form></section>`;
}

export async function noticeHtml(n: PublicNotice, opts: PageOptions): Promise<string> {
  const qr = await QRCode.toString(opts.url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const fp = n.current.fingerprint;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>公示：${esc(n.current.title)}</title><style>${CSS}</style></head><body>
<header><div class="kind">公示</div><h1>${esc(n.current.title)}</h1>${n.current.subtitle ? `<p>${esc(n.current.subtitle)}</p>` : ''}</header>
<main><section>${statusSection(n, opts.form !== null)}</section>${amendedSection(n)}${tables(n)}
<section><h2>记录指纹</h2><p class="muted">与打印的成绩报告上的指纹一致，即为同一份记录（前 ${formatScore(fp.count)} 条事件）。</p><p class="fp">SHA-256 ${esc(fp.sha256)}</p></section>
${objections(n)}${opts.form ? form(n, opts.form) : ''}
<section><h2>联系方式</h2><p>${esc(n.terms.contact || '—')}</p><div class="qr">${qr}<p class="muted">扫码查看本公示的最新情况：<br><span class="fp">${esc(opts.url)}</span></p></div></section>
<footer><div>${esc(n.terms.issuer)}</div><div>${esc(formatDateTime(n.current.at))}</div></footer></main></body></html>`;
}
