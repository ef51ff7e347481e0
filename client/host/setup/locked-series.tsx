// 所属系列 after the start: the rest of the form is locked, the link is not. A county often sets up
// its year's series after the first contest ran, and that contest must still count; saved alone,
// through PUT /api/contests/:id/series (docs/http-api.md).
import { useState } from 'react';
import { sameLink } from '../../../shared/domain/series-link.ts';
import { useT } from '../../common/i18n.tsx';
import { api } from '../api.ts';
import { setupSeriesStrings } from '../strings/series-form.ts';
import { toast } from '../ui/toast.tsx';
import type { Draft } from './draft.ts';
import { SeriesSection } from './series-section.tsx';

type Place = Draft['series'];

export function LockedSeries({ contestId, initial, units, about }: { contestId: string; initial: Place; units: string[]; about: { tier: string; date: string | null } }) {
  const t = useT(setupSeriesStrings);
  const [series, setSeries] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const stored = await api.linkSeries(contestId, series);
      setSaved(stored.definition.series);
      setError(null);
      toast(t('linkSaved'), 'ok');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="locked-series">
      <SeriesSection
        series={series}
        set={(next) => {
          setSeries(next);
          setError(null);
        }}
        issues={[]}
        units={units}
        about={about}
        footer={
          <>
            <div className="row-gap">
              <button type="button" className="btn btn-primary" disabled={busy || sameLink(series, saved)} onClick={() => void save()}>
                {busy ? t('linkSaving') : t('linkSave')}
              </button>
              <span className="muted small">{t('linkLockedHelp')}</span>
            </div>
            {error && (
              <p className="issues" role="alert">
                {error}
              </p>
            )}
          </>
        }
      />
    </div>
  );
}
