// The contest's 公示 tab: publish the finished contest, then each notice with its objections.
// Also used on a series' standings for one tier and period (a different subject, same cards).
import { useCallback, useEffect, useState } from 'react';
import { formatDateTime, CHINA_TIME } from '../../../shared/format.ts';
import { unansweredCount } from '../../../shared/notice/state.ts';
import { useLang, useT } from '../../common/i18n.tsx';
import { noticeStrings } from '../strings/notice.ts';
import { NoticeCard } from './notice-card.tsx';
import { NotLoaded } from '../ui/loaded.tsx';
import { noticeApi, type HostNotice, type Subject } from './notice-api.ts';
import { PublishForm } from './publish-form.tsx';
import { fresher, useLoadAgain } from '../ui/load-again.ts';

const sameSubject = (a: Subject, b: Subject) => JSON.stringify(a) === JSON.stringify(b);

type Props = { subject: Subject; issuer?: string; disabled?: string | null; onUnanswered?: (n: number) => void };

export function NoticeList({ subject, issuer, disabled, onUnanswered }: Props) {
  const t = useT(noticeStrings);
  const lang = useLang((x) => x.lang);
  const [notices, setNotices] = useState<HostNotice[] | null>(null);
  // The last load that failed, and when the list shown was loaded: a failed look says so in
  // place (with 重试 when there is nothing to show), once, not as a toast every 15 s.
  const [failed, setFailed] = useState<string | null>(null);
  const [loadedAt, setLoadedAt] = useState(0);
  const load = useCallback(() => {
    const query = subject.kind === 'contest' ? { contest: subject.contestId } : { series: subject.seriesId };
    noticeApi
      .of(query)
      .then((all) => {
        setNotices((shown) => all.filter((n) => sameSubject(n.subject, subject)).map((n) => fresher(shown?.find((x) => x.id === n.id), n)));
        setLoadedAt(Date.now());
        setFailed(null);
      })
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
  }, [JSON.stringify(subject)]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => void load(), [load]);
  // Objections arrive from the public: look again every 15 s while the tab is open, and at once
  // when the operator comes back to this window (a score corrected in another one is pending here).
  useLoadAgain(load, 15_000, false);
  // The contest's 公示 tab mark follows what is shown here: answered here, it goes at once.
  useEffect(() => {
    if (notices) onUnanswered?.(notices.reduce((sum, n) => sum + unansweredCount(n), 0));
  }, [notices, onUnanswered]);
  // In its place (a notice answered does not jump to the top), unless a look already brought newer.
  const replace = (n: HostNotice) =>
    setNotices((all) => (all?.some((x) => x.id === n.id) ? all.map((x) => (x.id === n.id ? fresher(x, n) : x)) : [...(all ?? []), n]));
  // One notice of a subject at a time (the server refuses a second while one is open or upcoming;
  // a correction is republished on it): the form comes back once its period is over.
  const live = notices?.some((n) => n.phase !== 'closed') ?? true;
  return (
    <div className="notice-page">
      {notices !== null && failed !== null && (
        <p className="notice-stale" role="status">
          {t('staleList', { message: failed, time: formatDateTime(loadedAt, CHINA_TIME, lang) })}
        </p>
      )}
      {notices === null ? (
        <NotLoaded failed={failed} retry={load} />
      ) : (
        [...notices].reverse().map((n) => <NoticeCard key={n.id} notice={n} onChange={replace} />)
      )}
      {notices?.length === 0 && <p className="muted pad">{t('none')}</p>}
      {!live && <PublishForm subject={subject} issuer={issuer} disabled={disabled ?? null} onPublished={replace} />}
    </div>
  );
}
