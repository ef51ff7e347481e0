// The one obvious next step of the run of show, computed from the host view alone:
// start → (draw) → first presenter → start timer → questions → scoring → reveal → next … → finish;
// in a 评比 (nobody on stage): start → open scoring for every unit → reveal all → finish.
import type { HostView } from '../../../shared/protocol/index.ts';
import { openable, roundOpen } from './appraisal-round.ts';

export type StepKey = 'start' | 'first' | 'next' | 'timer' | 'qa' | 'score' | 'reveal' | 'finish' | 'appraisalOpen' | 'appraisalClose' | 'openAll' | 'revealAll' | 'none';

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
  if (v.screen.rating) return ratingStep(v.screen.rating.units);
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

/** A unit being scored (open or locked) is revealed before any still waiting is opened. */
function ratingStep(units: { state: string }[]): StepKey {
  if (units.some((u) => u.state === 'open' || u.state === 'locked')) return 'revealAll';
  return units.some((u) => u.state === 'waiting') ? 'openAll' : 'finish';
}

/** Judges (by name) who have not submitted for the current presenter. */
export function missingJudges(v: HostView): string[] {
  return missing(v).map((j) => j.name);
}

/**
 * Those of them whose phone is offline now: their marks may be filled in and waiting on the phone
 * (it sends them once back on the Wi-Fi), so revealing at once may leave them out for nothing.
 */
export function missingOffline(v: HostView): string[] {
  return missing(v)
    .filter((j) => !j.online)
    .map((j) => j.name);
}

function missing(v: HostView): HostView['judges'] {
  const cur = v.presenters.find((p) => p.id === v.current?.presenterId);
  if (!cur) return [];
  return v.judges.filter((j) => !cur.marks[j.id]);
}

export const unitOf = (v: HostView, id: string) => v.presenters.find((p) => p.id === id)?.unit ?? id;
