// The 民主测评 ballot on the audience's phone: while a round is open, each presenter of the round
// with the options as big buttons, one 提交 for the whole ballot, and the acknowledged choice
// kept on the phone. Voting again replaces the earlier ballot until the round closes. Only
// turnout is shown while voting is open, never how the hall is voting.
import { useEffect, useState } from 'react';
import { useLang, useT } from '../common/i18n.tsx';
import { oneLanguage } from '../../shared/issue-words.ts';
import { newCommandId } from '../common/ids.ts';
import type { PublicView } from '../../shared/protocol/index.ts';
import { presenterMap } from '../screen/format.ts';
import type { Audience } from './audience.ts';
import { mode } from './appraisal-result.tsx';
import { strings } from './appraisal-strings.ts';
import { ballotFor, isSubmitted, refusalKey } from './ballot-model.ts';
import { CodeEntry } from './code-entry.tsx';
import { loadBallot, saveBallot, type Choices } from './voter-storage.ts';

type Appraisal = NonNullable<PublicView['appraisal']>;

function Options({ appraisal, label, chosen, onChoose }: { appraisal: Appraisal; label: string; chosen: string | undefined; onChoose: (id: string) => void }) {
  const counted = appraisal.options.filter((o) => o.points !== null);
  const unsure = appraisal.options.filter((o) => o.points === null);
  const button = (o: Appraisal['options'][number]) => (
    <button
      key={o.id}
      type="button"
      role="radio"
      aria-checked={chosen === o.id}
      className={`ballot__option${o.points === null ? ' ballot__option--unsure' : ''}`}
      onClick={() => onChoose(o.id)}
    >
      {chosen === o.id && (
        <span className="ballot__tick" aria-hidden="true">
          ✓
        </span>
      )}
      {o.name}
    </button>
  );
  return (
    <div className="ballot__options" role="radiogroup" aria-label={label} style={{ ['--cols' as string]: counted.length <= 3 ? counted.length : 2 }}>
      {counted.map(button)}
      {unsure.map(button)}
    </div>
  );
}

function Votes({ view, audience, voter }: { view: PublicView; audience: Audience; voter: string }) {
  const t = useT(strings);
  const appraisal = view.appraisal!;
  const contestId = view.contest.id;
  const { session } = audience.useAudience();
  const online = session.useSession((s) => s.status === 'online');
  const [acked, setAcked] = useState<Choices>(() => loadBallot(contestId, voter));
  const [draft, setDraft] = useState<Choices>(acked);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // A retry of the same ballot reuses its command id, so a lost ack never counts twice.
  const [pending, setPending] = useState<{ commandId: string; key: string } | null>(null);
  const names = presenterMap(view);
  const ballot = ballotFor(appraisal.open, draft);
  const submitted = isSubmitted(appraisal.open, draft, acked);

  const submit = async () => {
    const key = JSON.stringify(ballot);
    const commandId = pending?.key === key ? pending.commandId : newCommandId();
    setPending({ commandId, key });
    setSending(true);
    setProblem(null);
    const ack = await session.send('appraisal:vote', { commandId, choices: ballot });
    setSending(false);
    if (ack.ok) {
      const next = { ...acked, ...ballot };
      saveBallot(contestId, voter, next);
      setAcked(next);
      setPending(null);
    } else {
      const k = refusalKey(ack);
      setProblem(k ? t(k) : oneLanguage(ack.message, useLang.getState().lang));
    }
  };

  return (
    <>
      {appraisal.open.map((id) => (
        <div className="ballot__presenter" key={id}>
          <p className="ballot__unit">
            {names.get(id)?.unit} <span className="watch__dim">{names.get(id)?.speaker}</span>
          </p>
          <Options appraisal={appraisal} label={names.get(id)?.unit ?? id} chosen={draft[id]} onChoose={(o) => setDraft({ ...draft, [id]: o })} />
        </div>
      ))}
      {submitted ? (
        <div className="ballot__done" role="status" data-testid="ballot-submitted">
          <p className="ballot__done-head">✓ {t('submitted')}</p>
          <p className="ballot__done-choice">
            {t('yourChoice')}
            {appraisal.open
              .map((id) => {
                const name = appraisal.options.find((o) => o.id === acked[id])?.name;
                return appraisal.open.length > 1 ? `${names.get(id)?.unit}：${name ?? '—'}` : name;
              })
              .join('；')}
          </p>
        </div>
      ) : (
        <>
          <button type="button" className="ballot__submit" disabled={sending || !online || Object.keys(ballot).length === 0} onClick={() => void submit()}>
            {sending ? t('sending') : t('submit')}
          </button>
          {!online && <p className="ballot__note">{t('offline')}</p>}
          {online && Object.keys(acked).some((id) => appraisal.open.includes(id)) && <p className="ballot__note">{t('unsent')}</p>}
        </>
      )}
      {problem && (
        <p className="ballot__problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

/** The ballot card while a round is open, else nothing. */
export function Ballot({ view, audience }: { view: PublicView; audience: Audience }) {
  const t = useT(strings);
  const { voter, refusal, tokenError } = audience.useAudience();
  const appraisal = view.appraisal;
  const open = appraisal?.open ?? [];
  useEffect(() => {
    // The ballot slides in while the page may be scrolled down to the ranking.
    if (open.length > 0) document.querySelector('.ballot')?.scrollIntoView({ block: 'nearest' });
  }, [open.join()]);
  if (!appraisal || open.length === 0) return null;

  let body;
  if (voter) body = <Votes key={`${voter.value}|${open.join()}`} view={view} audience={audience} voter={voter.value} />;
  else if (appraisal.electorate === 'codes') body = <CodeEntry audience={audience} refusal={refusal} />;
  else
    body = tokenError ? (
      <p className="ballot__problem" role="alert">
        {t('tokenFailed')}
        {tokenError}{' '}
        <button type="button" className="ballot__link" onClick={audience.fetchToken}>
          {t('retry')}
        </button>
      </p>
    ) : (
      <p className="ballot__note">{t('tokenWait')}</p>
    );

  return (
    <section className="watch__card ballot" data-testid="ballot">
      <div className="ballot__head">
        <h2 className="watch__h2">{t('title')}</h2>
        <span className="ballot__mode">{mode(appraisal, t)}</span>
      </div>
      {body}
      {appraisal.turnout > 0 && <p className="ballot__turnout">{t('turnout', { n: appraisal.turnout })}</p>}
    </section>
  );
}
