// 发布公示: the notice period (start + 5 working days by default, the end editable for holidays),
// the issuing body and a contact line. What is published is frozen by the server at this moment,
// and nothing of it can be changed or withdrawn afterwards: asked first, with the terms spelled out.
import { useState } from 'react';
import { useLang, useT } from '../../common/i18n.tsx';
import { sayIssue } from '../../../shared/issue-words.ts';
import { addWorkingDays } from '../../../shared/notice/workdays.ts';
import { dayOf, formatDate } from '../../../shared/format.ts';
import { formatIssues } from '../../../shared/definition.ts';
import { PublishNotice } from '../../../shared/notice/commands.ts';
import { commonStrings } from '../strings/common.ts';
import { confirmDialog } from '../ui/dialog.tsx';
import { ApiError } from '../api.ts';
import { noticeStrings } from '../strings/notice.ts';
import { toast } from '../ui/toast.tsx';
import { noticeApi, type HostNotice, type Subject } from './notice-api.ts';

type Props = { subject: Subject; issuer?: string; disabled?: string | null; onPublished: (n: HostNotice) => void };

export function PublishForm({ subject, issuer: defaultIssuer = '', disabled = null, onPublished }: Props) {
  const t = useT(noticeStrings);
  const tc = useT(commonStrings);
  const lang = useLang((s) => s.lang);
  const [start, setStart] = useState(() => dayOf(Date.now()));
  const [days, setDays] = useState(5);
  const [end, setEnd] = useState(() => addWorkingDays(dayOf(Date.now()), 5));
  const [issuer, setIssuer] = useState(defaultIssuer);
  const [contact, setContact] = useState('');
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<string[]>([]);
  const moveStart = (s: string, d = days) => {
    setStart(s);
    if (/^\d{4}-\d{2}-\d{2}$/.test(s) && d > 0) setEnd(addWorkingDays(s, d));
  };
  const submit = async () => {
    setIssues([]);
    // The server's own rules first (the same schema): a form it would refuse is not worth a confirmation.
    const checked = PublishNotice.safeParse({ subject, terms: { start, end, issuer, contact } });
    if (!checked.success) return setIssues(formatIssues(checked.error));
    const { terms } = checked.data;
    const ok = await confirmDialog({
      title: t('publishTitle'),
      lines: [
        t('publishPeriod', { start: formatDate(terms.start, lang), end: formatDate(terms.end, lang) }),
        t('publishIssuer', { issuer: terms.issuer }),
        t('publishContact', { contact: terms.contact || t('publishNoContact') }),
        t('publishFinal'),
      ],
      confirm: t('publish'),
      cancel: tc('cancel'),
    });
    if (!ok) return;
    setBusy(true);
    try {
      const n = await noticeApi.publish(subject, { start, end, issuer, contact });
      toast(t('published'), 'ok');
      onPublished(n);
    } catch (e) {
      // Field by field under the form; a toast only for what has no field (a refused state, the network).
      if (e instanceof ApiError && e.issues.length) setIssues(e.issues);
      else toast(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel notice-publish" aria-label={t('publishHeading')}>
      <div className="panel-head">
        <h2>{t('publishHeading')}</h2>
      </div>
      <div className="form-section">
        <p className="muted small">{disabled ?? t('publishHelp')}</p>
        <div className="form-grid notice-grid">
          <label className="field">
            <span>{t('start')}</span>
            <input className="input" type="date" value={start} onChange={(e) => moveStart(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('days')}</span>
            <input className="input" type="number" min={1} max={30} value={days} onChange={(e) => (setDays(Number(e.target.value)), moveStart(start, Number(e.target.value)))} />
          </label>
          <label className="field">
            <span>{t('end')}</span>
            <input className="input" type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
          </label>
          <label className="field field-wide">
            <span>{t('issuer')}</span>
            <input className="input" value={issuer} maxLength={60} onChange={(e) => setIssuer(e.target.value)} />
          </label>
          <label className="field field-wide">
            <span>{t('contact')}</span>
            <input className="input" value={contact} maxLength={100} placeholder={t('contactPlaceholder')} onChange={(e) => setContact(e.target.value)} />
          </label>
        </div>
        {issues.map((m) => (
          <p key={m} className="field-error small">
            {sayIssue(m, lang)}
          </p>
        ))}
        <button type="button" className="btn btn-primary" disabled={busy || disabled !== null} onClick={() => void submit()}>
          {busy ? t('publishing') : t('publish')}
        </button>
      </div>
    </section>
  );
}
