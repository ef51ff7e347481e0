// 提问 · 答复 · 点评 over the real server with real socket.io clients: a judge's question reaches
// the host exactly once over flaky Wi-Fi, the host puts it on the projector, the answer reaches
// the judge's phone, and everything ends up in the event log and the results.
import { afterEach, describe, expect, it } from 'vitest';
import type { HostView, JudgeView, PublicView, View } from '../../shared/protocol/index.ts';
import { api, connect, startServer, tokenOf, HOST_TOKEN, type TestClient } from '../support/server.ts';
import { definition, type Created } from './fixtures.ts';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

const freshView = <V extends View>(c: TestClient) => new Promise<V>((resolve) => c.socket.emit('view:get', (v) => resolve(v as V)));
const isHost = (v: View): v is HostView => v.role === 'host';
const isJudge = (v: View): v is JudgeView => v.role === 'judge';

type QuestionRules = { autoShow?: boolean; anonymous?: boolean; answerSeconds?: number | null };
interface LoggedEvent {
  seq: number;
  type: string;
  data: Record<string, any>;
}

/** Host, judges j1–j3 (j1 县委书记 评委一, j2 县长 评委二, j3 评委三 without title), screen, audience. */
async function setup(questions: QuestionRules = {}) {
  const server = await startServer();
  cleanup.push(() => server.close());
  const def = { ...definition, rules: { ...definition.rules, questions } };
  const res = await api<Created>(server.url, 'POST', '/api/contests', def);
  expect(res.status).toBe(201);
  const created = res.body;
  const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
  const judges: TestClient[] = [];
  for (const j of created.judges.slice(0, 3)) judges.push(await connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) }));
  const screen = await connect(server.url, { role: 'screen', token: tokenOf(created.screenUrl) });
  const audience = await connect(server.url, { role: 'audience', contestId: created.id });
  cleanup.push(() => [host, screen, audience, ...judges].forEach((c) => c.close()));
  const events = async () => (await api<LoggedEvent[]>(server.url, 'GET', `/api/contests/${created.id}/events`)).body;
  const results = async () => (await api<any>(server.url, 'GET', `/api/contests/${created.id}/results`)).body;
  return { server, created, host, judges, screen, audience, events, results };
}

/** Start the contest and bring p1 into Q&A. */
async function toQa(host: TestClient) {
  expect(await host.send('contest:start', {})).toMatchObject({ ok: true });
  expect(await host.send('presenter:next', {})).toMatchObject({ ok: true });
  expect(await host.send('phase:qa', {})).toMatchObject({ ok: true });
  const v = await host.waitFor<HostView>((x) => isHost(x) && x.current?.phase === 'qa');
  expect(v.current?.presenterId).toBe('p1');
}

