// The host's page tells the operator how to put the projector in full screen, and the projector
// itself shows a hint: both must name the same key, or the operator tries the wrong one.
import { describe, expect, it } from 'vitest';
import { strings as screen } from '../../client/screen/strings.ts';
import * as access from '../../client/host/strings/access.ts';

const hostTexts = (lang: 'zh' | 'en') =>
  Object.values(access).flatMap((table) => (typeof table === 'object' && table !== null && lang in table ? Object.values((table as Record<string, Record<string, string>>)[lang]!) : []));

describe('full-screen wording', () => {
  it('the host and the screen name the same key, in both languages', () => {
    expect(screen.zh.hint).toContain('按 F 键全屏');
    expect(hostTexts('zh').join('\n')).toContain('按 F 键全屏');
    expect(hostTexts('zh').join('\n')).not.toContain('F11');
    expect(screen.en.hint).toContain('F full screen');
    expect(hostTexts('en').join('\n')).toContain('F for full screen');
    expect(hostTexts('en').join('\n')).not.toContain('F11');
  });
});
