// The pad's layout: who I am, who is on stage, what I can do now, what I scored before.
// While the presenter reports or answers, asking is what a judge does, so 提问 comes first; once
// scoring starts the score sheet sits right under the presenter and Q&A folds away below it.
// A 评比 has no stage: its pad is the list of units to score (rating-pad.tsx, fetched on demand).
import type { JudgeView } from '../../shared/protocol/index.ts';
import { LangSwitch, useT } from '../common/i18n.tsx';
import { AskCard } from './ask-card.tsx';
import { CommentBox } from './comment-box.tsx';
import { Denied } from './denied.tsx';
import { DeviceNotice } from './device-notice.tsx';
import { Header } from './header.tsx';
import { History } from './history.tsx';
import { MyQuestions } from './my-questions.tsx';
import { OfflineNotice } from './offline-notice.tsx';
import { useJudgePad } from './pad-store.ts';
import { PresenterCard } from './presenter-card.tsx';
import { RatingPadLoader } from './rating-pad-loader.tsx';
import { RefusalNotices } from './refusal-notices.tsx';
import { ScoringArea } from './scoring-area.tsx';
import { strings } from './strings.ts';

export function JudgeApp() {
  const t = useT(strings);
  const { session } = useJudgePad();
  const status = session.useSession((s) => s.status);
  const view = session.useSession((s) => s.view);

  if (status === 'denied') return <Denied />;
  if (!view)
    return (
      <main className="jp-loading" aria-busy="true">
        <div className="jp-spinner" aria-hidden="true" />
        <p>{t('loading')}</p>
      </main>
    );

  return (
    <div className="jp">
      <Header view={view} status={status} />
      <main className="jp-main">
        <OfflineNotice status={status} />
        <DeviceNotice view={view} />
        {view.contest.kind === 'rating' ? <RatingPadLoader view={view} /> : <ArenaPad view={view} />}
      </main>
      <footer className="jp-footer">
        <span>{t('brand')}</span>
        <LangSwitch className="jp-lang" />
      </footer>
    </div>
  );
}

function ArenaPad({ view }: { view: JudgeView }) {
  const phase = view.current?.phase;
  const asking = phase === 'report' || phase === 'qa';
  return (
    <>
      <PresenterCard view={view} />
      <RefusalNotices view={view} />
      {asking ? (
        <>
          <AskCard view={view} />
          <MyQuestions view={view} />
          <ScoringArea view={view} />
        </>
      ) : (
        <>
          <ScoringArea view={view} />
          <AskCard view={view} />
          <MyQuestions view={view} />
        </>
      )}
      <CommentBox view={view} />
      <History view={view} />
    </>
  );
}
