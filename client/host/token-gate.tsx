// Shown when this laptop has no host token yet (opened /host without #token=…).
import { useState } from 'react';
import { useT } from '../common/i18n.tsx';
import { setToken } from './auth.ts';
import { commonStrings } from './strings/common.ts';
import { TopBar } from './ui/top-bar.tsx';

export function TokenGate() {
  const t = useT(commonStrings);
  const [value, setValue] = useState('');
  return (
    <div className="page">
      <TopBar />
      <main className="gate">
        <form
          className="panel gate-card"
          onSubmit={(e) => {
            e.preventDefault();
            if (value.trim()) setToken(value.trim());
          }}
        >
          <h1>{t('tokenTitle')}</h1>
          <p className="muted">{t('tokenHelp')}</p>
          <input className="input" autoFocus value={value} placeholder={t('tokenPlaceholder')} onChange={(e) => setValue(e.target.value)} />
          <button type="submit" className="btn btn-primary">
            {t('tokenSubmit')}
          </button>
        </form>
      </main>
    </div>
  );
}
