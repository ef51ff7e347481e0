// The contest list: the year by series → tier → period, contests of no series under 未归入系列;
// open one, create a contest or a series, create the demo, or copy one as a template.
import { useT } from '../../common/i18n.tsx';
import { api, ApiError } from '../api.ts';
import { go } from '../route.ts';
import { seriesApi } from '../series/series-api.ts';
import { contestsStrings } from '../strings/contests.ts';
import { toast } from '../ui/toast.tsx';
import { NotLoaded, useLoaded } from '../ui/loaded.tsx';
import { TopBar } from '../ui/top-bar.tsx';
import { ContestTable } from './contest-table.tsx';
import { groupContests } from './grouping.ts';
import { noticeApi } from '../notice/notice-api.ts';
import { unansweredOf } from '../notice/unanswered.ts';
import { SeriesBlock } from './series-block.tsx';

export function ContestList() {
  const t = useT(contestsStrings);
  const { data: items, failed, retry: load } = useLoaded(
    () =>
      Promise.all([
        api.list(),
        seriesApi.list().then((all) => Promise.all(all.map((s) => seriesApi.get(s.id)))),
        // The objection marks are extra: a list that cannot have them still lists the contests.
        noticeApi.unanswered().catch(() => []),
      ]).then(([contests, series, notices]) => ({ ...groupContests(contests, series), unanswered: unansweredOf(notices) })),
    'contests',
  );

  const createDemo = async () => {
    try {
      const links = await api.demo();
      toast(t('demoCreated'), 'ok');
      go({ page: 'contest', id: links.id, tab: 'run' });
    } catch (e) {
      toast(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <div className="page">
      <TopBar />
      <main className="list-page">
        <div className="list-head">
          <h1>{t('heading')}</h1>
          <div className="row-gap">
            <button type="button" className="btn" onClick={load}>
              {t('refresh')}
            </button>
            <button type="button" className="btn" onClick={() => void createDemo()}>
              {t('createDemo')}
            </button>
            <button type="button" className="btn" onClick={() => go({ page: 'newSeries' })}>
              {t('newSeries')}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => go({ page: 'new', from: null })}>
              {t('newContest')}
            </button>
          </div>
        </div>
        {items === null ? (
          <NotLoaded failed={failed} retry={load} />
        ) : items.series.length === 0 && items.loose.length === 0 ? (
          <p className="panel empty">{t('empty')}</p>
        ) : (
          <>
            {items.series.map((g) => (
              <SeriesBlock key={g.series.id} group={g} unanswered={items.unanswered} />
            ))}
            {items.loose.length > 0 && (
              <section className="list-group" data-group="loose">
                {items.series.length > 0 && <h2 className="group-title">{t('noSeries')}</h2>}
                <ContestTable rows={items.loose.map((c) => ({ contest: c, copy: { page: 'new', from: c.id } }))} objections={items.unanswered.contests} />
              </section>
            )}
          </>
        )}
      </main>
    </div>
  );
}
