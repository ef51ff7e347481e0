// What the projector shows right now (view.screen is its exact public view) and buttons to force
// a stage; "auto" hands the projector back to the run of show.
import { firstPlaceWord } from '../../../shared/contest-kind.ts';
import { useLang, useT } from '../../common/i18n.tsx';
import type { CommandPayload, HostView } from '../../../shared/protocol/index.ts';
import { showsRatingProgress } from '../../common/rating-progress.ts';
import { ratingStrings } from '../strings/rating.ts';
import { runStrings } from '../strings/run.ts';
import { ScreenPreview } from './screen-preview.tsx';
import type { Actions } from './use-actions.ts';

type Forced = CommandPayload<'screen:show'>['stage'];

export function ScreenPanel({ view, actions }: { view: HostView; actions: Actions }) {
  const t = useT(runStrings);
  const tr = useT(ratingStrings);
  const lang = useLang((s) => s.lang);
  const stageNames = {
    welcome: t('stageWelcome'),
    order: t('stageOrder'),
    // The same stage carries the report's clock and then the Q&A's: named as the projector titles it.
    presenter: view.current?.phase === 'qa' ? t('stageQa') : t('stagePresenter'),
    scoring: t('stageScoring'),
    reveal: t('stageReveal'),
    question: t('stageQuestion'),
    comment: t('stageComment'),
    ranking: t('stageRanking'),
    final: t('stageFinal'),
    boards: t('stageBoards'),
    benchmark: t('stageBenchmark'),
  };
  const buttons: [Forced, string][] = [
    ['auto', t('showAuto')],
    ['welcome', t('showWelcome')],
    ['order', t('showOrder')],
    ['ranking', t('showRanking')],
    // 擂主, or 第一名 in a 评比, as the projector then announces it.
    ['final', firstPlaceWord(view.definition.kind, lang)],
    // The series' 红黑榜 (issue 15): only a contest that belongs to a series has one.
    ...(view.definition.series ? [['boards', t('showBoards')] as [Forced, string]] : []),
    // 对标 (issue 16): the chart of the presenter on stage, for their 晒成绩 report.
    ...(view.current ? [['benchmark', t('showBenchmark')] as [Forced, string]] : []),
  ];
  // The lit button is what the projector shows. Stages with no button of their own (汇报, 评分,
  // 亮分, a 评比's progress grid…) only come from following the contest: they light 自动, so one
  // button is always lit, and never 欢迎 under the grid that stands in for it.
  const shown = showsRatingProgress(view.screen) ? 'auto' : view.screen.stage;
  const lit = buttons.some(([stage]) => stage === shown) ? shown : 'auto';
  return (
    <section className="panel screen-panel">
      <header className="panel-head">
        <h2>{t('screen')}</h2>
        <span className="muted small" data-testid="screen-stage">
          {t('screenNow', { stage: showsRatingProgress(view.screen) ? tr('stageProgress') : stageNames[view.screen.stage] })}
        </span>
      </header>
      <div className="screen-body">
        <ScreenPreview screen={view.screen} />
        <div className="screen-buttons">
          {buttons.map(([stage, label]) => (
            <button key={stage} type="button" className={stage === lit ? 'btn btn-small active' : 'btn btn-small'} aria-pressed={stage === lit} onClick={() => actions.show(stage)}>
              {label}
            </button>
          ))}
          <button type="button" className="btn btn-small" data-testid="screen-mute" aria-pressed={view.screen.muted} onClick={() => actions.mute(!view.screen.muted)}>
            {view.screen.muted ? t('soundOff') : t('soundOn')}
          </button>
        </div>
      </div>
    </section>
  );
}
