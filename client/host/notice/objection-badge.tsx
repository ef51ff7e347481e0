// N 件异议待答复: a mark beside a contest or a series period whose 公示 has objections nobody has
// answered (unanswered.ts), taking the host to where they are answered.
import { useT } from '../../common/i18n.tsx';
import { noticeStrings } from '../strings/notice.ts';

export function ObjectionBadge({ n, open }: { n: number | undefined; open: () => void }) {
  const t = useT(noticeStrings);
  if (!n) return null;
  return (
    <button type="button" className="objection-badge" data-testid="objection-badge" onClick={open}>
      {t('unansweredBadge', { n })}
    </button>
  );
}
