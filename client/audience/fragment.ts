// What the audience page's link carries after `#`: the contest id, and on a 民主测评 slip's QR
// code the ballot code too (`/watch#<id>&code=XXXX-XXXX`, server/http/appraisal.ts). Pure, so
// the parsing is tested without a browser.

export interface Fragment {
  contestId: string;
  /** The ballot code as printed (XXXX-XXXX), or null when the link carries none or a malformed one. */
  code: string | null;
}

export function parseFragment(hash: string): Fragment {
  const [head = '', ...rest] = hash.replace(/^#/, '').split('&');
  let code: string | null = null;
  for (const part of rest) {
    const [key, value = ''] = part.split('=');
    if (key === 'code') code = printedCode(safeDecode(value));
  }
  return { contestId: safeDecode(head).trim(), code };
}

/**
 * A code as typed or scanned — any case, with or without the dash or spaces — in its printed
 * form, or null unless it is 8 letters and digits. Whether it was issued is the server's to say.
 */
export function printedCode(typed: string): string | null {
  const bare = typed.toUpperCase().replace(/[\s-]/g, '');
  return /^[0-9A-Z]{8}$/.test(bare) ? `${bare.slice(0, 4)}-${bare.slice(4)}` : null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // a stray % in a hand-typed link: keep the text rather than break the page
  }
}
