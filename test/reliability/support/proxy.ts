// A TCP link between one client and the server, standing in for a phone's Wi-Fi: it can drop
// the connection, refuse new ones (out of range), or swallow what the server sends (an ack lost
// on the way back) before dropping. It forwards to a port, so the server behind it may restart.
import net from 'node:net';

export class Link {
  private readonly server: net.Server;
  private readonly pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  private offline = false;
  private swallow = false;
  port = 0;
  /** Connections dropped by `cut` while open. */
  cuts = 0;

  constructor(private readonly upstreamPort: number) {
    this.server = net.createServer((client) => this.accept(client));
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private accept(client: net.Socket): void {
    if (this.offline) return void client.destroy();
    const upstream = net.connect(this.upstreamPort, '127.0.0.1');
    const pair = { client, upstream };
    this.pairs.add(pair);
    const drop = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (d) => upstream.write(d));
    upstream.on('data', (d) => this.swallow || client.write(d));
    for (const s of [client, upstream]) {
      s.on('error', drop);
      s.on('close', drop);
    }
  }

  /** Drops every open connection, as when a phone walks out of range. */
  cut(): void {
    for (const p of [...this.pairs]) {
      this.cuts++;
      p.client.destroy();
      p.upstream.destroy();
    }
    this.pairs.clear();
  }

  /** Out of range for `ms`: open connections dropped, new ones refused. */
  async outage(ms: number): Promise<void> {
    this.offline = true;
    this.cut();
    await new Promise((r) => setTimeout(r, ms));
    this.offline = false;
  }

  /**
   * The server's answers stop arriving for `ms`, then the connection drops: whatever the client
   * sent meanwhile was received and acknowledged, but the client never saw the ack.
   */
  async loseAnswers(ms: number): Promise<void> {
    this.swallow = true;
    await new Promise((r) => setTimeout(r, ms));
    this.cut();
    this.swallow = false;
  }

  close(): Promise<void> {
    this.cut();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
