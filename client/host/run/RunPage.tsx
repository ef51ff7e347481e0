// The run of show on one 1440×900 screen: the queue on the left; presenter, timer and the next
// step, questions and comments in the middle; judges and the projector preview on the right.
import { useHostView } from '../host-session.ts';
import { JudgePanel } from './JudgePanel.tsx';
import { NextStepPanel } from './NextStepPanel.tsx';
import { QaPanel } from '../qa/QaPanel.tsx';
import { QueuePanel } from './QueuePanel.tsx';
import { ScreenPanel } from './ScreenPanel.tsx';
import { ShortcutLegend } from './ShortcutLegend.tsx';
import { StagePanel } from './StagePanel.tsx';
import { TimerPanel } from './TimerPanel.tsx';
import { useActions } from './use-actions.ts';
import { useShortcuts } from './use-shortcuts.ts';

export function RunPage() {
  const view = useHostView();
  const actions = useActions();
  useShortcuts(actions);
  if (!view) return null;
  return (
    <div className="run">
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
        <JudgePanel view={view} />
        <ScreenPanel view={view} actions={actions} />
      </div>
    </div>
  );
}
