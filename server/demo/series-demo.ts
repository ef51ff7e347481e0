// The demo series (`npm run demo:series`): a county's year begun — six towns, two months held and
// a third ready to run, points entered — so that the year's pages (standings, 红黑榜, 积分, 公示,
// 表彰, the projector's boards) have something to show the day Leitai is installed. Made through
// the public interfaces only, as a county's own script would: the HTTP API as the host, and each
// judge's marks from a real socket.io client holding that judge's link, so every log reads as a
// real evening (the marks are the judges', the steps the host's).
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/index.ts';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export const DEMO_SERIES_NAME = '2026年度乡镇党委书记擂台赛（演示）';
const UNITS = [
  { unit: '双江街道', speaker: '陈志强' },
  { unit: '小街街道', speaker: '刘洋' },
  { unit: '化念镇', speaker: '杨丽' },
  { unit: '塔甸镇', speaker: '赵刚' },
  { unit: '岔河乡', speaker: '周敏' },
  { unit: '富良棚乡', speaker: '吴涛' },
];
const JUDGES = [
  { name: '张建华', title: '县委副书记' },
  { name: '李明', title: '县委组织部部长' },
  { name: '王芳', title: '县政府副县长' },
];
/** Each town's total per month (every judge within a point of it): 岔河乡 and 富良棚乡 stay at the foot. */
const TOTALS: Record<string, number[]> = {
  m1: [92, 88, 85, 80, 76, 72],
  m2: [89, 93, 82, 86, 71, 75],
};
const LEDGER = {
  m1: [
    { date: '2026-01-12', unit: '化念镇', heading: '问题化解', points: 2, reason: '化解信访积案 3 件' },
    { date: '2026-01-20', unit: '富良棚乡', heading: '责任落实', points: -1, reason: '整改台账未按期报送' },
  ],
  m2: [
    { date: '2026-02-09', unit: '塔甸镇', heading: '责任落实', points: 1.5, reason: '经验做法被市级转发' },
    { date: '2026-02-18', unit: '岔河乡', heading: '问题化解', points: 2, reason: '调处用地纠纷 2 起' },
  ],
};

type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>;

function client(base: string, token: string): Api {
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(base + path, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await res.json()) as T;
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(answer)}`);
    return answer;
  };
}

const judgeSocket = (base: string, joinUrl: string): Promise<Client> =>
  new Promise((resolve, reject) => {
    const socket: Client = io(base, { auth: { role: 'judge', token: joinUrl.split('#')[1] ?? '' }, transports: ['websocket'] });
    socket.once('view', () => resolve(socket));
    socket.once('connect_error', reject);
  });

const submit = (socket: Client, presenterId: string, values: number[]): Promise<Ack> =>
  new Promise((resolve) => socket.timeout(10_000).emit('score:submit', { commandId: randomUUID(), presenterId, values }, (err: Error | null, ack?: Ack) => resolve(ack ?? { ok: false, code: 'internal', message: String(err) })));

/** A total split over 工作实绩 (60) and 汇报表现 (40), one judge a point under it, one a point over. */
const marks = (total: number, judge: number): number[] => {
  const work = Math.round(total * 0.6) + (judge - 1);
  return [Math.min(60, work), total - Math.round(total * 0.6)];
};

function contestDef(seriesId: string, periodId: string, month: number) {
  return {
    title: `2026年${month}月乡镇党委书记擂台赛（演示）`,
    theme: '抓党建促乡村振兴',
    date: `2026-0${month}-2${month}`,
    tier: '乡镇党委书记',
    criteria: [
      { name: '工作实绩', max: 60 },
      { name: '汇报表现', max: 40 },
    ],
    judges: JUDGES,
    presenters: UNITS,
    series: { seriesId, tierId: 't1', periodId },
  };
}

/** Runs one contest to its end: each town called, scored by the three judges, revealed. */
async function runMonth(base: string, api: Api, seriesId: string, periodId: 'm1' | 'm2', month: number): Promise<void> {
  const made = await api<{ id: string; judges: { joinUrl: string | null }[] }>('POST', '/api/contests', contestDef(seriesId, periodId, month));
  const judges = await Promise.all(made.judges.map((j) => judgeSocket(base, j.joinUrl ?? '')));
  const host = (type: string, payload: Record<string, unknown> = {}) => api<Ack>('POST', `/api/contests/${made.id}/commands`, { type, commandId: randomUUID(), ...payload });
  try {
    await host('contest:start');
    for (const [i, total] of TOTALS[periodId]!.entries()) {
      const presenterId = `p${i + 1}`;
      await host('presenter:next', { presenterId });
      await host('scoring:open');
      for (const [k, socket] of judges.entries()) {
        const ack = await submit(socket, presenterId, marks(total, k));
        if (!ack.ok) throw new Error(`score:submit: ${ack.message}`);
      }
      await host('scoring:reveal');
    }
    await host('contest:finish');
  } finally {
    judges.forEach((s) => s.close());
  }
}

/** Creates the demo series on the server at `base`; its id. */
export async function seedSeriesDemo(base: string, hostToken: string): Promise<string> {
  const api = client(base, hostToken);
  const series = await api<{ id: string }>('POST', '/api/series', {
    name: DEMO_SERIES_NAME,
    issuer: '中共峨山县委组织部（演示）',
    tiers: [{ name: '乡镇党委书记' }],
    periods: [{ name: '2026年1月' }, { name: '2026年2月' }, { name: '2026年3月' }],
    headings: [{ name: '责任落实' }, { name: '问题化解' }],
    periodScore: { contest: 1, ledger: 1 },
    boards: { red: { by: 'top', count: 2 }, black: { by: 'bottom', count: 2 } },
  });
  for (const [periodId, month] of [['m1', 1], ['m2', 2]] as const) {
    await runMonth(base, api, series.id, periodId, month);
    await api('POST', `/api/series/${series.id}/commands`, { type: 'ledger:add', periodId, by: '县委组织部（演示）', rows: LEDGER[periodId], commandId: randomUUID() });
  }
  // March is set up, to be run from the host console (its boards move as its reveals come in).
  await api('POST', '/api/contests', contestDef(series.id, 'm3', 3));
  return series.id;
}
