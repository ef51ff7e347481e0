// The phone is off the Wi-Fi: said in a line across the pad, not only by the small 离线 dot in
// the header. What the pad shows may be out of date meanwhile (still 评分中 and 修改 after the
// host has revealed), and the judge should know that what they score is kept and sent later.
import type { ConnectionStatus } from '../common/session.ts';
import { useT } from '../common/i18n.tsx';
import { useJudgePad } from './pad-store.ts';
import { strings } from './strings.ts';

export function OfflineNotice({ status }: { status: ConnectionStatus }) {
  const t = useT(strings);
  const { scores } = useJudgePad();
  const waiting = scores.useOutbox((s) => s.items.length);
  if (status !== 'offline') return null;
  return (
    <div className="jp-card jp-offline" role="status" data-testid="offline-notice">
      <p className="jp-offline-title">{t('offlineTitle')}</p>
      <p>{waiting > 0 ? t('offlineWaiting', { n: waiting }) : t('offlineBody')}</p>
    </div>
  );
}
