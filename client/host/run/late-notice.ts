// A judge's score that reached the server after its unit was revealed (HostView.lateMarks: the
// phone was offline at 仍然亮分) is said once, as it arrives, on whichever tab of the contest the
// host is; the 成绩 tab keeps it beside the judge's 未评分, with 补录 starting from its values.
import { useEffect, useRef } from 'react';
import { useT } from '../../common/i18n.tsx';
import type { HostView } from '../../../shared/protocol/index.ts';
import { runStrings } from '../strings/run.ts';
import { toast } from '../ui/toast.tsx';
import { unitOf } from './next-step.ts';

export function useLateMarksNotice(view: HostView | null): void {
  const t = useT(runStrings);
  // Those already listed when the contest opened are not news: the 成绩 tab shows them.
  const seen = useRef<{ contest: string; keys: Set<string> } | null>(null);
  const late = view?.lateMarks;
  useEffect(() => {
    if (!view || !late) return;
    const key = (m: HostView['lateMarks'][number]) => `${m.judgeId}:${m.presenterId}:${m.at}`;
    if (seen.current?.contest !== view.contest.id) return void (seen.current = { contest: view.contest.id, keys: new Set(late.map(key)) });
    for (const m of late) {
      if (seen.current.keys.has(key(m))) continue;
      seen.current.keys.add(key(m));
      const judge = view.judges.find((j) => j.id === m.judgeId)?.name ?? m.judgeId;
      toast(t('lateArrived', { judge, unit: unitOf(view, m.presenterId) }));
    }
  }, [late]); // eslint-disable-line react-hooks/exhaustive-deps
}
