// Settings from the environment: PORT, DATA_DIR, LEITAI_HOST_TOKEN, PUBLIC_URL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newToken } from './db/token-store.ts';

/** The host token: from the environment, else generated once and kept in DATA_DIR. */
export function hostTokenFor(dataDir: string, fromEnv: string | undefined): string {
  if (fromEnv && fromEnv.trim()) return fromEnv.trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'host-token');
  if (fs.existsSync(file)) {
    const kept = fs.readFileSync(file, 'utf8').trim();
    if (kept) return kept;
  }
  const token = newToken();
  fs.writeFileSync(file, token + '\n', { mode: 0o600 });
  return token;
}

/** The first non-internal IPv4 address: what phones on the same Wi-Fi should open. */
export function lanAddress(): string | null {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const ni of list ?? []) if (ni.family === 'IPv4' && !ni.internal) return ni.address;
  }
  return null;
}
