// The compact form (shared/compact.ts, docs/protocol.md §3): lists of like records travel as
// tables, and unpacking gives back the very JSON the view was. Table-driven: what is packed,
// what is left alone, and the round trip through JSON text as a client gets it.
import { describe, expect, it } from 'vitest';
import { pack, unpack } from '../../shared/compact.ts';

const wire = (x: unknown) => JSON.parse(JSON.stringify(x));
const roundTrip = (x: unknown) => unpack(wire(pack(x)));

describe('pack', () => {
  it.each([
    [
      'a list of like records becomes a table, values shared by all sent once',
      [{ id: 'p1', status: 'done', title: '书记' }, { id: 'p2', status: 'done', title: '镇长' }],
      { $cols: ['id', 'status', 'title'], $same: { status: 'done' }, $rows: [['p1', '书记'], ['p2', '镇长']] },
    ],
    [
      'no $same when every column varies',
      [{ a: 1 }, { a: 2 }],
      { $cols: ['a'], $rows: [[1], [2]] },
    ],
    ['one record is left as it is', [{ a: 1 }], [{ a: 1 }]],
    ['records with different keys are left as they are', [{ a: 1 }, { b: 1 }], [{ a: 1 }, { b: 1 }]],
    ['a list of scalars is left as it is', ['p1', 'p2'], ['p1', 'p2']],
    ['a mixed list is left as it is', [{ a: 1 }, 'x'], [{ a: 1 }, 'x']],
    ['empty records are left as they are', [{}, {}], [{}, {}]],
    [
      'equal objects are not shared: only strings, numbers, booleans and null',
      [{ a: { x: 1 } }, { a: { x: 1 } }],
      { $cols: ['a'], $rows: [[{ x: 1 }], [{ x: 1 }]] },
    ],
    [
      'a key holding undefined counts as absent, as in the JSON sent',
      [{ a: 1, b: undefined }, { a: 2 }],
      { $cols: ['a'], $rows: [[1], [2]] },
    ],
  ])('%s', (_name, input, packed) => {
    expect(pack(input)).toEqual(packed);
  });

  it('packs lists inside records and inside table cells', () => {
    const view = { rev: 3, revealed: [{ id: 'p1', marks: [{ seat: 1, total: 80 }, { seat: 2, total: 81 }] }, { id: 'p2', marks: [] }] };
    expect(pack(view)).toEqual({
      rev: 3,
      revealed: { $cols: ['id', 'marks'], $rows: [['p1', { $cols: ['seat', 'total'], $rows: [[1, 80], [2, 81]] }], ['p2', []]] },
    });
  });
});

describe('unpack', () => {
  it.each([
    ['a view with tables nested in tables', { rev: 3, revealed: [{ id: 'p1', marks: [{ seat: 1, total: 80, dropped: null }, { seat: 2, total: 81, dropped: 'highest' }] }, { id: 'p2', marks: [] }] }],
    ['shared values of every kind', [{ a: null, b: false, c: 0, d: '' }, { a: null, b: false, c: 0, d: '' }]],
    ['text that looks like the format', [{ name: '$rows', v: ['$cols'] }, { name: '$same', v: [] }]],
    ['scalars and empty things', { a: [], b: {}, c: null, d: [[1, 2], [3]] }],
  ])('gives back what was packed: %s', (_name, input) => {
    expect(roundTrip(input)).toEqual(wire(input));
  });

  it('keeps the key order of the records', () => {
    const input = [{ z: 1, a: 2, m: 'x' }, { z: 3, a: 2, m: 'y' }];
    expect(JSON.stringify(roundTrip(input))).toBe(JSON.stringify(input));
  });

  it('leaves a view that was never packed as it is (an edge sends whole views)', () => {
    const view = { role: 'audience', rev: 9, presenters: [{ id: 'p1' }, { id: 'p2' }] };
    expect(unpack(view)).toEqual(view);
  });
});
