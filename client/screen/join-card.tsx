// How the hall joins: a QR code of the audience page and the six-digit join code, large on the
// welcome stage and as a compact card in a corner of the waiting stages.
import { QRCodeSVG } from 'qrcode.react';
import { useT } from '../common/i18n.tsx';
import type { PublicView } from '../../shared/protocol/index.ts';
import { appraisalStrings } from './appraisal-strings.ts';
import { atEndBoard } from './appraisal-live.tsx';
import { columnsFor } from './format.ts';
import { useJoin } from './use-join.ts';

/** What a phone's address bar needs: browsers add http:// themselves. */
const typed = (url: string) => url.replace(/^http:\/\//, '');

export function JoinCard({ view, size }: { view: PublicView; size: 'large' | 'corner' }) {
  const t = useT(appraisalStrings);
  const join = useJoin(view.contest.id);
  if (!join) return null;
  const key = view.appraisal ? 'joinScanVote' : 'joinScan';
  const how = t(key, { url: typed(join.joinUrl) });
  // The address on a line of its own, larger: it is what people copy into their phones.
  const [before, after] = t(key).split('{url}');
  return (
    <aside className={`join join--${size}`} data-testid="join" aria-label={how}>
      <div className="join__qr" data-testid="join-qr" data-url={join.audienceUrl}>
        {/* Dark on white with a quiet zone: what phone cameras read best from far away. */}
        <QRCodeSVG value={join.audienceUrl} size={256} marginSize={2} level="M" bgColor="#ffffff" fgColor="#1a0000" />
      </div>
      <p className="join__code">
        <span className="join__code-label">{size === 'large' ? t('joinCode') : t('joinShort')}</span>
        <span className="join__digits" data-testid="join-code">
          {join.joinCode}
        </span>
      </p>
      <p className="join__how">
        {before}
        <span className="join__url">{typed(join.joinUrl)}</span>
        {after}
      </p>
    </aside>
  );
}

/**
 * The waiting stages (the order before the start, the ranking between presenters, a stage with
 * nobody on it) get the compact card only while their list is one column, which leaves the
 * sides free; a longer list needs the whole width.
 */
export function joinInCorner(view: PublicView): boolean {
  switch (view.stage) {
    case 'order':
      return columnsFor(view.order.length) === 1;
    case 'ranking':
      return columnsFor(view.ranking.length) === 1 && !atEndBoard(view);
    case 'presenter':
      return view.current === null;
    default:
      return false;
  }
}
