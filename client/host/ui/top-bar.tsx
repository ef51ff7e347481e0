// The console's header: brand (back to the list), whatever the page puts in the middle, language.
import type { ReactNode } from 'react';
import { LangSwitch, useT } from '../../common/i18n.tsx';
import { go } from '../route.ts';
import { commonStrings } from '../strings/common.ts';

export function TopBar({ children, right }: { children?: ReactNode; right?: ReactNode }) {
  const t = useT(commonStrings);
  return (
    <header className="topbar no-print">
      <button type="button" className="brand" onClick={() => go({ page: 'list' })} title={t('backToList')}>
        <span className="brand-mark">擂</span>
        <span>{t('appName')}</span>
      </button>
      <div className="topbar-middle">{children}</div>
      {right}
      <LangSwitch className="btn btn-ghost lang" />
    </header>
  );
}
