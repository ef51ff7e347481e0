// The first certificate as it will print, in miniature: the same filled text (shared template
// code, the contest's first place in its kind's word), the issuer, the date by formatDate and the
// stored seal over the issuer's line.
import { useEffect, useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { formatDate } from '../../../shared/format.ts';
import type { ContestKind } from '../../../shared/definition.ts';
import type { CertificateSettings, Recipient, SealInfo } from '../../../shared/honours/schema.ts';
import { fillTemplate, honourValues } from '../../../shared/honours/template.ts';
import { honoursStrings } from '../strings/honours.ts';
import { honoursApi, type HonoursOwner } from './honours-api.ts';

type Props = { settings: CertificateSettings; contest: string; kind: ContestKind | null; first: Recipient | null; date: string; owner: HonoursOwner; seal: SealInfo | null; defaultIssuer?: string };

export function CertificatePreview({ settings, contest, kind: contestKind, first, date, owner, seal, defaultIssuer = '' }: Props) {
  const t = useT(honoursStrings);
  const [sealUrl, setSealUrl] = useState<string | null>(null);
  const { kind, id } = owner;
  // As the PDF: a series' certificates are signed by its 发布单位 when the settings name none.
  const issuer = settings.issuer || defaultIssuer;
  useEffect(() => {
    let live = true;
    if (seal) void honoursApi.sealUrl({ kind, id }).then((u) => live && setSealUrl(u));
    else setSealUrl(null);
    return () => {
      live = false;
    };
  }, [kind, id, seal]);

  const text = first ? fillTemplate(settings.template, honourValues(first, contest, date, contestKind)) : '';
  const paragraphs = text.split('\n').map((p) => p.trim()).filter(Boolean);
  const letter = paragraphs.length > 1 && /[:：]$/.test(paragraphs[0]!);
  return (
    <figure className="honours-preview-wrap">
      <figcaption className="muted small">{t('preview')}</figcaption>
      <div className="cert-preview" data-testid="certificate-preview">
        <div className="cert-title">{settings.title}</div>
        <div className="cert-rule" />
        <div className={letter ? 'cert-text letter' : 'cert-text'}>
          {first ? paragraphs.map((p, i) => <p key={i}>{p}</p>) : <p className="muted">{t('previewEmpty')}</p>}
        </div>
        <div className="cert-sign">
          {issuer && <div className="cert-issuer">{issuer}</div>}
          <div className="cert-date">{formatDate(date)}</div>
          {sealUrl && <img className="cert-seal" src={sealUrl} alt={t('seal')} />}
        </div>
      </div>
    </figure>
  );
}
