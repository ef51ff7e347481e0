// What a host page loads before it can show anything. While it comes: 加载中…. If it fails (the
// venue's Wi-Fi is where loads fail): the reason and 重试 in its place — never "loading" for
// ever with a toast that goes away. A load that went out for an earlier key (another tier,
// another contest) is ignored when it lands.
import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { commonStrings } from '../strings/common.ts';

export interface Loaded<T> {
  /** The last load's result for the current key, null until it arrives. */
  data: T | null;
  /** Why the last load for the current key failed, null while none has. */
  failed: string | null;
  retry: () => void;
  /** A change the page made itself (the server's answer to an action), until the next load. */
  update: (change: (data: T) => T) => void;
}

/**
 * Loads again whenever `key` changes (and on `retry`); `key` says what the data is of. A new
 * `version` of the same thing (the series after a command) loads again too, the data shown so far
 * staying up meanwhile.
 */
export function useLoaded<T>(load: () => Promise<T>, key: string, version: unknown = 0): Loaded<T> {
  const [state, setState] = useState<{ key: string; data: T | null; failed: string | null } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ key, data, failed: null }),
      (e: unknown) => live && setState((s) => ({ key, data: s?.key === key ? s.data : null, failed: e instanceof Error ? e.message : String(e) })),
    );
    return () => {
      live = false;
    };
  }, [key, version, attempt]); // eslint-disable-line react-hooks/exhaustive-deps
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const update = useCallback((change: (data: T) => T) => setState((s) => (s?.data ? { ...s, data: change(s.data) } : s)), []);
  const mine = state?.key === key ? state : null;
  return { data: mine?.data ?? null, failed: mine?.failed ?? null, retry, update };
}

/** In place of what has not loaded: 加载中…, or the reason it failed with 重试. */
export function NotLoaded({ failed, retry }: { failed: string | null; retry: () => void }) {
  const t = useT(commonStrings);
  if (failed === null) return <p className="muted pad">{t('loading')}</p>;
  return (
    <p className="pad load-failed" role="alert">
      {t('loadFailed', { message: failed })}{' '}
      <button type="button" className="btn btn-small" onClick={retry}>
        {t('retry')}
      </button>
    </p>
  );
}
