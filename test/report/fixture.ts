// A contest for the export tests, played over the real protocol: names with rare characters
// (𠮷 only in Noto Sans JP, 㙟 only in SC), a 彝族 name with a middle dot, a title with 「」,
// a unit with a comma and a speaker with quotes (CSV quoting), Q&A and comments, an amendment,
// a host correction, overtime, a reveal with a missing judge and an absent presenter.
import { expect } from 'vitest';
import type { Ack, HostView } from '../../shared/protocol/index.ts';
import { api, connect, tokenOf, HOST_TOKEN, type TestClient } from '../support/server.ts';

export interface Created {
  id: string;
  judges: { id: string; name: string; joinUrl: string }[];
}

export const LONG_QUESTION =
  '请问贵村在农村危房改造工作中如何确保补助资金足额及时发放到农户手中，并对改造质量进行全程监督检查，防止出现虚报冒领、优亲厚友等问题？下一步有什么具体打算？';
export const LONG_COMMENT =
  '汇报内容全面，数据翔实，特别是在易地扶贫搬迁后续扶持和人居环境整治方面亮点突出；但对存在问题剖析不够深入，下一步要在产业发展、集体经济增收上再下功夫，切实把党建优势转化为发展优势。';

export const rareDefinition = {
  title: '「𠮷祥杯」峨山县村（社区）党组织书记擂台赛（第一期）',
  theme: '抓党建促乡村振兴——聚焦农村危房改造、人居环境整治和基层党组织标准化规范化建设，比实绩、晒亮点、找差距、促提升',
  date: '2024-03-15',
  tier: '村（社区）干部',
  venue: '峨山彝族自治县人民会堂',
  criteria: [
    { name: '工作成效', max: 40 },
    { name: '创新亮点', max: 20 },
    { name: '汇报表现', max: 20 },
    { name: '答辩情况', max: 20 },
  ],
  judgeGroups: [
    { name: '县级领导', weight: 0.6 },
    { name: '群众代表', weight: 0.4 },
  ],
  judges: [
    { name: '阿苏·木呷', title: '县委书记', group: '县级领导' },
    { name: '李国华', title: '县长', group: '县级领导' },
    { name: '王芳', title: '县委组织部部长', group: '县级领导' },
    { name: '张德明', title: '村民代表', group: '群众代表' },
    { name: '赵敏', group: '群众代表' },
    { name: '普梅', title: '人大代表', group: '群众代表' },
  ],
  presenters: [
    { unit: '𠮷田村', speaker: '㙟某', title: '党支部书记' },
    { unit: '双江街道, 第二社区', speaker: '陈"志强"' },
    { unit: '小街街道', speaker: '刘晓燕' },
    { unit: '甸中镇', speaker: '普建华' },
  ],
  rules: {
    reportSeconds: 300,
    qaSeconds: 120,
    scoreStep: 0.5,
    aggregation: { method: 'trimmed', dropHighest: 1, dropLowest: 1, scope: 'total' },
    overtimePenalty: { everySeconds: 30, points: 1, max: 5 },
    tieBreak: ['criterion:工作成效', 'lessOvertime'],
  },
};

/** Marks per presenter (p1..p3) per judge (j1..j6): [工作成效, 创新亮点, 汇报表现, 答辩情况]. */
export const MARKS: number[][][] = [
  [[36, 17, 18, 17.5], [38, 18, 18.5, 18], [33, 15, 16, 16], [35, 16.5, 17, 17], [37, 18, 18, 19], [30, 14, 15, 15]],
  [[34, 16, 17, 16], [36, 17, 17.5, 17], [31, 14, 15, 15.5], [33, 15, 16, 16], [35.5, 17, 17, 18], [0, 0, 0, 0]],
  [[32, 15, 16, 15], [34, 16, 16, 16.5], [29, 13, 14, 14], [31, 14.5, 15, 15], [33, 16, 16, 17], [28, 12, 13, 13]],
];

