// The codes an edge adds (EdgeErrorCode) are defined in one place, docs/protocol.md §8 "Edge
// codes", and listed among the connect errors of §2: a code added in the code must appear there.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EdgeErrorCode } from '../../server/cluster/messages.ts';

const protocol = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/protocol.md'), 'utf8');
const section = (from: string, to: string) => protocol.slice(protocol.indexOf(from), protocol.indexOf(to, protocol.indexOf(from)));

describe('edge error codes in docs/protocol.md', () => {
  const edgeCodes = section('<a id="edge-codes"></a>', '## 9.');
  const connectErrors = section('**Connect errors.**', '**After connecting**');
  it.each(Object.values(EdgeErrorCode))('defines `%s` in §8 and lists it among the connect errors of §2', (code) => {
    expect(edgeCodes).toMatch(new RegExp(`^\\| \`${code}\` \\|`, 'm'));
    expect(connectErrors).toMatch(new RegExp(`^\\| \`${code}\` \\|`, 'm'));
  });
});
