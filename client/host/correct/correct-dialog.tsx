// 更正 / 补录: the host enters one judge's marks for one presenter (a judge's slip, or a paper
// ballot when a phone failed). One field per criterion on the scoreStep grid with its maximum,
// a required reason, then score:correct. The event log keeps the old marks and the reason.
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { decimalText, type Problem } from '../../../shared/scoring/entry.ts';
import { judgeTotal } from '../../../shared/scoring/index.ts';
import { useCommand, useHostView } from '../host-session.ts';
import { commonStrings } from '../strings/common.ts';
import { correctStrings } from '../strings/correct.ts';
import { toast } from '../ui/toast.tsx';
import { closeCorrection, useCorrection } from './correct-store.ts';
import { readMark } from './marks-entry.ts';

export function CorrectDialog() {
  const target = useCorrection((s) => s.target);
  const view = useHostView();
  // Leaving the contest closes it: another contest has judges and presenters with the same ids.
  useEffect(() => closeCorrection, []);
  if (!target || !view) return null;
  const presenter = view.presenters.find((p) => p.id === target.presenterId);
  const judge = view.judges.find((j) => j.id === target.judgeId);
  if (!presenter || !judge) return null;
  // Keyed so that opening it for another judge starts from that judge's marks.
  return <CorrectForm key={`${presenter.id}:${judge.id}`} presenterId={presenter.id} judgeId={judge.id} late={target.late?.values ?? null} />;
}

function CorrectForm({ presenterId, judgeId, late }: { presenterId: string; judgeId: string; late: number[] | null }) {
  const t = useT(correctStrings);
  const tc = useT(commonStrings);
  const run = useCommand();
  const view = useHostView();
  const presenter = view?.presenters.find((p) => p.id === presenterId);
  const judge = view?.judges.find((j) => j.id === judgeId);
  const mark = presenter?.marks[judgeId];
  const criteria = view?.definition.criteria ?? [];
  const step = view?.definition.rules.scoreStep ?? 1;
  // decimalText, not String: a mark of 1e-11 must start as text the field reads back.
  const start = mark?.values ?? late ?? [];
  const [texts, setTexts] = useState(() => criteria.map((_, k) => (start[k] !== undefined ? decimalText(start[k]) : '')));
  // The reason a 补录 of a late score has, for the host to confirm (the log and the report keep it).
  const [reason, setReason] = useState(() => (late && !mark ? t('lateReason') : ''));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstRef.current?.select(), []);
  if (!view || !presenter || !judge) return null;

  const read = criteria.map((c, k) => readMark(texts[k] ?? '', c.max, step));
  const values = read.map((r) => r.value);
  const complete = read.every((r) => r.problem === null);
  const total = complete ? judgeTotal(view.definition, values as number[]) : null;
  const valid = complete && reason.trim().length > 0;
  // A Record, so that a new kind of problem cannot reach the dialog without words for it.
  const message = (p: Problem, max: number): string => {
    const words: Record<Problem, string> = {
      empty: t('errEmpty'),
      nan: t('errNan'),
      digits: t('errDigits'),
      negative: t('errRange', { max }),
      over: t('errRange', { max }),
      grid: t('errGrid', { step }),
    };
    return words[p];
  };

  const submit = async () => {
    setTried(true);
    if (!valid || busy) return;
    setBusy(true);
    const ack = await run('score:correct', { presenterId, judgeId, values: values as number[], reason: reason.trim() });
    setBusy(false);
    if (ack.ok) {
      toast(t('done', { judge: judge.name, unit: presenter.unit }), 'ok');
      closeCorrection();
    }
  };

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && closeCorrection()}>
      <form
        className="modal correct-modal"
        role="dialog"
        aria-modal="true"
        aria-label={mark ? t('titleCorrect') : t('titleEnter')}
        onKeyDown={(e) => e.key === 'Escape' && closeCorrection()}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2>{mark ? t('titleCorrect') : t('titleEnter')}</h2>
        <p className="correct-who">{t('who', { judge: `${judge.name}${judge.title ? `（${judge.title}）` : ''}`, unit: presenter.unit })}</p>
        <p className="muted small">{mark ? t('was', { values: mark.values.join(' / '), total: mark.total }) : late ? t('fromLate') : t('none')}</p>
        <div className="correct-fields">
          {criteria.map((c, k) => {
            const problem = read[k]?.problem ?? null;
            const show = problem !== null && (tried || (texts[k] ?? '') !== '');
            return (
              <label key={c.name} className={show ? 'correct-field invalid' : 'correct-field'}>
                <span className="correct-name">{c.name}</span>
                <input
                  ref={k === 0 ? firstRef : undefined}
                  className="input num"
                  inputMode="decimal"
                  aria-label={c.name}
                  aria-invalid={show}
                  value={texts[k] ?? ''}
                  onChange={(e) => setTexts((xs) => xs.map((x, i) => (i === k ? e.target.value : x)))}
                />
                <span className="muted small">/ {c.max}</span>
                <span className="correct-err small">{show ? message(problem, c.max) : ''}</span>
              </label>
            );
          })}
        </div>
        <div className="correct-total">
          {t('total', { total: total ?? '—' })} <span className="muted small">· {t('step', { step })}</span>
        </div>
        <label className="field">
          <span>{t('reason')}</span>
          <input
            className="input"
            aria-label={t('reason')}
            aria-invalid={tried && !reason.trim()}
            maxLength={200}
            placeholder={t('reasonPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          {tried && !reason.trim() && <span className="correct-err small">{t('errReason')}</span>}
        </label>
        <div className="modal-actions">
          <button type="button" className="btn" onClick={closeCorrection}>
            {tc('cancel')}
          </button>
          <button type="submit" className="btn btn-danger" disabled={busy || (tried && !valid)}>
            {t('confirm')}
          </button>
        </div>
      </form>
    </div>
  );
}
