// What the phone keeps for 提问 and 点评: the notes (questions and comments) not yet acknowledged,
// and the half-written text per presenter. Keyed by the link token, like the scores.
import { readJson, writeJson } from './storage.ts';

export type NoteKind = 'question' | 'comment';

export interface NoteItem {
  kind: NoteKind;
  /** Made once when the judge taps send; every resend reuses it so the server records it once. */
  commandId: string;
  presenterId: string;
  /** Already trimmed: the server compares resends by content, so the text must never change. */
  text: string;
  /** Device time of the tap, for ordering only. */
  createdAt: number;
}

/** The most a server accepts, per kind (shared/protocol/commands-qa.ts: question:ask and comment:add). */
export const MAX_CHARS: Record<NoteKind, number> = { question: 300, comment: 1000 };

export const notesKey = (token: string) => `leitai:notes:${token}`;
const textDraftKey = (token: string, kind: NoteKind, presenterId: string) => `leitai:${kind}-draft:${token}:${presenterId}`;
const openKey = (token: string, box: string) => `leitai:open:${token}:${box}`;

export const isNote = (x: unknown): x is NoteItem => {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return (
    (o.kind === 'question' || o.kind === 'comment') &&
    typeof o.commandId === 'string' &&
    typeof o.presenterId === 'string' &&
    typeof o.text === 'string' &&
    typeof o.createdAt === 'number'
  );
};

export function loadTextDraft(token: string, kind: NoteKind, presenterId: string): string {
  const raw = readJson(textDraftKey(token, kind, presenterId));
  return typeof raw === 'string' ? raw : '';
}

export function saveTextDraft(token: string, kind: NoteKind, presenterId: string, text: string): void {
  writeJson(textDraftKey(token, kind, presenterId), text === '' ? null : text);
}

/** Whether a collapsible box was left open: the leader who comments keeps 点评 open all day. */
export function loadOpen(token: string, box: string): boolean {
  return readJson(openKey(token, box)) === true;
}

export function saveOpen(token: string, box: string, open: boolean): void {
  writeJson(openKey(token, box), open ? true : null);
}
