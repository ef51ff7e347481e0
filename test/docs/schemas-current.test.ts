// docs/schemas/ and docs/protocol-schemas.md are generated from the zod schemas
// (scripts/gen-protocol-docs.ts). A change to a view or command that forgot to regenerate them
// left the published schemas behind the server (stageForced did, for a day): this fails then.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('the generated protocol schemas', () => {
  it('are what the generator makes from the code now', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-schemas-'));
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/gen-protocol-docs.ts', '--out', out], { cwd: root, stdio: 'pipe' });
      const names = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
      expect(names(path.join(out, 'schemas'))).toEqual(names(path.join(root, 'docs/schemas')));
      for (const f of names(path.join(out, 'schemas')))
        expect(fs.readFileSync(path.join(root, 'docs/schemas', f), 'utf8'), `docs/schemas/${f}: run npx tsx scripts/gen-protocol-docs.ts`).toBe(fs.readFileSync(path.join(out, 'schemas', f), 'utf8'));
      expect(fs.readFileSync(path.join(root, 'docs/protocol-schemas.md'), 'utf8')).toBe(fs.readFileSync(path.join(out, 'protocol-schemas.md'), 'utf8'));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 30_000);
});
