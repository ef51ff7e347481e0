// The projector or audience link, with a QR code for opening it on another device.
import { QRCodeSVG } from 'qrcode.react';
import { useT } from '../../common/i18n.tsx';
import { accessStrings } from '../strings/access.ts';
import { CopyButton } from './copy-button.tsx';

export function LinkCard({ label, help, url }: { label: string; help: string; url: string | null }) {
  const t = useT(accessStrings);
  return (
    <article className="panel link-card">
      {url && <QRCodeSVG value={url} size={84} marginSize={1} />}
      <div className="link-card-info">
        <h3>{label}</h3>
        <span className="muted small">{help}</span>
        {url ? (
          <a className="link-text" href={url} target="_blank" rel="noreferrer">
            {url}
          </a>
        ) : (
          <span className="muted">{t('noLink')}</span>
        )}
      </div>
      {url && <CopyButton text={url} />}
    </article>
  );
}
