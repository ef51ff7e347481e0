// Which of two copies of a notice or a series the host console shows when a load arrives
// (client/host/ui/load-again.ts `fresher`): a look that left before a command was answered must
// not undo, on screen, what the command just did. The browser side of it is in
// test/browser/notice.test.ts ("an answer stays on screen…").
import { describe, expect, it } from 'vitest';
import { fresher } from '../../client/host/ui/load-again.ts';

const copy = (id: string, seq: number, note: string) => ({ id, seq, note });

describe('fresher', () => {
  it.each([
    ['nothing shown yet', null, copy('s1', 3, 'loaded'), 'loaded'],
    ['the load is newer', copy('s1', 3, 'shown'), copy('s1', 4, 'loaded'), 'loaded'],
    ['the load left before the command whose answer is shown', copy('s1', 5, 'shown'), copy('s1', 4, 'loaded'), 'shown'],
    ['same seq: the load, which carries what changed outside the log', copy('s1', 4, 'shown'), copy('s1', 4, 'loaded'), 'loaded'],
    ['another series (the page moved on)', copy('s1', 9, 'shown'), copy('s2', 1, 'loaded'), 'loaded'],
  ])('%s', (_, shown, loaded, expected) => {
    expect(fresher(shown, loaded).note).toBe(expected);
  });
});
