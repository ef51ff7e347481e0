// The room for the chaos test: a server on a fixed port that can be restarted from its data
// directory, and every device (host, screen, seven judges) behind its own Link, so that each
// one's network can be cut on its own. Judges score like people: enter values, submit, amend.
import { startLeitai, type Leitai } from '../../../server/app.ts';
import type { Ack, HostView, JudgeView, View } from '../../../shared/protocol/index.ts';
import { freePort } from '../../support/child.ts';
import { HOST_TOKEN, tempDir, tokenOf } from '../../support/server.ts';
import { createContest } from './contest.ts';
import { Link } from './proxy.ts';
import { RetryingClient } from './retrying-client.ts';

export interface Acked {
  commandId: string;
  presenterId: string;
  values: number[];
}

export class JudgeDevice {
  readonly acked: Acked[] = [];
  readonly replaced: string[] = [];
  readonly refused: Ack[] = [];
  readonly sent = new Set<string>();
  constructor(
    readonly id: string,
    readonly link: Link,
    readonly client: RetryingClient,
  ) {}

  /** Submits marks; resolves when the server has answered (however many reconnects that takes). */
  submit(presenterId: string, values: number[]): Promise<void> {
    const { commandId, done } = this.client.send('score:submit', { presenterId, values }, { replaceUnsent: (p) => p.presenterId === presenterId });
    this.sent.add(commandId);
    return done.then((ack) => {
      if (ack.ok) this.acked.push({ commandId, presenterId, values });
      else if (ack.message === 'replaced before sending') this.replaced.push(commandId);
      else this.refused.push(ack);
    });
  }

  lastAcked(presenterId: string): number[] | undefined {
    return this.acked.filter((a) => a.presenterId === presenterId).at(-1)?.values;
  }
}

/** Random marks on the fixture's grid: 工作成效 0–60, 汇报表现 0–40, steps of 0.5. */
export const randomMarks = () => [Math.floor(Math.random() * 121) / 2, Math.floor(Math.random() * 81) / 2];

export class ChaosRoom {
  server!: Leitai;
  restarts = 0;
  readonly resyncs: { who: string; viewRev: number; serverRev: number; before: number }[] = [];
  private constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  static async open(): Promise<ChaosRoom> {
    const room = new ChaosRoom(tempDir(), await freePort());
    await room.start();
    return room;
  }

  private async start(): Promise<void> {
    this.server = await startLeitai({ port: this.port, host: '127.0.0.1', dataDir: this.dataDir, hostToken: HOST_TOKEN, publicUrl: 'http://leitai.test', offlineGraceMs: 500 });
  }

  /** Stops the server and starts a new one on the same data directory and port. */
  async restart(downMs: number): Promise<void> {
    await this.server.close();
    await new Promise((r) => setTimeout(r, downMs));
    await this.start();
    this.restarts++;
  }

  rev(contestId: string): number {
    return this.server.contests.get(contestId)!.state.rev;
  }

  /** A device behind its own link; its first view after every reconnect is checked against the server. */
  async device(who: string, auth: ConstructorParameters<typeof RetryingClient>[1], contestId: string): Promise<{ link: Link; client: RetryingClient }> {
    const link = await new Link(this.port).listen();
    const client = new RetryingClient(link.url, auth);
    let before = 0;
    client.socket.on('disconnect', () => (before = client.view?.rev ?? 0));
    client.onResync = (v: View) => this.resyncs.push({ who, viewRev: v.rev, serverRev: this.rev(contestId), before });
    await client.until(() => true);
    return { link, client };
  }

  async contest() {
    const created = await createContest(this.server.url);
    const host = await this.device('host', { role: 'host', token: HOST_TOKEN, contestId: created.id }, created.id);
    const screen = await this.device('screen', { role: 'screen', token: tokenOf(created.screenUrl) }, created.id);
    const judges: JudgeDevice[] = [];
    for (const [i, j] of created.judges.entries()) {
      // Like the pad: one device id per phone, so a reconnect is the same device, not a second one.
      const d = await this.device(`j${i + 1}`, { role: 'judge', token: tokenOf(j.joinUrl), device: `chaos-phone-${i + 1}` }, created.id);
      judges.push(new JudgeDevice(`j${i + 1}`, d.link, d.client));
    }
    return { created, host, screen, judges };
  }
}

export const hostMarks = (v: View | null, presenterId: string) => (v as HostView).presenters.find((p) => p.id === presenterId)!.marks;
export const myMarks = (v: View | null) => (v as JudgeView).myMarks;
