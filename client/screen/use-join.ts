// The audience's links for the projector's QR code and join code, from the public GET /join/:id
// (docs/http-api.md "Joining"): built on the server's public URL, because the projector itself
// is often opened on localhost, an address no phone can reach.
import { useEffect, useState } from 'react';
import type { JoinInfo } from '../../shared/protocol/http.ts';

/** A shape check, not a zod parse: the projector's bundle stays free of zod, like the session's. */
function isJoinInfo(x: unknown): x is JoinInfo {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return typeof o.audienceUrl === 'string' && typeof o.joinUrl === 'string' && typeof o.joinCode === 'string' && /^\d{6}$/.test(o.joinCode);
}

const RETRY_MS = 10_000;

/** null until the server answered; asked again every 10 s while it does not (a restart, Wi-Fi). */
export function useJoin(contestId: string): JoinInfo | null {
  const [info, setInfo] = useState<{ id: string; join: JoinInfo } | null>(null);
  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      try {
        const res = await fetch(`/join/${encodeURIComponent(contestId)}`);
        const body: unknown = res.ok ? await res.json() : null;
        if (!stop && isJoinInfo(body)) return setInfo({ id: contestId, join: body });
      } catch {
        // Offline for a moment: the retry below.
      }
      if (!stop) timer = setTimeout(() => void ask(), RETRY_MS);
    };
    void ask();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [contestId]);
  return info?.id === contestId ? info.join : null;
}
