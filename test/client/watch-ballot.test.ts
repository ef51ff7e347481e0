// The audience page's 民主测评 rules without a browser: what a slip's link carries, how a typed
// code is read, what a submit sends, when the phone says "已提交", and the words of a refusal.
import { describe, expect, it } from 'vitest';
import { parseFragment, printedCode } from '../../client/audience/fragment.ts';
import { ballotFor, isSubmitted, refusalKey } from '../../client/audience/ballot-model.ts';

describe('the link after #', () => {
  it.each([
    ['#VWKjDGL9', { contestId: 'VWKjDGL9', code: null }],
    ['#VWKjDGL9&code=ABCD-EFGH', { contestId: 'VWKjDGL9', code: 'ABCD-EFGH' }],
    ['#VWKjDGL9&code=abcdefgh', { contestId: 'VWKjDGL9', code: 'ABCD-EFGH' }],
    ['#VWKjDGL9&code=ABC', { contestId: 'VWKjDGL9', code: null }],
    ['#%E6%B5%8B%E8%AF%95', { contestId: '测试', code: null }],
    ['#bad%', { contestId: 'bad%', code: null }],
    ['', { contestId: '', code: null }],
  ])('%s', (hash, expected) => expect(parseFragment(hash)).toEqual(expected));
});

describe('a code as the voter types it', () => {
  it.each([
    ['abcd-efgh', 'ABCD-EFGH'],
    [' ABCD EFGH ', 'ABCD-EFGH'],
    ['abcdefgh', 'ABCD-EFGH'],
    ['ABCD-EFG', null],
    ['ABCD-EFGHJ', null],
    ['ABCD_EFGH', null],
    ['', null],
  ])('%j → %j', (typed, printed) => expect(printedCode(typed)).toBe(printed));
});

describe('the ballot', () => {
  it('sends only the presenters of the open round', () => {
    expect(ballotFor(['p2', 'p3'], { p1: 'o1', p2: 'o2' })).toEqual({ p2: 'o2' });
  });
  it('is submitted when every open presenter has the acknowledged choice', () => {
    expect(isSubmitted(['p1'], { p1: 'o1' }, { p1: 'o1' })).toBe(true);
    expect(isSubmitted(['p1'], { p1: 'o2' }, { p1: 'o1' })).toBe(false); // changed, not yet sent
    expect(isSubmitted(['p1'], {}, {})).toBe(false); // nothing chosen is not "submitted"
    expect(isSubmitted(['p1', 'p2'], { p1: 'o1', p2: 'o3' }, { p1: 'o1' })).toBe(false);
  });
  it('names each refusal a voter can meet in Chinese, else passes the server’s words', () => {
    const no = (code: 'forbidden' | 'wrong_state' | 'rate_limited' | 'not_current' | 'internal' | 'invalid') => refusalKey({ ok: false, code, message: 'x' });
    expect([no('forbidden'), no('wrong_state'), no('rate_limited'), no('not_current'), no('internal'), no('invalid')]).toEqual([
      'forbidden',
      'closed',
      'rateLimited',
      'notCurrent',
      'timeout',
      null,
    ]);
  });
});
