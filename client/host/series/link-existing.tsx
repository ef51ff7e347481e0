// 关联已有比赛: a contest that ran before its series was set up (or set up outside it) counted in
// a tier and period here. Lists the contests in no series; the link is PUT /api/contests/:id/series,
// which works in any state, and the presenters are matched to the tier's units by name (new names
// are listed first, as in the setup form, so a typo does not become a unit).
import { useState } from 'react';
import { formatDate } from '../../../shared/format.ts';
import { useLang, useT } from '../../common/i18n.tsx';
import { api } from '../api.ts';
import { seriesStrings } from '../strings/series.ts';
import { NotLoaded, useLoaded } from '../ui/loaded.tsx';
import { toast } from '../ui/toast.tsx';
import { FormModal } from './form-modal.tsx';
import { NewUnits } from './new-units.tsx';
import { PlacePicker } from './place-picker.tsx';
import type { SeriesDetail } from './series-api.ts';
import { guessPlace } from './series-model.ts';

type Place = { tierId: string; periodId: string };

export function LinkExisting({ series, reload }: { series: SeriesDetail; reload: () => Promise<void> }) {
  const t = useT(seriesStrings);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn-small" onClick={() => setOpen(true)}>
        {t('linkExisting')}
      </button>
      {open && <LinkModal series={series} reload={reload} close={() => setOpen(false)} />}
    </>
  );
}

function LinkModal({ series, reload, close }: { series: SeriesDetail; reload: () => Promise<void>; close: () => void }) {
  const t = useT(seriesStrings);
  const lang = useLang((s) => s.lang);
  const { data: all, failed, retry } = useLoaded(() => api.list(), 'contests');
  const free = (all ?? []).filter((c) => c.series === null).reverse();
  const [chosen, setChosen] = useState<string>('');
  const [place, setPlace] = useState<Place | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const contest = free.find((c) => c.id === chosen) ?? null;
  const { data: units } = useLoaded(() => (chosen ? api.get(chosen).then((c) => c.definition.presenters.map((p) => p.unit)) : Promise.resolve([])), chosen);
  const pick = (id: string) => {
    setChosen(id);
    setError(null);
    const c = free.find((x) => x.id === id);
    setPlace(c ? guessPlace(series.definition, c) : null);
  };
  const confirm = async () => {
    if (!contest || !place) return;
    setBusy(true);
    try {
      await api.linkSeries(contest.id, { seriesId: series.id, ...place });
      toast(t('linkDone', { title: contest.title }), 'ok');
      await reload();
      close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };
  return (
    <FormModal title={t('linkHeading')} confirm={t('linkConfirm')} cancel={t('linkCancel')} busy={busy} canConfirm={!!contest && !!place} error={error} onConfirm={() => void confirm()} onCancel={close}>
      {!all && <NotLoaded failed={failed} retry={retry} />}
      {all && free.length === 0 && <p>{t('linkNone')}</p>}
      {free.length > 0 && (
        <div className="form-grid link-grid">
          <label className="field field-wide">
            <span>{t('linkContest')}</span>
            <select className="input" value={chosen} onChange={(e) => pick(e.target.value)} data-testid="link-contest">
              <option value="">{t('linkChoose')}</option>
              {free.map((c) => (
                <option key={c.id} value={c.id}>
                  {[c.title, c.date ? formatDate(c.date, lang) : null].filter(Boolean).join(' · ')}
                </option>
              ))}
            </select>
          </label>
          {place && <PlacePicker def={series.definition} tierId={place.tierId} periodId={place.periodId} setTierId={(tierId) => setPlace({ ...place, tierId })} setPeriodId={(periodId) => setPlace({ ...place, periodId })} />}
        </div>
      )}
      {place && units && <NewUnits place={{ seriesId: series.id, ...place }} units={units} />}
      {free.length > 0 && <p className="muted small">{t('linkHelp')}</p>}
    </FormModal>
  );
}
