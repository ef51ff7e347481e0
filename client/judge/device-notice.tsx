// Another device holds this judge's link. Whoever has it can score as this judge, so the judge
// is told on their own phone (the host sees the same count in the judge list).
import type { JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { strings } from './strings.ts';

export function DeviceNotice({ view }: { view: JudgeView }) {
  const t = useT(strings);
  const n = view.otherDevices;
  if (!n) return null;
  return (
    <div className="jp-card jp-devices" role="status" data-testid="other-devices">
      <p className="jp-devices-title">{n === 1 ? t('otherDevice') : t('otherDevices', { n })}</p>
      <p>{t('otherDeviceHint')}</p>
    </div>
  );
}