const ok = async (p: Promise<Ack>) => {
  const ack = await p;
  expect(ack, JSON.stringify(ack)).toMatchObject({ ok: true });
};

/** Creates and plays the contest; `finish` false leaves it running after two presenters. */
export async function playRareContest(url: string, finish = true) {
  const created = (await api<Created>(url, 'POST', '/api/contests', rareDefinition)).body;
  const host = await connect(url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
  const judges: TestClient[] = [];
  for (const j of created.judges) judges.push(await connect(url, { role: 'judge', token: tokenOf(j.joinUrl) }));
  const close = () => [host, ...judges].forEach((c) => c.close());
  const J = (i: number) => judges[i]!;
  const scoring = (pid: string) => host.waitFor<HostView>((v) => v.role === 'host' && v.current?.presenterId === pid && v.current.phase === 'scoring');

  await ok(host.send('contest:start', {}));
  await ok(host.send('presenter:absent', { presenterId: 'p4' }));

  // p1: questions during the report, overtime, Q&A with an answer and an edited question.
  await ok(host.send('presenter:next', { presenterId: 'p1' }));
  await ok(J(0).send('question:ask', { presenterId: 'p1', text: LONG_QUESTION }));
  await ok(J(3).send('question:ask', { presenterId: 'p1', text: '村集体经济收入是多少？' }));
  // Run the report clock out and past zero: 1 s of overtime costs a whole 30 s block, 1 point.
  await ok(host.send('timer:add', { seconds: -300 }));
  await ok(host.send('timer:start', {}));
  await new Promise((r) => setTimeout(r, 1300));
  await ok(host.send('phase:qa', {}));
  await ok(host.send('question:show', { questionId: 'q1' }));
  await ok(host.send('question:answered', { questionId: 'q1', summary: '资金实行专户管理、一卡通直达农户，乡村两级逐户验收。' }));
  await ok(host.send('question:edit', { questionId: 'q2', text: '2023 年村集体经济收入是多少万元？' }));
  await ok(J(1).send('comment:add', { presenterId: 'p1', text: LONG_COMMENT }));
  await ok(host.send('scoring:open', {}));
  await scoring('p1');
  for (let i = 0; i < 6; i++) await ok(J(i).send('score:submit', { presenterId: 'p1', values: MARKS[0]![i]! }));
  await ok(J(2).send('score:submit', { presenterId: 'p1', values: [33.5, 15, 16, 16] })); // an amendment
  await ok(host.send('scoring:reveal', {}));

  // p2: 普梅 does not submit; the host reveals anyway. A comment recorded by the host.
  await ok(host.send('presenter:next', { presenterId: 'p2' }));
  await ok(host.send('phase:qa', {}));
  await ok(host.send('comment:add', { presenterId: 'p2', judgeId: 'j1', text: '思路清晰，措施有力。' }));
  await ok(host.send('scoring:open', {}));
  await scoring('p2');
  for (let i = 0; i < 5; i++) await ok(J(i).send('score:submit', { presenterId: 'p2', values: MARKS[1]![i]! }));
  expect(await host.send('scoring:reveal', {})).toMatchObject({ ok: false, code: 'missing_scores' });
  await ok(host.send('scoring:reveal', { allowMissing: true }));
  if (!finish) {
    close();
    return created;
  }

  // p3: straight to scoring; afterwards the host corrects one judge's marks.
  await ok(host.send('presenter:next', { presenterId: 'p3' }));
  await ok(host.send('scoring:open', {}));
  await scoring('p3');
  for (let i = 0; i < 6; i++) await ok(J(i).send('score:submit', { presenterId: 'p3', values: MARKS[2]![i]! }));
  await ok(host.send('scoring:reveal', {}));
  await ok(host.send('score:correct', { presenterId: 'p3', judgeId: 'j5', values: [32, 16, 16, 17], reason: '评委口头确认，工作成效误录' }));
  await ok(host.send('contest:finish', {}));
  close();
  return created;
}
