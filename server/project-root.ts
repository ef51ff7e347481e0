// The project folder, found from the running file: it is in server/ under tsx and in
// dist/server/ (or a test's build folder) when compiled, so a fixed `../` would be wrong in one
// of them. Its own module so the edge can use it without loading the whole server (app.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
