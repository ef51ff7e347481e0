// N 件异议待答复: a mark beside a contest or a series period whose 公示 has objections nobody has
// answered (unanswered.ts), taking the host to where they are answered. Inside a contest it sits
// on the 公示 tab itself (`inTab`): the tab is what opens, so the mark is only the number, with
// the words for a pointer and a screen reader.
import { useT } from '../../common/i18n.tsx';
import { noticeStrings } from '../strings/notice.ts';

export function ObjectionBadge({ n, open, inTab = false }: { n: number | undefined; open?: () => void; inTab?: boolean }) {
  const t = useT(noticeStrings);
  if (!n) return null;
  const words = t('unansweredBadge', { n });
  if (inTab)
    return (
      <span className="objection-badge objection-badge-tab" data-testid="objection-badge" title={words} aria-label={words}>
        {n}
      </span>
    );
  return (
    <button type="button" className="objection-badge" data-testid="objection-badge" onClick={open}>
      {words}
    </button>
  );
}
