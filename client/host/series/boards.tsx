// 红榜 and 黑榜 of a tier and period: who is on each, with 并列入榜 (ties at the cut all in) and
// 连续上黑榜 (black in this period and the one before) marked; absent units listed apart.
import { useT } from '../../common/i18n.tsx';
import { formatFinal, formatPoints } from '../../../shared/format.ts';
import { seriesStrings } from '../strings/series.ts';
import type { SeriesStandings, StoredSeriesDefinition } from './series-api.ts';
import { boardRules } from './rules-summary.tsx';
import { ledgerCounts } from '../../../shared/series/definition.ts';

type Line = SeriesStandings['boards']['black'][number] | SeriesStandings['boards']['red'][number];

export function Boards({ def, data }: { def: StoredSeriesDefinition; data: SeriesStandings }) {
  const t = useT(seriesStrings);
  const rules = boardRules(data.boards.rule, t);
  const name = (id: string) => data.units[id] ?? id;
  const board = (kind: 'red' | 'black', lines: Line[]) => (
    <section className={`panel board board-${kind}`} data-testid={`board-${kind}`}>
      <header className="board-head">
        <h2>{kind === 'red' ? t('redBoard') : t('blackBoard')}</h2>
        <span className="small">{kind === 'red' ? rules.red : rules.black}</span>
      </header>
      {lines.length === 0 ? (
        <p className="muted pad">{t('boardEmpty')}</p>
      ) : (
        <ol className="board-lines">
          {lines.map((l) => (
            <li key={l.unitId} data-unit={l.unitId}>
              <span className="rank">{l.rank}</span>
              <span className="board-unit">{name(l.unitId)}</span>
              {l.tiedAtCut && <span className="tag tiny">{t('tiedAtCut')}</span>}
              {'consecutive' in l && l.consecutive && <span className="tag tiny tag-alarm">{t('consecutiveBlack')}</span>}
              <span className="board-score">{formatFinal(l.score, def.decimals)}</span>
              {ledgerCounts(def) && <span className="board-ledger muted small">{t('ledgerShort', { points: formatPoints(l.ledger) })}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
  return (
    <div className="boards">
      {board('red', data.boards.red)}
      {board('black', data.boards.black)}
      {data.boards.absent.length > 0 && (
        <p className="muted small" data-testid="board-absent">
          {t('boardAbsent', { names: data.boards.absent.map(name).join('、') })}
        </p>
      )}
    </div>
  );
}
