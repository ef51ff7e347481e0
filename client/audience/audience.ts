// The audience page's connection and who it votes as. A phone watches without a voter; with a
// ballot code (codes electorate) or a voter token (open electorate) the same page can vote. A
// voter changes only at the handshake, so taking or dropping one replaces the connection, and
// the last view is carried over so the page does not flash "connecting".
import { create } from 'zustand';
import { createSession } from '../common/session.ts';
import type { PublicView } from '../../shared/protocol/index.ts';
import type { VoterToken } from '../../shared/protocol/http.ts';
import type { PublicSession } from '../screen/store.ts';
import { deviceId, loadCode, loadToken, saveCode, saveToken } from './voter-storage.ts';
import { oneLanguage } from '../../shared/issue-words.ts';
import { useLang } from '../common/i18n.tsx';

/** The server's "中文 (English)": a phone in the hall reads one language, its own. */
const said = (message: string) => oneLanguage(message, useLang.getState().lang);

export interface Voter {
  kind: 'code' | 'token';
  /** The code as printed, or the server-signed token. */
  value: string;
}

export interface AudienceState {
  session: PublicSession;
  voter: Voter | null;
  /** The server refused this code at the door (unknown, voided, in use on another phone), in its words. */
  refusal: { code: string; message: string } | null;
  /** Why no voter token could be had (open electorate); null while none was asked or it came. */
  tokenError: string | null;
  /** The view of the connection replaced last, shown until the new one has its own. */
  carry: PublicView | null;
}

export interface Audience {
  useAudience: import('zustand').UseBoundStore<import('zustand').StoreApi<AudienceState>>;
  /** Votes with this code (printed form) from now on, on this phone, for this contest. */
  useCode: (code: string) => void;
  /** Asks the server for this phone's voter token again (after a failure). */
  fetchToken: () => void;
}

/** The answer of POST /api/contests/:id/voter, checked by shape: the phones' bundle carries no zod. */
const isVoterToken = (x: unknown): x is VoterToken => typeof x === 'object' && x !== null && typeof (x as { token?: unknown }).token === 'string';

export function createAudience(contestId: string): Audience {
  const device = deviceId();
  const connect = (voter: Voter | null) =>
    createSession<PublicView>({ role: 'audience', contestId, device, ...(voter ? { voter: voter.value } : {}) });
  const kept = loadCode(contestId);
  const token = loadToken(contestId);
  const first: Voter | null = kept ? { kind: 'code', value: kept } : token ? { kind: 'token', value: token } : null;
  const useAudience = create<AudienceState>(() => ({ session: connect(first), voter: first, refusal: null, tokenError: null, carry: null }));

  let unwatch = () => {};
  /** Replaces the connection (the old one is closed for good) and watches the new one. */
  function switchTo(voter: Voter | null, patch: Partial<AudienceState> = {}): void {
    const old = useAudience.getState().session;
    unwatch();
    const carry = old.useSession.getState().view ?? useAudience.getState().carry;
    old.close();
    useAudience.setState({ ...patch, session: connect(voter), voter, carry });
    watch();
  }

  let tokenTried = false;
  let fetching = false;
  async function fetchToken(): Promise<void> {
    if (fetching) return;
    fetching = true;
    tokenTried = true;
    useAudience.setState({ tokenError: null });
    try {
      const res = await fetch(`/api/contests/${encodeURIComponent(contestId)}/voter`, { method: 'POST' });
      const body = (await res.json().catch(() => null)) as unknown;
      if (res.ok && isVoterToken(body)) {
        saveToken(contestId, body.token);
        switchTo({ kind: 'token', value: body.token });
      } else {
        const message = (body as { error?: { message?: string } } | null)?.error?.message;
        useAudience.setState({ tokenError: message ? said(message) : `HTTP ${res.status}` });
      }
    } catch {
      useAudience.setState({ tokenError: 'network' });
    } finally {
      fetching = false;
    }
  }

  function onChange(s: { view: PublicView | null; status: string; denied: string | null }): void {
    const { voter } = useAudience.getState();
    if (s.status === 'denied' && voter) {
      // Refused at the door because of the voter: keep watching without one. A code is forgotten
      // (the voter types it again, or another); a token is fetched afresh once.
      if (voter.kind === 'code') {
        saveCode(contestId, null);
        queueMicrotask(() => switchTo(null, { refusal: { code: voter.value, message: said(s.denied ?? '') } }));
      } else {
        // E.g. the host token was changed, which voids every phone's token: one fresh token.
        saveToken(contestId, null);
        const again = !tokenTried;
        queueMicrotask(() => {
          switchTo(null, { tokenError: again ? null : s.denied && said(s.denied) });
          if (again) void fetchToken();
        });
      }
      return;
    }
    // The open electorate: every phone votes with a token it asks for once.
    if (s.view?.appraisal?.electorate === 'open' && !voter && !tokenTried) void fetchToken();
  }

  function watch(): void {
    const { session } = useAudience.getState();
    unwatch = session.useSession.subscribe(onChange);
    onChange(session.useSession.getState());
  }
  watch();

  return {
    useAudience,
    useCode: (code) => {
      saveCode(contestId, code);
      switchTo({ kind: 'code', value: code }, { refusal: null });
    },
    fetchToken: () => void fetchToken(),
  };
}
