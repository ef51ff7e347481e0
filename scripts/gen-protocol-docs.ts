// Generates the JSON Schemas of the socket protocol from the zod schemas in shared/protocol/
// (and the contest definition from shared/definition.ts), so the docs cannot drift from code.
//
//   npx tsx scripts/gen-protocol-docs.ts [--out DIR]
//
// Writes:
//   docs/schemas/*.json        one JSON Schema (draft 2020-12) per command, view, ack, handshake
//   docs/protocol-schemas.md   the same schemas in one Markdown page, with the command/role table
//
// Direction matters for zod defaults: what a client *sends* (commands, handshake auth, the
// contest definition) is converted with io: 'input' (fields with defaults are optional); what
// the server *sends* (views, acks, results) with io: 'output' (defaulted fields are always present).
// Refinements (.refine/.superRefine) cannot be expressed in JSON Schema and are dropped by
// z.toJSONSchema; they are listed in NOT_IN_SCHEMA below and printed into the Markdown page.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ContestDefinition } from '../shared/definition.ts';
import {
  Ack,
  AckError,
  AckOk,
  allowedRoles,
  Commands,
  commandTypes,
  ErrorCode,
  HandshakeAuth,
  ResultGet,
  HostView,
  JudgeView,
  PublicView,
  ResultsSchema,
  TimerView,
} from '../shared/protocol/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--out DIR` writes there instead (test/docs/schemas-current.test.ts compares it with docs/).
const outAt = process.argv.indexOf('--out');
const docs = outAt > 0 && process.argv[outAt + 1] ? path.resolve(process.argv[outAt + 1]!) : path.join(root, 'docs');
const schemaDir = path.join(docs, 'schemas');

type Io = 'input' | 'output';
interface Entry {
  /** File name without .json. */
  file: string;
  title: string;
  schema: z.ZodType;
  io: Io;
  note?: string;
}

/** Rules the zod schemas enforce that JSON Schema cannot say (refinements, trimming). */
const NOT_IN_SCHEMA: string[] = [
  '`timer:add`: `seconds` must not be 0 (a zod `.refine`).',
  'Free-text fields of the Q&A commands (`question:ask`/`question:edit` `text`, `bank:load` `questions[]`, `comment:add` `text`) must not contain control characters U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+007F (a zod `.refine`; tab and newlines are allowed).',
  'Strings declared with zod `.trim()` (names, titles, `reason`, …) are trimmed *before* their length limits are checked, so `"  "` fails a `minLength: 1` that JSON Schema alone would accept; the stored value is the trimmed one.',
  '`z.number()` in zod 4 rejects `NaN` and `±Infinity`; JSON cannot carry those anyway.',
  'Every string a client sends (definition fields, command text, reasons, ids, tokens) must be well-formed Unicode: a lone UTF-16 surrogate such as `"\\ud800"` is refused with `invalid` naming the field (a zod `.refine`, shared/text.ts).',
  'The contest definition\'s consistency rules (duplicate names, unknown judge group, judges without a group, groups without judges, tie-break naming an unknown criterion, duplicate tie-breaks, criterion `max` off the `scoreStep` grid, warnings not shorter than `reportSeconds`) are a zod `.superRefine`; see docs/contest-definition.md.',
  'Server → client schemas say `additionalProperties: false`: that is how zod 4 renders the output of `z.object`. Treat it as "these are all the fields today"; a client should ignore fields it does not know rather than reject a view.',
  'Command payloads are only the *shape*; what the server accepts at a given moment (state, role, marks on the grid and within the maximum) is decided by the domain; see docs/protocol.md.',
];

const entries: Entry[] = [
  { file: 'handshake-auth', title: 'HandshakeAuth (Socket.IO `auth` on connect)', schema: HandshakeAuth, io: 'input' },
  { file: 'read.result-get', title: 'Read `result:get` (query)', schema: ResultGet, io: 'input', note: "Emit as `socket.emit('result:get', { presenterId }, ack)`; the ack is `{ ok: true, result }` (one PublicView `revealed` entry) or an AckError (docs/protocol.md §3)." },
  ...commandTypes.map(
    (t): Entry => ({
      file: `command.${t.replace(':', '.')}`,
      title: `Command \`${t}\` (payload)`,
      schema: Commands[t],
      io: 'input',
      note: `Sent by: ${allowedRoles[t].join(', ')}. Emit as \`socket.emit('${t}', payload, ack)\`.`,
    }),
  ),
  { file: 'ack', title: 'Ack (answer to every command)', schema: Ack, io: 'output' },
  { file: 'ack-ok', title: 'AckOk', schema: AckOk, io: 'output' },
  { file: 'ack-error', title: 'AckError', schema: AckError, io: 'output' },
  { file: 'timer-view', title: 'TimerView (inside every view)', schema: TimerView, io: 'output' },
  { file: 'view.host', title: 'HostView (`view` event for role host)', schema: HostView, io: 'output' },
  { file: 'view.judge', title: 'JudgeView (`view` event for role judge)', schema: JudgeView, io: 'output' },
  {
    file: 'view.public',
    title: 'PublicView (`view` event for roles screen and audience)',
    schema: PublicView,
    io: 'output',
  },
  { file: 'results', title: 'Results (HostView.results)', schema: ResultsSchema, io: 'output' },
  {
    file: 'contest-definition.input',
    title: 'ContestDefinition as sent to POST /api/contests (input)',
    schema: ContestDefinition,
    io: 'input',
  },
  {
    file: 'contest-definition.output',
    title: 'ContestDefinition as stored and returned (output, defaults filled in)',
    schema: ContestDefinition,
    io: 'output',
  },
];

