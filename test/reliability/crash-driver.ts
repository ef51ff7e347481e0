// A scripted room for the crash loop: a host who runs the show as fast as the server answers
// (over HTTP and over the socket, like the console), judges on their phones who submit bursts
// of amendments when scoring opens, ask questions and comment. Every command goes in the ledger.
import type { CommandType, HostView, JudgeView, View } from '../../shared/protocol/index.ts';
import type { Ledger } from './ledger.ts';
import { Peer, postCommand, type Answer } from './peer.ts';

export const CRASH_TITLE = '擂台赛（崩溃测试）';
export const crashDefinition = {
  title: CRASH_TITLE,
  criteria: [
    { name: '工作成效', max: 60 },
    { name: '汇报表现', max: 40 },
  ],
  judges: ['一', '二', '三', '四', '五'].map((n) => ({ name: `评委${n}` })),
  presenters: [{ unit: '双江街道' }, { unit: '小街街道' }, { unit: '甸中镇' }],
  rules: { reportSeconds: 300, qaSeconds: 120, scoreStep: 1 },
};

export interface AckEvent {
  from: 'host' | 'judge';
  /** The first acknowledgement of a judge's burst, with the rest still in flight. */
  burstFirst: boolean;
}

type Step = { type: CommandType; payload: Record<string, unknown> } | 'wait' | 'new-contest';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Links {
  id: string;
  judges: { id: string; joinUrl: string | null }[];
}

export class CrashDriver {
  stopped = false;
  private peers: Peer[] = [];

  constructor(
    private readonly base: string,
    private readonly token: string,
    private readonly ledger: Ledger,
    private readonly rng: () => number,
    private readonly onAck: (e: AckEvent) => void,
  ) {}

  private pick<T>(xs: readonly T[]): T | undefined {
    return xs[Math.floor(this.rng() * xs.length)];
  }

  private marks = () => [Math.floor(this.rng() * 61), Math.floor(this.rng() * 41)];

  /** Runs the show until stop() or until the server stops answering. */
  async play(): Promise<void> {
    try {
      let links = await this.currentContest();
      while (!this.stopped) {
        const host = await this.join(links);
        if (!host) return;
        const next = await this.hostLoop(host, links.id);
        this.closePeers();
        if (next !== 'new-contest' || this.stopped) return;
        links = await this.createContest();
      }
    } catch {
      // The server was killed under us: that is the point of the exercise.
    } finally {
      this.closePeers();
    }
  }

  stop(): void {
    this.stopped = true;
    this.closePeers();
  }

  private closePeers(): void {
    for (const p of this.peers.splice(0)) p.close();
  }

