// The judge pad of a 评比: every unit is scored in one sitting, in any order. A list of units
// with where each stands and "已评 7/12"; a unit opens onto the same score sheet as in a 擂台赛
// (drafts, outbox, amendments), with 上一个 / 下一个 and the way back to the list. After a
// submission the list comes back with the next unit to score marked.
import { useState } from 'react';
import type { JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { useJudgePad } from './pad-store.ts';
import { RatingList } from './rating-list.tsx';
import { nextToScore, unitStatus } from './rating-status.ts';
import { RatingUnit } from './rating-unit.tsx';
import { RefusalNotices } from './refusal-notices.tsx';
import { ratingStrings as strings } from './rating-strings.ts';
import { Notice } from './unit-scoring.tsx';
import './rating.css';

export function RatingPad({ view }: { view: JudgeView }) {
  const t = useT(strings);
  const pad = useJudgePad();
  const outbox = pad.scores.useOutbox((s) => s.items);
  const [openId, setOpenId] = useState<string | null>(null);
  /** The unit the list should bring into sight when it comes back (the one left, or the next). */
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const [lastSubmitted, setLastSubmitted] = useState<string | null>(null);

  if (view.contest.status === 'setup') return <Notice text={t('waitSetup')} />;
  const units = view.rating?.units ?? [];
  const statuses = new Map(units.map((u) => [u.presenterId, unitStatus(view, pad.token, outbox, u.presenterId)]));
  const next = nextToScore(view, statuses, lastSubmitted);
  const index = units.findIndex((u) => u.presenterId === openId);

  const show = (id: string | null, back: string | null = null) => {
    setOpenId(id);
    setReturnTo(back);
    window.scrollTo(0, 0);
  };

  const unit = units[index];
  if (unit)
    return (
      <RatingUnit
        key={unit.presenterId}
        view={view}
        unit={unit}
        position={{ index, total: units.length }}
        status={statuses.get(unit.presenterId) ?? 'unscored'}
        onBack={() => show(null, unit.presenterId)}
        onGo={(k) => show(units[k]?.presenterId ?? null)}
        onSubmitted={() => {
          setLastSubmitted(unit.presenterId);
          show(null, nextToScore(view, new Map([...statuses, [unit.presenterId, 'pending']]), unit.presenterId) ?? unit.presenterId);
        }}
      />
    );

  return (
    <>
      {view.contest.status === 'finished' && <Notice text={t('ratingFinished')} />}
      <RefusalNotices view={view} />
      <RatingList view={view} statuses={statuses} next={next} returnTo={returnTo} onOpen={(id) => show(id)} />
    </>
  );
}
