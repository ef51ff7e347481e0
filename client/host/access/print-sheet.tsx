// Printable judge cards, A4, 2 × 3 per page, only visible in print. Always in Chinese: the
// cards go to the judges, who must never need to read English, whatever the console shows.
import { QRCodeSVG } from 'qrcode.react';
import type { JudgeLink } from '../api.ts';
import { accessStrings } from '../strings/access.ts';

const PER_PAGE = 6;
const zh = accessStrings.zh;

export function PrintSheet({ title, judges }: { title: string; judges: JudgeLink[] }) {
  const pages: JudgeLink[][] = [];
  for (let i = 0; i < judges.length; i += PER_PAGE) pages.push(judges.slice(i, i + PER_PAGE));
  return (
    <div className="print-sheet" lang="zh-CN">
      {pages.map((page, p) => (
        <section key={p} className="print-page">
          {page.map((j, k) => (
            <article key={j.id} className="print-card">
              <div className="print-title">{title}</div>
              <div className="print-seat">{zh.seat.replace('{n}', String(p * PER_PAGE + k + 1))}</div>
              <div className="print-name">{j.name}</div>
              <div className="print-role">{[j.title, j.group].filter(Boolean).join(' · ')}</div>
              {j.joinUrl ? <QRCodeSVG value={j.joinUrl} size={170} marginSize={2} level="M" /> : <div>{zh.noLink}</div>}
              <div className="print-scan">{zh.cardScan}</div>
              <div className="print-note">{zh.cardNote}</div>
            </article>
          ))}
        </section>
      ))}
    </div>
  );
}
