// What the series report's sections share: the page writer, the series and the finals of its
// contests, names by id, and the facts the caller brings from the series' event log.
import type { ContestFinals } from '../../shared/series/standings.ts';
import { canonicalUnit, type SeriesState } from '../../shared/series/state.ts';
import type { Writer } from './pdf-kit-helpers.ts';
import { unitName } from './series-text.ts';

export interface SeriesReportInput {
  state: SeriesState;
  /** Finals of the series' linked contests (standings.ts ContestFinals). */
  finals: ContestFinals;
  /** SHA-256 (hex) of the series' event log, computed by the caller: printed on every page. */
  eventsHash: string;
  /** Why each correction was made, by correcting entry id (series-text.ts correctionReasons(events)). */
  correctionReasons?: ReadonlyMap<string, string>;
  /** The tiers to report, in the series' order; all when left out. */
  tierIds?: readonly string[];
  generatedAt: Date;
}

export interface SeriesReportContext {
  w: Writer;
  state: SeriesState;
  finals: ContestFinals;
  correctionReasons: ReadonlyMap<string, string>;
  unitName: (id: string) => string;
  /** The unit a (possibly merged) unit id counts for now. */
  canonical: (id: string) => string;
}

export function seriesReportContext(w: Writer, input: SeriesReportInput): SeriesReportContext {
  const { state } = input;
  return {
    w,
    state,
    finals: input.finals,
    correctionReasons: input.correctionReasons ?? new Map(),
    unitName: (id) => unitName(state, id),
    canonical: (id) => canonicalUnit(state, id),
  };
}