  private async api<T>(method: string, url: string, body?: unknown): Promise<T> {
    const res = await fetch(this.base + url, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status}`);
    return (await res.json()) as T;
  }

  private createContest = () => this.api<Links>('POST', '/api/contests', crashDefinition);

  /** The newest crash-test contest, or a new one (a create whose answer was lost may exist). */
  private async currentContest(): Promise<Links> {
    const all = await this.api<{ id: string; title: string; createdAt: number }[]>('GET', '/api/contests');
    const mine = all.filter((c) => c.title === CRASH_TITLE).sort((a, b) => b.createdAt - a.createdAt)[0];
    return mine ? this.api<Links>('GET', `/api/contests/${mine.id}/access`) : this.createContest();
  }

  private async join(links: Links): Promise<Peer | null> {
    const host = new Peer(this.base, { role: 'host', token: this.token, contestId: links.id });
    this.peers.push(host);
    const judges = links.judges.flatMap((j) => (j.joinUrl ? [{ id: j.id, peer: new Peer(this.base, { role: 'judge', token: j.joinUrl.split('#')[1] ?? '' }) }] : []));
    for (const j of judges) {
      this.peers.push(j.peer);
      this.judge(j.peer, j.id, links.id);
    }
    try {
      await Promise.all([host.ready(), ...judges.map((j) => j.peer.ready())]);
      return host;
    } catch {
      return null;
    }
  }

  /** Sends one command and writes down what came back. */
  private async send(peer: Peer | null, contestId: string, actor: string, type: CommandType, payload: Record<string, unknown>): Promise<Answer> {
    const { commandId, answer } = peer ? await peer.send(type, payload) : await postCommand(this.base, this.token, contestId, type, payload);
    const result = answer === null ? 'lost' : answer.ok ? 'ok' : 'refused';
    this.ledger.record({ commandId, contestId, type, actor, payload, result, ...(answer?.ok ? { rev: answer.rev } : answer ? { code: answer.code } : {}) });
    if (answer?.ok) this.onAck({ from: actor === 'host' ? 'host' : 'judge', burstFirst: false });
    return answer;
  }

  /** A judge's phone: a burst of submissions (the last one counts) whenever scoring opens. */
  private judge(peer: Peer, judgeId: string, contestId: string): void {
    const burst = new Set<string>();
    let asked = false;
    peer.onView((view: View) => {
      const v = view as JudgeView;
      const cur = v.current;
      if (this.stopped || !cur) return;
      if (cur.phase === 'scoring' && cur.scoringOpen && !burst.has(cur.presenterId)) {
        burst.add(cur.presenterId);
        const n = 1 + Math.floor(this.rng() * 3);
        let first = true;
        for (let k = 0; k < n; k++)
          void this.send(peer, contestId, `judge:${judgeId}`, 'score:submit', { presenterId: cur.presenterId, values: this.marks() }).then((a) => {
            if (!a?.ok || !first) return;
            first = false;
            this.onAck({ from: 'judge', burstFirst: true });
          });
      } else if ((cur.phase === 'report' || cur.phase === 'qa') && !asked && this.rng() < 0.3) {
        asked = true;
        void this.send(peer, contestId, `judge:${judgeId}`, 'question:ask', { presenterId: cur.presenterId, text: `${judgeId} 的问题：措施如何落实？` });
      } else if (cur.phase === 'revealed' && this.rng() < 0.1) {
        void this.send(peer, contestId, `judge:${judgeId}`, 'comment:add', { presenterId: cur.presenterId, text: '工作扎实，亮点突出' });
      }
    });
  }

  private async hostLoop(host: Peer, contestId: string): Promise<'new-contest' | 'stop'> {
    while (!this.stopped) {
      const v = (await host.viewGet()) as HostView | null;
      if (!v || this.stopped) return 'stop';
      const step = this.hostStep(v);
      if (step === 'new-contest') return step;
      if (step === 'wait') {
        await sleep(15);
        continue;
      }
      // Like the console (socket) or a script (HTTP): both paths end in the same pipeline.
      const answer = await this.send(this.rng() < 0.3 ? host : null, contestId, 'host', step.type, step.payload);
      if (answer === null) return 'stop';
      await sleep(Math.floor(this.rng() * 12));
    }
    return 'stop';
  }

  private hostStep(v: HostView): Step {
    const r = this.rng();
    const cmd = (type: CommandType, payload: Record<string, unknown> = {}): Step => ({ type, payload });
    if (v.contest.status === 'setup') return cmd('contest:start');
    if (v.contest.status === 'finished') return r < 0.3 ? cmd('flow:back', { reason: '结束后继续比赛' }) : 'new-contest';
    const cur = v.current;
    const waiting = v.presenters.filter((p) => p.status === 'waiting');
    if (!cur) return v.orderMethod === 'defined' && waiting.length === v.presenters.length && r < 0.5 ? cmd('order:draw') : cmd('presenter:next');
    const p = v.presenters.find((x) => x.id === cur.presenterId);
    const marked = Object.keys(p?.marks ?? {});
    const correct = () => cmd('score:correct', { presenterId: cur.presenterId, judgeId: this.pick(marked), values: this.marks(), reason: '按纸质评分表更正' });
    switch (cur.phase) {
      case 'report':
        if (r < 0.15) return v.timer?.running ? cmd('timer:pause') : cmd('timer:start');
        if (r < 0.25) return cmd('timer:add', { seconds: 30 });
        if (r < 0.35) return cmd('question:ask', { presenterId: cur.presenterId, text: '主持人代为提问：资金从哪里来？' });
        if (r < 0.4) return cmd('flow:back', { reason: '叫错了单位' });
        return cmd('phase:qa');
      case 'qa': {
        const mine = v.questions.filter((q) => q.presenterId === cur.presenterId);
        const waitingQ = mine.filter((q) => q.status === 'waiting');
        const shown = mine.find((q) => q.status === 'shown');
        if (r < 0.2 && waitingQ.length) return cmd('question:show', { questionId: this.pick(waitingQ)!.id });
        if (r < 0.3 && shown) return cmd('question:answered', { questionId: shown.id, summary: '已当场答复' });
        if (r < 0.35 && shown) return cmd('question:hide');
        if (r < 0.4 && v.bank.length === 0) return cmd('bank:load', { questions: Array.from({ length: 40 }, (_, i) => `题库第${i + 1}题：${'如何巩固拆除成果并防止反弹？'.repeat(5)}`) });
        if (r < 0.5 && v.bank.some((b) => !b.drawn)) return cmd('bank:draw');
        if (r < 0.55) return cmd('comment:add', { presenterId: cur.presenterId, text: '主持人记录的点评' });
        if (r < 0.6) return cmd('screen:show', { stage: this.pick(['auto', 'presenter', 'ranking'] as const) });
        return cmd('scoring:open');
      }
      case 'scoring':
        if (!cur.scoringOpen) return r < 0.5 ? cmd('scoring:open') : cmd('scoring:reveal', { allowMissing: true });
        if (marked.length === v.judges.length || r < 0.1) return cmd('scoring:reveal', { allowMissing: true });
        if (r < 0.16 && marked.length) return correct();
        if (r < 0.2) return cmd('scoring:lock');
        return 'wait';
      case 'revealed':
        if (r < 0.1) return cmd('flow:back', { reason: '亮分后核对' });
        if (r < 0.18 && marked.length) return correct();
        return waiting.length ? cmd('presenter:next') : cmd('contest:finish');
    }
  }
}
