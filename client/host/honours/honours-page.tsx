// 表彰 tab of a contest: who gets a 荣誉证书 (the 擂主, the top N, or picked by hand), the wording
// with a live preview of the first certificate (filled by the same function as the PDF), the
// seal, and the PDF download. The list is read again whenever the contest's results move.
import { useEffect, useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { isoDay } from '../../../shared/format.ts';
import { chooseRecipients } from '../../../shared/honours/choose.ts';
import type { CertificatesInfo, CertificateSettings } from '../../../shared/honours/schema.ts';
import { unknownPlaceholders } from '../../../shared/honours/template.ts';
import { downloadFile, fileName } from '../exports/download.ts';
import { useHostView } from '../host-session.ts';
import { exportsStrings } from '../strings/exports.ts';
import { honoursStrings } from '../strings/honours.ts';
import { toast } from '../ui/toast.tsx';
import { CertificatePreview } from './certificate-preview.tsx';
import { honoursApi, type Who } from './honours-api.ts';
import { RecipientTable } from './recipient-table.tsx';
import { SettingsForm } from './settings-form.tsx';
import './honours.css';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function HonoursPage({ id }: { id: string }) {
  const t = useT(honoursStrings);
  const te = useT(exportsStrings);
  const view = useHostView();
  const rev = view?.rev ?? 0;
  const [info, setInfo] = useState<CertificatesInfo | null>(null);
  const [draft, setDraft] = useState<CertificateSettings | null>(null);
  const [dirty, setDirty] = useState(false);
  const [who, setWho] = useState<Who>('champions');
  const [n, setN] = useState(3);
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    honoursApi
      .get(id)
      .then((i) => {
        if (!live) return;
        setInfo(i);
        // The host's unsaved edits survive a result arriving; the first load fills the form.
        setDraft((d) => d ?? i.settings);
      })
      .catch((e: unknown) => toast(message(e)));
    return () => {
      live = false;
    };
  }, [id, rev]);

  if (!info || !draft) return <p className="muted pad">{t('loading')}</p>;
  const chosen = chooseRecipients(info.recipients, { who, n, ids: picked.join(',') });
  const recipients = chosen.ok ? chosen.recipients : [];
  const unknown = unknownPlaceholders(draft.template);
  // The server refuses the 擂主 and ranks of a contest still running (they may yet change).
  const provisional = view?.contest.status !== 'finished' && who !== 'picked';

  const edit = (patch: Partial<CertificateSettings>) => {
    setDraft({ ...draft, ...patch });
    setDirty(true);
  };
  const save = async (): Promise<boolean> => {
    try {
      const saved = await honoursApi.save(id, draft);
      setInfo({ ...info, settings: saved.settings, seal: saved.seal });
      setDirty(false);
      return true;
    } catch (e) {
      toast(message(e));
      return false;
    }
  };
  const download = async () => {
    setBusy(true);
    try {
      // What is downloaded is what the preview shows: unsaved wording is saved first.
      if (dirty && !(await save())) return;
      const r = await downloadFile(honoursApi.pdfUrl(id, who, n, picked), fileName(view?.contest.title ?? '', '荣誉证书.pdf'));
      if (r.ok) toast(te('saved', { name: r.name }), 'ok');
      else toast(te('failed', { message: r.message ?? (r.status === 0 ? te('unreachable') : `HTTP ${r.status}`) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="honours-page">
      <section className="panel honours-who">
        <header className="panel-head">
          <h2>{t('who')}</h2>
        </header>
        <div className="honours-modes" role="radiogroup" aria-label={t('who')}>
          {(['champions', 'top', 'picked'] as const).map((w) => (
            <label key={w} className={w === who ? 'mode active' : 'mode'}>
              <input type="radio" name="honours-who" value={w} checked={w === who} onChange={() => setWho(w)} />
              {t(w)}
            </label>
          ))}
          {who === 'top' && (
            <label className="honours-n">
              {t('topN')}
              <input className="input" type="number" min={1} max={200} value={n} aria-label={t('topCount')} onChange={(e) => setN(Math.max(1, Math.min(200, Number(e.target.value) || 1)))} />
              {t('topSuffix')}
            </label>
          )}
        </div>
        {provisional && (
          <p className="muted pad" data-testid="honours-not-finished">
            {t('notFinished')}
          </p>
        )}
        <RecipientTable
          recipients={info.recipients}
          chosen={new Set(recipients.map((r) => r.id))}
          pickable={who === 'picked'}
          toggle={(rid) => setPicked((p) => (p.includes(rid) ? p.filter((x) => x !== rid) : [...p, rid]))}
        />
      </section>
      <section className="panel honours-content">
        <header className="panel-head">
          <h2>{t('content')}</h2>
          <button type="button" className="btn btn-small" disabled={!dirty || unknown.length > 0} onClick={() => void save().then((ok) => ok && toast(t('saved'), 'ok'))}>
            {t('save')}
          </button>
          <button type="button" className="btn btn-primary" data-testid="honours-download" disabled={busy || provisional || recipients.length === 0 || unknown.length > 0} onClick={() => void download()}>
            {busy ? t('busy') : `⤓ ${t('download', { n: recipients.length })}`}
          </button>
        </header>
        <div className="honours-body">
          <SettingsForm contestId={id} draft={draft} edit={edit} unknown={unknown} seal={info.seal} setInfo={(i) => setInfo({ ...info, seal: i.seal })} />
          <CertificatePreview settings={draft} contest={info.contest} first={recipients[0] ?? null} date={draft.date ?? isoDay(new Date())} contestId={id} seal={info.seal} />
        </div>
      </section>
    </div>
  );
}
