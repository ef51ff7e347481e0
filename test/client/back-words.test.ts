// 退回一步's dialog says what the step back does to what the room has given: judges' marks kept
// or discarded, the hall's ballots kept or withdrawn. Host views from the real domain.
import { describe, expect, it } from 'vitest';
import { backConsequences } from '../../client/host/run/back-words.ts';
import { turnoutText } from '../../client/host/run/appraisal-actions.ts';
import { appraisalStrings } from '../../client/host/strings/appraisal.ts';
import { runStrings } from '../../client/host/strings/run.ts';
import { hostView } from '../../shared/views.ts';
import { makeDef, show, SHEETS_375, T0, voter, type Show } from '../domain/given.ts';

const fill = (text: string, vars: Record<string, string | number> = {}) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
const t = (key: keyof (typeof runStrings)['zh'], vars?: Record<string, string | number>) => fill(runStrings.zh[key], vars);
const ta = (key: keyof (typeof appraisalStrings)['zh'], vars?: Record<string, string | number>) => fill(appraisalStrings.zh[key], vars);

function words(h: Show): string[] {
  const v = hostView(h.state, new Set());
  return backConsequences(v, t, v.appraisal ? turnoutText(v.appraisal, ta) : null);
}

/** p1 scoring, two judges in, one ballot cast (codes h1…h4 issued). */
function scoring(): Show {
  const s = show(makeDef({ appraisal: {} }));
  s.events.push({ type: 'BallotCodesIssued', codes: [1, 2, 3, 4].map((serial) => ({ serial, hash: `h${serial}` })), at: T0 });
  s.start().next('p1').open();
  s.submit('p1', 'j1', SHEETS_375[0]!).submit('p1', 'j2', SHEETS_375[1]!);
  return s.do({ type: 'appraisal:vote', choices: { p1: 'o1' } }, { actor: voter('h1') });
}

describe('退回一步 says what it does', () => {
  it('from scoring: the marks are kept for when scoring reopens, the hall goes on voting', () => {
    expect(words(scoring())).toEqual(['回到提问答复，提问计时重新开始。', '已有 2 位评委提交评分：退回后评分收回，分数保留，重新开启评分时恢复。', '民主测评仍在进行（已投 1 / 可投 4），已投的票保留。']);
  });

  it('from the report back to the queue: the marks are discarded and the hall votes again', () => {
    expect(words(scoring().back('还要提问').back('汇报未完'))).toEqual(['该单位回到待汇报（从缺席叫到的回到缺席），汇报计时清零。', '2 位评委的评分将作废，该单位重新汇报后重新评分。', '该单位的民主测评作废（已投 1 / 可投 4），重新汇报后重新投票。']);
  });

  it('says where the stage goes from each step, and nothing of marks or ballots when none were given', () => {
    expect(words(show().start().next('p1').open())).toEqual(['回到提问答复，提问计时重新开始。']);
    expect(words(show().start().next('p1'))).toEqual(['该单位回到待汇报（从缺席叫到的回到缺席），汇报计时清零。']);
    expect(words(show().start().next('p1').qa())).toEqual(['回到汇报，汇报计时停在结束时的位置（暂停），可继续计时。']);
    const revealed = show().start().turn('p1', SHEETS_375);
    expect(words(revealed)).toEqual(['亮分撤回：该单位的得分从排名中撤下，大屏回到评分；已提交的评分保留，可再次亮分。']);
    // From the next unit's report, the projector goes back to the last reveal: said so.
    expect(words(revealed.next('p2'))).toEqual(['该单位回到待汇报（从缺席叫到的回到缺席），汇报计时清零；大屏回到上一个单位的亮分结果。']);
    expect(words(show().start().turn('p1', SHEETS_375).turn('p2', SHEETS_375).turn('p3', SHEETS_375).finish())).toEqual([
      '比赛重新开放：大屏和手机不再显示最终结果，可继续操作，完成后需再次结束比赛。',
    ]);
  });
});
