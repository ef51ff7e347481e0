// What 退回一步 will do to what the room has already given, said in its dialog before the host
// confirms: "这一步会被撤回" alone hid that judges had submitted and the hall was voting.
import type { HostView } from '../../../shared/protocol/index.ts';
import type { runStrings } from '../strings/run.ts';

type T = (key: keyof (typeof runStrings)['zh'], vars?: Record<string, string | number>) => string;

/** The consequences for the presenter on stage (none for a 评比's reveal or a finished contest). */
export function backConsequences(v: HostView, t: T, turnout: string | null): string[] {
  const cur = v.current;
  if (!cur || v.contest.status === 'finished') return [];
  const marks = Object.keys(v.presenters.find((p) => p.id === cur.presenterId)?.marks ?? {}).length;
  const voting = v.appraisal?.open.includes(cur.presenterId) === true && turnout !== null;
  switch (cur.phase) {
    case 'scoring':
      return [...(marks > 0 ? [t('backKeepsMarks', { n: marks })] : []), ...(voting ? [t('backVotingGoesOn', { turnout })] : [])];
    case 'report':
      return [...(marks > 0 ? [t('backDropsMarks', { n: marks })] : []), ...(voting ? [t('backDropsVotes', { turnout })] : [])];
    default:
      return [];
  }
}
