// What one judge may send, written once for the domain that enforces it and the phone that says
// so. Free of zod on purpose: the judge's page imports it.

/** A judge may ask at most this many questions a minute: enough for a person, not for a script. */
export const QUESTIONS_PER_MINUTE = 3;
/**
 * What one judge may send about one presenter, ever: enough for a leader, not enough for a link
 * in the wrong hands to bury the host console and the report (every question and comment is in
 * the host's view and in the PDF). The host, typing for a judge, is not capped.
 */
export const QUESTIONS_PER_PRESENTER = 10;
export const COMMENTS_PER_PRESENTER = 3;
