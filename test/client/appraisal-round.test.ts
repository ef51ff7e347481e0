// The run page with 民主测评: the 下一步 button closes an open round before moving on (the server
// refuses to finish with one open), offers the unified vote once everyone has presented with
// `opens: atEnd`, and the panel's 开始测评 is offered exactly when the server will take it.
import { describe, expect, it } from 'vitest';
import { openable } from '../../client/host/run/appraisal-round.ts';
import { nextStep } from '../../client/host/run/next-step.ts';
import { decide } from '../../shared/domain/decide.ts';
import { hostView } from '../../shared/views.ts';
import { context, HOST, makeDef, show, SHEETS_375, withId, type Show } from '../domain/given.ts';

const view = (h: Show) => hostView(h.state, new Set());
const step = (h: Show) => nextStep(view(h));
const withAppraisal = (opens: 'perPresenter' | 'atEnd') => show(makeDef({ appraisal: { preset: 'fourLevel', weight: 0.3, opens } })).start();
/** Whether the domain takes appraisal:open now (what the panel's button would send). */
const serverOpens = (h: Show) => decide(h.state, withId({ type: 'appraisal:open' }), context({ actor: HOST })).ok;

describe('next step and the appraisal round', () => {
  it('perPresenter: voting opens with scoring and closes with the reveal, so the show goes on as before', () => {
    const h = withAppraisal('perPresenter').next('p1').startTimer().qa();
    expect(openable(view(h))).toEqual(['p1']);
    h.open();
    expect(view(h).appraisal?.open).toEqual(['p1']);
    expect(step(h)).toBe('reveal');
    h.scoreAll('p1', SHEETS_375).reveal();
    expect(step(h)).toBe('next');
    expect(openable(view(h))).toEqual([]);
    expect(serverOpens(h)).toBe(false);
  });

  it('a round the host closed early stays closed: not offered again, and finishing is next', () => {
    const h = withAppraisal('perPresenter').turn('p1', SHEETS_375).turn('p2', SHEETS_375).next('p3').open();
    h.do({ type: 'appraisal:close' }).scoreAll('p3', SHEETS_375).reveal();
    expect(step(h)).toBe('finish');
    expect(openable(view(h))).toEqual([]);
    expect(serverOpens(h)).toBe(false);
  });

  it('atEnd: nothing to open while presenters wait; then the unified vote, then close it, then finish', () => {
    const h = withAppraisal('atEnd').turn('p1', SHEETS_375).turn('p2', SHEETS_375);
    expect(openable(view(h))).toEqual([]);
    expect(step(h)).toBe('next');
    h.turn('p3', SHEETS_375);
    expect(openable(view(h))).toEqual(['p1', 'p2', 'p3']);
    expect(serverOpens(h)).toBe(true);
    expect(step(h)).toBe('appraisalOpen');
    h.do({ type: 'appraisal:open' });
    expect(step(h)).toBe('appraisalClose');
    expect(decide(h.state, withId({ type: 'contest:finish' }), context()).ok).toBe(false);
    h.do({ type: 'appraisal:close' });
    expect(step(h)).toBe('finish');
    h.finish();
    expect(step(h)).toBe('none');
  });

  it('without an appraisal nothing changes', () => {
    const h = show().start().turn('p1', SHEETS_375).turn('p2', SHEETS_375).turn('p3', SHEETS_375);
    expect(view(h).appraisal).toBeNull();
    expect(openable(view(h))).toEqual([]);
    expect(step(h)).toBe('finish');
  });
});
