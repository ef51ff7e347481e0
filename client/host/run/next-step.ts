// The one obvious next step of the run of show, computed from the host view alone:
// start → (draw) → first presenter → start timer → questions → scoring → reveal → next … → finish.
import type { HostView } from '../../../shared/protocol/index.ts';
import { openable, roundOpen } from './appraisal-round.ts';

export type StepKey = 'start' | 'first' | 'next' | 'timer' | 'qa' | 'score' | 'reveal' | 'finish' | 'appraisalOpen' | 'appraisalClose' | 'none';

/**
 * With 民主测评, between presenters and before finishing: a round still open is closed first (the
 * server refuses to finish with one open, and the hall's vote belongs to the presenter just
 * heard); with `opens: atEnd`, everyone having presented, the unified vote comes before finishing.
 */
export function nextStep(v: HostView): StepKey {
  const step = showStep(v);
  if (step !== 'next' && step !== 'finish') return step;
  if (roundOpen(v)) return 'appraisalClose';
  return step === 'finish' && v.appraisal?.opens === 'atEnd' && openable(v).length > 0 ? 'appraisalOpen' : step;
}

function showStep(v: HostView): StepKey {
  if (v.contest.status === 'setup') return 'start';
  if (v.contest.status === 'finished') return 'none';
  const cur = v.current;
  if (!cur || cur.phase === 'revealed') {
    const waiting = v.presenters.some((p) => p.status === 'waiting');
    if (!waiting) return 'finish';
    return v.presenters.some((p) => p.status === 'active' || p.status === 'done') ? 'next' : 'first';
  }
  switch (cur.phase) {
    case 'report': {
      const t = v.timer;
      // A report clock that has never run is started first; once it has, the next step is Q&A.
      return t && !t.running && t.remainingMs === t.durationMs ? 'timer' : 'qa';
    }
    case 'qa':
      return 'score';
    case 'scoring':
      return 'reveal';
  }
}

/** Judges (by name) who have not submitted for the current presenter. */
export function missingJudges(v: HostView): string[] {
  const cur = v.presenters.find((p) => p.id === v.current?.presenterId);
  if (!cur) return [];
  return v.judges.filter((j) => !cur.marks[j.id]).map((j) => j.name);
}

export const unitOf = (v: HostView, id: string) => v.presenters.find((p) => p.id === id)?.unit ?? id;
