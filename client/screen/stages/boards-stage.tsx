// The series' 红榜 / 黑榜 for this contest's tier and period (issue 15), as the board outside the
// township office shows it: red board and black board side by side, each unit with its rank,
// period score and ledger points; the black board worst first, a unit black-listed two periods
// running marked 连续上黑榜; ties at the cut marked 并列入榜; the rule in small type and the issuing
// body at the foot. The server computes the boards when it builds the view (view.boards).
import type { CSSProperties } from 'react';
import { useT } from '../../common/i18n.tsx';
import type { PublicBoards, PublicView } from '../../../shared/protocol/index.ts';
import { formatFinal, formatPoints } from '../../../shared/format.ts';
import { boardsStrings, ruleText } from '../boards-strings.ts';
import { useFit } from '../use-fit.ts';

type T = (key: keyof typeof boardsStrings.zh, vars?: Record<string, string | number>) => string;
type Line = PublicBoards['black'][number] | (PublicBoards['red'][number] & { consecutive?: undefined });

/** Row type size in --u: large for the usual three or five, smaller as a long board must fit. */
const rowSize = (rows: number) => Math.min(4.2, 29 / Math.max(rows, 1));

function Row({ line, decimals, size, points, t }: { line: Line; decimals: number; size: number; points: boolean; t: T }) {
  const name = useFit<HTMLSpanElement>(`${line.unit}:${size}`, size, size * 0.6);
  return (
    <li className="board__row" data-testid="board-row">
      <span className="board__rank">{line.rank}</span>
      <span className="board__unit">
        <span className="board__name" ref={name}>
          {line.unit}
        </span>
        {line.tiedAtCut && <span className="board__tag">{t('tied')}</span>}
        {line.consecutive && <span className="board__tag board__tag--again">{t('consecutive')}</span>}
      </span>
      <span className="board__score">{formatFinal(line.score, decimals)}</span>
      {points && <span className={`board__points${line.ledger < 0 ? ' is-minus' : ''}`}>{formatPoints(line.ledger, decimals)}</span>}
    </li>
  );
}

/** `points`: 积分 count in the period score; else no 积分 column (ledgerCounts). */
function Board({ kind, lines, decimals, rows, points, t }: { kind: 'red' | 'black'; lines: Line[]; decimals: number; rows: number; points: boolean; t: T }) {
  const size = rowSize(rows);
  return (
    <section className={`board board--${kind}${points ? '' : ' board--no-points'}`} data-testid={`board-${kind}`} style={{ '--row': size } as CSSProperties}>
      <h3 className="board__title">{t(kind)}</h3>
      <div className="board__cols" aria-hidden="true">
        <span>{t('colRank')}</span>
        <span>{t('colUnit')}</span>
        <span>{t('colScore')}</span>
        {points && <span>{t('colPoints')}</span>}
      </div>
      {lines.length > 0 ? (
        <ol className="board__rows">
          {lines.map((l) => (
            <Row key={l.unit} line={l} decimals={decimals} size={size} points={points} t={t} />
          ))}
        </ol>
      ) : (
        <p className="board__none">{t('nobody')}</p>
      )}
    </section>
  );
}

export function BoardsStage({ view }: { view: PublicView }) {
  const t = useT(boardsStrings);
  const b = view.boards;
  const kicker = useFit<HTMLParagraphElement>(b ? `${b.seriesName}:${b.tierName}` : '', 3.2, 2.2);
  const title = useFit<HTMLHeadingElement>(b ? b.periodName : '', 6.4, 4);
  if (!b) {
    return (
      <section className="stage stage--boards" data-stage="boards">
        <p className="stage__empty">{t('unavailable')}</p>
      </section>
    );
  }
  const rows = Math.max(b.red.length, b.black.length, 3);
  const empty = b.red.length === 0 && b.black.length === 0;
  return (
    <section className="stage stage--boards" data-stage="boards">
      <header className="boards__head">
        <p className="boards__kicker" ref={kicker}>
          {b.seriesName} · {b.tierName}
        </p>
        <h2 className="boards__title gold-text" ref={title}>
          {b.periodName} {t('title')}
        </h2>
      </header>
      {empty ? (
        <p className="stage__empty">{t('empty')}</p>
      ) : (
        <div className="boards__pair">
          <Board kind="red" lines={b.red} decimals={b.decimals} rows={rows} points={b.ledgerCounts} t={t} />
          <Board kind="black" lines={b.black} decimals={b.decimals} rows={rows} points={b.ledgerCounts} t={t} />
        </div>
      )}
      <footer className="boards__foot">
        <div className="boards__notes">
          <span>{ruleText(b, t)}</span>
          {b.absent.length > 0 && <span>{t('absent', { names: b.absent.join('、') })}</span>}
        </div>
        {b.issuer && <span className="boards__issuer">{b.issuer}</span>}
      </footer>
    </section>
  );
}
