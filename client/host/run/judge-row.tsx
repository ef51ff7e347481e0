import { useT } from '../../common/i18n.tsx';
import type { HostView } from '../../../shared/protocol/index.ts';
import { CorrectButton, CorrectedFlag } from '../correct/correct-button.tsx';
import { runStrings } from '../strings/run.ts';

type Judge = HostView['judges'][number];
type Mark = HostView['presenters'][number]['marks'][string];
type Line = HostView['results']['presenters'][number]['judges'][number];

type Props = {
  judge: Judge;
  presenceKnown: boolean;
  seat: number;
  criteria: number;
  split: boolean;
  mark: Mark | undefined;
  line: Line | undefined;
  awaiting: boolean;
  /** Set while marks may be corrected (scoring or revealed): the presenter they belong to. */
  correctFor: string | null;
};

export function JudgeRow({ judge: j, presenceKnown, seat, criteria, split, mark, line, awaiting, correctFor }: Props) {
  const t = useT(runStrings);
  const struck = (k: number) => line?.droppedCriteria[k] != null;
  return (
    <tr data-judge={j.id} className={mark ? 'has-mark' : undefined}>
      <td className="col-idx">{seat}</td>
      <td className="j-name" title={[j.title, j.group].filter(Boolean).join(' · ')}>
        {presenceKnown ? (
          <i className={j.online ? 'dot on' : 'dot off'} aria-label={j.online ? t('online') : t('offline')} />
        ) : (
          <i className="dot unknown" aria-label={t('presenceUnknown')} />
        )}
        <span className="j-name-text">{j.name}</span>
        {presenceKnown && j.devices > 1 && (
          <span className="devices-badge" data-testid="devices" title={t('devicesTitle', { n: j.devices })}>
            {t('devices', { n: j.devices })}
          </span>
        )}
      </td>
      {split ? (
        Array.from({ length: criteria }, (_, k) => (
          <td key={k} className={struck(k) ? 'col-num struck' : 'col-num'}>
            {mark?.values[k] ?? ''}
          </td>
        ))
      ) : (
        <td className="col-num small">{mark?.values.join('/') ?? ''}</td>
      )}
      <td className={line?.dropped ? 'col-num total struck' : 'col-num total'} title={line?.dropped ? t('dropped') : undefined}>
        {mark?.total ?? ''}
      </td>
      <td className="col-state">
        {mark ? (
          <span className="ok" data-testid="submitted" title={t('submitted')}>
            {/* A corrected mark shows the flag in place of the tick: the column stays narrow. */}
            {mark.correction ? <CorrectedFlag correction={mark.correction} /> : '✓'}
            {mark.amended > 0 && !mark.correction && <span className="amended">{t('amended', { n: mark.amended })}</span>}
          </span>
        ) : awaiting ? (
          <span className="muted small">{t('waitingScore')}</span>
        ) : null}
      </td>
      <td className="col-fix">{correctFor && <CorrectButton presenterId={correctFor} judgeId={j.id} hasMark={Boolean(mark)} />}</td>
    </tr>
  );
}
