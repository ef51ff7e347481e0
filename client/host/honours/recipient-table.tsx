// The presenters who may get a certificate, ranked; the chosen ones ticked. Boxes can be ticked
// by hand only in 手动选择 mode; in the other modes they show who the rule picked. A contest's first
// place reads as its kind says (擂主, or a 评比's 第一名), as on the certificate.
import { unitWord } from '../../../shared/contest-kind.ts';
import type { ContestKind } from '../../../shared/definition.ts';
import { useLang, useT } from '../../common/i18n.tsx';
import { formatRank } from '../../../shared/format.ts';
import type { Recipient } from '../../../shared/honours/schema.ts';
import { honoursStrings } from '../strings/honours.ts';

type Props = { recipients: readonly Recipient[]; kind: ContestKind | null; chosen: ReadonlySet<string>; pickable: boolean; toggle: (id: string) => void; empty?: string; /** A year's total, named as the report heads it (累计得分). */ totalWord?: string | null };

export function RecipientTable({ recipients, kind, chosen, pickable, toggle, empty, totalWord = null }: Props) {
  const t = useT(honoursStrings);
  const lang = useLang((s) => s.lang);
  if (!recipients.some((r) => r.rank !== null) && !pickable) return <p className="muted pad">{empty ?? t('nobody')}</p>;
  // A series' units have no speaker: no empty column for them.
  const people = recipients.some((r) => r.person !== '');
  // Level with another: 1（并列）, as the standing and the report write it.
  const tied = (rank: number | null) => rank !== null && recipients.filter((x) => x.rank === rank).length > 1;
  return (
    <table className="table honours-table" data-testid="honours-recipients">
      <thead>
        <tr>
          <th className="col-idx">{t('colPick')}</th>
          <th>{t('colRank')}</th>
          <th>{people ? t('colUnit', { unit: unitWord(kind ?? 'arena') }) : t('colUnitSeries')}</th>
          {people && <th>{t('colSpeaker')}</th>}
          <th className="col-num">{lang === 'zh' && totalWord ? totalWord : t('colScore')}</th>
        </tr>
      </thead>
      <tbody>
        {recipients.map((r) => (
          <tr key={r.id} className={chosen.has(r.id) ? 'chosen' : undefined}>
            <td className="col-idx">
              <input type="checkbox" aria-label={r.unit} checked={chosen.has(r.id)} disabled={!pickable} onChange={() => toggle(r.id)} />
            </td>
            <td>
              {formatRank(r.rank, r.champion, lang, kind ?? undefined) || '—'}
              {tied(r.rank) && <small className="muted">{t('tied')}</small>}
            </td>
            <td>{r.unit}</td>
            {people && <td>{r.person}</td>}
            <td className="col-num">{r.score || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
