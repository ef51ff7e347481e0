// 提问与点评 in the run of show: three tabs (questions, bank, comments) in one panel that scrolls
// inside, so the run-of-show page never scrolls. The questions tab is the moderation queue.
import { useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import type { HostView } from '../../../shared/protocol/index.ts';
import { useCommand } from '../host-session.ts';
import { qaStrings } from '../strings/qa.ts';
import { BankTab } from './bank-tab.tsx';
import { CommentsTab } from './comments-tab.tsx';
import type { Filter } from './qa-model.ts';
import { QuestionsTab } from './questions-tab.tsx';

type Tab = 'questions' | 'bank' | 'comments';

export function QaPanel({ view }: { view: HostView }) {
  const t = useT(qaStrings);
  const run = useCommand();
  const [tab, setTab] = useState<Tab>('questions');
  const [filter, setFilter] = useState<Filter>('current');
  const [adding, setAdding] = useState(false);
  const cur = view.current;
  const waiting = view.questions.filter((q) => q.status === 'waiting' && q.presenterId === cur?.presenterId).length;
  const curComments = view.comments.filter((c) => c.presenterId === cur?.presenterId).length;
  const bankLeft = view.bank.filter((b) => !b.drawn).length;
  const canComment = view.presenters.some((p) => p.status === 'active' || p.status === 'done');
  const tabs: [Tab, string, string | number | null][] = [
    ['questions', t('tabQuestions'), waiting > 0 ? waiting : null],
    ['bank', t('tabBank'), view.bank.length > 0 ? bankLeft : null],
    // Like the questions' count: the unit on stage, so an earlier unit's comments do not linger.
    ['comments', t('tabComments'), curComments > 0 ? curComments : null],
  ];
  const filters: [Filter, string][] = [
    ['current', t('filterCurrent')],
    ['advance', t('filterAdvance')],
    ['all', t('filterAll')],
  ];
  const pick = (next: Tab) => {
    setTab(next);
    setAdding(false);
  };

  return (
    <section className="panel qa-panel" aria-label={t('title')}>
      <header className="panel-head qa-head">
        <div className="qa-tabs" role="tablist" aria-label={t('title')}>
          {tabs.map(([key, label, n]) => (
            <button key={key} type="button" role="tab" aria-selected={tab === key} className={tab === key ? 'qa-tab active' : 'qa-tab'} data-tab={key} onClick={() => pick(key)}>
              {label}
              {n !== null && <span className={key === 'questions' ? 'qa-count hot' : 'qa-count'}>{n}</span>}
            </button>
          ))}
        </div>
        {tab === 'questions' && (
          <>
            <div className="seg" role="radiogroup" aria-label={t('filterLabel')}>
              {filters.map(([key, label]) => (
                <button key={key} type="button" role="radio" aria-checked={filter === key} className={filter === key ? 'seg-btn active' : 'seg-btn'} onClick={() => setFilter(key)}>
                  {label}
                </button>
              ))}
            </div>
            {cur?.phase === 'qa' && bankLeft > 0 && (
              <button type="button" className="btn btn-tiny btn-gold" title={t('bankDrawHint')} onClick={() => void run('bank:draw', {})}>
                {t('bankDrawLeft', { n: bankLeft })}
              </button>
            )}
          </>
        )}
        {tab !== 'bank' && (
          <button
            type="button"
            className={adding ? 'btn btn-tiny active' : 'btn btn-tiny'}
            aria-expanded={adding}
            disabled={tab === 'comments' && !canComment}
            title={tab === 'comments' && !canComment ? t('commentNeedsPresenter') : undefined}
            onClick={() => setAdding((x) => !x)}
          >
            {tab === 'questions' ? t('addQuestion') : t('addComment')}
          </button>
        )}
      </header>
      <div className="qa-scroll">
        {tab === 'questions' && <QuestionsTab view={view} filter={filter} asking={adding} onAsked={() => setAdding(false)} />}
        {tab === 'bank' && <BankTab view={view} />}
        {tab === 'comments' && <CommentsTab view={view} adding={adding} onAdded={() => setAdding(false)} />}
      </div>
    </section>
  );
}
