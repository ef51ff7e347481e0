// The host's 民主测评 moves with their confirmations: open and close a round, issue ballot codes
// (HTTP: the server draws them with a secure random source), void a lost slip. Part of
// useActions, so the buttons and the 下一步 key act the same way on the freshest view.
import type { HostView } from '../../../shared/protocol/index.ts';
import { formatSerial, readSerial } from '../../../shared/format.ts';
import { api, ApiError } from '../api.ts';
import type { RunCommand } from '../host-session.ts';
import { appraisalStrings } from '../strings/appraisal.ts';
import { confirmDialog, promptDialog } from '../ui/dialog.tsx';
import { toast } from '../ui/toast.tsx';
import { unitOf } from './next-step.ts';

type T = (key: keyof (typeof appraisalStrings)['zh'], vars?: Record<string, string | number>) => string;

/** "3 / 19" with codes (voted / valid codes), "3" for the open electorate: the panel's line, in words. */
export function turnoutText(a: NonNullable<HostView['appraisal']>, t: T): string {
  return a.eligible === null ? t('turnoutOpen', { n: a.turnout }) : t('turnoutCodes', { n: a.turnout, m: a.eligible });
}

export function appraisalActions(run: RunCommand, view: () => HostView | null, t: T, cancel: string) {
  const openRound = () => run('appraisal:open', {});

  const closeRound = async () => {
    const v = view();
    const a = v?.appraisal;
    if (!v || !a || a.open.length === 0) return;
    const names = a.open.map((id) => unitOf(v, id)).join('、');
    const ok = await confirmDialog({ title: t('closeTitle'), lines: [t('closeBody', { names, turnout: turnoutText(a, t) })], confirm: t('closeConfirm'), cancel });
    if (ok) await run('appraisal:close', {});
  };

  const issueCodes = async () => {
    const v = view();
    if (!v) return;
    const valid = (text: string) => {
      const n = Number(text.trim());
      return Number.isInteger(n) && n >= 1 && n <= 2000;
    };
    const input = { label: t('issueCount'), maxLength: 4, required: true, check: (text: string) => (valid(text) ? null : t('issueBad')) };
    const text = await promptDialog({ title: t('issueTitle'), lines: [t('issueBody')], input, confirm: t('issueConfirm'), cancel });
    if (text === null || !valid(text)) return;
    const count = Number(text.trim());
    try {
      const { serials } = await api.issueBallotCodes(v.contest.id, count);
      toast(t('issued', { n: serials.length }), 'ok');
    } catch (e) {
      toast(e instanceof ApiError || e instanceof Error ? e.message : String(e));
    }
  };

  const voidCode = async () => {
    const text = await promptDialog({ title: t('voidTitle'), lines: [t('voidBody')], input: { label: t('voidSerial'), maxLength: 12 }, confirm: t('voidNext'), cancel });
    if (text === null) return;
    const serial = readSerial(text);
    if (serial === null) return toast(t('voidBadSerial'));
    const reason = await promptDialog({
      title: `${t('voidTitle')} · ${formatSerial(serial)}`,
      input: { label: t('voidReason'), maxLength: 200, required: true },
      confirm: t('voidConfirm'),
      cancel,
      danger: true,
    });
    if (reason === null) return;
    const ack = await run('appraisal:void', { serial, reason: reason.trim() });
    if (ack.ok) toast(t('voided', { serial: formatSerial(serial) }), 'ok');
  };

  return { openAppraisal: openRound, closeAppraisal: closeRound, issueCodes, voidCode };
}
