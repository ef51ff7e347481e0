// The series' rules in words, where a standing is shown: how a period score is made, how the
// periods add up, what breaks a tie, who goes on the boards (docs/series.md).
import { useT } from '../../common/i18n.tsx';
import { formatScore } from '../../../shared/format.ts';
import { seriesStrings } from '../strings/series.ts';
import type { StoredSeriesDefinition } from './series-api.ts';

type T = ReturnType<typeof useT<keyof (typeof seriesStrings)['zh']>>;

export function periodRule(def: StoredSeriesDefinition, t: T): string {
  return t('rulePeriod', { c: formatScore(def.periodScore.contest), l: formatScore(def.periodScore.ledger), d: def.decimals });
}

export function cumulativeRule(method: StoredSeriesDefinition['cumulative'], t: T): string {
  if (method.method === 'sum') return t('ruleSum');
  if (method.method === 'average') return t(method.absent === 'skip' ? 'ruleAverageSkip' : 'ruleAverageZero');
  return t('ruleRankPoints', { list: method.rankPoints.map(formatScore).join(' / ') });
}

export function tieRule(def: StoredSeriesDefinition, t: T): string {
  if (def.tieBreak.length === 0) return t('ruleTieShared');
  const name = { contest: t('tieContest'), ledger: t('tieLedger'), latestPeriod: t('tieLatest') };
  return t('ruleTie', { chain: def.tieBreak.map((x) => name[x]).join(t('listSep')) });
}

export function boardRules(rule: StoredSeriesDefinition['boards'], t: T): { red: string; black: string } {
  return {
    red: rule.red.by === 'top' ? t('ruleRedTop', { n: rule.red.count }) : t('ruleRedAtLeast', { x: formatScore(rule.red.score) }),
    black: rule.black.by === 'bottom' ? t('ruleBlackBottom', { n: rule.black.count }) : t('ruleBlackAtMost', { x: formatScore(rule.black.score) }),
  };
}

export function RulesSummary({ def }: { def: StoredSeriesDefinition }) {
  const t = useT(seriesStrings);
  const boards = boardRules(def.boards, t);
  return (
    <ul className="rules-summary" data-testid="series-rules">
      <li>{periodRule(def, t)}</li>
      <li>{cumulativeRule(def.cumulative, t)}</li>
      <li>{tieRule(def, t)}</li>
      <li>
        {t('redBoard')}
        {t('colon')}
        {boards.red}
      </li>
      <li>
        {t('blackBoard')}
        {t('colon')}
        {boards.black}
      </li>
    </ul>
  );
}
