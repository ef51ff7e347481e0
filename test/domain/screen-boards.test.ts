// screen:show boards (issue 15): the 红黑榜 stage exists only for a contest that belongs to a
// series; it then stays up like any other forced stage, until the next step of the run of show.
import { describe, expect, it } from 'vitest';
import { publicView } from '../../shared/views.ts';
import { created, given, makeDef, Show, SHEETS_375 } from './given.ts';

const IN_SERIES = makeDef({ series: { seriesId: 's1', tierId: 't1', periodId: 'm1' } });

describe('screen:show boards', () => {
  it('is refused for a contest outside any series, saying why, and the screen stays as it was', () => {
    const h = new Show().start().turn('p1', SHEETS_375);
    const message = given(h.history()).when({ type: 'screen:show', stage: 'boards' }).thenFails('wrong_state');
    expect(message).toBe('本场比赛不属于任何系列，没有红黑榜');
    expect(publicView(h.state).stage).toBe('reveal');
  });

  it('is refused before the contest starts too, and for the other stages nothing changes', () => {
    given([created()]).when({ type: 'screen:show', stage: 'boards' }).thenFails('wrong_state');
    given([created()]).when({ type: 'screen:show', stage: 'ranking' }).then([{ type: 'ScreenShown', stage: 'ranking' }]);
  });

  it('puts the boards on the screen of a contest in a series, also once it is finished, with the boards left to the server', () => {
    const h = new Show(IN_SERIES).start();
    for (const id of ['p1', 'p2', 'p3']) h.turn(id, SHEETS_375);
    h.finish();
    const s = given(h.history()).when({ type: 'screen:show', stage: 'boards' }).then([{ type: 'ScreenShown', stage: 'boards' }]);
    expect(publicView(s).stage).toBe('boards');
    // The pure view cannot see the series: the server fills this in (server/series-boards.ts).
    expect(publicView(s).boards).toBeNull();
  });

  it('comes down with the next step of the run of show, like any forced stage', () => {
    const h = new Show(IN_SERIES).start().turn('p1', SHEETS_375).show('boards');
    expect(publicView(h.state).stage).toBe('boards');
    h.next('p2');
    expect(publicView(h.state).stage).toBe('presenter');
  });
});
