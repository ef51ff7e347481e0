// A refused series or 对标 command as its form shows it: one language, and each problem once.
import { describe, expect, it } from 'vitest';
import { sayRefusal } from '../../shared/issue-words.ts';
import { ApiError, refused } from '../../client/host/api.ts';
import { useLang } from '../../client/common/i18n.tsx';

/** What request() throws for the server's answer `{ message, issues }`. */
const answer = (message: string, issues: string[]) => new ApiError(400, 'invalid', sayRefusal(message, issues, useLang.getState().lang), issues);

describe('refused', () => {
  const issues = ['第 2 行: 没有单位「戊乡」 (unknown unit)', '第 3 行: 日期无效 (bad date)'];

  it('reads a message of its own, then each issue, without the English halves', () => {
    useLang.setState({ lang: 'zh' });
    const r = refused(answer('2 行有误，未导入任何记录 (nothing imported)', issues));
    expect(r.lines).toEqual(['2 行有误，未导入任何记录', '第 2 行: 没有单位「戊乡」', '第 3 行: 日期无效']);
    expect(r.issues).toEqual(issues); // as the server wrote them: rows and cells are marked by them
  });

  it('says each issue once when the message was only the issues joined', () => {
    useLang.setState({ lang: 'zh' });
    expect(refused(answer(issues.join('; '), issues)).lines).toEqual(['第 2 行: 没有单位「戊乡」', '第 3 行: 日期无效']);
    useLang.setState({ lang: 'en' });
    expect(refused(answer(issues.join('; '), issues)).lines).toEqual(['Row 2: unknown unit', 'Row 3: bad date']);
    useLang.setState({ lang: 'zh' });
  });
});
