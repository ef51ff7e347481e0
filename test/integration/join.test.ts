// Joining as the audience over the real server: the projector asks /join for the links phones can
// reach (the public URL, never the screen's own address), and a typed /j/<code> lands on the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JoinInfo } from '../../shared/protocol/http.ts';
import { api, startServer } from '../support/server.ts';
import { drawContestId, joinCode } from '../../server/join-code.ts';

let server: Awaited<ReturnType<typeof startServer>>;
const created: { id: string; audienceUrl: string }[] = [];

beforeAll(async () => {
  server = await startServer();
  for (const title of ['第一期', '第二期']) {
    const res = await api<{ id: string; audienceUrl: string }>(server.url, 'POST', '/api/contests', {
      title,
      criteria: [{ name: '综合', max: 100 }],
      judges: [{ name: '评委' }],
      presenters: [{ unit: '岔河乡' }],
    });
    expect(res.status).toBe(201);
    created.push(res.body);
  }
});
afterAll(() => server?.close());

const join = async (id: string) => {
  const res = await fetch(`${server.url}/join/${encodeURIComponent(id)}`);
  return { status: res.status, body: (await res.json()) as unknown };
};

describe('GET /join/:contestId', () => {
  it('answers the public links without a token, with the host links’ audience URL', async () => {
    const [a, b] = created;
    const ra = await join(a!.id);
    expect(ra.status).toBe(200);
    const info = JoinInfo.parse(ra.body);
    // The same base as the host's access links (PUBLIC_URL), not 127.0.0.1 the test asked on.
    expect(info.audienceUrl).toBe(a!.audienceUrl);
    expect(info.audienceUrl).toBe(`http://leitai.test/watch#${a!.id}`);
    expect(info.joinUrl).toBe(`http://leitai.test/j/${info.joinCode}`);
    // Derived from the id: the same on every ask and after nothing was stored; another contest differs.
    expect(JoinInfo.parse((await join(a!.id)).body).joinCode).toBe(info.joinCode);
    expect(JoinInfo.parse((await join(b!.id)).body).joinCode).not.toBe(info.joinCode);
  });

  it('answers 404 for an unknown contest', async () => {
    const res = await join('nosuchid');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('GET /j/:joinCode', () => {
  it('redirects a known code to the audience page of its contest', async () => {
    for (const c of created) {
      const { joinCode } = JoinInfo.parse((await join(c.id)).body);
      const res = await fetch(`${server.url}/j/${joinCode}`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe(`/watch#${c.id}`);
    }
  });

  it('answers an unknown or malformed code with a page in Chinese', async () => {
    const known = new Set<string>();
    for (const c of created) known.add(JoinInfo.parse((await join(c.id)).body).joinCode);
    const unknown = ['000000', '999999', '123456'].find((c) => !known.has(c))!;
    for (const code of [unknown, '12345', 'abcdef', '1234567']) {
      const res = await fetch(`${server.url}/j/${code}`, { redirect: 'manual' });
      expect(res.status, code).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).toContain('加入码无效');
    }
  });

  it('sends the short address without a code to the home page, where the code is asked for', async () => {
    for (const path of ['/j', '/j/']) {
      const res = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      expect(res.status, path).toBe(302);
      expect(res.headers.get('location')).toBe('/');
    }
  });
});

describe('join codes are unique on a server', () => {
  // Two ids with one code, found by brute force (a million codes: about a thousand draws).
  const clash = (() => {
    const seen = new Map<string, string>();
    for (let i = 0; ; i++) {
      const id = `clash${i}`;
      const other = seen.get(joinCode(id));
      if (other) return [other, id] as const;
      seen.set(joinCode(id), id);
    }
  })();

  it('draws a new contest id again while its code is taken or the id exists', () => {
    const [first, second] = clash;
    expect(joinCode(first)).toBe(joinCode(second));
    const draws = [second, first, 'fresh-id'];
    const taken = new Set([joinCode(first)]);
    // `second` shares the taken code, `first` is taken outright: the third draw is the one.
    expect(drawContestId(() => draws.shift()!, (id) => id === first, taken)).toBe('fresh-id');
  });
});
