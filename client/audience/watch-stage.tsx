// One card for what is happening now, and the ranking below it once there is one.
import { useLang, useT } from '../common/i18n.tsx';
import type { PublicView } from '../../shared/protocol/index.ts';
import { formatDate, formatDuration, formatFinal, formatGroupWeight, formatScore, formatSpeaker } from '../../shared/format.ts';
import { currentPresenter, currentResult, markGroups, presenterMap, seats, type Result } from '../screen/format.ts';
import { RankingList } from '../screen/ranking-list.tsx';
import { MarkCard, MissingCard } from '../screen/stages/reveal-stage.tsx';
import { PresenterHeading } from '../screen/stages/presenter-heading.tsx';
import { CriteriaGrid } from '../screen/stages/criteria-grid.tsx';
import { fellBackNote, strings as screenStrings } from '../screen/strings.ts';
import { TimerClock } from '../screen/timer-clock.tsx';
import type { Audience } from './audience.ts';
import { AppraisalLine, AtEndResults } from './appraisal-result.tsx';
import { Ballot } from './ballot.tsx';
import { strings } from './strings.ts';
import { WatchBoards } from './watch-boards.tsx';
import { ratingStrings } from '../screen/rating-strings.ts';
import { WatchBenchmark } from './watch-benchmark.tsx';
import { Phrases } from '../common/phrases.tsx';
import { judgesOnlySoFar } from '../screen/appraisal-live.tsx';

/** The marks by judge group, each with its weight and result, as the projector shows them. */
function RevealGroups({ result, decimals }: { result: Result; decimals: number }) {
  const s = useT(screenStrings);
  return (
    <>
      {markGroups(result).map((g) => (
        <div className="watch__group" key={g.name ?? ''} data-testid={g.name === null ? undefined : 'watch-group'}>
          {g.name !== null && (
            <p className="watch__group-head">
              <span className="watch__group-name">{g.name}</span>
              {g.weight !== null && <span className="watch__dim">{s('groupWeight', { w: formatGroupWeight(g.weight, result.groups) })}</span>}
              {g.value !== null && (
                <span className="watch__group-score">
                  {s('groupScore')} <b>{formatFinal(g.value, decimals)}</b>
                </span>
              )}
            </p>
          )}
          <div className="watch__marks">
            {/* A judge revealed without a score keeps their seat (未评分), as on the projector. */}
            {seats(g).map((c) => (c.mark ? <MarkCard key={c.seat} mark={c.mark} shown struck /> : <MissingCard key={c.seat} mark={c.missing} />))}
          </div>
        </div>
      ))}
    </>
  );
}

