// The projector page: one stage at a time, as the host drives it; nothing to click.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLang, useT } from '../common/i18n.tsx';
import type { PublicView } from '../../shared/protocol/index.ts';
import { BenchmarkStage } from './stages/benchmark-stage.tsx';
import { BoardsStage } from './stages/boards-stage.tsx';
import { CommentStage } from './stages/comment-stage.tsx';
import { FinalStage } from './stages/final-stage.tsx';
import { OrderStage } from './stages/order-stage.tsx';
import { PresenterStage } from './stages/presenter-stage.tsx';
import { QuestionStage } from './stages/question-stage.tsx';
import { RankingStage } from './stages/ranking-stage.tsx';
import { RatingProgressStage } from './stages/rating-progress-stage.tsx';
import { showsRatingProgress } from '../common/rating-progress.ts';
import { RevealStage } from './stages/reveal-stage.tsx';
import { ScoringStage } from './stages/scoring-stage.tsx';
import { WelcomeStage } from './stages/welcome-stage.tsx';
import { AppraisalLive } from './appraisal-live.tsx';
import { unlockAudio } from './beep.ts';
import { JoinCard, joinInCorner } from './join-card.tsx';
import { createMoments, momentKey, useMute, type PublicSession } from './store.ts';
import { strings } from './strings.ts';
import { useFit } from './use-fit.ts';
import { useScreenControls } from './use-screen-controls.ts';

function Stage({ view, offsetMs, live }: { view: PublicView; offsetMs: number; live: boolean }): ReactNode {
  if (showsRatingProgress(view)) return <RatingProgressStage view={view} />;
  // Keys remount a stage for each new moment, so its animation starts over.
  switch (view.stage) {
    case 'welcome':
      return <WelcomeStage view={view} />;
    case 'order':
      return <OrderStage key={momentKey(view)} view={view} live={live} />;
    case 'presenter':
      return <PresenterStage view={view} offsetMs={offsetMs} />;
    case 'question':
      return <QuestionStage key={momentKey(view) ?? 'question'} view={view} offsetMs={offsetMs} live={live} />;
    case 'comment':
      return <CommentStage view={view} />;
    case 'scoring':
      return <ScoringStage view={view} />;
    case 'reveal':
      return <RevealStage key={momentKey(view)} view={view} live={live} />;
    case 'ranking':
      return <RankingStage view={view} />;
    case 'final':
      return <FinalStage view={view} />;
    case 'boards':
      return <BoardsStage view={view} />;
    case 'benchmark':
      return <BenchmarkStage view={view} />;
    default: {
      // A stage this build does not know yet: show the contest rather than nothing.
      const unknown: never = view.stage;
      void unknown;
      return <WelcomeStage view={view} />;
    }
  }
}

/**
 * The contest's name along the top, except on the welcome page where it is the content, and on
 * the 红黑榜, which is the series' (its own heading names the series, tier and period).
 */
function TopBar({ view }: { view: PublicView }) {
  const hidden = view.stage === 'welcome' || view.stage === 'boards';
  const title = useFit<HTMLSpanElement>(`${hidden}:${view.contest.title}`, 2.8, 2);
  if (hidden) return null;
  return (
    <div className="topbar">
      <span className="topbar__title" ref={title}>
        {view.contest.title}
      </span>
      {/* The scoring stage shows the turnout large in its middle; elsewhere it waits up here. */}
      {view.stage !== 'scoring' && <AppraisalLive view={view} size="bar" />}
      {view.contest.tier && <span className="topbar__tier">{view.contest.tier}</span>}
    </div>
  );
}

/** After this long unclicked, the prompt folds to a bell in the corner: a projector nobody has
 * clicked yet must not keep a button over the stage's foot (the 红黑榜's issuer, a chart's legend). */
const PROMPT_FOLDS_MS = 12_000;

function SoundPrompt({ label }: { label: string }) {
  const [folded, setFolded] = useState(false);
  useEffect(() => {
    const h = setTimeout(() => setFolded(true), PROMPT_FOLDS_MS);
    return () => clearTimeout(h);
  }, []);
  return (
    <button type="button" className={folded ? 'sound-prompt is-folded' : 'sound-prompt'} data-testid="sound-prompt" title={label} aria-label={label} onClick={unlockAudio}>
      {folded ? '' : label}
    </button>
  );
}

export function ScreenApp({ session }: { session: PublicSession }) {
  const t = useT(strings);
  const { view, status, denied, offsetMs } = session.useSession();
  const lang = useLang((s) => s.lang);
  const muted = useMute((s) => s.muted) || Boolean(view?.muted);
  const { hint, idle, toast, soundLocked } = useScreenControls();
  const moments = useMemo(() => createMoments(), []);
  const live = useMemo(() => (view ? moments.observe(view) : false), [moments, view]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = view ? `${view.contest.title} · ${t('pageTitle')}` : t('pageTitle');
  }, [lang, view, t]);

  return (
    <div className={`screen${idle ? ' is-idle' : ''}`}>
      {status === 'denied' ? (
        <div className="screen__notice">
          <p className="screen__notice-title">{t('denied')}</p>
          {denied && <p>{denied}</p>}
        </div>
      ) : view ? (
        <>
          <TopBar view={view} />
          <main className="screen__stage">
            <Stage view={view} offsetMs={offsetMs} live={live} />
            {joinInCorner(view) && <JoinCard view={view} size="corner" />}
          </main>
        </>
      ) : (
        <div className="screen__notice">{t('connecting')}</div>
      )}
      {view && status !== 'online' && status !== 'denied' && (
        <div className="corner corner--offline" role="status">
          <span className="corner__dot" />
          {t('reconnecting')}
        </div>
      )}
      {muted && <div className="corner corner--muted">{t('mutedBadge')}</div>}
      {soundLocked && !muted && <SoundPrompt label={t('soundPrompt')} />}
      {hint && <div className="hint">{t('hint')}</div>}
      {toast && <div className="toast">{t(toast)}</div>}
    </div>
  );
}
