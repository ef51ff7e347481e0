// Entry of the audience page, opened on phones as /watch#<contestId>, or from a 民主测评 slip's
// QR code as /watch#<contestId>&code=XXXX-XXXX.
import { createRoot } from 'react-dom/client';
import '../common/theme.css';
import '../screen/stages.css';
import '../screen/results.css';
import './watch.css';
import './ballot.css';
import './watch-boards.css';
import { createAudience } from './audience.ts';
import { parseFragment } from './fragment.ts';
import { saveCode } from './voter-storage.ts';
import { NoContest, WatchApp } from './watch-app.tsx';
import { startAgainOnNewLink } from '../common/new-link.ts';

const { contestId, code } = parseFragment(location.hash);
startAgainOnNewLink();
if (contestId && code) {
  // Kept on the phone (a reload still votes) and taken out of the address bar, so a screenshot
  // or a shared link of the page never carries the code.
  saveCode(contestId, code);
  history.replaceState(history.state, '', `${location.pathname}${location.search}#${encodeURIComponent(contestId)}`);
}
const root = createRoot(document.getElementById('root')!);
root.render(contestId ? <WatchApp audience={createAudience(contestId)} /> : <NoContest />);
