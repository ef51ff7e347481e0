// The end of the show: the 擂主 (or 并列擂主 for a shared first place) with a restrained gold
// celebration, and the final ranking.
import type { CSSProperties } from 'react';
import { useT } from '../../common/i18n.tsx';
import type { PublicView } from '../../../shared/protocol/index.ts';
import { presenterMap } from '../format.ts';
import { formatSpeaker } from '../../../shared/format.ts';
import { RankingList } from '../ranking-list.tsx';
import { strings } from '../strings.ts';

// Fixed, evenly spread positions and delays: the same calm fall on every render. Negative
// delays start the fall already under way instead of all flakes leaving the top together.
const FLAKES = Array.from({ length: 28 }, (_, i) => ({
  left: `${2 + ((i * 37) % 96)}%`,
  delay: `-${((i * 53) % 110) / 10}s`,
  duration: `${7 + ((i * 29) % 50) / 10}s`,
  size: `${0.5 + ((i * 17) % 10) / 10}`,
}));

function GoldFall() {
  return (
    <div className="goldfall" aria-hidden="true">
      {FLAKES.map((f, i) => (
        <span key={i} style={{ left: f.left, animationDelay: f.delay, animationDuration: f.duration, '--s': f.size } as CSSProperties} />
      ))}
    </div>
  );
}

export function FinalStage({ view }: { view: PublicView }) {
  const t = useT(strings);
  const names = presenterMap(view);
  const champions = view.champions.map((id) => names.get(id)).filter((p) => p !== undefined);
  const shared = champions.length > 1;
  return (
    <section className="stage stage--final" data-stage="final">
      {champions.length > 0 && <GoldFall />}
      {champions.length > 0 && (
        <div className="champion" data-testid="champion">
          <p className="champion__label">{view.contest.kind === 'rating' ? t(shared ? 'sharedFirst' : 'first') : t(shared ? 'sharedChampion' : 'champion')}</p>
          <div className={`champion__names${shared ? ' is-shared' : ''}`}>
            {champions.map((p) => (
              <div key={p.id} className="champion__one">
                <span className="champion__unit gold-text">{p.unit}</span>
                {formatSpeaker(p) && <span className="champion__speaker">{formatSpeaker(p)}</span>}
              </div>
            ))}
          </div>
        </div>
      )}
      <h2 className="final-board__title">
        {t('finalTitle')}
        {view.contest.partial && <span className="final-board__partial">{t('partial')}</span>}
      </h2>
      <RankingList view={view} columns={champions.length > 0 ? 4 : true} className="ranking--final" limit={champions.length > 0 ? 12 : undefined} />
    </section>
  );
}
