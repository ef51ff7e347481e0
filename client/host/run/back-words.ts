// What 退回一步 will do, said in its dialog before the host confirms: where the stage goes and
// what becomes of the clock and the projector, then what the room has already given (marks, the
// hall's ballots). "这一步会被撤回" alone hid that judges had submitted and the hall was voting,
// and that going back from a report puts the last unit's reveal on the projector again.
// (shared/domain/decide.ts stepBack is the rule this describes.)
import type { HostView } from '../../../shared/protocol/index.ts';
import type { runStrings } from '../strings/run.ts';

type T = (key: keyof (typeof runStrings)['zh'], vars?: Record<string, string | number>) => string;

/** The consequences for the presenter on stage, or of reopening a finished contest (none for a 评比's reveal). */
export function backConsequences(v: HostView, t: T, turnout: string | null): string[] {
  const cur = v.current;
  if (v.contest.status === 'finished') return [t('backReopens')];
  if (!cur) return [];
  const marks = Object.keys(v.presenters.find((p) => p.id === cur.presenterId)?.marks ?? {}).length;
  const voting = v.appraisal?.open.includes(cur.presenterId) === true && turnout !== null;
  switch (cur.phase) {
    case 'revealed':
      return [t('backUnreveals')];
    case 'scoring':
      return [t('backToQa'), ...(marks > 0 ? [t('backKeepsMarks', { n: marks })] : []), ...(voting ? [t('backVotingGoesOn', { turnout })] : [])];
    case 'qa':
      return [t('backToReport')];
    case 'report': {
      const before = v.presenters.some((p) => p.phase === 'revealed' && p.id !== cur.presenterId);
      return [t(before ? 'backToQueueAfter' : 'backToQueue'), ...(marks > 0 ? [t('backDropsMarks', { n: marks })] : []), ...(voting ? [t('backDropsVotes', { turnout })] : [])];
    }
  }
}
