// What a judge's phone keeps across reloads and dead Wi-Fi: the submissions not yet acknowledged
// (held by the outbox, client/judge/outbox.ts), and the values typed for each presenter before
// submitting. Both are keyed by the link token, so two judges sharing a phone (or a reissued
// link) never see each other's.
import { newCommandId } from '../common/ids.ts';

export interface ScoreItem {
  /** Made once when the judge confirms; every resend reuses it so the server applies it once. */
  commandId: string;
  presenterId: string;
  values: number[];
  /** Device time of the confirmation, for ordering only. */
  createdAt: number;
}

const DEVICE_KEY = 'leitai:device';

/**
 * This phone's id, sent with the judge's handshake so that the server counts devices, not
 * connections, per link: the same phone reconnecting (or a second tab on it) is not "another
 * device". Kept for every link on the phone; without storage it lasts as long as the page.
 */
export function deviceId(): string {
  const kept = readJson(DEVICE_KEY);
  if (typeof kept === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(kept)) return kept;
  const id = newCommandId();
  writeJson(DEVICE_KEY, id);
  return id;
}

export const scoresKey = (token: string) => `leitai:outbox:${token}`;
const draftKey = (token: string, presenterId: string) => `leitai:draft:${token}:${presenterId}`;

export function readJson(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null; // private mode or a corrupt entry: behave as if nothing was stored
  }
}

export function writeJson(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the in-memory copy still gets the submission out while the page lives.
  }
}

export const isScoreItem = (x: unknown): x is ScoreItem => {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return (
    typeof o.commandId === 'string' &&
    typeof o.presenterId === 'string' &&
    Array.isArray(o.values) &&
    o.values.every((v) => typeof v === 'number') &&
    typeof o.createdAt === 'number'
  );
};

/** Drafts are the raw texts of the fields, so a half-typed "36." survives a reload as typed. */
export function loadDraft(token: string, presenterId: string): string[] | null {
  const raw = readJson(draftKey(token, presenterId));
  return Array.isArray(raw) && raw.every((v) => typeof v === 'string') ? (raw as string[]) : null;
}

export function saveDraft(token: string, presenterId: string, texts: string[] | null): void {
  writeJson(draftKey(token, presenterId), texts);
}
