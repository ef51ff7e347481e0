import { useT } from '../../common/i18n.tsx';
import { commonStrings } from '../strings/common.ts';

export function StatusPill({ status }: { status: 'setup' | 'running' | 'finished' }) {
  const t = useT(commonStrings);
  const label = status === 'setup' ? t('statusSetup') : status === 'running' ? t('statusRunning') : t('statusFinished');
  return <span className={`pill pill-${status}`}>{label}</span>;
}
