// Every run-of-show action with its confirmations, shared by the buttons and the shortcuts.
// Reads the freshest view at the moment of acting, so a shortcut never acts on a stale render.
import { useMemo, useRef } from 'react';
import { remainingMs } from '../../common/clock.ts';
import { useLang, useT } from '../../common/i18n.tsx';
import { formatClock, formatElapsed } from '../../../shared/format.ts';
import type { CommandPayload } from '../../../shared/protocol/index.ts';
import { useCommand, useHostSession } from '../host-session.ts';
import { commonStrings } from '../strings/common.ts';
import { appraisalStrings } from '../strings/appraisal.ts';
import { ratingStrings } from '../strings/rating.ts';
import { runStrings } from '../strings/run.ts';
import { confirmDialog, promptDialog } from '../ui/dialog.tsx';
import { appraisalActions, turnoutText } from './appraisal-actions.ts';
import { backConsequences } from './back-words.ts';
import { finishLine } from './finish-words.ts';
import { ratingActions } from './rating-actions.ts';
import { missingJudges, missingOffline, nextStep, unitOf, type StepKey } from './next-step.ts';
import { createStepGuard, REPEAT_MS } from './step-guard.ts';
import { useStepPause } from './step-pause.ts';

/** A report ended with more than this left is asked about first. */
export const EARLY_END_MS = 60_000;

