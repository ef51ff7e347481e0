// The finish dialog's one line, for an arena and a 评比 alike: who has not been revealed
// (finishing early, the results marked 部分), else who was absent (not "every unit revealed"
// when one never came), else every unit revealed. Each kind has its own wording table.
type FinishKey = 'finishEarlyBody' | 'finishBodyAbsent' | 'finishBody';
type T = (key: FinishKey, vars?: Record<string, string | number>) => string;

export function finishLine(t: T, notRevealed: readonly string[], absent: readonly string[]): string {
  if (notRevealed.length > 0) return t('finishEarlyBody', { n: notRevealed.length, names: notRevealed.join('、') });
  return absent.length > 0 ? t('finishBodyAbsent', { names: absent.join('、') }) : t('finishBody');
}
