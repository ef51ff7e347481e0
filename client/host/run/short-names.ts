// Criteria named in a narrow column head: each cut to the shortest beginning, of at least `min`
// characters, that no other criterion shares — 工作成效 and 工作作风 read 工作成 / 工作作, not
// 工作 twice. Characters, not UTF-16 units, so a rare character is never cut in half.
export function shortNames(names: readonly string[], min: number): string[] {
  const chars = names.map((n) => [...n]);
  return chars.map((c, i) => {
    for (let len = Math.min(min, c.length); len < c.length; len++) {
      const head = c.slice(0, len).join('');
      if (chars.every((o, j) => j === i || o.slice(0, len).join('') !== head)) return head;
    }
    return c.join('');
  });
}
