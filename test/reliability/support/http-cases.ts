// Generated HTTP requests, each refused by construction, against the fuzz contest (running, so a
// valid definition cannot replace it). A case says which status family and code it must get.
import fc from 'fast-check';
import { ContestDefinition } from '../../../shared/definition.ts';
import { Commands, commandTypes, type CommandType } from '../../../shared/protocol/index.ts';
import { definition } from '../../integration/fixtures.ts';
import { HOST_TOKEN } from '../../support/server.ts';
import { extraKey, junk, wire } from './junk.ts';
import { socketCase } from './socket-cases.ts';

export interface HttpCase {
  method: string;
  path: string;
  /** A JSON value to send, or raw text (sent as application/json). */
  body?: { json: unknown } | { raw: string };
  token: string | null;
  /** The route template it aims at ("GET /contests/:id"), or "unknown". */
  route: string;
  /** Acceptable statuses; `code` is the error code (or ack code for /commands) if fixed. */
  status: number[];
  code?: string;
}

const enc = encodeURIComponent;
/** Ids no contest or judge has; never "." or "..", which URLs resolve away. */
const unknownId = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), fc.constantFrom('%', '%zz', '%E0%A4%A', 'j0', 'j99', 'J1', ' j1')).filter((s) => s !== '.' && s !== '..');
const segment = (s: string) => (/^%/.test(s) ? s : enc(s));
const query = fc.oneof(fc.constant(''), fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 30 }), { maxKeys: 4 }).map((d) => '?' + new URLSearchParams(d).toString()));

const CONTEST_ROUTES: [string, string][] = [
  ['GET', ''],
  ['PUT', ''],
  ['GET', '/access'],
  ['GET', '/results'],
  ['GET', '/events'],
  ['POST', '/commands'],
  ['GET', '/report.pdf'],
  ['GET', '/results.csv'],
  ['GET', '/results.xlsx'],
  ['GET', '/judge-cards.pdf'],
];
const OTHER_ROUTES: [string, string][] = [
  ['POST', '/contests'],
  ['GET', '/contests'],
  ['POST', '/demo'],
  ['POST', '/contests/:id/judges/:judgeId/reissue'],
];
/** Every route of server/http/api.ts and exports.ts (access.test.ts checks the list is complete). */
export const HTTP_ROUTES = [...CONTEST_ROUTES.map(([m, p]) => `${m} /contests/:id${p}`), ...OTHER_ROUTES.map(([m, p]) => `${m} ${p}`)];
type Draft = Omit<HttpCase, 'route'>;
const PATTERNS = HTTP_ROUTES.map((r) => {
  const [method, path] = r.split(' ') as [string, string];
  return { r, method, re: new RegExp(`^/api${path.replace(/\./g, '\\.').replace(/:\w+/g, '[^/]+')}$`) };
});
/** The route a request aims at, whatever the ids in it; "unknown" if none. */
const routeOf = (c: Draft) => PATTERNS.find((p) => p.method === c.method && p.re.test(c.path.replace(/\?.*$/, '')))?.r ?? 'unknown';

/** A definition its schema refuses: a key removed, replaced by junk, or an unknown key added. */
const badDefinition: fc.Arbitrary<unknown> = fc
  .oneof(
    fc.constantFrom(...Object.keys(definition)).map((k) => {
      const { [k as keyof typeof definition]: _gone, ...rest } = definition;
      return rest;
    }),
    fc.tuple(fc.constantFrom(...Object.keys(definition)), junk).map(([k, v]) => ({ ...definition, [k]: v })),
    fc.tuple(extraKey, junk).map(([k, v]) => ({ ...definition, [k]: v })),
    fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom('name', 'max', 'weight'), junk).map(([i, k, v]) => ({
      ...definition,
      criteria: definition.criteria.map((c, j) => (j === i ? { ...c, [k]: v } : c)),
    })),
    fc.tuple(fc.constantFrom('reportSeconds', 'scoreStep', 'aggregation', 'tieBreak', 'overtimePenalty'), junk).map(([k, v]) => ({ ...definition, rules: { ...definition.rules, [k]: v } })),
    junk,
  )
  .filter((d) => !ContestDefinition.safeParse(wire(d)).success);

const malformedJson = fc.oneof(
  fc.string({ minLength: 1, maxLength: 200 }).filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  }),
  fc.constantFrom('{', '{"title":', "{'a':1}", '[1,2', '{"a":NaN}', '{"a":Infinity}', 'undefined', '{"a":1}}', '\u0000'),
);

