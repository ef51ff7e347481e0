// The host's question queue: which questions each filter lists and under which heading, what a
// question may be merged into, what ↑/↓ sends, who asked, and a pasted or imported bank.
// Host views come from the real domain and shared/views.ts.
import { describe, expect, it } from 'vitest';
import {
  askerOf,
  mergedInto,
  mergeTargets,
  parseBank,
  readTextFile,
  sectionOf,
  swapOrder,
  visibleQuestions,
  type Question,
} from '../../client/host/qa/qa-model.ts';
import type { HostView } from '../../shared/protocol/index.ts';
import { hostView } from '../../shared/views.ts';
import { judge, makeDef, Show } from '../domain/given.ts';

const view = (h: Show) => hostView(h.state, new Set());
const texts = (qs: readonly Question[]) => qs.map((q) => q.text);
const byText = (v: HostView, text: string) => v.questions.find((q) => q.text === text)!;

/**
 * The first presenter in Q&A, the second waiting, the third marked absent after a question came
 * in for it. Judge 1 (with a title) asks two questions of the first, judge 2 one of the second.
 */
function queue() {
  const h = new Show(makeDef({ judges: [{ name: '张评委', title: '县委书记' }, { name: '李评委' }, { name: '王评委' }] }));
  h.start();
  const [p1, p2, p3] = view(h).presenters.map((p) => p.id);
  const [j1, j2] = view(h).judges.map((j) => j.id);
  const ask = (by: string | undefined, presenterId: string, text: string) =>
    h.do({ type: 'question:ask', presenterId, text }, by ? { actor: judge(by) } : {});
  ask(j2, p3!, '三号单位的问题');
  h.do({ type: 'presenter:absent', presenterId: p3! });
  h.next(p1).qa();
  ask(j1, p1!, '第一问');
  ask(j1, p1!, '第二问');
  ask(undefined, p1!, '主持人代问');
  ask(j2, p2!, '提前问二号');
  return { h, p1: p1!, p2: p2!, p3: p3!, j1: j1!, j2: j2! };
}

describe('which questions a filter lists', () => {
  it('本单位: only the presenter on stage', () => {
    expect(texts(visibleQuestions(view(queue().h), 'current'))).toEqual(['第一问', '第二问', '主持人代问']);
  });

  it('提前: presenters not on stage yet, the absent included', () => {
    expect(texts(visibleQuestions(view(queue().h), 'advance')).sort()).toEqual(['三号单位的问题', '提前问二号'].sort());
  });

  it('全部: everything, but a merged question only under the one it went into', () => {
    const { h } = queue();
    const v0 = view(h);
    h.do({ type: 'question:merge', questionId: byText(v0, '第二问').id, intoId: byText(v0, '第一问').id });
    const v = view(h);
    expect(texts(visibleQuestions(v, 'all')).sort()).toEqual(['三号单位的问题', '主持人代问', '提前问二号', '第一问'].sort());
    expect(texts(mergedInto(v, byText(v, '第一问').id))).toEqual(['第二问']);
    expect(mergedInto(v, byText(v, '主持人代问').id)).toEqual([]);
  });
});

describe('under which heading a question is listed', () => {
  it('follows the question through 上屏, 已答复 and 不采用; merged ones count as not used', () => {
    const { h } = queue();
    const id = (text: string) => byText(view(h), text).id;
    expect(sectionOf(byText(view(h), '第一问'))).toBe('waiting');
    h.do({ type: 'question:show', questionId: id('第一问') });
    expect(sectionOf(byText(view(h), '第一问'))).toBe('shown');
    h.do({ type: 'question:answered', questionId: id('第一问') });
    expect(sectionOf(byText(view(h), '第一问'))).toBe('answered');
    h.do({ type: 'question:dismiss', questionId: id('主持人代问') });
    expect(sectionOf(byText(view(h), '主持人代问'))).toBe('dismissed');
    h.do({ type: 'question:merge', questionId: id('第二问'), intoId: id('第一问') });
    expect(sectionOf(byText(view(h), '第二问'))).toBe('dismissed');
  });
});

describe('merging', () => {
  it('offers the same presenter’s live questions, not itself, not another presenter’s, not a dismissed one', () => {
    const { h } = queue();
    h.do({ type: 'question:dismiss', questionId: byText(view(h), '主持人代问').id });
    const v = view(h);
    expect(texts(mergeTargets(v, byText(v, '第一问')))).toEqual(['第二问']);
    expect(texts(mergeTargets(v, byText(v, '提前问二号')))).toEqual([]);
  });
});

describe('moving a waiting question up or down', () => {
  it('swaps it with its neighbour of the same presenter, and the server’s order follows', () => {
    const { h } = queue();
    const list = visibleQuestions(view(h), 'current');
    const order = swapOrder(list, byText(view(h), '主持人代问'), -1);
    expect(order).not.toBeNull();
    h.do({ type: 'question:reorder', order: order! });
    expect(texts(visibleQuestions(view(h), 'current'))).toEqual(['第一问', '主持人代问', '第二问']);
  });

  it('does nothing at either end, or for a question that is not waiting', () => {
    const { h } = queue();
    const list = visibleQuestions(view(h), 'current');
    expect(swapOrder(list, byText(view(h), '第一问'), -1)).toBeNull();
    expect(swapOrder(list, byText(view(h), '主持人代问'), 1)).toBeNull();
    h.do({ type: 'question:show', questionId: byText(view(h), '第二问').id });
    const after = visibleQuestions(view(h), 'current');
    expect(swapOrder(after, byText(view(h), '第二问'), -1)).toBeNull();
    // The shown one is out of the waiting line: the other two are now neighbours.
    expect(swapOrder(after, byText(view(h), '主持人代问'), -1)).not.toBeNull();
  });
});

describe('who asked', () => {
  it('names a judge with their title, and nobody for the host’s own question', () => {
    const { h, j1, j2 } = queue();
    const v = view(h);
    expect(askerOf(v, byText(v, '第一问').judgeId)).toEqual({ name: '张评委', title: '县委书记' });
    expect(askerOf(v, j1)).toEqual({ name: '张评委', title: '县委书记' });
    expect(askerOf(v, j2)).toEqual({ name: '李评委', title: '' });
    expect(askerOf(v, byText(v, '主持人代问').judgeId)).toBeNull();
    expect(askerOf(v, 'no-such-judge')).toBeNull();
  });
});

describe('question bank text', () => {
  it('takes one question per line, without Word list numbering or blank lines', () => {
    const pasted = '1. 第一题\r\n\r\n2、第二题\n（3）第三题\n   (4) 第四题  \n5）第五题\n\n六、不是编号的句子';
    expect(parseBank(pasted)).toEqual(['第一题', '第二题', '第三题', '第四题', '第五题', '六、不是编号的句子']);
  });

  it('keeps a number that is part of the question', () => {
    expect(parseBank('2024年的目标完成了吗？\n100户危房改造进度如何？')).toEqual(['2024年的目标完成了吗？', '100户危房改造进度如何？']);
  });

  it('reads a UTF-8 file (with or without BOM) and a GB18030 one from Notepad alike', async () => {
    const utf8 = new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), '你好\n再见']);
    expect(await readTextFile(utf8)).toBe('你好\n再见');
    const gb = new Blob([new Uint8Array([0xc4, 0xe3, 0xba, 0xc3])]); // 你好 in GB18030
    expect(await readTextFile(gb)).toBe('你好');
  });
});
