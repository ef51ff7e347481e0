// What an audience phone keeps across reloads: its device id, and per contest the ballot code it
// was given (or the voter token it was handed, open electorate) and the last ballot the server
// acknowledged, so that a reload still says "已提交" with the choice. The code is kept here and
// taken out of the address bar (main-watch.tsx), so a screenshot of the phone does not show it.

const DEVICE_KEY = 'leitai:audience-device';
const codeKey = (contestId: string) => `leitai:ballot-code:${contestId}`;
const tokenKey = (contestId: string) => `leitai:voter-token:${contestId}`;
const ballotKey = (contestId: string) => `leitai:ballot:${contestId}`;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage disabled (some in-app browsers): behave as a fresh phone
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage full or disabled: the page still works while it is open.
  }
}

/** 16 random bytes as 22 characters of base64url; getRandomValues works on plain http too. */
function newDeviceId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** This phone's id, sent at every audience handshake: the server lets a code vote from one phone at a time. */
export function deviceId(): string {
  const kept = read(DEVICE_KEY);
  if (kept && /^[A-Za-z0-9_-]{16,64}$/.test(kept)) return kept;
  const id = newDeviceId();
  write(DEVICE_KEY, id);
  return id;
}

export const loadCode = (contestId: string) => read(codeKey(contestId));
export const saveCode = (contestId: string, code: string | null) => write(codeKey(contestId), code);
export const loadToken = (contestId: string) => read(tokenKey(contestId));
export const saveToken = (contestId: string, token: string | null) => write(tokenKey(contestId), token);

/** Option id by presenter id: what this voter last had acknowledged. */
export type Choices = Record<string, string>;

/** The acknowledged ballot of this voter; another voter's (a new code on the same phone) is not theirs. */
export function loadBallot(contestId: string, voter: string): Choices {
  try {
    const raw = JSON.parse(read(ballotKey(contestId)) ?? 'null') as unknown;
    if (typeof raw !== 'object' || raw === null) return {};
    const o = raw as { voter?: unknown; choices?: unknown };
    if (o.voter !== voter || typeof o.choices !== 'object' || o.choices === null) return {};
    return Object.fromEntries(Object.entries(o.choices).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

export function saveBallot(contestId: string, voter: string, choices: Choices): void {
  write(ballotKey(contestId), JSON.stringify({ voter, choices }));
}
