// The host switches the projector's time-up sound for everyone; the public view carries it.
import { describe, expect, it } from 'vitest';
import { publicView } from '../../shared/views.ts';
import { created, given } from './given.ts';

describe('screen:mute', () => {
  it('mutes and unmutes the projector through the public view, refusing a no-op', () => {
    const muted = given([created()]).when({ type: 'screen:mute', muted: true }).then([{ type: 'ScreenMuted', muted: true }]);
    expect(publicView(muted).muted).toBe(true);
    given([created(), { type: 'ScreenMuted', muted: true }]).when({ type: 'screen:mute', muted: true }).thenFails('wrong_state');
    const back = given([created(), { type: 'ScreenMuted', muted: true }]).when({ type: 'screen:mute', muted: false }).then([{ type: 'ScreenMuted', muted: false }]);
    expect(publicView(back).muted).toBe(false);
  });

  it('is refused to judges and the screen', () => {
    given([created()]).when({ type: 'screen:mute', muted: true }, { actor: { role: 'screen' } }).thenFails('forbidden');
  });
});
