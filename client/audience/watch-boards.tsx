// The series' 红榜 / 黑榜 on the audience's phone while the projector shows them (issue 15): the
// projector's two boards (client/screen/stages/boards-stage.tsx) stacked in one card, red above
// black, each unit with its rank, period score and ledger points; the black board worst first.
// Everything comes from view.boards as the server computed it; nothing is ranked here.
import type { CSSProperties } from 'react';
import { useT } from '../common/i18n.tsx';
import type { PublicBoards } from '../../shared/protocol/index.ts';
import { formatFinal, formatPoints } from '../../shared/format.ts';
import { boardsStrings, ruleText } from '../screen/boards-strings.ts';

type T = (key: keyof typeof boardsStrings.zh, vars?: Record<string, string | number>) => string;
type Line = PublicBoards['black'][number] | (PublicBoards['red'][number] & { consecutive?: undefined });


function Row({ line, decimals, points, t }: { line: Line; decimals: number; points: boolean; t: T }) {
  return (
    <li className="wboard__row" data-testid="watch-board-row">
      <span className="wboard__rank">{line.rank}</span>
      <span className="wboard__unit">
        <span className="wboard__name">{line.unit}</span>
        {line.tiedAtCut && <span className="wboard__tag">{t('tied')}</span>}
        {line.consecutive && <span className="wboard__tag wboard__tag--again">{t('consecutive')}</span>}
      </span>
      <span className="wboard__score">{formatFinal(line.score, decimals)}</span>
      {points && <span className="wboard__points">{formatPoints(line.ledger, decimals)}</span>}
    </li>
  );
}

/** `points`: 积分 count in the period score; else no 积分 column (ledgerCounts). */
function Board({ kind, lines, decimals, points, t }: { kind: 'red' | 'black'; lines: Line[]; decimals: number; points: boolean; t: T }) {
  return (
    <section className={`wboard wboard--${kind}${points ? '' : ' wboard--no-points'}`} data-testid={`watch-board-${kind}`}>
      <h3 className="wboard__title">{t(kind)}</h3>
      {lines.length > 0 ? (
        <>
          <div className="wboard__cols" aria-hidden="true">
            <span>{t('colRank')}</span>
            <span>{t('colUnit')}</span>
            <span>{t('colScore')}</span>
            {points && <span>{t('colPoints')}</span>}
          </div>
          <ol className="wboard__rows">
            {lines.map((l) => (
              <Row key={l.unit} line={l} decimals={decimals} points={points} t={t} />
            ))}
          </ol>
        </>
      ) : (
        <p className="wboard__none">{t('nobody')}</p>
      )}
    </section>
  );
}

export function WatchBoards({ boards: b }: { boards: PublicBoards }) {
  const t = useT(boardsStrings);
  const empty = b.red.length === 0 && b.black.length === 0;
  return (
    <section className="watch__card wboards" data-testid="watch-boards" style={{ '--decimals': b.decimals } as CSSProperties}>
      <header className="wboards__head">
        <p className="wboards__kicker">
          {b.seriesName} · {b.tierName}
        </p>
        <h2 className="wboards__title gold-text">
          {b.periodName} {t('title')}
        </h2>
      </header>
      {empty ? (
        <p className="watch__dim">{t('empty')}</p>
      ) : (
        <>
          <Board kind="red" lines={b.red} decimals={b.decimals} points={b.ledgerCounts} t={t} />
          <Board kind="black" lines={b.black} decimals={b.decimals} points={b.ledgerCounts} t={t} />
        </>
      )}
      <footer className="wboards__foot">
        <p className="wboards__note">{ruleText(b, t)}</p>
        {b.absent.length > 0 && <p className="wboards__note">{t('absent', { names: b.absent.join('、') })}</p>}
        {b.issuer && <p className="wboards__issuer">{b.issuer}</p>}
      </footer>
    </section>
  );
}