function toJson(e: Entry): Record<string, unknown> {
  // 'any' instead of throwing if a future schema adds a transform or another unrepresentable type;
  // `unrepresented` below reports it so it does not go unnoticed.
  return z.toJSONSchema(e.schema, { io: e.io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** Paths where the conversion fell back to `{}` (an unrepresentable type). */
function unrepresented(schema: unknown, at = '#'): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const obj = schema as Record<string, unknown>;
  const here = Object.keys(obj).length === 0 && at !== '#' ? [at] : [];
  return here.concat(
    Object.entries(obj).flatMap(([k, v]) => {
      if (k === 'default' || k === 'const' || k === 'enum') return [];
      if (k === 'properties' && v && typeof v === 'object')
        return Object.entries(v as Record<string, unknown>).flatMap(([p, s]) => unrepresented(s, `${at}/properties/${p}`));
      return typeof v === 'object' ? unrepresented(v, `${at}/${k}`) : [];
    }),
  );
}

fs.mkdirSync(schemaDir, { recursive: true });
// Start from an empty folder so a removed command does not leave a stale schema behind.
for (const f of fs.readdirSync(schemaDir)) if (f.endsWith('.json')) fs.rmSync(path.join(schemaDir, f));
const generated = entries.map((e) => {
  const json = { title: e.title, ...toJson(e) };
  fs.writeFileSync(path.join(schemaDir, `${e.file}.json`), JSON.stringify(json, null, 2) + '\n');
  return { ...e, json, gaps: unrepresented(json) };
});

const md: string[] = [];
md.push('# Leitai protocol — JSON Schemas');
md.push('');
md.push('<!-- GENERATED by scripts/gen-protocol-docs.ts from shared/protocol/ and shared/definition.ts. Do not edit; run `npx tsx scripts/gen-protocol-docs.ts`. -->');
md.push('');
md.push('JSON Schema (draft 2020-12) of every Socket.IO payload, converted from the zod schemas with `z.toJSONSchema`.');
md.push('The same schemas are in [`docs/schemas/`](schemas/) as separate `.json` files for code generators.');
md.push('What the commands *do* and when they are refused is in [protocol.md](protocol.md).');
md.push('');
md.push('Client → server payloads (commands, handshake, contest definition input) are converted with `io: "input"`: a field with a default may be left out.');
md.push('Server → client documents (views, acks) with `io: "output"`: every defaulted field is present.');
md.push('');
md.push('## Not expressed in these schemas');
md.push('');
for (const n of NOT_IN_SCHEMA) md.push(`- ${n}`);
const gaps = generated.filter((g) => g.gaps.length > 0);
if (gaps.length > 0) {
  md.push('- Converted as "any" (`{}`) because zod could not represent them:');
  for (const g of gaps) md.push(`  - ${g.title}: ${g.gaps.map((p) => `\`${p}\``).join(', ')}`);
}
md.push('');
md.push('## Commands and who may send them');
md.push('');
md.push('| event | sent by | schema |');
md.push('|---|---|---|');
for (const t of commandTypes) md.push(`| \`${t}\` | ${allowedRoles[t].join(', ')} | [command.${t.replace(':', '.')}.json](schemas/command.${t.replace(':', '.')}.json) |`);
md.push('');
md.push('## Error codes');
md.push('');
md.push('`AckError.code` is one of:');
md.push('');
for (const [k, v] of Object.entries(ErrorCode)) md.push(`- \`${v}\` (${k})`);
md.push('');
for (const g of generated) {
  md.push(`## ${g.title}`);
  md.push('');
  md.push(`File: [schemas/${g.file}.json](schemas/${g.file}.json) · direction: ${g.io === 'input' ? 'client → server (input)' : 'server → client (output)'}`);
  if (g.note) md.push(`\n${g.note}`);
  md.push('');
  md.push('```json');
  md.push(JSON.stringify(g.json, null, 2));
  md.push('```');
  md.push('');
}
fs.writeFileSync(path.join(docs, 'protocol-schemas.md'), md.join('\n'));

console.log(`wrote ${generated.length} schemas to ${path.relative(root, schemaDir)}/ and docs/protocol-schemas.md`);
for (const g of gaps) console.warn(`warning: ${g.title}: unrepresentable at ${g.gaps.join(', ')}`);
