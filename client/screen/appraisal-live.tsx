// 民主测评 on the projector while it runs: the turnout only ("民主测评中 142/180"), never a
// running distribution, which would sway the voters still to vote. Plus the small rules of when
// the results show, shared by the stages.
import { useT } from '../common/i18n.tsx';
import type { PublicView } from '../../shared/protocol/index.ts';
import { appraisalStrings } from './appraisal-strings.ts';

type Appraisal = NonNullable<PublicView['appraisal']>;

/** Voting is open: a round on the presenter (with the judges' scoring) or on all at the end. */
export const votingOpen = (view: PublicView): boolean => (view.appraisal?.open.length ?? 0) > 0;

/** With one ballot for all at the end, once it closed, the ranking stage lists every presenter's appraisal. */
export function atEndBoard(view: PublicView): boolean {
  const a = view.appraisal;
  return a !== null && a.opens === 'atEnd' && a.open.length === 0 && view.revealed.some((r) => r.appraisal !== null && !r.appraisal.pending);
}

/**
 * Some revealed score is the judges' alone until a 民主测评 still to close counts in: a ranking
 * shown now must say so, or the hall reads it as the result (one ballot at the end can reorder it).
 */
export const judgesOnlySoFar = (view: PublicView): boolean => view.revealed.some((r) => r.appraisal?.pending === true);

/** 凭测评码 / 开放测评 (the host's and the report's words): printed on every result so that nobody mistakes one for the other. */
export function useElectorate() {
  const t = useT(appraisalStrings);
  return (a: Pick<Appraisal, 'electorate'>) => t(a.electorate === 'codes' ? 'codes' : 'open');
}

/** "民主测评中 142/180" (codes) or "民主测评中 · 已有 142 人投票" (open); nothing while closed. */
export function AppraisalLive({ view, size }: { view: PublicView; size: 'large' | 'bar' }) {
  const t = useT(appraisalStrings);
  const a = view.appraisal;
  if (!a || a.open.length === 0) return null;
  return (
    <p className={`alive alive--${size}`} data-testid="appraisal-turnout" role="status">
      <span className="alive__pulse" aria-hidden="true" />
      <span className="alive__label">{t('live')}</span>
      <span className="alive__count">{a.eligible === null ? t('liveOpen', { n: a.turnout }) : t('liveCount', { n: a.turnout, total: a.eligible })}</span>
    </p>
  );
}
