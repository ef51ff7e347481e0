// The moderation queue: a filter (on stage / in advance / all), the host's own entry form, and
// the questions by section — on screen, waiting (reorderable), answered, not used.
import { useT } from '../../common/i18n.tsx';
import { useNow } from '../../common/clock.ts';
import type { HostView } from '../../../shared/protocol/index.ts';
import { useHostSession } from '../host-session.ts';
import { qaStrings } from '../strings/qa.ts';
import { AskForm } from './ask-form.tsx';
import { askerOf, FRESH_MS, mergedInto, SECTIONS, sectionOf, visibleQuestions, type Filter, type Question } from './qa-model.ts';
import { QuestionItem } from './question-item.tsx';
import { useQuestionActions } from './use-question-actions.ts';

export function QuestionsTab({ view, filter, asking, onAsked }: { view: HostView; filter: Filter; asking: boolean; onAsked: () => void }) {
  const t = useT(qaStrings);
  const actions = useQuestionActions();
  const offsetMs = useHostSession().useSession((s) => s.offsetMs);
  const list = visibleQuestions(view, filter);
  const shown = list.some((q) => q.status === 'shown');
  // Ticks only while something on the list changes by the second (an answer clock, a fresh mark).
  const anyFresh = list.some((q) => q.status === 'waiting' && Date.now() + offsetMs - q.askedAt < FRESH_MS);
  const now = useNow(shown || anyFresh, shown ? 500 : 2000);
  const cur = view.current;
  const inQa = cur?.phase === 'qa';
  const unitOf = (id: string) => view.presenters.find((p) => p.id === id)?.unit ?? id;
  const who = (q: Question) => (q.source === 'bank' ? t('fromBank') : (askerOf(view, q.judgeId)?.name ?? t('fromHost')));
  const sectionNames = { shown: t('secShown'), waiting: t('secWaiting'), answered: t('secAnswered'), dismissed: t('secDismissed') };
  const empty = filter === 'current' ? (cur ? t('empty') : t('noPresenter')) : filter === 'advance' ? t('emptyAdvance') : t('emptyAll');

  return (
    <>
      {asking && <AskForm view={view} onDone={onAsked} />}
      {list.length === 0 && !asking && <p className="muted small pad-s">{empty}</p>}
      {SECTIONS.map((sec) => {
        const items = list.filter((q) => sectionOf(q) === sec);
        if (items.length === 0) return null;
        return (
          <section key={sec} className={`qa-section sec-${sec}`} data-section={sec}>
            <h3 className="qa-sec-head">
              {sectionNames[sec]} <span className="muted">{items.length}</span>
            </h3>
            <ul className="qa-list">
              {items.map((q) => {
                const peers = items.filter((x) => x.presenterId === q.presenterId);
                const k = peers.indexOf(q);
                return (
                  <QuestionItem
                    key={q.id}
                    q={q}
                    actions={actions}
                    onMove={(dir) => actions.move(list, q, dir)}
                    ctx={{
                      asker: q.source === 'bank' ? null : askerOf(view, q.judgeId),
                      unit: q.presenterId === cur?.presenterId && filter === 'current' ? null : unitOf(q.presenterId),
                      merged: mergedInto(view, q.id).map((m) => ({ id: m.id, who: who(m), text: m.text })),
                      fresh: q.status === 'waiting' && now + offsetMs - q.askedAt < FRESH_MS,
                      canShow: inQa && q.presenterId === cur?.presenterId,
                      canUp: sec === 'waiting' && k > 0,
                      canDown: sec === 'waiting' && k < peers.length - 1,
                      now,
                      timer: view.timer,
                      offsetMs,
                    }}
                  />
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
