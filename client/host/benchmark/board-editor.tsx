// One presenter's 对标 board: add benchmarks and indicators, pick a comparison, enter or paste
// its values, and see its chart — the very chart the projector and the report show.
import { useState } from 'react';
import { useLang, useT } from '../../common/i18n.tsx';
import { BenchmarkChart } from '../../common/benchmark-chart.tsx';
import { benchmarkLabelsEn, benchmarkLabelsZh } from '../../../shared/benchmark/chart.ts';
import type { BenchmarkKind } from '../../../shared/benchmark/commands.ts';
import { benchmarkStrings } from '../strings/benchmark.ts';
import { toast } from '../ui/toast.tsx';
import { confirmDialog } from '../ui/dialog.tsx';
import { runBenchmarkCommand, type PresenterBoardLine, type Send } from './benchmark-api.ts';
import { ValuesTable } from './values-table.tsx';
import { ValuesPasteBox } from './values-paste-box.tsx';
import { DefForm } from './def-form.tsx';

type Props = { contestId: string; board: PresenterBoardLine; reload: () => Promise<void> };

export function BoardEditor({ contestId, board, reload }: Props) {
  const t = useT(benchmarkStrings);
  const lang = useLang((s) => s.lang);
  const [pair, setPair] = useState<string | null>(null);
  /** The benchmark or indicator being renamed (ids are unique across both). */
  const [editing, setEditing] = useState<string | null>(null);
  const done = (r: { ok: boolean }) => (r.ok && setEditing(null), r);
  const send: Send = async (type, payload, commandId) => {
    const r = await runBenchmarkCommand(contestId, board.presenterId, type, payload, commandId);
    if (r.ok) await reload();
    else if (r.issues.length === 0) toast(r.message);
    return r;
  };
  // Off the board with its values, once the host has confirmed (the log keeps the record).
  const remove = async (kind: 'benchmark' | 'indicator', id: string, name: string) => {
    const ok = await confirmDialog({ title: t(kind === 'benchmark' ? 'removeBenchmark' : 'removeIndicator', { name }), lines: [t('removeBody')], confirm: t('remove'), cancel: t('cancel'), danger: true });
    if (ok) await (kind === 'benchmark' ? send('benchmark:remove', { benchmarkId: id }) : send('indicator:remove', { indicatorId: id }));
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
            {board.benchmarks.map((b) =>
              editing === b.id ? (
                <li key={b.id} className="def-editing">
                  <DefForm
                    fields={[{ name: 'name', label: t('name') }]}
                    select={{ name: 'kind', label: t('kind'), options: kinds }}
                    initial={{ name: b.name, kind: b.kind }}
                    submit={t('save')}
                    cancel={t('cancel')}
                    onCancel={() => setEditing(null)}
                    testId="edit-benchmark"
                    onSubmit={(v) => send('benchmark:edit', { benchmarkId: b.id, name: v.name, kind: v.kind }).then(done)}
                  />
                </li>
              ) : (
                <li key={b.id}>
                  <button type="button" className="def-name" title={t('edit')} onClick={() => setEditing(b.id)}>
                    {b.name}
                  </button>
                  <span className={`tag kind-${b.kind}`}>{kindName[b.kind]}</span>
                  <button type="button" className="btn btn-small btn-ghost-dark def-remove" data-testid="remove-benchmark" onClick={() => void remove('benchmark', b.id, b.name)}>
                    {t('remove')}
                  </button>
                </li>
              ),
            )}
          </ul>
          <DefForm
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
            {board.indicators.map((i) =>
              editing === i.id ? (
                <li key={i.id} className="def-editing">
                  <DefForm
                    fields={[
                      { name: 'name', label: t('name') },
                      { name: 'measure', label: t('measure'), optional: true },
                    ]}
                    initial={{ name: i.name, measure: i.measure }}
                    submit={t('save')}
                    cancel={t('cancel')}
                    onCancel={() => setEditing(null)}
                    testId="edit-indicator"
                    onSubmit={(v) => send('indicator:edit', { indicatorId: i.id, name: v.name, measure: v.measure ?? '' }).then(done)}
                  />
                </li>
              ) : (
                <li key={i.id}>
                  <button type="button" className="def-name" title={t('edit')} onClick={() => setEditing(i.id)}>
                    {i.name}
                  </button>
                  {i.measure && <span className="muted small">（{i.measure}）</span>}
                  <button type="button" className="btn btn-small btn-ghost-dark def-remove" data-testid="remove-indicator" onClick={() => void remove('indicator', i.id, i.name)}>
                    {t('remove')}
                  </button>
                </li>
              ),
            )}
          </ul>
          <DefForm
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
