// 提问 · 答复 · 点评: questions, the question bank and comments.
import { z } from 'zod';
import { text } from '../text.ts';
import { command } from './command.ts';
import { Empty, Id, Text } from './fields.ts';

const host = ['host'] as const;

export const qaCommands = {
  'question:ask': command(
    ['judge', 'host'],
    z.strictObject({
      ...Empty,
      presenterId: Id,
      text: Text(300),
      /** Host only: the judge a question is recorded for. A judge always asks as themself. */
      judgeId: Id.optional(),
    }),
  ),
  'question:edit': command(host, z.strictObject({ ...Empty, questionId: Id, text: Text(300) })),
  'question:reorder': command(host, z.strictObject({ ...Empty, order: z.array(Id).min(1).max(500) })),
  'question:merge': command(host, z.strictObject({ ...Empty, questionId: Id, intoId: Id })),
  'question:dismiss': command(host, z.strictObject({ ...Empty, questionId: Id })),
  'question:show': command(host, z.strictObject({ ...Empty, questionId: Id })),
  'question:hide': command(host, z.strictObject(Empty)),
  'question:answered': command(
    host,
    z.strictObject({
      ...Empty,
      questionId: Id,
      /** A one-line summary of the answer. */
      summary: z.union([z.literal(''), Text(200).refine((t) => !/[\r\n]/.test(t), '摘要只能是一行 (one line)')]).optional(),
      /**
       * When the answer ended (epoch ms on the server's clock, as the host estimates it): the
       * moment 已答复 was pressed, before the summary was typed — typing is not answer time, and the
       * dialog shows the time up to that moment. Kept between the question going up and the
       * command's arrival; without it the answer ends on arrival.
       */
      endedAt: z.number().int().nonnegative().optional(),
    }),
  ),
  'bank:load': command(host, z.strictObject({ ...Empty, questions: z.array(Text(300)).max(500) })),
  'bank:draw': command(host, z.strictObject(Empty)),
  'comment:add': command(['judge', 'host'], z.strictObject({ ...Empty, presenterId: Id, text: Text(1000), judgeId: Id.optional() })),
  'comment:show': command(host, z.strictObject({ ...Empty, commentId: Id.nullable() })),
  /** Leaves a comment out of the report and off the screen; it stays in the log and the audit. */
  'comment:hide': command(
    host,
    z.strictObject({ ...Empty, commentId: Id, reason: text().trim().min(1, '请填写隐藏原因 (a reason is required)').max(200) }),
  ),
};
