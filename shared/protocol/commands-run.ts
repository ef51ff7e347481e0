// The run of show: contest, order, presenters, phases, scoring, timers, the projector.
import { z } from 'zod';
import { text } from '../text.ts';
import { command } from './command.ts';
import { Empty, Id } from './fields.ts';

const host = ['host'] as const;

export const runCommands = {
  'contest:start': command(host, z.strictObject(Empty)),
  'contest:finish': command(host, z.strictObject({ ...Empty, force: z.boolean().optional() })),
  'order:draw': command(host, z.strictObject(Empty)),
  'order:set': command(host, z.strictObject({ ...Empty, order: z.array(Id).min(1).max(200) })),
  'presenter:next': command(host, z.strictObject({ ...Empty, presenterId: Id.optional() })),
  'presenter:absent': command(host, z.strictObject({ ...Empty, presenterId: Id })),
  'presenter:skip': command(host, z.strictObject({ ...Empty, presenterId: Id })),
  'phase:qa': command(host, z.strictObject(Empty)),
  'scoring:open': command(host, z.strictObject(Empty)),
  'scoring:lock': command(host, z.strictObject(Empty)),
  /** presenterId: required in a 评比 (which unit to reveal); in a 擂台赛, if sent, the one on stage. */
  'scoring:reveal': command(host, z.strictObject({ ...Empty, presenterId: Id.optional(), allowMissing: z.boolean().optional() })),
  /** 评比 only: opens scoring for every unit at once (again after scoring:lock or a step back). */
  'scoring:openAll': command(host, z.strictObject(Empty)),
  /** 评比 only: reveals every unit whose marks are all in; with allowMissing, every unit being scored. */
  'scoring:revealAll': command(host, z.strictObject({ ...Empty, allowMissing: z.boolean().optional() })),
  /** The reason is required: every step back is printed in the report's audit trail. */
  'flow:back': command(
    host,
    z.strictObject({ ...Empty, reason: text().trim().min(1, '请填写回退原因 (a reason is required)').max(200) }),
  ),
  'timer:start': command(host, z.strictObject(Empty)),
  'timer:pause': command(host, z.strictObject(Empty)),
  'timer:add': command(
    host,
    z.strictObject({ ...Empty, seconds: z.number().int().min(-3600).max(3600).refine((s) => s !== 0, 'seconds must not be 0') }),
  ),
  'timer:reset': command(host, z.strictObject(Empty)),
  /** `boards` (the series' 红黑榜) only for a contest that belongs to a series; `benchmark` (对标) with a presenter on stage. */
  'screen:show': command(
    host,
    z.strictObject({ ...Empty, stage: z.enum(['auto', 'welcome', 'order', 'presenter', 'ranking', 'final', 'boards', 'benchmark']) }),
  ),
  /** The projector's sound cue (time up), switched from the host console. */
  'screen:mute': command(host, z.strictObject({ ...Empty, muted: z.boolean() })),
  'score:submit': command(
    ['judge'],
    z.strictObject({
      ...Empty,
      presenterId: Id,
      /** Only for clarity: a judge may only score as themself; another id is refused. */
      judgeId: Id.optional(),
      values: z.array(z.number()).min(1).max(20),
    }),
  ),
  /**
   * The host corrects a presenter's measured report time (a clock stopped late, started early):
   * `seconds` is the report time the presenter really used; overtime follows from the allotment.
   */
  'report:correct': command(
    host,
    z.strictObject({
      ...Empty,
      presenterId: Id,
      seconds: z.number().int().min(0).max(36000),
      reason: text().trim().min(1, '请填写更正原因 (a reason is required)').max(200),
    }),
  ),
  'score:correct': command(
    host,
    z.strictObject({
      ...Empty,
      presenterId: Id,
      judgeId: Id,
      values: z.array(z.number()).min(1).max(20),
      reason: text().trim().min(1).max(200),
    }),
  ),
};
