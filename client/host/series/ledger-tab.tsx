// 积分: one period's ledger (a tier or all), entered one by one or pasted from Excel, each entry
// correctable by a new entry that cites it. Nothing is edited in place: a corrected entry stays,
// struck through, beside the correction that replaced it.
import type { LedgerScope } from './ledger-scope.ts';
import { useEffect, useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { seriesLedgerStrings } from '../strings/series-ledger.ts';
import { correctionReasons, type LedgerEntryLine, type SeriesDetail } from './series-api.ts';
import { LedgerAdd } from './ledger-add.tsx';
import { LedgerCorrect } from './ledger-correct.tsx';
import { LedgerEntries } from './ledger-entries.tsx';
import { LedgerPasteBox } from './ledger-paste-box.tsx';
import { RecorderBar } from './recorder-bar.tsx';
import { defaultPlace } from './series-model.ts';
import { useRecorder } from './recorder.ts';
import { ledgerCounts } from '../../../shared/series/definition.ts';

type Props = { series: SeriesDetail; reload: () => Promise<void> };

export function LedgerTab({ series, reload }: Props) {
  const t = useT(seriesLedgerStrings);
  const def = series.definition;
  const [scope, setScope] = useState<LedgerScope>(() => ({ periodId: defaultPlace(series).periodId, tierId: '' }));
  const [correcting, setCorrecting] = useState<LedgerEntryLine | null>(null);
  const [reasons, setReasons] = useState<Map<string, string>>(new Map());
  const by = useRecorder((s) => s.by);
  useEffect(() => {
    correctionReasons(series.id)
      .then(setReasons)
      .catch(() => setReasons(new Map()));
  }, [series.id, series.seq]);
  const after = async () => {
    await reload();
  };
  return (
    <div className="series-page ledger-page">
      <div className="ledger-toolbar panel">
        <label className="field">
          <span>{t('period')}</span>
          <select className="input" value={scope.periodId} onChange={(e) => setScope({ ...scope, periodId: e.target.value })}>
            {def.periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('tier')}</span>
          <select className="input" value={scope.tierId} onChange={(e) => setScope({ ...scope, tierId: e.target.value })}>
            <option value="">{t('allTiers')}</option>
            {def.tiers.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        <RecorderBar />
      </div>
      {def.headings.length > 0 && !ledgerCounts(def) && (
        <p className="banner" data-testid="ledger-not-counted">
          {t('notCounted')}
        </p>
      )}
      {def.headings.length === 0 ? (
        <p className="banner">{t('noHeadings')}</p>
      ) : (
        <>
          <LedgerAdd series={series} scope={scope} by={by} done={after} />
          <LedgerPasteBox series={series} scope={scope} by={by} done={after} />
        </>
      )}
      <LedgerEntries series={series} scope={scope} reasons={reasons} onCorrect={setCorrecting} />
      {correcting && <LedgerCorrect series={series} entry={correcting} by={by} close={() => setCorrecting(null)} done={after} />}
    </div>
  );
}