export function httpCase(contestId: string): fc.Arbitrary<HttpCase> {
  return drafts(contestId).map((c) => ({ ...c, route: routeOf(c) }));
}

function drafts(contestId: string): fc.Arbitrary<Draft> {
  const base = `/api/contests/${contestId}`;
  const auth = { token: HOST_TOKEN };
  // The host's generated socket messages, as bodies of POST /commands.
  const commandBody = socketCase
    .filter((c) => c.role === 'host' && typeof c.event === 'string' && c.args.length === 1)
    .map((c) => ({ type: c.event as string, payload: wire(c.args[0]), domain: c.expect !== 'invalid' }))
    .filter((c) => typeof c.payload === 'object' && c.payload !== null && !Array.isArray(c.payload))
    // Over HTTP a "type" key names the command and is not part of the payload: keep a body only
    // if what is left is still refused, by the schema or (by construction) by the domain.
    .filter(({ type, payload, domain }) => {
      const { type: _dropped, ...rest } = payload as Record<string, unknown>;
      return domain || !(commandTypes as string[]).includes(type) || !Commands[type as CommandType].safeParse(rest).success;
    })
    .map(({ type, payload }) => ({ ...(payload as Record<string, unknown>), type }));
  const badToken = fc
    .oneof(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), fc.constantFrom(HOST_TOKEN.slice(0, -1), HOST_TOKEN + 'x', HOST_TOKEN.toUpperCase(), 'null', 'undefined'))
    .filter((t) => t.trim() !== HOST_TOKEN);
  const anyRoute = fc.oneof(
    fc.constantFrom(...CONTEST_ROUTES).map(([m, p]) => [m, base + p] as const),
    fc.constantFrom(['POST', '/api/contests'] as const, ['GET', '/api/contests'] as const, ['POST', '/api/demo'] as const, ['POST', `${base}/judges/j1/reissue`] as const),
  );
  return fc.oneof(
    // The host token is checked before anything else, on every route.
    fc.tuple(anyRoute, fc.oneof(badToken.map((t) => `Bearer ${t}`), badToken, fc.constant(null), fc.constant(`Basic ${HOST_TOKEN}`)), query).map(
      ([[method, path], header, q]): Draft => ({ method, path: path + q, token: header, status: [401], code: 'unauthorized', body: method === 'GET' ? undefined : { json: definition } }),
    ),
    badDefinition.map((d): Draft => ({ method: 'POST', path: '/api/contests', body: { json: d }, ...auth, status: [400], code: 'invalid' })),
    badDefinition.map((d): Draft => ({ method: 'PUT', path: base, body: { json: d }, ...auth, status: [400], code: 'invalid' })),
    // A valid definition cannot replace a contest that has started.
    fc.constant<Draft>({ method: 'PUT', path: base, body: { json: definition }, ...auth, status: [409], code: 'wrong_state' }),
    malformedJson.map((raw): Draft => ({ method: 'POST', path: '/api/contests', body: { raw }, ...auth, status: [400], code: 'invalid' })),
    malformedJson.map((raw): Draft => ({ method: 'POST', path: `${base}/commands`, body: { raw }, ...auth, status: [400], code: 'invalid' })),
    commandBody.map((json): Draft => ({ method: 'POST', path: `${base}/commands`, body: { json }, ...auth, status: [400, 403, 404, 409] })),
    fc.tuple(fc.constantFrom(...CONTEST_ROUTES), unknownId, query).map(([[method, p], id, q]): Draft => ({
      method,
      path: `/api/contests/${segment(id)}${p}${q}`,
      body: method === 'GET' ? undefined : { json: method === 'PUT' ? definition : { type: 'timer:start', commandId: 'fuzz-unknown-contest' } },
      ...auth,
      status: [400, 404],
    })),
    unknownId.map((j): Draft => ({ method: 'POST', path: `${base}/judges/${segment(j)}/reissue`, ...auth, status: [400, 404] })),
    fc.tuple(fc.constantFrom('GET', 'POST', 'DELETE', 'PATCH', 'PUT'), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 })).map(([method, p]): Draft => ({
      method,
      path: `/api/nope/${enc(p)}`,
      ...auth,
      status: [404],
      code: 'not_found',
    })),
    fc.constantFrom('DELETE', 'PATCH').chain((method) => fc.constantFrom(...CONTEST_ROUTES).map(([, p]): Draft => ({ method, path: base + p, ...auth, status: [404], code: 'not_found' }))),
  );
}
