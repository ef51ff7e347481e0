// A 评比 (kind "rating") played over the real server the shortest way: created from `definition`
// (one criterion), opened for all, every judge giving unit pN the total totals[N−1], revealed, and
// finished if asked ('early': with units left unscored, by 提前结束). Shared by the report,
// certificate and 表彰 tests of a 评比.
import { expect } from 'vitest';
import type { Ack } from '../../shared/protocol/index.ts';
import { api, connect, HOST_TOKEN, tokenOf } from './server.ts';

const ok = async (p: Promise<Ack>) => {
  const ack = await p;
  expect(ack, JSON.stringify(ack)).toMatchObject({ ok: true });
};

/** The contest's id. */
export async function runRatingContest(url: string, definition: object, totals: readonly number[], finish: boolean | 'early'): Promise<string> {
  const made = await api<{ id: string; judges: { joinUrl: string }[] }>(url, 'POST', '/api/contests', definition);
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const host = await connect(url, { role: 'host', token: HOST_TOKEN, contestId: made.body.id });
  const judges = await Promise.all(made.body.judges.map((j) => connect(url, { role: 'judge', token: tokenOf(j.joinUrl) })));
  await ok(host.send('contest:start', {}));
  await ok(host.send('scoring:openAll', {}));
  for (const j of judges) for (const [i, total] of totals.entries()) await ok(j.send('score:submit', { presenterId: `p${i + 1}`, values: [total] }));
  await ok(host.send('scoring:revealAll', {}));
  if (finish) await ok(host.send('contest:finish', finish === 'early' ? { force: true } : {}));
  [host, ...judges].forEach((c) => c.close());
  return made.body.id;
}
