// The running server a CLI talks to (PORT, DATA_DIR as for `npm start`, or LEITAI_URL), and its
// host token, read as the server reads it; a token file that is wrong ends the CLI with its words.
import path from 'node:path';
import { ConfigError, hostTokenFor } from '../config.ts';

export const base = process.env.LEITAI_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;

export function hostToken(): string {
  try {
    return hostTokenFor(path.resolve(process.env.DATA_DIR ?? './data'), process.env.LEITAI_HOST_TOKEN);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(`\n  ${e.message}\n`); // a host-token file too short: the message says what to do
    process.exit(1);
  }
}
