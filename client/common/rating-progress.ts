// When the projector shows a 评比's progress grid: the server's stage has nobody on stage to
// show while units are being scored. Read by the screen and by the host's preview of it.
import type { PublicView } from '../../shared/protocol/index.ts';

export function showsRatingProgress(view: PublicView): boolean {
  const units = view.rating?.units ?? [];
  // Only in place of the stages that have nothing to show in a 评比; ranking, final and boards
  // stay, and so does whatever the host put on the projector (a 欢迎 before the results).
  if (view.stageForced) return false;
  const empty = view.stage === 'welcome' || view.stage === 'order' || view.stage === 'presenter' || view.stage === 'scoring';
  return empty && units.some((u) => u.state === 'open' || u.state === 'locked');
}
