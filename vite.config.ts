import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const pages = ['index', 'host', 'judge', 'screen', 'watch'];

export default defineConfig({
  root: resolve(import.meta.dirname, 'client'),
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/client'),
    emptyOutDir: true,
    // The one chunk over Vite's 500 kB default is ECharts (~530 kB, 180 kB gzipped), loaded only
    // when the host opens a unit's trend chart; every page's first load stays far below it.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      input: Object.fromEntries(pages.map((p) => [p, resolve(import.meta.dirname, 'client', `${p}.html`)])),
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'ws://localhost:3000', ws: true } } },
});
