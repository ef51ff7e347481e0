// One presenter's 对标 board: add benchmarks and indicators, pick a comparison, enter or paste
// its values, and see its chart — the very chart the projector and the report show.
import { useState } from 'react';
import { useLang, useT } from '../../common/i18n.tsx';
import { BenchmarkChart } from '../../common/benchmark-chart.tsx';
import { benchmarkLabelsEn, benchmarkLabelsZh } from '../../../shared/benchmark/chart.ts';
import type { BenchmarkKind } from '../../../shared/benchmark/commands.ts';
import { benchmarkStrings } from '../strings/benchmark.ts';
import { toast } from '../ui/toast.tsx';
import { runBenchmarkCommand, type PresenterBoardLine, type Send } from './benchmark-api.ts';
import { ValuesTable } from './values-table.tsx';
import { ValuesPasteBox } from './values-paste-box.tsx';

type Props = { contestId: string; board: PresenterBoardLine; reload: () => Promise<void> };

export function BoardEditor({ contestId, board, reload }: Props) {
  const t = useT(benchmarkStrings);
  const lang = useLang((s) => s.lang);
  const [pair, setPair] = useState<string | null>(null);
  const send: Send = async (type, payload, commandId) => {
    const r = await runBenchmarkCommand(contestId, board.presenterId, type, payload, commandId);
    if (r.ok) await reload();
    else if (r.issues.length === 0) toast(r.message);
    return r;
  };
  const pairs = board.benchmarks.flatMap((b) => board.indicators.map((i) => ({ key: `${b.id}:${i.id}`, b, i })));
  const chosen = pairs.find((p) => p.key === pair) ?? pairs.find((p) => board.charts.some((c) => c.benchmarkId === p.b.id && c.indicatorId === p.i.id)) ?? pairs[0];
  const kinds: [BenchmarkKind, string][] = [
    ['overall', t('kindOverall')],
    ['signature', t('kindSignature')],
    ['other', t('kindOther')],
  ];
  const kindName = Object.fromEntries(kinds) as Record<BenchmarkKind, string>;
  // The console draws the chart in the console's language; the projector and the PDF stay Chinese.
  const labels = lang === 'en' ? benchmarkLabelsEn : benchmarkLabelsZh;
  const chart = chosen && board.charts.find((c) => c.benchmarkId === chosen.b.id && c.indicatorId === chosen.i.id);

  return (
    <div className="board-editor">
      <div className="board-defs">
        <section className="panel">
          <header className="panel-head">
            <h2>{t('benchmarks')}</h2>
          </header>
          {board.benchmarks.length === 0 && <p className="muted small">{t('noBenchmarks')}</p>}
          <ul className="def-list" data-testid="benchmark-list">
            {board.benchmarks.map((b) => (
              <li key={b.id}>
                {b.name} <span className={`tag kind-${b.kind}`}>{kindName[b.kind]}</span>
              </li>
            ))}
          </ul>
          <AddForm
            fields={[{ name: 'name', label: t('name') }]}
            select={{ name: 'kind', label: t('kind'), options: kinds }}
            submit={t('add')}
            testId="add-benchmark"
            onSubmit={(v) => send('benchmark:add', { name: v.name, kind: v.kind })}
          />
        </section>
        <section className="panel">
          <header className="panel-head">
            <h2>{t('indicators')}</h2>
          </header>
          {board.indicators.length === 0 && <p className="muted small">{t('noIndicators')}</p>}
          <ul className="def-list" data-testid="indicator-list">
            {board.indicators.map((i) => (
              <li key={i.id}>
                {i.name} {i.measure && <span className="muted small">（{i.measure}）</span>}
              </li>
            ))}
          </ul>
          <AddForm
            fields={[
              { name: 'name', label: t('name') },
              { name: 'measure', label: t('measure'), placeholder: t('measurePh'), optional: true },
            ]}
            submit={t('add')}
            testId="add-indicator"
            onSubmit={(v) => send('indicator:add', { name: v.name, measure: v.measure ?? '' })}
          />
        </section>
      </div>
      <section className="panel board-values">
        <header className="panel-head">
          <h2>{t('values')}</h2>
          {pairs.length > 0 && (
            <select className="input pair-select" aria-label={t('values')} value={chosen?.key} onChange={(e) => setPair(e.target.value)}>
              {pairs.map((p) => (
                <option key={p.key} value={p.key}>
                  {t('pair', { benchmark: p.b.name, indicator: p.i.name })}
                </option>
              ))}
            </select>
          )}
        </header>
        {!chosen ? (
          <p className="muted">{t('pickPair')}</p>
        ) : (
          <div className="values-layout">
            <div className="values-left">
              <ValuesTable key={chosen.key} board={board} benchmarkId={chosen.b.id} indicatorId={chosen.i.id} send={send} />
              <ValuesPasteBox key={`paste-${chosen.key}`} benchmarkId={chosen.b.id} indicatorId={chosen.i.id} send={send} />
            </div>
            <div className="values-chart">
              {chart ? (
                <>
                  <h3 className="chart-title">{labels.title(chart)}</h3>
                  <BenchmarkChart chart={chart} labels={labels} failed={t('chartFailed')} />
                </>
              ) : (
                <p className="muted">{t('noValues')}</p>
              )}
            </div>
          </div>
        )}
      </section>
    </div>
  );
}

type Field = { name: string; label: string; placeholder?: string; optional?: boolean };
type AddFormProps = {
  fields: Field[];
  select?: { name: string; label: string; options: [string, string][] };
  submit: string;
  testId: string;
  onSubmit: (values: Record<string, string>) => Promise<{ ok: boolean }>;
};

/** A one-line form that clears itself once the server accepted it. */
function AddForm({ fields, select, submit, testId, onSubmit }: AddFormProps) {
  const blank = () => Object.fromEntries([...fields.map((f) => [f.name, '']), ...(select ? [[select.name, select.options[0]![0]]] : [])]) as Record<string, string>;
  const [values, setValues] = useState(blank);
  const [busy, setBusy] = useState(false);
  const ready = fields.every((f) => f.optional || values[f.name]!.trim() !== '');
  return (
    <form
      className="add-form"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready || busy) return;
        setBusy(true);
        void onSubmit(values).then((r) => {
          setBusy(false);
          if (r.ok) setValues(blank());
        });
      }}
    >
      {fields.map((f) => (
        <input key={f.name} className="input" name={f.name} aria-label={f.label} placeholder={f.placeholder ?? f.label} value={values[f.name]} onChange={(e) => setValues({ ...values, [f.name]: e.target.value })} />
      ))}
      {select && (
        <select className="input" name={select.name} aria-label={select.label} value={values[select.name]} onChange={(e) => setValues({ ...values, [select.name]: e.target.value })}>
          {select.options.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      )}
      <button type="submit" className="btn btn-small" disabled={!ready || busy}>
        {submit}
      </button>
    </form>
  );
}
