// One series: 概览 (tiers × periods), 单位, 积分, 排名与红黑榜, 表彰, 设置 — under one header.
import { useT } from '../../common/i18n.tsx';
import { go, SERIES_TABS, type SeriesTab } from '../route.ts';
import { commonStrings } from '../strings/common.ts';
import { seriesStrings } from '../strings/series.ts';
import { NotLoaded } from '../ui/loaded.tsx';
import { TopBar } from '../ui/top-bar.tsx';
import { SeriesHonoursTab } from './honours-tab.tsx';
import { LedgerTab } from './ledger-tab.tsx';
import { OverviewTab } from './overview-tab.tsx';
import { SeriesSettings } from './series-settings.tsx';
import { StandingsTab } from './standings-tab.tsx';
import { UnitsTab } from './units-tab.tsx';
import { useSeries } from './use-series.ts';

const LABEL: Record<SeriesTab, 'tabOverview' | 'tabUnits' | 'tabLedger' | 'tabStandings' | 'tabHonours' | 'tabSettings'> = {
  overview: 'tabOverview',
  units: 'tabUnits',
  ledger: 'tabLedger',
  standings: 'tabStandings',
  honours: 'tabHonours',
  settings: 'tabSettings',
};

export function SeriesPage({ id, tab }: { id: string; tab: SeriesTab }) {
  const t = useT(seriesStrings);
  const tc = useT(commonStrings);
  const { series, missing, failed, reload } = useSeries(id);
  let body;
  if (missing)
    body = (
      <div className="panel empty">
        <h2>{missing}</h2>
        <button type="button" className="btn btn-primary" onClick={() => go({ page: 'list' })}>
          {tc('backToList')}
        </button>
      </div>
    );
  else if (!series) body = <NotLoaded failed={failed} retry={() => void reload()} />;
  else if (tab === 'units') body = <UnitsTab series={series} reload={reload} />;
  else if (tab === 'ledger') body = <LedgerTab series={series} reload={reload} />;
  else if (tab === 'standings') body = <StandingsTab series={series} />;
  else if (tab === 'honours') body = <SeriesHonoursTab series={series} />;
  else if (tab === 'settings') body = <SeriesSettings series={series} reload={reload} />;
  else body = <OverviewTab series={series} reload={reload} />;
  return (
    <div className="page">
      <TopBar>
        {series && (
          <span className="contest-name" title={series.definition.name}>
            <span className="series-mark">{t('seriesMark')}</span>
            {series.definition.name}
          </span>
        )}
        <nav className="tabs" aria-label="tabs">
          {SERIES_TABS.map((key) => (
            <button key={key} type="button" className={key === tab ? 'tab active' : 'tab'} aria-current={key === tab ? 'page' : undefined} onClick={() => go({ page: 'series', id, tab: key })}>
              {t(LABEL[key])}
            </button>
          ))}
        </nav>
      </TopBar>
      <main className="series-main">{body}</main>
    </div>
  );
}
