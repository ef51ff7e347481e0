// Field schemas shared by several commands.
import { text } from '../text.ts';

/**
 * A client-made id (e.g. a UUID). A repeat of an accepted command with the same content gets the
 * first answer; refused commands are not remembered, so a retry is decided afresh.
 */
export const CommandId = text().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/, 'commandId: letters, digits, _ and - only');
/** A contest, judge, presenter, question or comment id as sent over the wire. */
export const Id = text().min(1).max(32);
export const Empty = { commandId: CommandId };

/** Free text from people: trimmed, not empty, bounded; always rendered as plain text. */
export const Text = (max: number) =>
  text()
    .trim()
    .min(1, '内容不能为空 (text must not be empty)')
    .max(max, `不能超过 ${max} 字 (at most ${max} characters)`)
    .refine((t) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(t), '含有不可见的控制字符 (control characters)');
