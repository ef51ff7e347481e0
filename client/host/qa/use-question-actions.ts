// The moderation actions on one question, with the dialogs they need (edit text, pick the merge
// target, an optional answer summary, confirm not using it). Refusals come back as toasts.
import { useMemo } from 'react';
import { formatElapsed } from '../../../shared/format.ts';
import { useLang, useT } from '../../common/i18n.tsx';
import { useCommand, useHostSession } from '../host-session.ts';
import { commonStrings } from '../strings/common.ts';
import { qaStrings } from '../strings/qa.ts';
import { chooseDialog, confirmDialog, promptDialog } from '../ui/dialog.tsx';
import { toast } from '../ui/toast.tsx';
import { askerOf, mergeTargets, swapOrder, type Question } from './qa-model.ts';

export function useQuestionActions() {
  const run = useCommand();
  const session = useHostSession();
  const t = useT(qaStrings);
  const tc = useT(commonStrings);
  const lang = useLang((s) => s.lang);

  return useMemo(() => {
    const view = () => session.useSession.getState().view;
    const who = (q: Question) => {
      const v = view();
      return q.source === 'bank' ? t('fromBank') : ((v && askerOf(v, q.judgeId)?.name) ?? t('fromHost'));
    };

    const edit = async (q: Question) => {
      const next = await promptDialog({ title: t('editTitle'), input: { label: t('editLabel'), initial: q.text, maxLength: 300 }, confirm: t('save'), cancel: tc('cancel') });
      const text = next?.trim();
      if (text && text !== q.text) await run('question:edit', { questionId: q.id, text });
    };

    const merge = async (q: Question) => {
      const v = view();
      const targets = v ? mergeTargets(v, q) : [];
      if (targets.length === 0) return toast(t('mergeNone'));
      const into = await chooseDialog({
        title: t('mergeTitle'),
        lines: [t('mergeBody'), `${who(q)}：${q.text}`],
        choices: targets.map((x) => ({ value: x.id, label: `${who(x)}：${x.text}` })),
        confirm: t('mergeConfirm'),
        cancel: tc('cancel'),
      });
      if (into) await run('question:merge', { questionId: q.id, intoId: into });
    };

    const answered = async (q: Question) => {
      // The answer ends at this press; the dialog shows the time up to it and that time is what
      // is recorded (endedAt), however long the summary takes to type.
      const endedAt = Math.round(Date.now() + session.useSession.getState().offsetMs);
      const took = q.shownAt === null ? t('notTimed') : formatElapsed(endedAt - q.shownAt);
      const summary = await promptDialog({
        title: t('answerTitle'),
        lines: [q.text, t('answerBody', { t: took })],
        input: { label: t('answerLabel'), maxLength: 200 },
        confirm: t('answered'),
        cancel: tc('cancel'),
      });
      if (summary === null) return;
      // One line: a pasted line break becomes a space rather than a refusal.
      const line = summary.replace(/\s*[\r\n]+\s*/g, ' ').trim();
      await run('question:answered', { questionId: q.id, endedAt, ...(line ? { summary: line } : {}) });
    };

    const dismiss = async (q: Question) => {
      const ok = await confirmDialog({ title: t('dismissTitle'), lines: [`${who(q)}：${q.text}`, t('dismissBody')], confirm: t('dismiss'), cancel: tc('cancel'), danger: true });
      if (ok) await run('question:dismiss', { questionId: q.id });
    };

    const move = (list: readonly Question[], q: Question, dir: -1 | 1) => {
      const order = swapOrder(list, q, dir);
      if (order) void run('question:reorder', { order });
    };

    return {
      edit,
      merge,
      answered,
      dismiss,
      move,
      show: (q: Question) => void run('question:show', { questionId: q.id }),
      hide: () => void run('question:hide', {}),
    };
    // t and tc are new functions each render but only change meaning with the language.
  }, [run, session, lang]);
}

export type QuestionActions = ReturnType<typeof useQuestionActions>;
