// The judge pad (评委打分端): opened from the judge's own QR link, /judge#<token>.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../common/theme.css';
import './judge.css';
import './qa.css';
import { JudgeApp } from './judge-app.tsx';
import { Denied } from './denied.tsx';
import { createJudgePad, PadContext } from './pad-store.ts';
import { startAgainOnNewLink } from '../common/new-link.ts';

// The token is everything after '#'; tolerate a "token=" prefix some QR tools add.
const token = decodeURIComponent(location.hash.slice(1)).replace(/^token=/, '').trim();
startAgainOnNewLink();
const root = createRoot(document.getElementById('root')!);

if (!token) root.render(<Denied />);
else {
  const pad = createJudgePad(token);
  root.render(
    <StrictMode>
      <PadContext.Provider value={pad}>
        <JudgeApp />
      </PadContext.Provider>
    </StrictMode>,
  );
}
