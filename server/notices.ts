// The 公示 this server holds (issue 16, README "公示"): each rebuilt from its log at start; each
// command decided on the state with the facts read from its contest or series, stored, then
// applied — an acknowledged objection or answer is on disk. The clock is injectable so a test
// can step past the end of a notice period.
import { randomBytes } from 'node:crypto';
import type { NoticeCommand } from '../shared/notice/commands.ts';
import { correctionsSince, decideNotice, decidePublish, type NoticeClock, type NoticeDecision } from '../shared/notice/decide.ts';
import { evolveNotice, latestPublication, replayNotice, type NoticeState, type NoticeSubject, type NoticeTerms } from '../shared/notice/state.ts';
import { dayOf } from '../shared/format.ts';
import type { Contests } from './contests.ts';
import { inTransaction, type Db } from './db/database.ts';
import { NoticeStore } from './db/notice-store.ts';
import { sourceCorrections, sourceFacts } from './notice-sources.ts';
import type { SeriesBook } from './series.ts';

export type NoticeRefusal = Extract<NoticeDecision, { ok: false }>;

export class NoticeBook {
  readonly store: NoticeStore;
  private readonly states = new Map<string, NoticeState>();

  constructor(
    private readonly db: Db,
    private readonly contests: Contests,
    private readonly series: SeriesBook,
    readonly now: () => number = Date.now,
  ) {
    this.store = new NoticeStore(db);
    for (const id of this.store.ids()) this.states.set(id, replayNotice(this.store.events(id).map((e) => e.event)));
  }

  clock(): NoticeClock {
    const now = this.now();
    return { now, today: dayOf(now) };
  }

  get(id: string): NoticeState | undefined {
    return this.states.get(id);
  }

  /**
   * Corrections made in the source since the current version was published, not yet republished
   * (reason and time): the host sees that the public page still shows the results before them.
   */
  pending(state: NoticeState): { reason: string; at: number }[] {
    const after = latestPublication(state).fingerprint.lastSeq;
    return correctionsSince(state, sourceCorrections(this.contests, this.series, state.subject, after)).map(({ reason, at }) => ({ reason, at }));
  }

  /** The notices of one contest, or of one series (all its tiers and periods), newest last. */
  of(match: (s: NoticeSubject) => boolean): NoticeState[] {
    return [...this.states.values()].filter((n) => match(n.subject));
  }

  publish(subject: NoticeSubject, terms: NoticeTerms): { ok: true; notice: NoticeState } | NoticeRefusal {
    const facts = sourceFacts(this.contests, this.series, subject);
    if (!facts) return { ok: false, code: 'not_found', message: subject.kind === 'contest' ? '比赛不存在 (unknown contest)' : '系列、层级或期次不存在 (unknown series, tier or period)' };
    // Unguessable: the link is public, but a notice not yet shared should not be found by counting.
    const id = `n${randomBytes(6).toString('base64url').replace(/[-_]/g, 'x')}`;
    const decision = decidePublish(id, subject, terms, facts, this.clock(), [...this.states.values()]);
    if (!decision.ok) return decision;
    inTransaction(this.db, () => {
      this.store.create(id, decision.events[0]!.at);
      this.store.append(id, 0, decision.events, 'host');
    });
    const notice = decision.events.reduce<NoticeState | null>(evolveNotice, null)!;
    this.states.set(id, notice);
    return { ok: true, notice };
  }

  execute(id: string, command: NoticeCommand, actor: 'host' | 'public'): { ok: true; notice: NoticeState } | NoticeRefusal | null {
    const state = this.states.get(id);
    if (!state) return null;
    const facts = command.type === 'notice:republish' ? sourceFacts(this.contests, this.series, state.subject) : null;
    const decision = decideNotice(state, command, this.clock(), facts);
    if (!decision.ok) return decision;
    inTransaction(this.db, () => this.store.append(id, state.seq, decision.events, actor));
    const notice = decision.events.reduce(evolveNotice, state);
    this.states.set(id, notice);
    return { ok: true, notice };
  }
}
