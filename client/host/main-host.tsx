// First, so that it runs before any module below builds or parses a schema.
import '../common/zod-jitless.ts';
import { createRoot } from 'react-dom/client';
import '../common/theme.css';
import './host.css';
// After host.css: these refine its generic panel and button rules.
import './run/run.css';
import './access/print.css';
import './qa/qa.css';
import './correct/correct.css';
import './appraisal.css';
import './series/series.css';
import './notice/notice.css';
import { App } from './app.tsx';
import { takeTokenFromHash } from './auth.ts';

// Before anything renders, so the token never stays visible in the address bar.
takeTokenFromHash();

createRoot(document.getElementById('root')!).render(<App />);
