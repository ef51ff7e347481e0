// Entry of the audience page, opened on phones as /watch#<contestId>.
import { createRoot } from 'react-dom/client';
import '../common/theme.css';
import '../screen/stages.css';
import '../screen/results.css';
import './watch.css';
import { createSession } from '../common/session.ts';
import type { PublicView } from '../../shared/protocol/index.ts';
import { NoContest, WatchApp } from './watch-app.tsx';

const contestId = decodeURIComponent(location.hash.slice(1)).trim();
const root = createRoot(document.getElementById('root')!);
root.render(contestId ? <WatchApp session={createSession<PublicView>({ role: 'audience', contestId })} /> : <NoContest />);
