// One open contest: its live session, the tabs (run, access, results, 公示, 表彰, 对标, setup) and connection state.
import { useMemo } from 'react';
import { useT } from '../common/i18n.tsx';
import { AccessPage } from './access/access-page.tsx';
import { BenchmarkPage } from './benchmark/benchmark-page.tsx';
import { useAuth } from './auth.ts';
import { CorrectDialog } from './correct/correct-dialog.tsx';
import { ReportTimeDialog } from './correct/report-time-dialog.tsx';
import { HonoursPage } from './honours/honours-page.tsx';
import { HostSessionContext, openHostSession } from './host-session.ts';
import { NoticeList } from './notice/notice-tab.tsx';
import { ObjectionBadge } from './notice/objection-badge.tsx';
import { useContestUnanswered } from './notice/unanswered.ts';
import { ResultsPage } from './results/results-page.tsx';
import { go, type Tab } from './route.ts';
import { RunPage } from './run/run-page.tsx';
import { useLateMarksNotice } from './run/late-notice.ts';
import { EditContest } from './setup/edit-contest.tsx';
import { commonStrings } from './strings/common.ts';
import { noticeStrings } from './strings/notice.ts';
import { Banners } from './ui/banners.tsx';
import { StatusPill } from './ui/status-pill.tsx';
import { TopBar } from './ui/top-bar.tsx';

export function ContestShell({ id, tab }: { id: string; tab: Tab }) {
  const t = useT(commonStrings);
  const tn = useT(noticeStrings);
  const token = useAuth((s) => s.token) ?? '';
  const session = useMemo(() => openHostSession(id, token), [id, token]);
  const { view, status, denied } = session.useSession();
  useLateMarksNotice(view);
  // Objections come from the public at any hour: marked on the 公示 tab from every tab of the contest.
  const unanswered = useContestUnanswered(id);

  const tabs: [Tab, string][] = [
    ['run', t('tabRun')],
    ['access', t('tabAccess')],
    ['results', t('tabResults')],
    ['notice', tn('tab')],
    ['honours', t('tabHonours')],
    ['benchmark', t('tabBenchmark')],
    ['setup', t('tabSetup')],
  ];
  const conn = { online: t('connOnline'), connecting: t('connConnecting'), offline: t('connOffline'), denied: t('connDenied') }[status];

  let body;
  if (status === 'denied')
    body = (
      <div className="panel empty">
        <h2>{t('connDenied')}</h2>
        <p>{denied}</p>
        <button type="button" className="btn btn-primary" onClick={() => go({ page: 'list' })}>
          {t('backToList')}
        </button>
      </div>
    );
  else if (tab === 'access') body = <AccessPage id={id} />;
  else if (tab === 'setup') body = <EditContest id={id} />;
  else if (tab === 'honours') body = <HonoursPage id={id} />;
  else if (tab === 'benchmark') body = <BenchmarkPage id={id} />;
  else if (!view) body = <p className="muted pad">{t('loading')}</p>;
  else if (tab === 'results') body = <ResultsPage />;
  else if (tab === 'notice') body = <NoticeList subject={{ kind: 'contest', contestId: id }} onUnanswered={unanswered.set} disabled={view.contest.status === 'finished' ? null : tn('notFinished')} />;
  else body = <RunPage />;

  return (
    <HostSessionContext.Provider value={session}>
      <div className={tab === 'run' ? 'page page-fixed' : 'page'}>
        <TopBar
          right={
            <span className={`conn conn-${status}`} role="status">
              <i />
              {conn}
            </span>
          }
        >
          {view && (
            <span className="contest-name" title={view.contest.title}>
              {view.contest.title}
            </span>
          )}
          {view && <StatusPill status={view.contest.status} />}
          <nav className="tabs" aria-label="tabs">
            {tabs.map(([key, label]) => (
              <button key={key} type="button" className={key === tab ? 'tab active' : 'tab'} aria-current={key === tab ? 'page' : undefined} onClick={() => go({ page: 'contest', id, tab: key })}>
                {label}
                {key === 'notice' && <ObjectionBadge n={unanswered.n} inTab />}
              </button>
            ))}
          </nav>
        </TopBar>
        {status !== 'denied' && <Banners />}
        <main className={`contest-main tab-${tab}`}>{body}</main>
      </div>
      {view && <CorrectDialog />}
      {view && <ReportTimeDialog />}
    </HostSessionContext.Provider>
  );
}
