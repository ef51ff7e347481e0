// What the simulated room sent and what it was told, checked against what the server stored:
// every acknowledged command is in the log exactly once with all of its events, nothing refused
// is, and a command whose answer was lost in a crash is either whole or absent.
import type { ContestState } from '../../shared/domain/state.ts';
import type { CommandType } from '../../shared/protocol/index.ts';
import { commandGroups, type CommandGroup, type LogRow } from './consistency.ts';

export interface Sent {
  commandId: string;
  contestId: string;
  type: CommandType;
  /** 'host' or 'judge:j3', as the server records it. */
  actor: string;
  payload: Record<string, unknown>;
  /** lost: no answer (the server died first, or the connection did). */
  result: 'ok' | 'refused' | 'lost';
  rev?: number;
  code?: string;
}

export class Ledger {
  readonly sent = new Map<string, Sent>();
  ackChecks = 0;
  /** Commands whose first answer never came (a resend may have got one since). */
  unanswered = 0;
  /** Contests sent anything since the last `takeTouched()`. */
  private touched = new Set<string>();

  record(entry: Sent): void {
    if (!this.sent.has(entry.commandId) && entry.result === 'lost') this.unanswered += 1;
    this.sent.set(entry.commandId, entry);
    this.touched.add(entry.contestId);
  }

  takeTouched(): Set<string> {
    const t = this.touched;
    this.touched = new Set();
    return t;
  }

  of(contestId: string): Sent[] {
    return [...this.sent.values()].filter((s) => s.contestId === contestId);
  }

  count(result: Sent['result']): number {
    let n = 0;
    for (const s of this.sent.values()) if (s.result === result) n++;
    return n;
  }
}

/** Events each command may produce, in order (questions are not auto-shown in these contests). */
const SHAPES: Partial<Record<CommandType, RegExp>> = {
  'contest:start': /^ContestStarted$/,
  'contest:finish': /^ContestFinished$/,
  'order:draw': /^OrderDrawn$/,
  'presenter:next': /^PresenterCalled$/,
  'phase:qa': /^QaStarted$/,
  'scoring:open': /^ScoringOpened$/,
  'scoring:lock': /^ScoringLocked$/,
  'scoring:reveal': /^MarksRevealed$/,
  'flow:back': /^(SteppedBack|ContestReopened)$/,
  'timer:start': /^TimerStarted$/,
  'timer:pause': /^TimerPaused$/,
  'timer:add': /^TimerAdjusted$/,
  'timer:reset': /^TimerReset$/,
  'screen:show': /^ScreenShown$/,
  'score:submit': /^MarksSubmitted$/,
  'score:correct': /^MarksCorrected$/,
  'question:ask': /^QuestionAsked$/,
  'question:show': /^(QuestionHidden,)?QuestionShown$/,
  'question:hide': /^QuestionHidden$/,
  'question:answered': /^QuestionAnswered$/,
  'bank:load': /^BankLoaded$/,
  'bank:draw': /^BankDrawn,(QuestionHidden,)?QuestionShown$/,
  'comment:add': /^CommentAdded$/,
  'comment:show': /^CommentShown$/,
};

const shownQuestion = (s: ContestState | null) => s?.questions.find((q) => q.status === 'shown') ?? null;

/** Problems with one stored command: its events must be exactly what its type produces. */
function wholeCommand(sent: Sent, g: CommandGroup): string[] {
  const shape = SHAPES[sent.type];
  const types = g.types.join(',');
  const problems: string[] = [];
  if (!shape) return [`${sent.type} ${sent.commandId}: no expected shape in the test`];
  if (!shape.test(types)) problems.push(`${sent.type} ${sent.commandId}: events ${types} are not a whole ${sent.type}`);
  // Putting a question up takes the one on screen down in the same command, never separately.
  if (sent.type === 'question:show' || sent.type === 'bank:draw') {
    const up = shownQuestion(g.before);
    const target = sent.type === 'question:show' ? sent.payload.questionId : null;
    const needsHide = up !== null && up.id !== target;
    if (needsHide !== g.types.includes('QuestionHidden'))
      problems.push(`${sent.type} ${sent.commandId}: ${needsHide ? 'missing the QuestionHidden of' : 'a stray QuestionHidden with'} ${types}`);
  }
  // The stored facts are the ones sent: a judge's own values, the host's reason.
  const first = g.data[0];
  if (sent.type === 'score:submit' && first?.type === 'MarksSubmitted') {
    if (`judge:${first.judgeId}` !== sent.actor || JSON.stringify(first.values) !== JSON.stringify(sent.payload.values))
      problems.push(`score:submit ${sent.commandId}: stored ${first.judgeId} ${JSON.stringify(first.values)}, sent by ${sent.actor} ${JSON.stringify(sent.payload.values)}`);
  }
  if (sent.type === 'flow:back' && first && 'reason' in first && first.reason !== String(sent.payload.reason).trim())
    problems.push(`flow:back ${sent.commandId}: reason not stored as sent`);
  return problems;
}

/**
 * Checks one contest's log against the ledger. Every acknowledged command is re-checked at every
 * restart, so a later crash cannot quietly lose an earlier one.
 */
export function checkLog(ledger: Ledger, contestId: string, rows: readonly LogRow[]): string[] {
  const { groups, problems } = commandGroups(rows);
  for (const g of groups.values()) {
    const sent = ledger.sent.get(g.commandId);
    if (!sent) problems.push(`command ${g.commandId} in the log was never sent`);
    else if (sent.contestId !== contestId) problems.push(`command ${g.commandId} stored in contest ${contestId}, sent to ${sent.contestId}`);
    else problems.push(...wholeCommand(sent, g));
  }
  for (const sent of ledger.of(contestId)) {
    const g = groups.get(sent.commandId);
    if (sent.result === 'ok') {
      ledger.ackChecks += 1;
      if (!g) problems.push(`LOST: acknowledged ${sent.type} ${sent.commandId} (rev ${sent.rev}) is not in the log`);
      else if (g.seqs[g.seqs.length - 1] !== sent.rev) problems.push(`${sent.type} ${sent.commandId}: acknowledged rev ${sent.rev}, stored at ${g.seqs.join(',')}`);
    } else if (sent.result === 'refused' && g) {
      problems.push(`${sent.type} ${sent.commandId} was refused (${sent.code}) but is in the log`);
    }
  }
  return problems;
}

