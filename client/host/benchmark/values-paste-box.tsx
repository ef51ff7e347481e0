// 从 Excel 粘贴: a comparison's periods → a preview with each row's problems → one values:set.
// The server refuses the whole paste when any row is wrong, so nothing is half-imported; the
// command id is made once per preview, so a double click on 导入 sets the rows once.
import { useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { newCommandId } from '../../common/ids.ts';
import { formatAmount, formatShare } from '../../../shared/format.ts';
import { shareOf } from '../../../shared/benchmark/share.ts';
import { benchmarkStrings } from '../strings/benchmark.ts';
import { toast } from '../ui/toast.tsx';
import type { Send } from './benchmark-api.ts';
import { parseValuesPaste, valueRows, type PastedValue, type ValueProblem } from './values-paste.ts';

type Preview = { rows: PastedValue[]; commandId: string };
const PROBLEM: Record<ValueProblem, 'pPeriod' | 'pOwn' | 'pTheirs' | 'pBothEmpty' | 'pDuplicate'> = {
  period: 'pPeriod',
  own: 'pOwn',
  theirs: 'pTheirs',
  bothEmpty: 'pBothEmpty',
  duplicate: 'pDuplicate',
};

export function ValuesPasteBox({ benchmarkId, indicatorId, send }: { benchmarkId: string; indicatorId: string; send: Send }) {
  const t = useT(benchmarkStrings);
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [refusal, setRefusal] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const rows = preview ? valueRows(preview.rows) : null;
  const bad = preview?.rows.filter((r) => r.problems.length > 0).length ?? 0;

  const importRows = async () => {
    if (!preview || !rows || busy) return;
    setBusy(true);
    const r = await send('values:set', { benchmarkId, indicatorId, rows }, preview.commandId);
    setBusy(false);
    if (!r.ok) return setRefusal(r.lines);
    toast(r.duplicate ? t('pasteDuplicate') : t('pasteDone', { n: rows.length }), 'ok');
    setText('');
    setPreview(null);
  };

  return (
    <div className="values-paste" data-testid="values-paste">
      <h3>{t('pasteHeading')}</h3>
      <p className="muted small">{t('pasteHint')}</p>
      <textarea className="input" name="values-paste" rows={4} value={text} placeholder={t('pastePh')} onChange={(e) => (setText(e.target.value), setPreview(null), setRefusal(null))} />
      <div className="row-gap">
        <button type="button" className="btn btn-small" disabled={!text.trim()} onClick={() => (setPreview({ rows: parseValuesPaste(text), commandId: newCommandId() }), setRefusal(null))}>
          {t('pastePreview')}
        </button>
        {preview && (
          <button type="button" className="btn btn-small btn-primary" disabled={!rows || busy || refusal !== null} onClick={() => void importRows()}>
            {busy ? t('pasteSending') : t('pasteSend', { n: preview.rows.length })}
          </button>
        )}
        {bad > 0 && <span className="field-error small">{t('pasteBadRows', { n: bad })}</span>}
      </div>
      {refusal && (
        <div className="issues" role="alert" data-testid="paste-refusal">
          {refusal.map((m) => (
            <div key={m}>{m}</div>
          ))}
        </div>
      )}
      {preview && (
        <table className="table paste-preview" data-testid="paste-preview">
          <thead>
            <tr>
              <th className="col-idx">{t('colLine')}</th>
              <th>{t('colPeriod')}</th>
              <th className="col-num">{t('colOwn')}</th>
              <th className="col-num">{t('colTheirs')}</th>
              <th className="col-num">{t('colShare')}</th>
              <th>{t('colCheck')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.line} className={r.problems.length ? 'row-error' : undefined}>
                <td className="col-idx">{r.line}</td>
                <td>
                  {r.period}
                  {r.target && <span className="tag">{t('colTarget')}</span>}
                </td>
                <td className={`col-num ${r.problems.includes('own') ? 'cell-bad' : ''}`}>{r.problems.includes('own') ? r.raw[1] : formatAmount(r.own)}</td>
                <td className={`col-num ${r.problems.includes('theirs') ? 'cell-bad' : ''}`}>{r.problems.includes('theirs') ? r.raw[2] : formatAmount(r.theirs)}</td>
                <td className="col-num">{r.problems.length ? '' : formatShare(shareOf(r.own, r.theirs).share)}</td>
                <td className="small">{r.problems.length === 0 ? <span className="ok-text">{t('rowOk')}</span> : r.problems.map((p) => t(PROBLEM[p])).join('；')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
