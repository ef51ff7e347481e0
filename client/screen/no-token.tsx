// Opened without the token after the #: say so instead of connecting anonymously.
import { useT } from '../common/i18n.tsx';
import { strings } from './strings.ts';

export function NoToken() {
  const t = useT(strings);
  return (
    <div className="screen">
      <div className="screen__notice">{t('noToken')}</div>
    </div>
  );
}
