// The client's half of patched views: a patch applies only onto the exact view it was made
// from, on a copy (zustand compares by reference; React may still be drawing the old view).
import jsonpatch from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import { applyViewPatch, holdsPatchResult } from '../../client/common/view-patch.ts';
import type { PatchOp, View } from '../../shared/protocol/index.ts';

const before = { role: 'audience', rev: 2, seq: 7, stage: 'welcome', ranking: [{ presenterId: 'p1', final: 80 }] } as unknown as View;
const after = { role: 'audience', rev: 3, seq: 8, stage: 'presenter', ranking: [{ presenterId: 'p1', final: 81 }] } as unknown as View;
const ops = jsonpatch.compare(before, after) as PatchOp[];

describe('applyViewPatch', () => {
  it('applies onto its base and leaves the held view untouched', () => {
    const copy = structuredClone(before);
    expect(applyViewPatch(before, { base: 7, seq: 8, rev: 3, ops })).toEqual(after);
    expect(before).toEqual(copy);
  });

  it('refuses another base, no view, an op that does not apply, or a result without the promised seq', () => {
    expect(applyViewPatch(before, { base: 6, seq: 8, rev: 3, ops })).toBeNull();
    expect(applyViewPatch(null, { base: 7, seq: 8, rev: 3, ops })).toBeNull();
    expect(applyViewPatch(before, { base: 7, seq: 8, rev: 3, ops: [{ op: 'replace', path: '/nothing/here', value: 1 }] })).toBeNull();
    expect(applyViewPatch(before, { base: 7, seq: 9, rev: 3, ops })).toBeNull();
  });

  it('is skipped, not asked for again, when the view held is already its result (a view:get answer overtook it)', () => {
    const patch = { base: 7, seq: 8, rev: 3, ops };
    expect(holdsPatchResult(after, patch)).toBe(true);
    // Without the check it would not apply (its base is gone) and the client would ask again.
    expect(applyViewPatch(after, patch)).toBeNull();
    expect(holdsPatchResult(before, patch)).toBe(false);
    expect(holdsPatchResult(null, patch)).toBe(false);
    // seq is compared for equality only: an older patch onto a newer view is still a resync.
    expect(holdsPatchResult({ ...after, seq: 9 } as unknown as View, patch)).toBe(false);
  });
});
