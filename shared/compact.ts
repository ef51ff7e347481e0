// The compact form of a view (docs/protocol.md §3, `views: "compact"`): the same JSON, with every
// list of like records sent as a table. A view is mostly such lists — 30 presenters, the ranking,
// 15 judges' marks — and their keys, repeated on every line, were half its bytes. One rule for
// every list, not a format per field, so any program can read it with the ten lines of `unpack`
// and a new field in a view needs no change here.
//
//   [{ "id": "p1", "status": "done", "title": "书记" }, { "id": "p2", "status": "done", "title": "镇长" }]
//   → { "$cols": ["id", "status", "title"], "$same": { "status": "done" }, "$rows": [["p1", "书记"], ["p2", "镇长"]] }
//
// `$cols` are the keys in order; `$same` the keys whose value (a string, number, boolean or null)
// is the same on every line, sent once; each row holds the other keys' values in `$cols` order.
// A list is packed when it has two or more entries, all objects with the same keys; anything
// else is sent as it is (views never have keys starting with `$`).

export interface Table {
  $cols: string[];
  $same?: Record<string, unknown>;
  $rows: unknown[][];
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isScalar = (x: unknown) => x === null || typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
// A key holding undefined is absent from the JSON the client gets, so it is absent here too.
const keysOf = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);

export function pack(x: unknown): unknown {
  if (Array.isArray(x)) {
    const items = x.map(pack);
    return tableOf(x, items) ?? items;
  }
  if (!isRecord(x)) return x;
  const out: Record<string, unknown> = {};
  for (const k of keysOf(x)) out[k] = pack(x[k]);
  return out;
}

/** `items`: the entries of `list`, each packed already. */
function tableOf(list: unknown[], items: unknown[]): Table | null {
  if (list.length < 2 || !list.every(isRecord)) return null;
  const cols = keysOf(list[0] as Record<string, unknown>);
  const records = items as Record<string, unknown>[];
  const sameKeys = (o: Record<string, unknown>) => {
    const keys = keysOf(o);
    return keys.length === cols.length && keys.every((k) => k in records[0]!);
  };
  if (cols.length === 0 || !records.every(sameKeys)) return null;
  const same: Record<string, unknown> = {};
  for (const k of cols) if (isScalar(records[0]![k]) && records.every((r) => r[k] === records[0]![k])) same[k] = records[0]![k];
  const varying = cols.filter((k) => !(k in same));
  return {
    $cols: cols,
    ...(Object.keys(same).length > 0 ? { $same: same } : {}),
    $rows: records.map((r) => varying.map((k) => r[k])),
  };
}

const isTable = (x: Record<string, unknown>): x is Record<string, unknown> & Table => Array.isArray(x.$cols) && Array.isArray(x.$rows);

export function unpack(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(unpack);
  if (!isRecord(x)) return x;
  if (isTable(x)) {
    const same = x.$same ?? {};
    const varying = x.$cols.filter((k) => !(k in same));
    return x.$rows.map((row) => {
      const out: Record<string, unknown> = {};
      for (const k of x.$cols) out[k] = k in same ? same[k] : unpack(row[varying.indexOf(k)]);
      return out;
    });
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(x)) out[k] = unpack(x[k]);
  return out;
}