describe('Q&A over the real protocol', () => {
  it('a question sent once over a lost ack is asked exactly once, goes on screen, and its answer reaches the judge', async () => {
    const { server, created, host, judges, screen, audience, events } = await setup();
    await toQa(host);
    const text = '危房改造的资金缺口怎么解决？';
    const before = Date.now();

    // The judge taps send, the Wi-Fi drops before the ack arrives, the phone reconnects and
    // sends the same command (same commandId) again.
    const payload = { commandId: 'ask-retry-0000-0001', presenterId: 'p1', text };
    (judges[0]!.socket.emit as (...a: unknown[]) => void)('question:ask', payload);
    judges[0]!.socket.disconnect();
    const phone = await connect(server.url, { role: 'judge', token: tokenOf(created.judges[0]!.joinUrl) });
    cleanup.push(() => phone.close());
    const first = await phone.raw('question:ask', payload);
    const second = await phone.raw('question:ask', payload);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: true, duplicate: true });
    expect(first.ok && second.ok && first.rev === second.rev).toBe(true);
    // The same id with another text is refused, not applied.
    expect(await phone.raw('question:ask', { ...payload, text: '另一个问题' })).toMatchObject({ ok: false, code: 'duplicate_command_id' });

    const asked = (await events()).filter((e) => e.type === 'QuestionAsked');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.data.question).toMatchObject({ presenterId: 'p1', judgeId: 'j1', source: 'judge', text, status: 'waiting' });

    // The host sees it live with the asker and the time.
    const hv = await host.waitFor<HostView>((v) => isHost(v) && v.questions.length === 1);
    const q = hv.questions[0]!;
    expect(q).toMatchObject({ presenterId: 'p1', judgeId: 'j1', source: 'judge', text, original: text, status: 'waiting' });
    expect(q.askedAt).toBeGreaterThanOrEqual(before);
    expect(q.askedAt).toBeLessThanOrEqual(Date.now());
    expect(hv.judges.find((j) => j.id === q.judgeId)).toMatchObject({ name: '评委一', title: '县委书记' });
    // The judge sees it waiting; other judges do not see it at all.
    const mine = await phone.waitFor<JudgeView>((v) => isJudge(v) && v.myQuestions.length === 1);
    expect(mine.myQuestions[0]).toMatchObject({ id: q.id, presenterId: 'p1', text, status: 'waiting' });
    expect((await freshView<JudgeView>(judges[1]!)).myQuestions).toEqual([]);
    expect(JSON.stringify(await freshView(judges[1]!))).not.toContain(text);
    // Nothing on screen before the host chooses.
    expect((await freshView<PublicView>(screen)).qa.question).toBeNull();

    // The host puts it on the screen.
    expect(await host.send('question:show', { questionId: q.id })).toMatchObject({ ok: true });
    const onScreen = await screen.waitFor<PublicView>((v) => v.stage === 'question');
    expect(onScreen.qa.question).toEqual({ id: q.id, text, asker: '县委书记', source: 'judge' });
    expect(onScreen.timer?.kind).toBe('qa');
    const aud = await audience.waitFor<PublicView>((v) => v.stage === 'question');
    expect(aud.qa.question?.text).toBe(text);
    await phone.waitFor<JudgeView>((v) => isJudge(v) && v.myQuestions[0]?.status === 'shown');

    // Answered, with a one-line summary.
    expect(await host.send('question:answered', { questionId: q.id, summary: '统筹整合涉农资金，缺口已落实' })).toMatchObject({ ok: true });
    const answered = await phone.waitFor<JudgeView>((v) => isJudge(v) && v.myQuestions[0]?.status === 'answered');
    expect(answered.myQuestions[0]!.text).toBe(text);
    const after = await screen.waitFor<PublicView>((v) => v.qa.answered.length === 1);
    expect(after.stage).toBe('presenter');
    expect(after.qa.question).toBeNull();
    expect(after.qa.answered[0]).toMatchObject({ id: q.id, text, asker: '县委书记', summary: '统筹整合涉农资金，缺口已落实' });
    expect(after.qa.answered[0]!.answerMs).toBeGreaterThanOrEqual(0);
    const hq = (await host.waitFor<HostView>((v) => isHost(v) && v.questions[0]?.status === 'answered')).questions[0]!;
    expect(hq.answeredAt! - hq.shownAt!).toBe(hq.answerMs);
    expect((await events()).map((e) => e.type).filter((t) => t.startsWith('Question'))).toEqual(['QuestionAsked', 'QuestionShown', 'QuestionAnswered']);
  });

  it('HTML comes back verbatim; questions and comments are in the results per presenter', async () => {
    const { server, created, host, judges, screen, results, events } = await setup();
    const script = '<script>alert(1)</script>';
    const img = '点评 <img src=x onerror="alert(2)"> &amp; 完';
    expect(await host.send('contest:start', {})).toMatchObject({ ok: true });
    // Prepared in advance for p2, before anyone is on stage.
    expect(await judges[0]!.send('question:ask', { presenterId: 'p2', text: '提前准备：产业发展规划？' })).toMatchObject({ ok: true });
    await toQaFromRunning(host);

    expect(await judges[1]!.send('question:ask', { presenterId: 'p1', text: script })).toMatchObject({ ok: true });
    const hv = await host.waitFor<HostView>((v) => isHost(v) && v.questions.some((q) => q.text === script));
    const q = hv.questions.find((x) => x.text === script)!;
    expect(q).toMatchObject({ judgeId: 'j2', original: script });
    // The host fixes nothing in it; shows it; it is answered.
    expect(await host.send('question:show', { questionId: q.id })).toMatchObject({ ok: true });
    expect((await screen.waitFor<PublicView>((v) => v.stage === 'question')).qa.question?.text).toBe(script);
    expect(await host.send('question:answered', { questionId: q.id, summary: '<b>已答</b>' })).toMatchObject({ ok: true });

    // A host-typed question for 评委三, corrected by the host.
    expect(await host.send('question:ask', { presenterId: 'p1', text: '村集体经挤', judgeId: 'j3' })).toMatchObject({ ok: true });
    const typed = (await host.waitFor<HostView>((v) => isHost(v) && v.questions.some((x) => x.text === '村集体经挤'))).questions.find((x) => x.text === '村集体经挤')!;
    expect(typed).toMatchObject({ judgeId: 'j3', source: 'host' });
    expect(await host.send('question:edit', { questionId: typed.id, text: '村集体经济' })).toMatchObject({ ok: true });

    // Comments: a judge types one, the host records one for 评委一; one is put on the screen.
    expect(await judges[2]!.send('comment:add', { presenterId: 'p1', text: img })).toMatchObject({ ok: true });
    expect(await judges[2]!.send('comment:add', { presenterId: 'p1', text: '冒名', judgeId: 'j1' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await host.send('comment:add', { presenterId: 'p1', text: '领导点评：思路清晰', judgeId: 'j1' })).toMatchObject({ ok: true });
    const withComments = await host.waitFor<HostView>((v) => isHost(v) && v.comments.length === 2);
    expect(withComments.comments.map((c) => [c.judgeId, c.by, c.text])).toEqual([
      ['j3', 'judge', img],
      ['j1', 'host', '领导点评：思路清晰'],
    ]);
    const mine = await judges[2]!.waitFor<JudgeView>((v) => isJudge(v) && v.myComments.length === 1);
    expect(mine.myComments[0]!.text).toBe(img);
    const c1 = withComments.comments[0]!.id;
    expect(await host.send('comment:show', { commentId: c1 })).toMatchObject({ ok: true });
    const shown = await screen.waitFor<PublicView>((v) => v.stage === 'comment');
    expect(shown.qa.comment).toEqual({ id: c1, text: img, by: '评委三' });
    expect(await host.send('comment:show', { commentId: null })).toMatchObject({ ok: true });
    expect((await screen.waitFor<PublicView>((v) => v.stage !== 'comment')).qa.comment).toBeNull();

    const doc = await results();
    const p1 = doc.presenters.find((p: any) => p.presenterId === 'p1');
    expect(p1.questions).toHaveLength(2);
    expect(p1.questions[0]).toMatchObject({ asker: '评委二', askerTitle: '县长', source: 'judge', text: script, original: null, status: 'answered', summary: '<b>已答</b>' });
    expect(typeof p1.questions[0].askedAt).toBe('number');
    expect(typeof p1.questions[0].answerSeconds).toBe('number');
    expect(p1.questions[1]).toMatchObject({ asker: '评委三', askerTitle: '', source: 'host', text: '村集体经济', original: '村集体经挤', status: 'waiting', answerSeconds: null });
    expect(p1.comments).toEqual([
      { id: c1, judge: '评委三', by: 'judge', text: img, at: expect.any(Number) },
      { id: expect.any(String), judge: '评委一', by: 'host', text: '领导点评：思路清晰', at: expect.any(Number) },
    ]);
    const p2 = doc.presenters.find((p: any) => p.presenterId === 'p2');
    expect(p2.questions.map((x: any) => [x.asker, x.text, x.status])).toEqual([['评委一', '提前准备：产业发展规划？', 'waiting']]);
    expect(p2.comments).toEqual([]);
    // The raw HTTP body carries the markup as plain JSON string content, not escaped or stripped.
    const raw = await (await fetch(`${server.url}/api/contests/${created.id}/results`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } })).text();
    expect(raw).toContain(script);
    // The event log has them verbatim too.
    const log = await events();
    expect(log.find((e) => e.type === 'QuestionAsked' && e.data.question.judgeId === 'j2')!.data.question.text).toBe(script);
    expect(log.filter((e) => e.type === 'CommentAdded')).toHaveLength(2);
    expect(log.filter((e) => e.type === 'QuestionEdited')).toHaveLength(1);
  });

  it('answers garbage with invalid and changes nothing', async () => {
    const { host, judges, events } = await setup();
    await toQa(host);
    const before = (await freshView<HostView>(host)).rev;
    const logBefore = (await events()).length;
    const j = judges[0]!;
    let n = 0;
    const id = () => `garbage-${String(++n).padStart(4, '0')}`;
    const fromJudge: [string, unknown][] = [
      ['question:ask', { commandId: id(), presenterId: 'p1', text: '' }],
      ['question:ask', { commandId: id(), presenterId: 'p1', text: '   \n  ' }],
      ['question:ask', { commandId: id(), presenterId: 'p1', text: '问'.repeat(301) }],
      ['question:ask', { commandId: id(), presenterId: 'p1', text: 42 }],
      ['question:ask', { commandId: id(), presenterId: 'p1', text: ['数组'] }],
      ['question:ask', { commandId: id(), text: '没有单位' }],
      ['question:ask', { commandId: id(), presenterId: 'p1', text: '多余字段', extra: true }],
      ['question:ask', { commandId: id(), presenterId: 'p1', text: '响铃\u0007' }],
      ['question:ask', { commandId: id(), presenterId: 'p1', text: '空字符\u0000' }],
      ['question:ask', { commandId: id(), presenterId: 'p1', text: '删除\u007f' }],
      ['question:ask', { commandId: id(), presenterId: 'p1', text: '转义\u001b[31m' }],
      ['question:ask', { commandId: id(), presenterId: 'p1', text: '评委', judgeId: 7 }],
      ['question:ask', { presenterId: 'p1', text: '没有命令编号' }],
      ['question:ask', { commandId: 'short', presenterId: 'p1', text: '命令编号太短' }],
      ['question:ask', null],
      ['question:ask', '问题'],
      ['comment:add', { commandId: id(), presenterId: 'p1', text: '' }],
      ['comment:add', { commandId: id(), presenterId: 'p1', text: '评'.repeat(1001) }],
      ['comment:add', { commandId: id(), presenterId: 'p1', text: '铃\u0007' }],
      ['comment:add', { commandId: id(), text: '没有单位' }],
    ];
    for (const [event, payload] of fromJudge) {
      const ack = await j.raw(event, payload);
      expect(ack, `${event} ${JSON.stringify(payload)?.slice(0, 60)}`).toMatchObject({ ok: false, code: 'invalid' });
      expect(ack.ok === false && ack.message.length > 0).toBe(true);
    }
    const fromHost: [string, unknown][] = [
      ['question:ask', { commandId: id(), presenterId: 'p1', text: '', judgeId: 'j1' }],
      ['question:edit', { commandId: id(), questionId: 'q1', text: '' }],
      ['question:edit', { commandId: id(), questionId: 'q1', text: 'x'.repeat(301) }],
      ['question:edit', { commandId: id(), questionId: 'q1', text: '铃\u0007' }],
      ['question:reorder', { commandId: id(), order: [] }],
      ['question:reorder', { commandId: id(), order: 'q1' }],
      ['question:merge', { commandId: id(), questionId: 'q1' }],
      ['question:show', { commandId: id(), questionId: 1 }],
      ['question:hide', { commandId: id(), questionId: 'q1' }],
      ['question:answered', { commandId: id(), questionId: 'q1', summary: '长'.repeat(201) }],
      ['question:answered', { commandId: id(), questionId: 'q1', summary: 5 }],
      ['bank:load', { commandId: id(), questions: [''] }],
      ['bank:load', { commandId: id(), questions: [1, 2] }],
      ['bank:load', { commandId: id(), questions: ['好', 'x'.repeat(301)] }],
      ['bank:load', { commandId: id(), questions: '一个问题' }],
      ['bank:draw', { commandId: id(), seed: 42 }],
      ['comment:show', { commandId: id() }],
      ['comment:show', { commandId: id(), commentId: 5 }],
    ];
    for (const [event, payload] of fromHost) {
      const ack = await host.raw(event, payload);
      expect(ack, `${event} ${JSON.stringify(payload)?.slice(0, 60)}`).toMatchObject({ ok: false, code: 'invalid' });
    }
    const view = await freshView<HostView>(host);
    expect(view.rev).toBe(before);
    expect(view.questions).toEqual([]);
    expect(view.comments).toEqual([]);
    expect(view.bank).toEqual([]);
    expect((await events()).length).toBe(logBefore);
    expect((await freshView<JudgeView>(j)).myQuestions).toEqual([]);

    // Exactly 300 characters (after trimming) is fine, and the text is stored trimmed.
    expect(await j.send('question:ask', { presenterId: 'p1', text: `  ${'问'.repeat(300)}  ` })).toMatchObject({ ok: true });
    const ok = await host.waitFor<HostView>((v) => isHost(v) && v.questions.length === 1);
    expect(ok.questions[0]!.text).toBe('问'.repeat(300));
    expect(ok.rev).toBe(before + 1);
  });

  it('refuses flooding, late questions, impersonation and unknown judges with clear codes, changing nothing', async () => {
    const { host, judges, events } = await setup();
    await toQa(host);
    const j = judges[0]!;
    for (const t of ['第一问', '第二问', '第三问']) expect(await j.send('question:ask', { presenterId: 'p1', text: t })).toMatchObject({ ok: true });
    const rev = (await host.waitFor<HostView>((v) => isHost(v) && v.questions.length === 3)).rev;
    const refusals: [TestClient, string, Record<string, unknown>, string][] = [
      [j, 'question:ask', { presenterId: 'p1', text: '第四问' }, 'rate_limited'],
      [j, 'question:ask', { presenterId: 'p2', text: '给下一位也不行' }, 'rate_limited'],
      [judges[1]!, 'question:ask', { presenterId: 'p1', text: '冒名', judgeId: 'j1' }, 'forbidden'],
      [judges[1]!, 'question:ask', { presenterId: 'p9', text: '没有这个单位' }, 'not_found'],
      [host, 'question:ask', { presenterId: 'p1', text: '代录', judgeId: 'j99' }, 'not_found'],
      [host, 'question:show', { questionId: 'q99' }, 'not_found'],
      [host, 'question:hide', {}, 'wrong_state'],
      [host, 'bank:draw', {}, 'wrong_state'],
    ];
    for (const [client, type, payload, code] of refusals) {
      const ack = await client.send(type as 'question:ask', payload as { presenterId: string; text: string });
      expect(ack, `${type} ${JSON.stringify(payload)}`).toMatchObject({ ok: false, code });
      expect(ack.ok === false && ack.message.length > 0).toBe(true);
    }
    expect((await freshView<HostView>(host)).rev).toBe(rev);
    // Another judge is not slowed down by j1.
    expect(await judges[1]!.send('question:ask', { presenterId: 'p1', text: '评委二的问题' })).toMatchObject({ ok: true });

    // Once p1's Q&A is over, a judge asking for p1 is not_current.
    expect(await host.send('scoring:open', {})).toMatchObject({ ok: true });
    await host.waitFor<HostView>((v) => isHost(v) && v.current?.phase === 'scoring');
    const rev2 = (await freshView<HostView>(host)).rev;
    expect(await judges[2]!.send('question:ask', { presenterId: 'p1', text: '晚了' })).toMatchObject({ ok: false, code: 'not_current' });
    // …but asking in advance for p2 still works.
    expect(await judges[2]!.send('question:ask', { presenterId: 'p2', text: '给下一位' })).toMatchObject({ ok: true });
    const after = await freshView<HostView>(host);
    expect(after.rev).toBe(rev2 + 1);
    expect(after.questions.map((q) => [q.judgeId, q.presenterId, q.text])).toEqual([
      ['j1', 'p1', '第一问'],
      ['j1', 'p1', '第二问'],
      ['j1', 'p1', '第三问'],
      ['j2', 'p1', '评委二的问题'],
      ['j3', 'p2', '给下一位'],
    ]);
    expect((await events()).filter((e) => e.type === 'QuestionAsked')).toHaveLength(5);
  });

  it('the screen and the audience cannot send any Q&A command; judges only ask and comment', async () => {
    const { host, judges, screen, audience } = await setup();
    await toQa(host);
    expect(await judges[0]!.send('question:ask', { presenterId: 'p1', text: '一' })).toMatchObject({ ok: true });
    expect(await judges[1]!.send('question:ask', { presenterId: 'p1', text: '二' })).toMatchObject({ ok: true });
    expect(await host.send('comment:add', { presenterId: 'p1', text: '点评' })).toMatchObject({ ok: true });
    const rev = (await host.waitFor<HostView>((v) => isHost(v) && v.comments.length === 1)).rev;

    const commands: [string, Record<string, unknown>][] = [
      ['question:ask', { presenterId: 'p1', text: '大屏提问' }],
      ['question:edit', { questionId: 'q1', text: '改' }],
      ['question:reorder', { order: ['q2', 'q1'] }],
      ['question:merge', { questionId: 'q2', intoId: 'q1' }],
      ['question:dismiss', { questionId: 'q1' }],
      ['question:show', { questionId: 'q1' }],
      ['question:hide', {}],
      ['question:answered', { questionId: 'q1', summary: '答' }],
      ['bank:load', { questions: ['题'] }],
      ['bank:draw', {}],
      ['comment:add', { presenterId: 'p1', text: '大屏点评' }],
      ['comment:show', { commentId: 'c1' }],
    ];
    for (const client of [screen, audience]) {
      for (const [type, payload] of commands) {
        const ack = await client.send(type as 'question:hide', payload);
        expect(ack, `${client.view?.role} ${type}`).toMatchObject({ ok: false, code: 'forbidden' });
      }
    }
    for (const [type, payload] of commands.filter(([t]) => t !== 'question:ask' && t !== 'comment:add')) {
      expect(await judges[2]!.send(type as 'question:hide', payload), `judge ${type}`).toMatchObject({ ok: false, code: 'forbidden' });
    }
    const view = await freshView<HostView>(host);
    expect(view.rev).toBe(rev);
    expect(view.questions.map((q) => [q.id, q.text, q.status])).toEqual([
      ['q1', '一', 'waiting'],
      ['q2', '二', 'waiting'],
    ]);
    expect(view.bank).toEqual([]);
    expect(view.onScreen).toEqual({ question: null, comment: null });
  });

  it('a draw from the question bank goes on screen and is never drawn again', async () => {
    const { host, screen, events } = await setup();
    const bank = ['如何巩固脱贫攻坚成果？', '村级集体经济如何增收？', '如何推进移风易俗？'];
    expect(await host.send('contest:start', {})).toMatchObject({ ok: true });
    expect(await host.send('bank:load', { questions: bank })).toMatchObject({ ok: true });
    expect(await host.send('bank:draw', {})).toMatchObject({ ok: false, code: 'wrong_state' }); // nobody in Q&A
    await toQaFromRunning(host);

    expect(await host.send('bank:draw', {})).toMatchObject({ ok: true });
    const first = await screen.waitFor<PublicView>((v) => v.stage === 'question');
    expect(first.qa.question).toMatchObject({ asker: null, source: 'bank' });
    expect(bank).toContain(first.qa.question!.text);
    expect(first.qa.bankRemaining).toBe(2);
    const drawnEvent = (await events()).find((e) => e.type === 'BankDrawn')!;
    expect(bank[drawnEvent.data.index]).toBe(first.qa.question!.text);

    // Reload the same bank: the drawn one stays drawn.
    expect(await host.send('bank:load', { questions: [...bank].reverse() })).toMatchObject({ ok: true });
    const hv = await host.waitFor<HostView>((v) => isHost(v) && v.bank[0]?.text === bank[2]);
    expect(hv.bank.filter((b) => b.drawn).map((b) => b.text)).toEqual([first.qa.question!.text]);

    const texts = [first.qa.question!.text];
    for (let i = 0; i < 2; i++) {
      expect(await host.send('bank:draw', {})).toMatchObject({ ok: true });
      const v = await screen.waitFor<PublicView>((x) => x.qa.bankRemaining === 1 - i);
      texts.push(v.qa.question!.text);
    }
    expect([...texts].sort()).toEqual([...bank].sort());
    expect(await host.send('bank:draw', {})).toMatchObject({ ok: false, code: 'wrong_state' });
    const final = await freshView<HostView>(host);
    expect(final.bank.every((b) => b.drawn)).toBe(true);
    // Each draw took the previous bank question off the screen; only the last is up.
    expect(final.questions.map((q) => q.status)).toEqual(['waiting', 'waiting', 'shown']);
    expect(final.onScreen.question).toBe(final.questions[2]!.id);
  });

  it('autoShow, anonymous and answerSeconds: the question goes up at once, without a name, with its countdown', async () => {
    const { host, judges, screen } = await setup({ autoShow: true, anonymous: true, answerSeconds: 45 });
    await toQa(host);
    expect(await judges[0]!.send('question:ask', { presenterId: 'p1', text: '自动上屏的问题' })).toMatchObject({ ok: true });
    const up = await screen.waitFor<PublicView>((v) => v.stage === 'question');
    expect(up.qa.question).toMatchObject({ text: '自动上屏的问题', asker: null, source: 'judge' });
    expect(JSON.stringify(up)).not.toContain('县委书记');
    expect(up.timer).toMatchObject({ kind: 'answer', durationMs: 45_000, running: true });
    expect(up.timer!.endsAt! - Date.now()).toBeGreaterThan(40_000);

    expect(await judges[1]!.send('question:ask', { presenterId: 'p1', text: '排队的问题' })).toMatchObject({ ok: true });
    const hv = await host.waitFor<HostView>((v) => isHost(v) && v.questions.length === 2);
    expect(hv.questions.map((q) => q.status)).toEqual(['shown', 'waiting']);
    expect(await host.send('question:answered', { questionId: hv.questions[0]!.id })).toMatchObject({ ok: true });
    const next = await screen.waitFor<PublicView>((v) => v.qa.question?.text === '排队的问题');
    expect(next.qa.answered.map((q) => q.text)).toEqual(['自动上屏的问题']);
    await judges[1]!.waitFor<JudgeView>((v) => isJudge(v) && v.myQuestions[0]?.status === 'shown');
  });
});

/** From a running contest with nobody on stage, bring the next presenter (p1) into Q&A. */
async function toQaFromRunning(host: TestClient) {
  expect(await host.send('presenter:next', {})).toMatchObject({ ok: true });
  expect(await host.send('phase:qa', {})).toMatchObject({ ok: true });
  await host.waitFor<HostView>((x) => isHost(x) && x.current?.phase === 'qa');
}
