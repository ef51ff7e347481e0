// One judge on the access page: seat, name, presence (with a warning when the link is open on
// more than one device), QR code, link, copy and reissue.
import { QRCodeSVG } from 'qrcode.react';
import { useT } from '../../common/i18n.tsx';
import type { JudgeLink } from '../api.ts';
import { accessStrings } from '../strings/access.ts';
import { CopyButton } from './copy-button.tsx';

/** `online` and `devices` are null until the live session's first view has arrived. */
type Props = { judge: JudgeLink; seat: number; online: boolean | null; devices: number | null; onReissue: () => void };

export function JudgeCard({ judge, seat, online, devices, onReissue }: Props) {
  const t = useT(accessStrings);
  return (
    <article className="panel judge-card" data-judge={judge.id}>
      <header>
        <span className="seat">{t('seat', { n: seat })}</span>
        <span>
          {online !== null && (
            <span className={online ? 'presence on' : 'presence off'}>
              <i />
              {online ? t('online') : t('offline')}
            </span>
          )}
          {devices !== null && devices > 1 && (
            <span className="devices-badge" data-testid="devices" title={t('devicesTitle', { n: devices })}>
              {t('devices', { n: devices })}
            </span>
          )}
        </span>
      </header>
      <div className="judge-card-body">
        {judge.joinUrl ? <QRCodeSVG value={judge.joinUrl} size={112} marginSize={1} level="M" /> : <div className="qr-missing">{t('noLink')}</div>}
        <div className="judge-card-info">
          <strong className="judge-name">{judge.name}</strong>
          <span className="muted">{judge.title}</span>
          {judge.group && <span className="tag">{judge.group}</span>}
        </div>
      </div>
      <code className="link-text" title={judge.joinUrl ?? ''}>
        {judge.joinUrl ?? t('noLink')}
      </code>
      <footer className="row-gap">
        {judge.joinUrl && <CopyButton text={judge.joinUrl} />}
        <button type="button" className="btn btn-small btn-ghost-dark" onClick={onReissue}>
          {t('reissue')}
        </button>
      </footer>
    </article>
  );
}
