// The run of show on one 1440×900 screen: the queue on the left; presenter, timer and the next
// step, questions and comments in the middle; judges and the projector preview on the right.
import { useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { AppraisalPanel } from './appraisal-panel.tsx';
import { useHostView, useOffline } from '../host-session.ts';
import { commonStrings } from '../strings/common.ts';
import { JudgePanel } from './judge-panel.tsx';
import { NextStepPanel } from './next-step-panel.tsx';
import { QaPanel } from '../qa/qa-panel.tsx';
import { QueuePanel } from './queue-panel.tsx';
import { RatingPanel } from './rating-panel.tsx';
import { ScreenPanel } from './screen-panel.tsx';
import { ShortcutLegend } from './shortcut-legend.tsx';
import { StagePanel } from './stage-panel.tsx';
import { TimerPanel } from './timer-panel.tsx';
import { useActions } from './use-actions.ts';
import { useShortcuts } from './use-shortcuts.ts';

export function RunPage() {
  const view = useHostView();
  const actions = useActions();
  const offline = useOffline();
  const t = useT(commonStrings);
  // 评比: the unit whose marks the judge panel shows (nobody is on stage to pick it).
  const [focus, setFocus] = useState<string | null>(null);
  useShortcuts(actions, offline);
  if (!view) return null;
  // A 评比 has no stage, clock or Q&A: the unit table takes the left and middle columns.
  if (view.contest.kind === 'rating')
    return (
      <fieldset className="run run-rating" disabled={offline} title={offline ? t('offlineReason') : undefined} data-testid="run">
        <div className="run-center">
          <NextStepPanel view={view} actions={actions} />
          <RatingPanel view={view} actions={actions} focusId={focus} onFocus={setFocus} />
        </div>
        <div className="run-right">
          <JudgePanel view={view} offline={offline} focusId={focus} />
          <AppraisalPanel view={view} actions={actions} />
          <ScreenPanel view={view} actions={actions} />
        </div>
      </fieldset>
    );
  // Offline, every control of the run is disabled at once (a disabled fieldset disables its
  // buttons and fields); the banner above and this title say why.
  return (
    <fieldset className="run" disabled={offline} title={offline ? t('offlineReason') : undefined} data-testid="run">
      <div className="run-left">
        <QueuePanel view={view} actions={actions} />
      </div>
      {/* During Q&A the moderation queue is the work, so the clock gives it room. */}
      <div className={view.current?.phase === 'qa' ? 'run-center qa-focus' : 'run-center'}>
        <StagePanel view={view} />
        <TimerPanel view={view} actions={actions} />
        <NextStepPanel view={view} actions={actions} />
        <QaPanel view={view} />
        <ShortcutLegend />
      </div>
      <div className="run-right">
        <JudgePanel view={view} offline={offline} />
        <AppraisalPanel view={view} actions={actions} />
        <ScreenPanel view={view} actions={actions} />
      </div>
    </fieldset>
  );
}
