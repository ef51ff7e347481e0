// Entry of the projector page, opened as /screen#<screenToken>.
import { createRoot } from 'react-dom/client';
import '../common/theme.css';
import './screen.css';
import './stages.css';
import './results.css';
import './appraisal.css';
import './boards.css';
import './benchmark.css';
import './rating.css';
import { ScreenApp } from './screen-app.tsx';
import { NoToken } from './no-token.tsx';
import { screenSession } from './store.ts';
import { startAgainOnNewLink } from '../common/new-link.ts';

const token = decodeURIComponent(location.hash.slice(1)).trim();
startAgainOnNewLink();
const root = createRoot(document.getElementById('root')!);
root.render(token ? <ScreenApp session={screenSession(token)} /> : <NoToken />);
