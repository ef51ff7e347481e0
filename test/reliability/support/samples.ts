// One schema-valid payload per command (without the commandId), for the contest in
// test/integration/fixtures.ts: three presenters p1–p3, seven judges j1–j7, criteria 60 and 40
// in steps of 0.5. The mapped type makes a new command a compile error here until it has one.
import { Commands, commandTypes, type CommandPayload, type CommandType } from '../../../shared/protocol/index.ts';

type Sample = { [T in CommandType]: Omit<CommandPayload<T>, 'commandId'> };

export const samples: Sample = {
  'contest:start': {},
  'contest:finish': { force: true },
  'order:draw': {},
  'order:set': { order: ['p1', 'p2', 'p3'] },
  'presenter:next': {},
  'presenter:absent': { presenterId: 'p3' },
  'presenter:skip': { presenterId: 'p3' },
  'phase:qa': {},
  'scoring:open': {},
  'scoring:lock': {},
  'scoring:reveal': { allowMissing: true },
  'scoring:openAll': {},
  'scoring:revealAll': { allowMissing: true },
  'flow:back': { reason: '主持人误操作' },
  'timer:start': {},
  'timer:pause': {},
  'timer:add': { seconds: 30 },
  'timer:reset': {},
  'screen:show': { stage: 'ranking' },
  'screen:mute': { muted: true },
  'score:submit': { presenterId: 'p1', values: [50, 35] },
  'report:correct': { presenterId: 'p1', seconds: 290, reason: '计时器停晚了' },
  'score:correct': { presenterId: 'p1', judgeId: 'j1', values: [50, 35], reason: '纸质评分表' },
  'question:ask': { presenterId: 'p1', text: '请介绍一下具体做法' },
  'question:edit': { questionId: 'q1', text: '改过的问题' },
  'question:reorder': { order: ['q1'] },
  'question:merge': { questionId: 'q1', intoId: 'q2' },
  'question:dismiss': { questionId: 'q1' },
  'question:show': { questionId: 'q1' },
  'question:hide': {},
  'question:answered': { questionId: 'q1', summary: '已答复' },
  'bank:load': { questions: ['题库问题一'] },
  'bank:draw': {},
  'comment:add': { presenterId: 'p1', text: '点评意见' },
  'comment:show': { commentId: null },
  'comment:hide': { commentId: 'c1', reason: '重复提交' },
  'appraisal:open': { presenterIds: ['p1'] },
  'appraisal:close': {},
  'appraisal:vote': { choices: { p1: 'o1' } },
  'appraisal:void': { serial: 1, reason: '测评票遗失' },
};

/** Commands whose payload may name a judge: a judge may only name themself. */
export const namesJudge = ['score:submit', 'question:ask', 'comment:add'] as const satisfies readonly CommandType[];

/** The sample of `type` with a fresh command id, checked against the schema. */
export function sampleOf(type: CommandType, commandId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const payload = { commandId, ...samples[type], ...extra };
  const parsed = Commands[type].safeParse(payload);
  if (!parsed.success) throw new Error(`sample for ${type} is not valid: ${parsed.error.message}`);
  return payload;
}

export const allCommandTypes: readonly CommandType[] = commandTypes;
