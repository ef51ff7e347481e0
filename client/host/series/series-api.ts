// The series routes (docs/http-api.md "Series"), answers parsed with the zod schemas the server
// is documented by. Commands carry an optional command id: a paste sent twice is entered once.
import { z } from 'zod';
import type { SeriesDefInput } from '../../../shared/series/definition.ts';
import type { SeriesCommandName } from '../../../shared/series/commands.ts';
import { LedgerCorrectedData, SeriesCommandAnswer, SeriesDetail, SeriesLogLine, SeriesStandings, SeriesSummary } from '../../../shared/protocol/http.ts';
import { request } from '../api.ts';

export type { LedgerEntryLine, SeriesContestLine, SeriesDetail, SeriesStandings, SeriesSummary, SeriesUnitLine, StoredSeriesDefinition } from '../../../shared/protocol/http.ts';

const path = (id: string) => `/series/${encodeURIComponent(id)}`;

export const seriesApi = {
  list: () => request(z.array(SeriesSummary), 'GET', '/series'),
  get: (id: string) => request(SeriesDetail, 'GET', path(id)),
  create: (def: SeriesDefInput) => request(SeriesSummary, 'POST', '/series', def),
  command: (id: string, type: SeriesCommandName, payload: Record<string, unknown>, commandId?: string) =>
    request(SeriesCommandAnswer, 'POST', `${path(id)}/commands`, { type, ...payload, ...(commandId ? { commandId } : {}) }),
  events: (id: string) => request(z.array(SeriesLogLine), 'GET', `${path(id)}/events`),
  standings: (id: string, tierId: string, periodId: string) =>
    request(SeriesStandings, 'GET', `${path(id)}/standings?tier=${encodeURIComponent(tierId)}&period=${encodeURIComponent(periodId)}`),
};


/** Each correction's own reason (kept in the log, not on the entry), by the correcting entry's id. */
export async function correctionReasons(id: string): Promise<Map<string, string>> {
  const log = await seriesApi.events(id);
  return new Map(
    log.flatMap((e) => {
      const d = e.type === 'LedgerCorrected' ? LedgerCorrectedData.safeParse(e.data) : null;
      return d?.success ? [[d.data.entry.id, d.data.reason] as const] : [];
    }),
  );
}

// Command ids come from client/common/ids.ts (works on plain http, where randomUUID does not).
export { newCommandId } from '../../common/ids.ts';
