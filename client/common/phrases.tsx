// Chinese is written without spaces, so a browser may wrap a line between any two characters,
// even inside a word: a projector showing 第四季 / 度 or 党委书 / 记 in front of the leaders reads
// as a mistake. Phrases wraps only between words: the browser's own word list (Intl.Segmenter)
// marks the places with <wbr>, and `word-break: keep-all` (.phrases in theme.css) forbids the
// rest. A single word wider than its box still wraps (overflow-wrap: anywhere), and a browser
// without Intl.Segmenter wraps as before.
import { Fragment } from 'react';

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

// Punctuation keeps to its word: no line starts with a closing mark or ends with an opening
// one, and a number keeps its 年/月/期 (2026年, 第3期). A lone character joins the word before
// it: the word list knows 擂台 but not 擂台赛, 党 and 建 but not 党建, and cuts 述职评议 into four.
const noBreakAfter = /[（(《“‘「【[0-9０-９]$/;
const noBreakBefore = /^[，。、；：？！）)》”’」】\]·…—%％]/;
const lone = /^\p{Script=Han}$/u;

/** The text cut into the pieces between which a line may wrap. */
export function phrasesOf(text: string): string[] {
  if (!segmenter) return [text];
  const pieces: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const last = pieces[pieces.length - 1];
    if (last !== undefined && (noBreakAfter.test(last) || noBreakBefore.test(segment) || lone.test(segment))) pieces[pieces.length - 1] = last + segment;
    else pieces.push(segment);
  }
  return pieces;
}

export function Phrases({ text }: { text: string }) {
  const pieces = phrasesOf(text);
  return (
    <span className="phrases">
      {pieces.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {p}
        </Fragment>
      ))}
    </span>
  );
}
