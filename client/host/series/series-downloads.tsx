// The series' printouts as buttons: the 红黑榜 poster of the tier and period shown (A4, A3), the
// 荣誉证书 of its red-list units, the tier's series report and the series workbook — fetched with
// the host token, saved under the series' name, a toast in the server's words when it refuses.
import { useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { downloadFile, fileName } from '../exports/download.ts';
import { exportsStrings } from '../strings/exports.ts';
import { seriesTrendStrings } from '../strings/series-trend.ts';
import { toast } from '../ui/toast.tsx';
import type { SeriesDetail } from './series-api.ts';
import { nameOf } from './series-model.ts';

type Props = { series: SeriesDetail; tierId: string; periodId: string };

export function SeriesDownloads({ series, tierId, periodId }: Props) {
  const t = useT(seriesTrendStrings);
  const te = useT(exportsStrings);
  const [busy, setBusy] = useState<string | null>(null);
  const def = series.definition;
  const [tier, period] = [nameOf(def.tiers, tierId), nameOf(def.periods, periodId)];
  const base = `/api/series/${encodeURIComponent(series.id)}`;
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
  const files = [
    { key: 'poster-A4', label: t('posterA4'), hint: t('posterHint', { tier, period }), url: `${base}/poster.pdf?${q({ tier: tierId, period: periodId, size: 'A4' })}`, suffix: `${tier}-${period}-红黑榜-A4.pdf` },
    { key: 'poster-A3', label: t('posterA3'), hint: t('posterHint', { tier, period }), url: `${base}/poster.pdf?${q({ tier: tierId, period: periodId, size: 'A3' })}`, suffix: `${tier}-${period}-红黑榜-A3.pdf` },
    {
      key: 'certificates',
      label: t('redCertificates'),
      hint: t('redCertificatesHint', { tier, period }),
      url: `${base}/certificates.pdf?${q({ who: 'red', tier: tierId, period: periodId })}`,
      suffix: `${tier}-${period}-红榜证书.pdf`,
    },
    { key: 'report', label: t('report'), hint: t('reportHint', { tier }), url: `${base}/report.pdf?${q({ tier: tierId })}`, suffix: `${tier}-系列报告.pdf` },
    { key: 'xlsx', label: t('xlsx'), hint: t('xlsxHint'), url: `${base}/series.xlsx`, suffix: '系列成绩.xlsx' },
  ];
  const run = async (f: (typeof files)[number]) => {
    setBusy(f.key);
    try {
      const r = await downloadFile(f.url, fileName(def.name, f.suffix));
      if (r.ok) toast(te('saved', { name: r.name }), 'ok');
      else toast(te('failed', { message: r.message ?? (r.status === 0 ? te('unreachable') : `HTTP ${r.status}`) }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="series-downloads" data-testid="series-downloads">
      <span className="muted small">{t('downloads')}</span>
      {files.map((f) => (
        <button key={f.key} type="button" className="btn btn-small" data-download={f.key} title={f.hint} disabled={busy !== null} onClick={() => void run(f)}>
          {busy === f.key ? te('busy') : `⤓ ${f.label}`}
        </button>
      ))}
    </div>
  );
}
