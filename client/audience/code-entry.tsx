// The code box of the codes electorate: a voter who opened the page without scanning a slip (or
// whose code was refused) types the 8 characters printed on it, in any case, with or without the dash.
import { useState, type FormEvent } from 'react';
import { useT } from '../common/i18n.tsx';
import type { Audience, AudienceState } from './audience.ts';
import { strings } from './appraisal-strings.ts';
import { printedCode } from './fragment.ts';

export function CodeEntry({ audience, refusal }: { audience: Audience; refusal: AudienceState['refusal'] }) {
  const t = useT(strings);
  // A refused code stays in the box: a typo is fixed in place, a code in use elsewhere is retried.
  const [typed, setTyped] = useState(refusal?.code ?? '');
  const [bad, setBad] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const code = printedCode(typed);
    if (code) audience.useCode(code);
    setBad(!code);
  };
  return (
    <form className="ballot__code" onSubmit={submit}>
      <label className="ballot__code-label" htmlFor="ballot-code">
        {t('codeLabel')}
      </label>
      <div className="ballot__code-row">
        <input
          id="ballot-code"
          className="ballot__code-input"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          placeholder={t('codePlaceholder')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
        />
        <button type="submit" className="ballot__code-use">
          {t('codeUse')}
        </button>
      </div>
      {bad && (
        <p className="ballot__problem" role="alert">
          {t('codeBad')}
        </p>
      )}
      {refusal && !bad && (
        <p className="ballot__problem" role="alert">
          {refusal.message}
        </p>
      )}
    </form>
  );
}
