// 亮分: each judge's total appears in turn, the dropped highest and lowest are struck out,
// then the group results, the final score and the running ranking follow.
import { useEffect, useState, type CSSProperties } from 'react';
import { useT } from '../../common/i18n.tsx';
import type { PublicView } from '../../../shared/protocol/index.ts';
import { formatDuration, formatFinal, formatGroupWeight, formatScore } from '../../../shared/format.ts';
import { currentPresenter, currentResult, markGroups, seats, type Mark, type MissingMark } from '../format.ts';
import { RankingList } from '../ranking-list.tsx';
import { fellBackNote, strings } from '../strings.ts';
import { AppraisalResult } from './appraisal-result.tsx';
import { CriteriaGrid } from './criteria-grid.tsx';
import { PresenterHeading } from './presenter-heading.tsx';

const STEP_MS = 400;

/** The reveal's progress in steps: marks one per step, then strike, groups, final, ranking. */
function useSteps(total: number, live: boolean): number {
  const [step, setStep] = useState(live ? 0 : total);
  useEffect(() => {
    if (!live) return;
    const id = setInterval(() => setStep((s) => (s >= total ? s : s + 1)), STEP_MS);
    return () => clearInterval(id);
  }, [total, live]);
  return step;
}

export function MarkCard({ mark, shown, struck }: { mark: Mark; shown: boolean; struck: boolean }) {
  const t = useT(strings);
  const dropped = struck ? mark.dropped : null;
  return (
    <div className={`mark${shown ? ' is-shown' : ''}${dropped ? ` is-dropped is-${dropped}` : ''}`} data-seat={mark.seat}>
      <span className="mark__who">{mark.name ?? t('judgeSeat', { n: mark.seat })}</span>
      <span className="mark__total">{shown ? formatScore(mark.total) : ''}</span>
      <span className="mark__tag">{dropped === 'highest' ? t('highest') : dropped === 'lowest' ? t('lowest') : ''}</span>
    </div>
  );
}

/** A judge who had not scored when the host revealed anyway: in their seat, so the count adds up. */
export function MissingCard({ mark }: { mark: MissingMark }) {
  const t = useT(strings);
  return (
    <div className="mark is-shown is-missing" data-seat={mark.seat} data-testid="missing-mark">
      <span className="mark__who">{mark.name ?? t('judgeSeat', { n: mark.seat })}</span>
      <span className="mark__total">—</span>
      <span className="mark__tag">{t('notScored')}</span>
    </div>
  );
}

export function RevealStage({ view, live }: { view: PublicView; live: boolean }) {
  const t = useT(strings);
  const p = currentPresenter(view);
  const result = currentResult(view);
  const groups = result ? markGroups(result) : [];
  const count = groups.reduce((n, g) => n + g.marks.length, 0);
  const step = useSteps(count + 4, live);
  if (!p || !result) return null;

  const struck = step > count;
  const groupsShown = step > count + 1;
  const finalShown = step > count + 2;
  const rankingShown = step > count + 3;
  // Each weight as a share of all, whatever scale the host typed them in (0.6/0.4 or 60/40).
  // Few judges get big cards; many still fit without scrolling.
  const cards = count + groups.reduce((n, g) => n + g.missing.length, 0);
  const scale = cards <= 4 ? 1.45 : cards <= 7 ? 1.2 : cards <= 12 ? 1 : cards <= 20 ? 0.78 : 0.6;
  let index = 0;

  return (
    <section className="stage stage--reveal" data-stage="reveal" data-complete={rankingShown}>
      <PresenterHeading view={view} presenter={p} size="small" />
      <div className="reveal" style={{ '--card-scale': scale } as CSSProperties}>
        <div className="reveal__marks">
          {groups.map((g) => (
            <div className={`mgroup${g.name === null ? ' mgroup--plain' : ''}`} key={g.name ?? ''}>
              {g.name !== null && (
                <div className="mgroup__head">
                  <span className="mgroup__name">{g.name}</span>
                  {g.weight !== null && <span className="mgroup__weight">{t('groupWeight', { w: formatGroupWeight(g.weight, result.groups) })}</span>}
                  <span className={`mgroup__result${groupsShown ? ' is-shown' : ''}`}>
                    {groupsShown && g.value !== null && (
                      <>
                        <small>{t('groupScore')}</small>
                        {formatFinal(g.value, view.contest.decimals)}
                      </>
                    )}
                  </span>
                </div>
              )}
              <div className="mgroup__cards">
                {/* In seat order, a missing judge in their own seat; only the marks take steps. */}
                {seats(g).map((c) => (c.mark ? <MarkCard key={c.seat} mark={c.mark} shown={step > index++} struck={struck} /> : <MissingCard key={c.seat} mark={c.missing} />))}
              </div>
            </div>
          ))}
          <CriteriaGrid view={view} marks={groups.flatMap((g) => g.marks)} struck={struck} />
          <AppraisalResult view={view} result={result} shown={finalShown} />
        </div>
        <aside className="reveal__side">
          <div className={`final${finalShown ? ' is-shown' : ''}`}>
            <p className="final__label">{t('finalScore')}</p>
            <p className="final__value" data-testid="final-score">
              {finalShown ? formatFinal(result.final, view.contest.decimals) : ''}
            </p>
            {finalShown && result.penalty > 0 && (
              <p className="final__penalty">
                {/* With the appraisal counted, its combination line already ends in this score. */}
                <span>{result.raw !== null && result.appraisal?.component == null && t('rawScore', { n: formatFinal(result.raw, view.contest.decimals) })}</span>
                <span>{t('penalty', { t: formatDuration(result.overtimeSeconds), n: formatScore(result.penalty) })}</span>
              </p>
            )}
            {finalShown && result.fellBackToMean && (
              <p className="final__note" data-testid="fell-back">
                {fellBackNote(t, result)}
              </p>
            )}
          </div>
          <div className={`reveal__ranking${rankingShown ? ' is-shown' : ''}`}>
            <p className="reveal__ranking-title">{t('rankingTitle')}</p>
            {rankingShown && <RankingList view={view} highlight={p.id} limit={6} />}
          </div>
        </aside>
      </div>
    </section>
  );
}
