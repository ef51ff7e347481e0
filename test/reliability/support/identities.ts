// Who may connect, and as whom: helpers for the access matrix.
import { randomUUID } from 'node:crypto';
import type { Ack, CommandType, HandshakeAuth } from '../../../shared/protocol/index.ts';
import { connect, TestClient } from '../../support/server.ts';
import { samples } from './samples.ts';

export interface Cell {
  identity: string;
  type: CommandType;
  note: string;
  ack: Ack;
  /** `probe()` just before the command was sent and just after its answer. */
  before: string;
  after: string;
}

/**
 * Sends each command over `auth`'s connection, a fresh connection every `perConnection` commands
 * so that the rate limit (a burst of 30) never answers in place of the access check.
 */
export async function sendAll(
  url: string,
  auth: HandshakeAuth,
  identity: string,
  commands: { type: CommandType; extra?: Record<string, unknown>; note?: string }[],
  afterEach: (cell: Cell) => void,
  probe: () => string,
  perConnection = 15,
): Promise<Cell[]> {
  const cells: Cell[] = [];
  for (let i = 0; i < commands.length; i += perConnection) {
    const client = await connect(url, auth);
    try {
      for (const { type, extra, note } of commands.slice(i, i + perConnection)) {
        const before = probe();
        const ack = await client.raw(type, { commandId: randomUUID(), ...samples[type], ...extra });
        const cell = { identity, type, note: note ?? '', ack, before, after: probe() };
        cells.push(cell);
        afterEach(cell);
      }
    } finally {
      client.close();
    }
  }
  return cells;
}

/** The connect_error a handshake gets, or null if it was accepted. */
export async function handshakeError(url: string, auth: unknown): Promise<{ code: string; message: string } | null> {
  const client = new TestClient(url, auth as HandshakeAuth);
  try {
    await client.connected();
    return null;
  } catch (e) {
    const err = e as Error & { data?: { code?: string } };
    return { code: err.data?.code ?? '', message: err.message };
  } finally {
    client.close();
  }
}