export function useActions() {
  const run = useCommand();
  const session = useHostSession();
  const t = useT(runStrings);
  const tc = useT(commonStrings);
  const ta = useT(appraisalStrings);
  const tr = useT(ratingStrings);
  const lang = useLang((s) => s.lang);
  const guard = useRef(createStepGuard());

  return useMemo(() => {
    const view = () => session.useSession.getState().view;
    const appraisal = appraisalActions(run, view, ta, tc('cancel'));
    const rating = ratingActions(run, view, tr, tc('cancel'));

    const reveal = async () => {
      const ack = await run('scoring:reveal', {}, ['missing_scores']);
      if (ack.ok || ack.code !== 'missing_scores') return;
      // Judges go on submitting while the host reads: the words follow the view.
      const live = () => {
        const v = view();
        const names = v ? missingJudges(v) : [];
        if (v && names.length === 0) return { title: t('missingNoneTitle'), lines: [t('missingNone')], confirm: t('stepReveal'), danger: false };
        const offline = v ? missingOffline(v) : [];
        const lines = [t('missingBody', { names: names.join('、') || ack.message }), ...(offline.length ? [t('missingOffline', { names: offline.join('、') })] : [])];
        return { title: t('missingTitle'), lines, confirm: t('missingConfirm'), danger: true };
      };
      const ok = await confirmDialog({ title: t('missingTitle'), live, confirm: t('missingConfirm'), cancel: tc('cancel'), danger: true });
      if (ok) await run('scoring:reveal', { allowMissing: true });
    };

    const finish = async () => {
      const v = view();
      if (!v) return;
      if (v.contest.kind === 'rating') return rating.finishRating();
      const waiting = v.presenters.filter((p) => p.status === 'waiting');
      const early = waiting.length > 0;
      const absent = v.presenters.filter((p) => p.status === 'absent').map((p) => p.unit);
      const ok = await confirmDialog({
        title: early ? t('finishEarlyTitle') : t('finishTitle'),
        lines: [finishLine(t, waiting.map((p) => p.unit), absent)],
        confirm: t('finishConfirm'),
        cancel: tc('cancel'),
        danger: early,
      });
      if (ok) await run('contest:finish', early ? { force: true } : {});
    };

    const back = async () => {
      const v = view();
      if (!v?.canGoBack) return;
      const cur = v.current;
      const rated = v.screen.rating;
      // A 评比 has nobody on stage: the step undone is its latest reveal.
      const where = rated ? tr('revealedCount', { n: rated.revealed, m: rated.units.length }) : '';
      const what = v.contest.status === 'finished' ? t('stepNone') : cur ? `${unitOf(v, cur.presenterId)} · ${phaseLabel(cur.phase)}` : where;
      const reason = await promptDialog({
        title: v.contest.status === 'finished' ? t('reopenContest') : t('backTitle'),
        lines: [t('backBody', { what }), ...backConsequences(v, t, v.appraisal ? turnoutText(v.appraisal, ta) : null)],
        input: { label: t('backReason'), required: true },
        confirm: v.contest.status === 'finished' ? t('reopenConfirm') : t('backConfirm'),
        cancel: tc('cancel'),
        danger: true,
      });
      if (reason !== null) await run('flow:back', { reason: reason.trim() });
    };

    // 进入提问 with more than a minute of the report left asks first: it is the step after 开始计时,
    // and a second press of N meant for something else ended a speaker's report at 1:28 left.
    const endReport = async () => {
      const left = () => {
        const timer = view()?.timer;
        return timer?.kind === 'report' ? remainingMs(timer, session.useSession.getState().offsetMs) : 0;
      };
      if (left() > EARLY_END_MS) {
        const live = () => ({ lines: [t('endReportBody', { left: formatClock(Math.max(0, left())) })] });
        const ok = await confirmDialog({ title: t('endReportTitle'), live, confirm: t('endReportConfirm'), cancel: tc('cancel') });
        if (!ok) return;
      }
      await run('phase:qa', {});
    };

    const phaseLabel = (p: string) => ({ report: t('phReport'), qa: t('phQa'), scoring: t('phScoring'), revealed: t('phRevealed') })[p] ?? p;

    const stepCommands: Record<StepKey, () => Promise<unknown>> = {
      start: () => run('contest:start', {}),
      first: () => run('presenter:next', {}),
      next: () => run('presenter:next', {}),
      timer: () => run('timer:start', {}),
      qa: endReport,
      score: () => run('scoring:open', {}),
      reveal,
      finish,
      appraisalOpen: appraisal.openAppraisal,
      appraisalClose: appraisal.closeAppraisal,
      openAll: rating.openAll,
      revealAll: rating.revealAll,
      none: async () => undefined,
    };

    /** One step per state, and no press (key or click) right after another: see step-guard.ts. */
    const step = async () => {
      const v = view();
      if (!v || session.useSession.getState().status !== 'online') return;
      const now = Date.now();
      if (!guard.current.claim(v.rev, now)) return;
      useStepPause.setState({ until: now + REPEAT_MS });
      try {
        await stepCommands[nextStep(v)]();
      } finally {
        // Refused or cancelled: nothing changed, so the same step may be tried again.
        if (view()?.rev === v.rev) {
          guard.current.release();
          useStepPause.setState({ until: 0 });
        }
      }
    };

    const draw = async () => {
      const v = view();
      if (v?.orderMethod === 'drawn') {
        const ok = await confirmDialog({ title: t('drawTitle'), lines: [t('drawBody')], confirm: t('drawAgain'), cancel: tc('cancel') });
        if (!ok) return;
      }
      await run('order:draw', {});
    };

    const absent = async (id: string) => {
      const v = view();
      const ok = await confirmDialog({ title: t('absentTitle', { name: v ? unitOf(v, id) : id }), lines: [t('absentBody')], confirm: t('absent'), cancel: tc('cancel'), danger: true });
      if (ok) await run('presenter:absent', { presenterId: id });
    };

    /**
     * A cut that takes a speaker with time left straight into overtime asks first: overtime is
     * penalised, and −30秒 sits beside +30秒 (a key apart on the keyboard), so a slip would cost a
     * unit points without anyone noticing. Adding, or cutting while time remains, acts at once.
     */
    const addTime = async (seconds: number) => {
      const timer = view()?.timer;
      if (!timer) return;
      const leftNow = () => {
        const now = view()?.timer;
        return now ? remainingMs(now, session.useSession.getState().offsetMs) : 0;
      };
      const left = leftNow();
      // (A cut below a zero allotment is refused by the server, so it is not asked about.)
      if (seconds < 0 && left > 0 && left + seconds * 1000 < 0 && timer.durationMs + seconds * 1000 >= 0) {
        // The clock runs on behind the dialog: its words follow it, into overtime if it gets there.
        const live = () => {
          const l = leftNow();
          const after = formatElapsed(-(l + seconds * 1000));
          return { lines: [l > 0 ? t('cutBody', { left: formatClock(l), over: after }) : t('cutBodyOver', { now: formatElapsed(-l), over: after })] };
        };
        const ok = await confirmDialog({ title: t('cutTitle'), live, confirm: t('cutConfirm'), cancel: tc('cancel'), danger: true });
        if (!ok) return;
      }
      await run('timer:add', { seconds });
    };

    const toggleTimer = () => {
      const timer = view()?.timer;
      if (timer) void run(timer.running ? 'timer:pause' : 'timer:start', {});
    };

    return {
      ...appraisal,
      ...rating,
      step,
      reveal,
      finish,
      back,
      draw,
      absent,
      toggleTimer,
      addTime: (seconds: number) => void addTime(seconds),
      resetTimer: () => void run('timer:reset', {}),
      lock: () => void run('scoring:lock', {}),
      openScoring: () => void run('scoring:open', {}),
      skip: (id: string) => void run('presenter:skip', { presenterId: id }),
      call: (id: string) => void run('presenter:next', { presenterId: id }),
      setOrder: (order: string[]) => void run('order:set', { order }),
      show: (stage: CommandPayload<'screen:show'>['stage']) => void run('screen:show', { stage }),
      mute: (muted: boolean) => void run('screen:mute', { muted }),
    };
    // t, tc, ta and tr are new functions each render but only change meaning with the language.
  }, [run, session, lang]);
}

export type Actions = ReturnType<typeof useActions>;
