// The 对标 tab of a contest: the presenters on the left, the chosen one's board on the right
// (benchmarks, indicators, values per period, paste from Excel, the chart). Boards are read over
// HTTP and read again after each accepted command, so what shows is what the server stored.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { benchmarkStrings } from '../strings/benchmark.ts';
import { ApiError } from '../api.ts';
import { benchmarkApi, type BenchmarkBoards } from './benchmark-api.ts';
import { NotLoaded } from '../ui/loaded.tsx';
import { toast } from '../ui/toast.tsx';
import { BoardEditor } from './board-editor.tsx';
import './benchmark.css';

export function BenchmarkPage({ id }: { id: string }) {
  const t = useT(benchmarkStrings);
  const [boards, setBoards] = useState<BenchmarkBoards | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const shown = useRef(false);
  shown.current = boards !== null;

  const load = useCallback(async () => {
    try {
      setBoards(await benchmarkApi.get(id));
      setError(null);
    } catch (e) {
      const message = e instanceof ApiError ? e.message : String(e);
      setError(message);
      if (shown.current) toast(message);
    }
  }, [id]);
  useEffect(() => void load(), [load]);

  // A failed first load says why, with 重试; a failed reload after a command leaves the boards up
  // (the command's own answer already said whether it was stored) and says why in a toast.
  if (!boards) return <NotLoaded failed={error} retry={() => void load()} />;
  const current = boards.presenters.find((p) => p.presenterId === picked) ?? boards.presenters[0];
  return (
    <div className="benchmark-page">
      <aside className="panel benchmark-units">
        <header className="panel-head">
          <h2>{t('units')}</h2>
        </header>
        <ul className="benchmark-unit-list">
          {boards.presenters.map((p) => (
            <li key={p.presenterId}>
              <button
                type="button"
                className={p.presenterId === current?.presenterId ? 'unit-pick active' : 'unit-pick'}
                aria-current={p.presenterId === current?.presenterId ? 'true' : undefined}
                data-testid="benchmark-unit"
                onClick={() => setPicked(p.presenterId)}
              >
                <b>{p.unit}</b>
                {p.speaker && <span className="muted small"> {p.speaker}</span>}
                <span className="muted small unit-count">
                  {p.benchmarks.length ? t('count', { n: p.benchmarks.length }) : t('none')}
                  {p.scope === 'series' && (
                    <span className="tag" title={t('sharedHint')}>
                      {t('shared')}
                    </span>
                  )}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <div className="benchmark-main">
        <p className="muted small benchmark-intro">{t('intro')}</p>
        {current && <BoardEditor key={current.presenterId} contestId={id} board={current} reload={load} />}
      </div>
    </div>
  );
}
