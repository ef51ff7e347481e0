// A socket.io-client parser for simulated phones. The wire format is socket.io's own (the
// server is untouched); only the decoding of `view` events is lazy: instead of JSON.parse of a
// 10-50 KB view, it reads the two numbers the benchmark needs (rev, progress.submitted) from
// the text. Why: 2,000 real phones parse their views on 2,000 CPUs; 2,000 simulated ones share
// one core, and full parsing there would measure the client process instead of the server.
// Every other packet (connect, acks, errors) is decoded in full.
import { EventEmitter } from 'node:events';

/** What a lazily decoded `view` carries to the benchmark's listener. */
export interface ViewInfo {
  rev: number;
  /** progress.submitted of a public view, null when there is none (not scoring, or not public). */
  submitted: number | null;
  bytes: number;
}

interface Packet {
  type: number;
  nsp: string;
  id?: number;
  data?: unknown;
}

const VIEW_EVENT = '2["view",';

function readView(str: string): ViewInfo {
  const rev = /"rev":(\d+)/.exec(str.slice(0, 400));
  const at = str.indexOf('"progress":{"submitted":');
  const submitted = at < 0 ? null : Number(/^\d+/.exec(str.slice(at + 24, at + 40))?.[0] ?? NaN);
  return { rev: rev ? Number(rev[1]) : -1, submitted, bytes: str.length };
}

/** socket.io-parser's text format: type digit, optional "/nsp,", optional ack id, JSON data. */
function decodeString(str: string): Packet {
  const type = Number(str.charAt(0));
  if (str.startsWith(VIEW_EVENT)) return { type, nsp: '/', data: ['view', readView(str)] };
  let i = 1;
  let nsp = '/';
  if (str.charAt(1) === '/') {
    const comma = str.indexOf(',', 1);
    nsp = str.slice(1, comma < 0 ? str.length : comma);
    i = comma < 0 ? str.length : comma + 1;
  }
  let digits = '';
  while (i < str.length && str.charCodeAt(i) >= 48 && str.charCodeAt(i) <= 57) digits += str.charAt(i++);
  const packet: Packet = { type, nsp };
  if (digits) packet.id = Number(digits);
  if (i < str.length) packet.data = JSON.parse(str.slice(i)) as unknown;
  return packet;
}

class Encoder {
  encode(p: Packet): string[] {
    let s = String(p.type);
    if (p.nsp && p.nsp !== '/') s += `${p.nsp},`;
    if (p.id !== undefined && p.id !== null) s += String(p.id);
    if (p.data !== undefined) s += JSON.stringify(p.data);
    return [s];
  }
}

class Decoder extends EventEmitter {
  add(data: unknown): void {
    if (typeof data !== 'string') throw new Error('binary packets are not used by Leitai');
    this.emit('decoded', decodeString(data));
  }
  destroy(): void {
    this.removeAllListeners();
  }
}

/** Pass as `parser` in socket.io-client options. */
export const lazyViewParser = { Encoder, Decoder };
