// The certificate's wording: title, issuing body, date, the template with clickable placeholders
// (an unknown one is named at once, as the server would refuse it), and the seal upload.
import { useRef } from 'react';
import { useLang, useT } from '../../common/i18n.tsx';
import { dayOf, formatDate } from '../../../shared/format.ts';
import type { CertificatesInfo, CertificateSettings, SealInfo } from '../../../shared/honours/schema.ts';
import { PLACEHOLDERS, templateFor } from '../../../shared/honours/template.ts';
import { honoursStrings } from '../strings/honours.ts';
import { toast } from '../ui/toast.tsx';
import { honoursApi, type HonoursOwner } from './honours-api.ts';

type Props = {
  owner: HonoursOwner;
  /** What prints when no issuer is named (a series' 发布单位); '' for a contest. */
  defaultIssuer?: string;
  draft: CertificateSettings;
  edit: (patch: Partial<CertificateSettings>) => void;
  unknown: readonly string[];
  seal: SealInfo | null;
  setInfo: (info: CertificatesInfo) => void;
  /** A series' 年度表彰: the text edited is the year's own (yearTemplate), the periods' stays. */
  year?: boolean;
  /** A year's total as the series report names it (累计得分): the year's default text says it. */
  totalWord?: string | null;
  /** What an empty 落款日期 prints: the contest's (or period's) date, or null for the day of download. */
  defaultDate: string | null;
};

export function SettingsForm({ owner, defaultIssuer = '', draft, edit, unknown, seal, setInfo, year = false, totalWord = null, defaultDate }: Props) {
  const t = useT(honoursStrings);
  const lang = useLang((s) => s.lang);
  const area = useRef<HTMLTextAreaElement>(null);
  // The year's text as typed (blank while being rewritten), else what the year prints now.
  const text = year ? (draft.yearTemplate ?? templateFor(draft, true, totalWord)) : draft.template;
  const own = year && !!draft.yearTemplate?.trim() && draft.yearTemplate !== templateFor({ ...draft, yearTemplate: null }, true, totalWord);
  const setText = (value: string) => edit(year ? { yearTemplate: value } : { template: value });
  const insert = (name: string) => {
    const el = area.current;
    const at = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? at;
    setText(`${text.slice(0, at)}{${name}}${text.slice(end)}`);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + name.length + 2, at + name.length + 2);
    });
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    try {
      setInfo(await honoursApi.uploadSeal(owner, file));
      toast(t('sealSaved'), 'ok');
    } catch (e) {
      toast(e instanceof Error ? e.message : String(e));
    }
  };
  const remove = async () => {
    try {
      setInfo(await honoursApi.removeSeal(owner));
    } catch (e) {
      toast(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="honours-form">
      <div className="honours-row">
        <label className="field">
          <span>{t('title')}</span>
          <input className="input" value={draft.title} maxLength={12} onChange={(e) => edit({ title: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('date')}</span>
          <input className="input" type="date" value={draft.date ?? ''} onChange={(e) => edit({ date: e.target.value || null })} />
          {/* A date field left empty reads mm/dd/yyyy: what it prints then is said under it. */}
          {draft.date === null && (
            <span className="muted small" data-testid="date-default">
              {defaultDate ? t('dateDefault', { date: formatDate(defaultDate, lang) }) : t('dateToday', { date: formatDate(dayOf(Date.now()), lang) })}
            </span>
          )}
        </label>
      </div>
      <label className="field">
        <span>{t('issuer')}</span>
        <input className="input" value={draft.issuer} maxLength={60} placeholder={defaultIssuer ? t('issuerDefault', { issuer: defaultIssuer }) : t('issuerHint')} onChange={(e) => edit({ issuer: e.target.value })} />
      </label>
      <label className="field">
        <span>{year ? t('yearTemplate') : t('template')}</span>
        <textarea ref={area} className="input honours-template" rows={6} maxLength={600} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {year && (
        <p className="muted small year-note" data-testid="year-template-note">
          {own ? t('yearOwn') : t('yearShared')}
          {own && (
            <button type="button" className="btn btn-small" onClick={() => edit({ yearTemplate: null })}>
              {t('yearSame')}
            </button>
          )}
        </p>
      )}
      <div className="honours-chips">
        {Object.keys(PLACEHOLDERS).map((name) => (
          <button key={name} type="button" className="chip" onClick={() => insert(name)}>
            {`{${name}}`}
          </button>
        ))}
      </div>
      <p className="muted small">{t('templateHint')}</p>
      {unknown.length > 0 && (
        <p className="honours-error" role="alert">
          {t('unknown', { names: unknown.map((u) => `{${u}}`).join('、') })}
        </p>
      )}
      <div className="honours-seal">
        <span className="field-label">{t('seal')}</span>
        <span className="muted small">{seal ? `${seal.width}×${seal.height} · ${Math.ceil(seal.bytes / 1024)} KB` : t('sealNone')}</span>
        <label className="btn btn-small">
          {t('sealUpload')}
          <input type="file" accept="image/png" hidden data-testid="seal-input" onChange={(e) => void upload(e.target.files?.[0]).then(() => (e.target.value = ''))} />
        </label>
        {seal && (
          <button type="button" className="btn btn-small" onClick={() => void remove()}>
            {t('sealRemove')}
          </button>
        )}
      </div>
      <p className="muted small">{t('sealHint')}</p>
    </div>
  );
}
