// 表彰 for a contest or a series period: who gets a 荣誉证书 (the contest's first place — 擂主, or
// a 评比's 第一名, as the answer's `kind` says — or a period's 红榜, the top N, or picked by hand),
// the wording with a live preview of the first certificate (filled by the same function as the
// PDF), the seal, and the PDF download. The owner's page says where the recipients come from
// (`place`) and when to read them again (`refresh`).
import { useEffect, useRef, useState } from 'react';
import { firstPlaceWord } from '../../../shared/contest-kind.ts';
import { useLang, useT } from '../../common/i18n.tsx';
import { dayOf } from '../../../shared/format.ts';
import { chooseRecipients } from '../../../shared/honours/choose.ts';
import type { CertificatesInfo, CertificateSettings } from '../../../shared/honours/schema.ts';
import { templateFor, unknownPlaceholders } from '../../../shared/honours/template.ts';
import { downloadFile, fileName } from '../exports/download.ts';
import { exportsStrings } from '../strings/exports.ts';
import { honoursStrings } from '../strings/honours.ts';
import { NotLoaded } from '../ui/loaded.tsx';
import { toast } from '../ui/toast.tsx';
import { CertificatePreview } from './certificate-preview.tsx';
import { honoursApi, type HonoursOwner, type HonoursPlace, type Who } from './honours-api.ts';
import { RecipientTable } from './recipient-table.tsx';
import { SettingsForm } from './settings-form.tsx';
import './honours.css';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

type Props = {
  owner: HonoursOwner;
  /** A series' tier and period (the recipients are that standing's units). */
  place?: HonoursPlace;
  /** Changes whenever the results may have moved (a contest's rev, a series' seq). */
  refresh: number;
  /** The rule-based choice offered before 前 N 名 and 手动选择: the first place (擂主) for a contest, 红榜 for a series period, none for a year. */
  first: 'champions' | 'red' | null;
  /** The ranks may still change (a contest not finished): only a hand-picked list prints. */
  provisional: boolean;
  /** The downloaded file's name: `<name>-荣誉证书.pdf`. */
  fileStem: string;
  defaultIssuer?: string;
  /** Shown when there is nobody to choose from. */
  empty?: string;
};

export function HonoursPanel({ owner, place, refresh, first, provisional: running, fileStem, defaultIssuer = '', empty }: Props) {
  const t = useT(honoursStrings);
  const te = useT(exportsStrings);
  const lang = useLang((s) => s.lang);
  // The answer with the place it was asked for: another tier or period shows "loading" until its
  // own answer comes, never the units of the one before.
  const [answer, setAnswer] = useState<{ place: string; info: CertificatesInfo } | null>(null);
  const [draft, setDraft] = useState<CertificateSettings | null>(null);
  const [dirty, setDirty] = useState(false);
  const [who, setWho] = useState<Who>(first ?? 'top');
  const [n, setN] = useState(3);
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  // A failed load, with the place it was for: shown with 重试 instead of "loading" for ever
  // (a toast alone goes away, and the venue's Wi-Fi is where loads fail).
  const [failed, setFailed] = useState<{ place: string; message: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { kind, id } = owner;
  const [tierId, periodId, cumulative] = [place?.tierId, place?.periodId, place?.cumulative === true];
  const placeKey = `${tierId ?? ''}/${periodId ?? ''}/${place?.cumulative ? 'year' : ''}`;
  const info = answer?.place === placeKey ? answer.info : null;
  const shown = useRef<string | null>(null);
  shown.current = info ? placeKey : null;
  const setInfo = (change: (i: CertificatesInfo) => CertificatesInfo) => setAnswer((a) => a && { ...a, info: change(a.info) });

  useEffect(() => {
    let live = true;
    honoursApi
      .get({ kind, id }, tierId && periodId ? { tierId, periodId, cumulative } : undefined)
      .then((i) => {
        if (!live) return;
        setAnswer({ place: placeKey, info: i });
        setFailed(null);
        // The host's unsaved edits survive a result arriving; the first load fills the form.
        setDraft((d) => d ?? i.settings);
      })
      .catch((e: unknown) => {
        if (!live) return;
        // Said once: in place of the panel when it has nothing to show, else (a refresh) as a toast.
        if (shown.current === placeKey) toast(message(e));
        setFailed({ place: placeKey, message: message(e) });
      });
    return () => {
      live = false;
    };
  }, [kind, id, tierId, periodId, cumulative, refresh, attempt]);
  // Another tier or period has other units: a hand-picked list does not carry over.
  useEffect(() => setPicked([]), [tierId, periodId, cumulative]);

  if (!info || !draft) return <NotLoaded failed={failed?.place === placeKey ? failed.message : null} retry={() => setAttempt((a) => a + 1)} />;
  const chosen = chooseRecipients(info.recipients, { who, n, ids: picked.join(',') });
  const recipients = chosen.ok ? chosen.recipients : [];
  // A series' year has its own text when one was written (shared/honours/template.ts).
  const unknown = unknownPlaceholders(templateFor(draft, cumulative, info.totalWord));
  // The server refuses the 擂主 and ranks of a contest still running (they may yet change).
  const provisional = running && who !== 'picked';
  // The contest's first place in its kind's word (擂主 / 第一名), as the certificate prints it.
  const firstPlace = firstPlaceWord(info.kind ?? 'arena', lang);
  const label = (w: Who) => (w === 'champions' ? firstPlace : t(w));

  const edit = (patch: Partial<CertificateSettings>) => {
    setDraft({ ...draft, ...patch });
    setDirty(true);
  };
  const save = async (): Promise<boolean> => {
    try {
      const saved = await honoursApi.save(owner, draft);
      setInfo((i) => ({ ...i, settings: saved.settings, seal: saved.seal }));
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
      const r = await downloadFile(honoursApi.pdfUrl(owner, who, n, picked, place), fileName(fileStem, '荣誉证书.pdf'));
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
          {[...(first ? [first] : []), 'top' as const, 'picked' as const].map((w) => (
            <label key={w} className={w === who ? 'mode active' : 'mode'}>
              <input type="radio" name="honours-who" value={w} checked={w === who} onChange={() => setWho(w)} />
              {label(w)}
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
            {t('notFinished', { first: lang === 'en' ? firstPlace.toLowerCase() : firstPlace })}
          </p>
        )}
        <RecipientTable
          recipients={info.recipients}
          kind={info.kind}
          totalWord={info.totalWord}
          chosen={new Set(recipients.map((r) => r.id))}
          pickable={who === 'picked'}
          toggle={(rid) => setPicked((p) => (p.includes(rid) ? p.filter((x) => x !== rid) : [...p, rid]))}
          {...(empty ? { empty } : {})}
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
          <SettingsForm owner={owner} defaultIssuer={defaultIssuer} draft={draft} edit={edit} unknown={unknown} seal={info.seal} setInfo={(saved) => setInfo((i) => ({ ...i, seal: saved.seal }))} year={cumulative} totalWord={info.totalWord} defaultDate={info.defaultDate} />
          <CertificatePreview settings={{ ...draft, template: templateFor(draft, cumulative, info.totalWord) }} contest={info.contest} kind={info.kind} first={recipients[0] ?? null} date={draft.date ?? info.defaultDate ?? dayOf(Date.now())} owner={owner} seal={info.seal} defaultIssuer={defaultIssuer} />
        </div>
      </section>
    </div>
  );
}
