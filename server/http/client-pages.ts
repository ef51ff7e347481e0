// The built client pages and their assets, compressed and cached for venue Wi-Fi.
//
// Compression: the `compression` middleware (gzip/deflate on the fly) rather than files
// precompressed at build. The room has tens of phones, each fetching a few hundred KB once
// (assets are then cached as immutable, below), so the CPU is negligible; on-the-fly also
// covers the HTML pages and the JSON API with no build step that could fall out of step with
// dist/, and no second copy of every file to keep. Exports (PDF, XLSX) are already compressed
// formats and are skipped by the middleware's content-type filter.
import compression from 'compression';
import express, { type Router } from 'express';
import path from 'node:path';

const PAGES: Record<string, string> = { '/': 'index.html', '/host': 'host.html', '/judge': 'judge.html', '/screen': 'screen.html', '/watch': 'watch.html' };

/** Vite puts content-hashed files under assets/: a changed file gets a new name, so a phone may keep one for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages keep their names across builds: a phone must ask again (a cheap 304) so a new build reaches it. */
export const REVALIDATE = 'no-cache';

export function compressed() {
  return compression();
}

export function clientPages(clientDir: string): Router {
  const router = express.Router();
  for (const [route, file] of Object.entries(PAGES)) {
    router.get(route, (_req, res) => {
      res.sendFile(path.join(clientDir, file), { headers: { 'Cache-Control': REVALIDATE } });
    });
  }
  router.use(
    express.static(clientDir, {
      index: false,
      setHeaders(res, file) {
        const underAssets = path.relative(clientDir, file).split(path.sep)[0] === 'assets';
        res.setHeader('Cache-Control', underAssets ? IMMUTABLE : REVALIDATE);
      },
    }),
  );
  return router;
}
