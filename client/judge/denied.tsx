// A link that is wrong or was reissued: say so plainly, in words a judge can act on.
import { LangSwitch, useT } from '../common/i18n.tsx';
import { strings } from './strings.ts';

export function Denied() {
  const t = useT(strings);
  return (
    <main className="jp-denied" role="alert">
      <div className="jp-denied-mark" aria-hidden="true">!</div>
      <h1>{t('deniedTitle')}</h1>
      <p>{t('deniedHint')}</p>
      <LangSwitch className="jp-lang" />
    </main>
  );
}
