// The contest list: open one, create new, create the demo, or copy one as a template.
import { useCallback, useEffect, useState } from 'react';
import { useLang, useT } from '../../common/i18n.tsx';
import { api, ApiError, type ContestSummary } from '../api.ts';
import { go } from '../route.ts';
import { commonStrings } from '../strings/common.ts';
import { contestsStrings } from '../strings/contests.ts';
import { toast } from '../ui/toast.tsx';
import { TopBar } from '../ui/top-bar.tsx';
import { StatusPill } from '../ui/status-pill.tsx';

export function ContestList() {
  const t = useT(contestsStrings);
  const tc = useT(commonStrings);
  const lang = useLang((s) => s.lang);
  const [items, setItems] = useState<ContestSummary[] | null>(null);

  const load = useCallback(() => {
    api
      .list()
      .then((list) => setItems([...list].sort((a, b) => b.createdAt - a.createdAt)))
      .catch((e: unknown) => toast(e instanceof ApiError ? e.message : String(e)));
  }, []);
  useEffect(load, [load]);

  const createDemo = async () => {
    try {
      const links = await api.demo();
      toast(t('demoCreated'), 'ok');
      go({ page: 'contest', id: links.id, tab: 'run' });
    } catch (e) {
      toast(e instanceof ApiError ? e.message : String(e));
    }
  };

  const fmt = (ms: number) => new Date(ms).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });

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
            <button type="button" className="btn btn-primary" onClick={() => go({ page: 'new', from: null })}>
              {t('newContest')}
            </button>
          </div>
        </div>
        {items === null ? (
          <p className="muted">{tc('loading')}</p>
        ) : items.length === 0 ? (
          <p className="panel empty">{t('empty')}</p>
        ) : (
          <table className="table panel contest-table">
            <thead>
              <tr>
                <th>{t('colTitle')}</th>
                <th>{t('colDate')}</th>
                <th>{t('colTier')}</th>
                <th>{t('colStatus')}</th>
                <th>{t('colCreated')}</th>
                <th>{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id} data-contest={c.id}>
                  <td>
                    <button type="button" className="link strong" onClick={() => go({ page: 'contest', id: c.id, tab: 'run' })}>
                      {c.title}
                    </button>
                  </td>
                  <td>{c.date ?? '—'}</td>
                  <td>{c.tier || '—'}</td>
                  <td>
                    <StatusPill status={c.status} />
                  </td>
                  <td className="muted">{fmt(c.createdAt)}</td>
                  <td className="row-gap">
                    <button type="button" className="btn btn-small btn-primary" onClick={() => go({ page: 'contest', id: c.id, tab: 'run' })}>
                      {t('open')}
                    </button>
                    {c.status === 'setup' && (
                      <button type="button" className="btn btn-small" onClick={() => go({ page: 'contest', id: c.id, tab: 'setup' })}>
                        {t('edit')}
                      </button>
                    )}
                    <button type="button" className="btn btn-small" onClick={() => go({ page: 'contest', id: c.id, tab: 'access' })}>
                      {t('access')}
                    </button>
                    <button type="button" className="btn btn-small" onClick={() => go({ page: 'new', from: c.id })}>
                      {t('copy')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </main>
    </div>
  );
}
