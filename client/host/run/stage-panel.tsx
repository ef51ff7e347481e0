// Who is on stage, where in the order, and which phase (汇报 → 提问 → 评分 → 亮分).
import { useT } from '../../common/i18n.tsx';
import type { HostView } from '../../../shared/protocol/index.ts';
import { formatSpeaker } from '../../../shared/format.ts';
import { runStrings } from '../strings/run.ts';

const PHASES = ['report', 'qa', 'scoring', 'revealed'] as const;

export function StagePanel({ view }: { view: HostView }) {
  const t = useT(runStrings);
  const cur = view.current;
  const p = cur ? view.presenters.find((x) => x.id === cur.presenterId) : undefined;
  const labels = { report: t('phReport'), qa: t('phQa'), scoring: t('phScoring'), revealed: t('phRevealed') };
  const upcoming = view.order.map((id) => view.presenters.find((x) => x.id === id)).find((x) => x?.status === 'waiting');
  const champions = view.screen.champions.map((id) => view.presenters.find((x) => x.id === id)?.unit ?? id);

  if (!cur || !p) {
    const headline = view.contest.status === 'setup' ? t('notStarted') : view.contest.status === 'finished' ? t('stepNone') : t('betweenPresenters');
    return (
      <section className="panel stage-panel idle" data-testid="stage">
        <div className="stage-headline">{headline}</div>
        {champions.length > 0 ? (
          <div className="stage-champion">{t('champion', { names: champions.join('、') })}</div>
        ) : (
          upcoming && <div className="stage-upnext">{t('upNext', { name: `${upcoming.unit} ${upcoming.speaker}`.trim() })}</div>
        )}
      </section>
    );
  }

  const at = PHASES.indexOf(cur.phase);
  return (
    <section className="panel stage-panel" data-testid="stage">
      <div className="stage-meta">
        <span className="muted">{t('position', { n: view.order.indexOf(p.id) + 1, m: view.order.length })}</span>
        <ol className="phase-steps" aria-label="phase">
          {PHASES.map((ph, i) => (
            <li key={ph} className={i < at ? 'past' : i === at ? 'now' : ''} aria-current={i === at ? 'step' : undefined}>
              {labels[ph]}
            </li>
          ))}
        </ol>
      </div>
      <div className="stage-unit" data-testid="current-unit">
        {p.unit}
      </div>
      <div className="stage-speaker">{formatSpeaker(p)}</div>
    </section>
  );
}
