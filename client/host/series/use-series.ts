// The open series, loaded over HTTP and loaded again after each command the host runs, so every
// tab shows what the server holds (there is no socket for a series: only the host acts on it).
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, refused, type Refused } from '../api.ts';
import { toast } from '../ui/toast.tsx';
import { seriesApi, type SeriesDetail } from './series-api.ts';
import { fresher, useLoadAgain } from '../ui/load-again.ts';

export function useSeries(id: string) {
  const [series, setSeries] = useState<SeriesDetail | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  // Why the last load failed: shown in place of the page until the series first arrives
  // (ui/loaded.tsx), then, for a reload after a command, as a toast over what is shown.
  const [failed, setFailed] = useState<string | null>(null);
  const shown = useRef(false);
  shown.current = series !== null;
  /** `quiet`: a load in the background (below) says nothing when it fails; the next one may work. */
  const reload = useCallback(async (quiet = false) => {
    try {
      const loaded = await seriesApi.get(id);
      setSeries((shown) => fresher(shown, loaded));
      setFailed(null);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return setMissing(e.message);
      const message = e instanceof Error ? e.message : String(e);
      setFailed(message);
      if (shown.current && !quiet) toast(message);
    }
  }, [id]);
  useEffect(() => void reload(), [reload]);
  // Changes made elsewhere (another window, a contest revealed, the API) show without a reload of
  // the page: loaded again when the operator comes back to this window, and every 30 s while it
  // is in view. The 设置 form, keyed by the definition, starts again only if that really changed.
  const quietly = useCallback(() => void reload(true), [reload]);
  useLoadAgain(quietly, 30_000, true);
  return { series, missing, failed, reload };
}

export type SeriesCommandResult = { ok: true; duplicate: boolean } | Refused;

/** Runs a series command; a refusal comes back with the server's words and its per-row issues. */
export async function runCommand(id: string, type: Parameters<typeof seriesApi.command>[1], payload: Record<string, unknown>, commandId?: string): Promise<SeriesCommandResult> {
  try {
    const answer = await seriesApi.command(id, type, payload, commandId);
    return { ok: true, duplicate: answer.duplicate === true };
  } catch (e) {
    if (e instanceof ApiError) return refused(e);
    return { ok: false, message: String(e), issues: [], lines: [String(e)] };
  }
}
