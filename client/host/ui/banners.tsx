// Lasting notices above the console: the server unreachable, or its disk refusing writes. Both
// stay until the cause is gone, because a toast fades before the operator looks up.
import { useT } from '../../common/i18n.tsx';
import { useOffline } from '../host-session.ts';
import { commonStrings } from '../strings/common.ts';
import { useStorageAlarm } from './alarm.ts';

export function Banners() {
  const t = useT(commonStrings);
  const offline = useOffline();
  const alarm = useStorageAlarm();
  return (
    <>
      {offline && (
        <div className="alert-banner alert-offline" role="alert" data-testid="offline-banner">
          {t('offlineBanner')}
        </div>
      )}
      {alarm.failed && (
        <div className="alert-banner alert-storage" role="alert" data-testid="storage-banner">
          <strong>{t('storageTitle')}</strong>
          <span>{t('storageBody')}</span>
          {alarm.message && <span className="small">{t('storageServer', { msg: alarm.message })}</span>}
        </div>
      )}
    </>
  );
}
