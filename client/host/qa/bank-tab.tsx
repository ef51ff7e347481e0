// 题库: how many questions remain undrawn, 随机抽题 (the drawn one goes straight on screen), the
// bank itself with drawn ones marked, and the loader (open at once while the bank is empty).
import { useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import type { HostView } from '../../../shared/protocol/index.ts';
import { useCommand } from '../host-session.ts';
import { qaStrings } from '../strings/qa.ts';
import { BankEditor } from './bank-editor.tsx';

export function BankTab({ view }: { view: HostView }) {
  const t = useT(qaStrings);
  const run = useCommand();
  const [editing, setEditing] = useState(false);
  const left = view.bank.filter((b) => !b.drawn).length;
  const inQa = view.current?.phase === 'qa';
  const empty = view.bank.length === 0;

  return (
    <>
      <div className="bank-bar">
        <span className="bank-count" data-testid="bank-remaining" data-left={left}>
          {empty ? t('bankEmpty') : t('bankSummary', { n: view.bank.length, left })}
        </span>
        {!empty && (
          <button type="button" className="btn btn-small" onClick={() => setEditing((x) => !x)} aria-expanded={editing}>
            {t('bankOpenEditor')}
          </button>
        )}
        {!empty && (
          <button type="button" className="btn btn-small btn-gold" disabled={!inQa || left === 0} title={inQa ? t('bankDrawHint') : t('bankDrawOnlyQa')} onClick={() => void run('bank:draw', {})}>
            {t('bankDraw')}
          </button>
        )}
      </div>
      {(empty || editing) && <BankEditor view={view} onDone={empty ? null : () => setEditing(false)} />}
      {!empty && (
        <ol className="bank-list">
          {view.bank.map((b, i) => (
            <li key={i} className={b.drawn ? 'drawn' : undefined}>
              <span className="bank-text">{b.text}</span>
              {b.drawn && <span className="badge">{t('bankDrawn')}</span>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
