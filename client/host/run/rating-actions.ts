// The host's 评比 moves with their confirmations: open every unit, reveal one unit or all of
// them (asking before leaving missing judges out), finish. Part of useActions, so the buttons
// and the 下一步 key act the same way on the freshest view.
import type { HostView } from '../../../shared/protocol/index.ts';
import type { RunCommand } from '../host-session.ts';
import { ratingStrings } from '../strings/rating.ts';
import { chooseDialog, confirmDialog } from '../ui/dialog.tsx';
import { finishLine } from './finish-words.ts';
import { unitOf } from './next-step.ts';

type T = (key: keyof (typeof ratingStrings)['zh'], vars?: Record<string, string | number>) => string;

/** Judges (by name) with no marks for a unit. */
export function missingFor(v: HostView, presenterId: string): string[] {
  const p = v.presenters.find((x) => x.id === presenterId);
  return p ? v.judges.filter((j) => !p.marks[j.id]).map((j) => j.name) : [];
}

/** Units being scored (open or locked), split by whether every judge has submitted. */
export function scoringUnits(v: HostView) {
  const units = (v.screen.rating?.units ?? []).filter((u) => u.state === 'open' || u.state === 'locked');
  return { complete: units.filter((u) => u.submitted >= u.expected), incomplete: units.filter((u) => u.submitted < u.expected) };
}

export function ratingActions(run: RunCommand, view: () => HostView | null, t: T, cancel: string) {
  const revealUnit = async (presenterId: string) => {
    const ack = await run('scoring:reveal', { presenterId }, ['missing_scores']);
    if (ack.ok || ack.code !== 'missing_scores') return;
    // Judges go on submitting while the host reads: the words follow the view.
    const live = () => {
      const v = view();
      const names = v ? missingFor(v, presenterId) : [];
      const unit = v ? unitOf(v, presenterId) : presenterId;
      if (v && names.length === 0) return { title: t('missingNoneTitle'), lines: [t('missingNone', { unit })], danger: false };
      return { title: t('missingTitle', { n: names.length }), lines: [t('missingBody', { unit, names: names.join('、') || ack.message })], danger: true };
    };
    const ok = await confirmDialog({ title: '', live, confirm: t('reveal'), cancel, danger: true });
    if (ok) await run('scoring:reveal', { presenterId, allowMissing: true });
  };

  const revealAll = async () => {
    const v = view();
    if (!v) return;
    const { complete, incomplete } = scoringUnits(v);
    if (incomplete.length === 0) {
      const ok = await confirmDialog({ title: t('revealAllTitle'), lines: [t('revealAllBody', { n: complete.length })], confirm: t('revealAllConfirm'), cancel });
      if (ok) await run('scoring:revealAll', {});
      return;
    }
    const units = incomplete.map((u) => t('missingOf', { unit: unitOf(v, u.presenterId), n: u.expected - u.submitted })).join('、');
    const total = complete.length + incomplete.length;
    const choices = [
      ...(complete.length > 0 ? [{ value: 'complete', label: t('revealAllComplete', { n: complete.length }) }] : []),
      { value: 'all', label: t('revealAllInclude', { n: total }) },
    ];
    const choice = await chooseDialog({ title: t('revealAllTitle'), lines: [t('revealAllIncomplete', { n: incomplete.length, units })], choices, confirm: t('revealAllConfirm'), cancel, danger: true });
    if (choice === null) return;
    await run('scoring:revealAll', choice === 'all' ? { allowMissing: true } : {});
  };

  const finishRating = async () => {
    const v = view();
    if (!v) return;
    const pending = (v.screen.rating?.units ?? []).filter((u) => u.state !== 'revealed');
    const early = pending.length > 0;
    const absent = v.presenters.filter((p) => p.status === 'absent').map((p) => p.unit);
    const ok = await confirmDialog({
      title: t('finishTitle'),
      lines: [finishLine(t, pending.map((u) => unitOf(v, u.presenterId)), absent)],
      confirm: t('finishConfirm'),
      cancel,
      danger: early,
    });
    if (ok) await run('contest:finish', early ? { force: true } : {});
  };

  return {
    openAll: () => run('scoring:openAll', {}),
    lockAll: () => void run('scoring:lock', {}),
    revealUnit,
    revealAll,
    finishRating,
  };
}
