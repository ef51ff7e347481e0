// One published notice for the host: its period and state, the public link with its QR code,
// the downloads (self-contained HTML, notice PDF), republication after a correction, and every
// objection with its answer form.
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { useLang, useT } from '../../common/i18n.tsx';
import { formatDate, formatDateTime, CHINA_TIME } from '../../../shared/format.ts';
import { CopyButton } from '../access/copy-button.tsx';
import { downloadFile, fileName } from '../exports/download.ts';
import { noticeStrings } from '../strings/notice.ts';
import { toast } from '../ui/toast.tsx';
import { noticeApi, type HostNotice } from './notice-api.ts';
import { ObjectionItem } from './objection-item.tsx';
import { confirmDialog } from '../ui/dialog.tsx';
import { commonStrings } from '../strings/common.ts';

export function NoticeCard({ notice, onChange }: { notice: HostNotice; onChange: (n: HostNotice) => void }) {
  const t = useT(noticeStrings);
  const tc = useT(commonStrings);
  const lang = useLang((x) => x.lang);
  const current = notice.publications[notice.publications.length - 1]!;
  const [busy, setBusy] = useState(false);
  // Corrections the public page does not show yet: the republish button is for them alone.
  const pending = notice.pending.length;
  const download = async (file: 'notice.html' | 'notice.pdf', suffix: string) => {
    const r = await downloadFile(noticeApi.file(notice.id, file), fileName(current.title, suffix));
    if (!r.ok) toast(r.message ?? `HTTP ${r.status}`);
  };
  const republish = async () => {
    // Public at once, to everyone holding the link: asked first, with what it will carry.
    const ok = await confirmDialog({ title: t('republishTitle', { version: notice.publications.length + 1 }), lines: [t('republishBody'), ...notice.pending.map((c) => c.reason)], confirm: t('republish'), cancel: tc('cancel') });
    if (!ok) return;
    setBusy(true);
    try {
      onChange(await noticeApi.command(notice.id, { type: 'notice:republish' }));
      toast(t('republished'), 'ok');
    } catch (e) {
      toast(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel notice-card" data-notice={notice.id}>
      <div className="panel-head">
        <h2>
          {current.title} {current.subtitle} <span className="muted small">{t('version', { n: String(current.version) })}</span>
        </h2>
        <span className={`pill phase-${notice.phase}`}>{t(`phase_${notice.phase}`)}</span>
      </div>
      <div className="notice-card-body">
        <div className="notice-link">
          <QRCodeSVG value={notice.url} size={96} marginSize={1} />
          <div>
            <p>{t('period', { start: formatDate(notice.terms.start, lang), end: formatDate(notice.terms.end, lang) })}</p>
            <p className="muted small">
              {notice.terms.issuer}　{notice.terms.contact}
            </p>
            <a className="link-text" href={notice.url} target="_blank" rel="noreferrer">
              {notice.url}
            </a>
            <div className="row-gap notice-actions">
              <CopyButton text={notice.url} />
              <button type="button" className="btn btn-small" onClick={() => void download('notice.html', '公示.html')}>
                ⤓ {t('html')}
              </button>
              <button type="button" className="btn btn-small" onClick={() => void download('notice.pdf', '公示.pdf')}>
                ⤓ {t('pdf')}
              </button>
              <button
                type="button"
                className={`btn btn-small${pending ? ' btn-primary' : ''}`}
                disabled={busy || !pending}
                title={pending ? t('republishHelp') : t('republishNone')}
                onClick={() => void republish()}
              >
                {t('republish')}
              </button>
            </div>
            {pending > 0 && (
              <div className="notice-pending" role="status" data-testid="corrections-pending">
                <p>{t('correctionsPending', { n: String(pending) })}</p>
                <ul>
                  {/* In log order, and only ever appended to: the index is a stable key. */}
                  {notice.pending.map((c, i) => (
                    <li key={i}>
                      <span className="muted small">{formatDateTime(c.at, CHINA_TIME, lang)}</span> {c.reason}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <p className="muted small fingerprint">
              {t('fingerprint')} {current.fingerprint.sha256}
            </p>
            {current.contests?.map((c) => (
              <p key={c.contestId} className="muted small fingerprint" data-testid="contest-fingerprint">
                {t('contestFingerprint', { title: c.title })} {c.fingerprint.sha256}
              </p>
            ))}
          </div>
        </div>
        <h3>{t('objections', { n: String(notice.objections.length) })}</h3>
        {notice.objections.length === 0 ? (
          <p className="muted">{t('noObjections')}</p>
        ) : (
          <ol className="objections">
            {notice.objections.map((o, i) => (
              <ObjectionItem key={o.id} noticeId={notice.id} o={o} number={i + 1} onChange={onChange} />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
