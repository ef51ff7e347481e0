// One objection as the host sees it: the text, who wrote (name and phone, never shown publicly),
// the answer that stands and the earlier ones, and the form to answer (again).
import { useState } from 'react';
import { useLang, useT } from '../../common/i18n.tsx';
import { formatDateTime, CHINA_TIME } from '../../../shared/format.ts';
import { DECISIONS, type Decision } from '../../../shared/notice/state.ts';
import { noticeStrings } from '../strings/notice.ts';
import { toast } from '../ui/toast.tsx';
import { noticeApi, type HostNotice } from './notice-api.ts';

type Objection = HostNotice['objections'][number];

export function ObjectionItem({ noticeId, o, number, onChange }: { noticeId: string; o: Objection; number: number; onChange: (n: HostNotice) => void }) {
  const t = useT(noticeStrings);
  const lang = useLang((x) => x.lang);
  const standing = o.answers[o.answers.length - 1] ?? null;
  const [open, setOpen] = useState(false);
  const [decision, setDecision] = useState<Decision>(standing?.decision ?? 'upheld');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    try {
      onChange(await noticeApi.command(noticeId, { type: 'objection:answer', objectionId: o.id, decision, reason }));
      setOpen(false);
      setReason('');
      toast(t('answered'), 'ok');
    } catch (e) {
      toast(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const showForm = open || standing === null;
  return (
    <li className={`objection${standing ? '' : ' objection-pending'}`} data-objection={o.id}>
      <div className="objection-head">
        <strong>#{number}</strong>
        <span>{o.name ?? t('anonymous')}</span>
        <span className="muted">{o.phone ?? t('noPhone')}</span>
        <span className="muted small">{formatDateTime(o.at, CHINA_TIME, lang)}</span>
      </div>
      <p className="objection-text">{o.text}</p>
      {standing ? (
        <p className="objection-answer">
          <span className={`pill decision-${standing.decision}`}>{t(standing.decision)}</span> {standing.reason} <span className="muted small">{formatDateTime(standing.at, CHINA_TIME, lang)}</span>
        </p>
      ) : (
        <p className="pill pill-setup">{t('pending')}</p>
      )}
      {o.answers.length > 1 && (
        <details className="small muted">
          <summary>{t('history')}</summary>
          {o.answers.slice(0, -1).map((a) => (
            <div key={a.at}>
              {t(a.decision)}：{a.reason}（{formatDateTime(a.at, CHINA_TIME, lang)}）
            </div>
          ))}
        </details>
      )}
      {showForm ? (
        <div className="objection-form">
          <select className="input" aria-label={t('decision')} value={decision} onChange={(e) => setDecision(e.target.value as Decision)}>
            {DECISIONS.map((d) => (
              <option key={d} value={d}>
                {t(d)}
              </option>
            ))}
          </select>
          <input className="input" aria-label={t('reason')} placeholder={t('reason')} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
          <button type="button" className="btn btn-primary btn-small" disabled={busy || reason.trim() === ''} onClick={() => void send()}>
            {t('answer')}
          </button>
        </div>
      ) : (
        <button type="button" className="btn btn-tiny" onClick={() => setOpen(true)}>
          {t('reanswer')}
        </button>
      )}
    </li>
  );
}