function Now({ view, offsetMs }: { view: PublicView; offsetMs: number }) {
  const t = useT(strings);
  const s = useT(screenStrings);
  const r = useT(ratingStrings);
  const lang = useLang((l) => l.lang);
  const p = currentPresenter(view);
  const result = currentResult(view);

  // A 评比 being scored: what the projector's progress grid says, in a line (never a value).
  const rating = view.rating?.units ?? [];
  if (rating.some((u) => u.state === 'open' || u.state === 'locked') && view.stage !== 'ranking' && view.stage !== 'boards' && view.stage !== 'final') {
    const locked = rating.every((u) => u.state !== 'open');
    return (
      <section className="watch__card" data-testid="watch-rating-progress">
        <h2 className="watch__h2">{r('title')}</h2>
        <p className="watch__scoring">{locked ? r('locked') : r('subtitle', { done: rating.filter((u) => u.submitted >= u.expected).length, total: rating.length })}</p>
      </section>
    );
  }
  if (view.stage === 'welcome' || (view.stage === 'order' && view.order.length === 0)) {
    const c = view.contest;
    return (
      <section className="watch__card watch__welcome">
        {c.theme && (
          <p className="watch__theme">
            <Phrases text={c.theme} />
          </p>
        )}
        <p className="watch__meta">{[formatDate(c.date, lang), c.venue].filter(Boolean).join(' · ')}</p>
      </section>
    );
  }
  if (view.stage === 'order') {
    const names = presenterMap(view);
    return (
      <section className="watch__card">
        <h2 className="watch__h2">{t('order')}</h2>
        <ol className="watch__order">
          {view.order.map((id) => (
            <li key={id}>
              <span className="watch__unit">{names.get(id)?.unit}</span> <span className="watch__dim">{names.get(id)?.speaker}</span>
            </li>
          ))}
        </ol>
      </section>
    );
  }
  if (view.stage === 'final') {
    const names = presenterMap(view);
    const champions = view.champions.flatMap((id) => names.get(id) ?? []);
    // Each with who spoke for it, as the projector names them (党委书记 施明).
    return champions.length > 0 ? (
      <section className="watch__card watch__champion" data-testid="champion">
        <p className="watch__champion-label">{champions.length > 1 ? s('sharedChampion') : s('champion')}</p>
        {champions.map((c) => (
          <div key={c.id} className="watch__champion-one">
            <p className="watch__champion-names">{c.unit}</p>
            {formatSpeaker(c) && <p className="watch__champion-speaker">{formatSpeaker(c)}</p>}
          </div>
        ))}
      </section>
    ) : null;
  }
  // On the 红黑榜 the boards card (WatchBoards) stands for what the projector shows.
  if (!p || view.stage === 'ranking' || view.stage === 'boards') return null;
  return (
    <section className="watch__card" data-stage={view.stage}>
      <PresenterHeading view={view} presenter={p} size="small" />
      {view.stage === 'question' && view.qa.question && (
        <div className="watch__words">
          <p className="watch__words-label">{s('question')}</p>
          <p className="watch__words-text">{view.qa.question.text}</p>
          {view.qa.question.asker && <p className="watch__dim">{s('askedBy', { who: view.qa.question.asker })}</p>}
        </div>
      )}
      {view.stage === 'comment' && view.qa.comment && (
        <div className="watch__words">
          <p className="watch__words-label">{s('comment')}</p>
          <p className="watch__words-text">{view.qa.comment.text}</p>
          {view.qa.comment.by && <p className="watch__dim">{s('commentBy', { who: view.qa.comment.by })}</p>}
        </div>
      )}
      {(view.stage === 'presenter' || view.stage === 'question') && view.timer && <TimerClock timer={view.timer} offsetMs={offsetMs} />}
      {view.stage === 'benchmark' && view.benchmark && <WatchBenchmark benchmark={view.benchmark} />}
      {view.stage === 'scoring' && view.progress && (
        <p className="watch__scoring">
          {s('scoring')} <b>{view.progress.submitted}/{view.progress.expected}</b>
        </p>
      )}
      {view.stage === 'reveal' && result && (
        <>
          <RevealGroups result={result} decimals={view.contest.decimals} />
          <CriteriaGrid view={view} marks={markGroups(result).flatMap((g) => g.marks)} struck />
          <p className="watch__final">
            {s('finalScore')} <b>{formatFinal(result.final, view.contest.decimals)}</b>
          </p>
          {result.penalty > 0 && <p className="watch__dim">{s('penalty', { t: formatDuration(result.overtimeSeconds), n: formatScore(result.penalty) })}</p>}
          {result.fellBackToMean && <p className="watch__dim">{fellBackNote(s, result)}</p>}
          {view.appraisal && result.appraisal && (view.appraisal.opens === 'perPresenter' || result.appraisal.pending) && (
            <AppraisalLine line={result.appraisal} raw={result.raw} appraisal={view.appraisal} decimals={view.contest.decimals} />
          )}
        </>
      )}
    </section>
  );
}

export function WatchStage({ view, offsetMs, audience }: { view: PublicView; offsetMs: number; audience: Audience }) {
  const t = useT(strings);
  const s = useT(screenStrings);
  return (
    <main className="watch__main">
      {view.boards && <WatchBoards boards={view.boards} />}
      <Ballot view={view} audience={audience} />
      <Now view={view} offsetMs={offsetMs} />
      <AtEndResults view={view} />
      {view.ranking.length > 0 && (
        <section className="watch__card">
          {/* Final once the contest is over, also while the projector shows the 红黑榜 after it. */}
          <h2 className="watch__h2">{view.stage === 'final' || view.contest.status === 'finished' ? t('finalRanking') : t('rankingTitle')}</h2>
          {judgesOnlySoFar(view) && (
            <p className="watch__dim" data-testid="judges-only">
              {s('rankingJudgesOnly')}
            </p>
          )}
          {/* The presenter on stage is marked while the contest runs; the final ranking marks nobody. */}
          <RankingList view={view} highlight={view.contest.status === 'finished' ? null : (view.current?.presenterId ?? null)} className="watch__ranking" />
        </section>
      )}
    </main>
  );
}
