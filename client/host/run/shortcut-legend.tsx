import { useT } from '../../common/i18n.tsx';
import { runStrings } from '../strings/run.ts';

export function ShortcutLegend() {
  const t = useT(runStrings);
  const keys: [string, string][] = [
    [t('keySpace'), t('keyToggle')],
    ['N', t('keyNext')],
    ['+', t('keyAdd')],
    ['−', t('keySub')],
    ['B', t('keyBack')],
  ];
  return (
    <footer className="shortcut-legend" aria-label={t('shortcuts')}>
      <span className="muted">{t('shortcuts')}</span>
      {keys.map(([k, what]) => (
        <span key={k}>
          <kbd>{k}</kbd> {what}
        </span>
      ))}
    </footer>
  );
}
