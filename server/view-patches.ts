// What the patch rooms hold (docs/protocol.md §3): the last view sent to each, numbered by
// `seq`, so the next commit sends the change from it instead of the whole view. One patch is
// made per room, never per socket; a room nobody is in is forgotten, since whoever joins later
// gets the room's current view on connecting. A compact room holds its views in compact form
// (shared/compact.ts) and its patches are made between those, so its clients patch that form.
import jsonpatch from 'fast-json-patch';
import { pack } from '../shared/compact.ts';
import { isPublicRole, type PatchOp, type PublicView, type SeqView, type View, type ViewPatch, type ViewsMode } from '../shared/protocol/index.ts';
import { smallPublicView } from '../shared/small-view.ts';

// Patch rooms take the small public view (past presenters' marks on request, shared/small-view.ts).
const small = (view: View): View => (isPublicRole(view.role) ? smallPublicView(view as PublicView) : view);
const formed = (view: View, form: ViewsMode): View => (form === 'compact' ? (pack(small(view)) as View) : small(view));

/**
 * The most rooms kept. Under edges the public rooms count as watched even when nobody is in them
 * (cluster/authority.ts), so they are never forgotten by emptiness: without a bound a server that
 * runs for a year would keep the last views of every contest it ever showed. Past the bound the
 * room updated longest ago is forgotten; its next commit sends its members the whole view (with
 * a new seq), which they take as they take any whole view.
 */
export const MAX_PATCH_ROOMS = 5000;

export class PatchRooms {
  /** In order of last update (a Map keeps insertion order; an update re-inserts). */
  private readonly last = new Map<string, SeqView>();
  // One counter for every room of this process: a seq is never reused, not even by a room that
  // was forgotten and made again, so a client's base can only match the view it really holds.
  // It starts from the clock (µs): an edge's phone keeps its socket while the authority restarts,
  // and the restarted authority's patches must not match the seq it holds from before.
  private seq: number;

  constructor(
    start = Date.now() * 1000,
    private readonly maxRooms = MAX_PATCH_ROOMS,
  ) {
    this.seq = start;
  }

  private keep(room: string, view: SeqView): void {
    this.last.delete(room);
    this.last.set(room, view);
    if (this.last.size > this.maxRooms) this.last.delete(this.last.keys().next().value!);
  }

  /**
   * What turns the room's last view into `view`, which becomes the room's view: a patch; the
   * whole view (with its `seq`) when the room has none to patch from — its members may have
   * joined on another process, or before the room was forgotten; or null when nothing changed
   * (for a judge, nothing but `rev`: another judge's submission, as whole judge views skip it).
   */
  next(room: string, view: View, form: ViewsMode): { patch: ViewPatch } | { view: SeqView } | null {
    const prev = this.last.get(room);
    const seq = ++this.seq;
    const next: SeqView = { ...formed(view, form), seq };
    if (!prev) return this.keep(room, next), { view: next };
    const ops = jsonpatch.compare(prev, next) as PatchOp[];
    const changed = ops.filter((o) => o.path !== '/seq' && !(view.role === 'judge' && o.path === '/rev'));
    if (changed.length === 0) return null;
    this.keep(room, next);
    return { patch: { base: prev.seq, seq, rev: view.rev, ops } };
  }

  /**
   * The view a new member of the room (or one that asks again after a gap) is given: the one
   * the others hold, so the next patch applies to it too; made from `fresh` if the room has none.
   */
  current(room: string, fresh: () => View, form: ViewsMode): SeqView {
    const held = this.last.get(room);
    if (held) return held;
    const view: SeqView = { ...formed(fresh(), form), seq: ++this.seq };
    this.keep(room, view);
    return view;
  }

  forget(room: string): void {
    this.last.delete(room);
  }
}
