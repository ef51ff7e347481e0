// A compact, host-side rendering of the projector's current stage. Deliberately its own small
// drawing (not the screen client): it only has to tell the operator what the room is seeing.
import { firstPlaceWord } from '../../../shared/contest-kind.ts';
import { useLang, useT } from '../../common/i18n.tsx';
import { formatClock, formatFinal, formatShare } from '../../../shared/format.ts';
import { remainingMs, useNow } from '../../common/clock.ts';
import type { PublicView } from '../../../shared/protocol/index.ts';
import { useHostSession } from '../host-session.ts';
import { showsRatingProgress } from '../../common/rating-progress.ts';
import { ratingStrings } from '../strings/rating.ts';
import { runStrings } from '../strings/run.ts';

export function ScreenPreview({ screen }: { screen: PublicView }) {
  const t = useT(runStrings);
  const tr = useT(ratingStrings);
  const lang = useLang((s) => s.lang);
  const offset = useHostSession().useSession((s) => s.offsetMs);
  const now = useNow(Boolean(screen.timer?.running) && (screen.stage === 'presenter' || screen.stage === 'question'), 250);
  const unit = (id: string) => screen.presenters.find((p) => p.id === id)?.unit ?? id;
  const cur = screen.current ? screen.presenters.find((p) => p.id === screen.current?.presenterId) : undefined;
  const revealed = screen.revealed.find((r) => r.presenterId === screen.current?.presenterId);

  let body;
  switch (screen.stage) {
    case 'welcome':
      body = (
        <>
          <div className="pv-title">{screen.contest.title}</div>
          <div className="pv-sub">{screen.contest.theme}</div>
        </>
      );
      break;
    case 'order':
      body = (
        <>
          <div className="pv-label">{t('stageOrder')}</div>
          <ol className="pv-list cols">
            {screen.order.slice(0, 12).map((id) => (
              <li key={id}>{unit(id)}</li>
            ))}
          </ol>
        </>
      );
      break;
    case 'presenter':
      body = (
        <>
          <div className="pv-title">{cur?.unit}</div>
          <div className="pv-sub">{cur?.speaker}</div>
          {screen.timer && <div className="pv-clock">{formatClock(remainingMs(screen.timer, offset, now))}</div>}
        </>
      );
      break;
    case 'question':
      body = (
        <>
          <div className="pv-label">{t('stageQuestion')}{screen.qa.question?.asker ? ` · ${screen.qa.question.asker}` : ''}</div>
          <div className="pv-text">{screen.qa.question?.text}</div>
          {screen.timer && <div className="pv-clock small">{formatClock(remainingMs(screen.timer, offset, now))}</div>}
        </>
      );
      break;
    case 'comment':
      body = (
        <>
          <div className="pv-label">{t('stageComment')}{screen.qa.comment?.by ? ` · ${screen.qa.comment.by}` : ''}</div>
          <div className="pv-text">{screen.qa.comment?.text}</div>
        </>
      );
      break;
    case 'scoring':
      body = (
        <>
          <div className="pv-title">{cur?.unit}</div>
          <div className="pv-big">{t('previewScoring', { n: screen.progress?.submitted ?? 0, m: screen.progress?.expected ?? 0 })}</div>
        </>
      );
      break;
    case 'reveal':
      body = (
        <>
          <div className="pv-title">{cur?.unit}</div>
          <div className="pv-marks">
            {revealed?.marks.map((m) => (
              <span key={m.seat} className={m.dropped ? 'struck' : undefined}>
                {m.total}
              </span>
            ))}
          </div>
          <div className="pv-big gold">{formatFinal(revealed?.final, screen.contest.decimals)}</div>
        </>
      );
      break;
    case 'ranking':
    case 'final': {
      const champs = screen.champions.map(unit);
      body = (
        <>
          {screen.stage === 'final' && champs.length > 0 && <div className="pv-champion">★ {firstPlaceWord(screen.contest.kind, lang)} · {champs.join('、')}</div>}
          <div className="pv-label">{t('stageRanking')}</div>
          {screen.ranking.length === 0 && <div className="pv-sub">{t('previewNoRanking')}</div>}
          <ol className="pv-list">
            {screen.ranking.slice(0, screen.stage === 'final' ? 4 : 6).map((r) => (
              <li key={r.presenterId}>
                <b>{r.rank}</b> {unit(r.presenterId)} <span className="gold">{formatFinal(r.final, screen.contest.decimals)}</span>
              </li>
            ))}
          </ol>
        </>
      );
      break;
    }
    case 'benchmark': {
      const b = screen.benchmark;
      body = (
        <>
          <div className="pv-label">{t('stageBenchmark')}</div>
          {b && <div className="pv-big">{b.unit}</div>}
          {b && b.charts.length > 0 ? (
            b.charts.slice(0, 3).map((c) => (
              <div key={`${c.benchmarkId}:${c.indicatorId}`} className="pv-sub">
                {c.indicator} · {c.benchmark}：{c.points.map((p) => formatShare(p.share)).join(' → ')}
              </div>
            ))
          ) : (
            <div className="pv-sub">{t('previewNoBenchmark')}</div>
          )}
        </>
      );
      break;
    }
    case 'boards': {
      const b = screen.boards;
      const names = (lines: { unit: string }[]) => lines.slice(0, 4).map((l) => l.unit).join('、') || '—';
      body = (
        <>
          <div className="pv-label">{b ? `${b.periodName} ${t('stageBoards')}` : t('stageBoards')}</div>
          {b && b.red.length + b.black.length > 0 ? (
            <>
              <div className="pv-sub">{t('previewRed')}：{names(b.red)}</div>
              <div className="pv-sub">{t('previewBlack')}：{names(b.black)}</div>
            </>
          ) : (
            <div className="pv-sub">{t('previewNoBoards')}</div>
          )}
        </>
      );
      break;
    }
  }
  // A 评比 being scored: the projector draws its progress grid in place of the server's stage.
  if (showsRatingProgress(screen)) {
    const units = screen.rating?.units ?? [];
    body = (
      <>
        <div className="pv-label">{tr('stageProgress')}</div>
        <div className="pv-big">{tr('previewProgress', { n: units.filter((u) => u.submitted >= u.expected).length, m: units.length })}</div>
      </>
    );
  }
  return (
    <div className={`screen-preview pv-${screen.stage}`} aria-label="preview">
      {body}
    </div>
  );
}
