// The server's refusals as people read them. Its own rules are written "中文 (English)" and its
// issues carry the field's path ("terms.issuer: 请填写发布单位 (the issuing body is required)"):
// a page shows one language and no path, the way a person would say it. The raw strings stay
// what programs (and the setup form's row marking) read.

type Lang = 'zh' | 'en';

/** Zod's own English messages (limits without a custom text), said in either language. */
function generic(message: string, lang: Lang): string {
  const big = /^Too big: expected (string|number|array) to (?:have )?<=?(\d+(?:\.\d+)?)/.exec(message);
  if (big) {
    const [, kind, n] = big;
    if (kind === 'string') return lang === 'zh' ? `不能超过 ${n} 个字` : `must be at most ${n} characters`;
    if (kind === 'array') return lang === 'zh' ? `不能超过 ${n} 项` : `must have at most ${n} entries`;
    return lang === 'zh' ? `不能大于 ${n}` : `must be at most ${n}`;
  }
  const small = /^Too small: expected (string|number|array) to (?:have )?>=?(\d+(?:\.\d+)?)/.exec(message);
  if (small) {
    const [, kind, n] = small;
    if (kind === 'string') return lang === 'zh' ? '不能为空' : 'must not be empty';
    if (kind === 'array') return lang === 'zh' ? `至少 ${n} 项` : `needs at least ${n} entries`;
    return lang === 'zh' ? `不能小于 ${n}` : `must be at least ${n}`;
  }
  if (/^Invalid input: expected (number|int)/.test(message)) return lang === 'zh' ? '请填写数字' : 'must be a number';
  if (/expected int/.test(message)) return lang === 'zh' ? '须为整数' : 'must be a whole number';
  return message;
}

/** "中文 (English)" as the server writes its own rules: one half, in the interface's language. */
export function oneLanguage(message: string, lang: Lang): string {
  const m = /^(.*[^\s]) \(([^()]*[A-Za-z][^()]*)\)$/.exec(message);
  if (m && /[\u4e00-\u9fff]/.test(m[1] ?? '')) return (lang === 'zh' ? m[1] : m[2]) ?? message;
  return generic(message, lang);
}

/** A predicate without its subject ("不能为空"): the path is all that says what it is about. */
const BARE = /^(不能|须|至少|must|needs)/;

/**
 * One issue or message, in one language: "terms.issuer: 请填写发布单位 (…)" → "请填写发布单位". A bare
 * predicate keeps its path ("name: 不能为空"), which is better than not saying what is empty.
 */
export function sayIssue(raw: string, lang: Lang): string {
  // A pasted row's issue ("第 2 行: 没有单位「戊乡」 (unknown unit)") keeps its row in either language.
  const row = /^第\s*(\d+)\s*行[:：]\s*(.*)$/s.exec(raw);
  if (row) return `${lang === 'zh' ? `第 ${row[1]} 行: ` : `Row ${row[1]}: `}${oneLanguage(row[2] ?? '', lang)}`;
  const m = /^([A-Za-z]\w*(?:\[\d+\]|\.[A-Za-z]\w*)*): (.*)$/s.exec(raw);
  const text = oneLanguage(m ? (m[2] ?? '') : raw, lang);
  return m && BARE.test(text) ? `${m[1]}: ${text}` : text;
}

/**
 * A refusal as one line. A message that is only its issues joined (as the server's `invalid`
 * answers are) is said issue by issue; a message of its own ("未导入任何记录", its rows in
 * `issues`) is said as it is, the issues left to whoever lists them.
 */
export function sayRefusal(message: string, issues: readonly string[], lang: Lang): string {
  if (issues.length > 0 && message === issues.join('; ')) return issues.map((i) => sayIssue(i, lang)).join(lang === 'zh' ? '；' : '; ');
  return sayIssue(message, lang);
}
