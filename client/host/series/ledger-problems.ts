// A pasted row's problem in words, in the interface's language.
import type { useT } from '../../common/i18n.tsx';
import type { seriesLedgerStrings } from '../strings/series-ledger.ts';
import type { PasteProblem, PasteWarning } from './ledger-paste.ts';

type T = ReturnType<typeof useT<keyof (typeof seriesLedgerStrings)['zh']>>;

export function problemText(p: PasteProblem, t: T): string {
  const field = { date: t('colDate'), unit: t('colUnit'), heading: t('colHeading'), points: t('colPoints'), reason: t('colReason') }[p.field];
  switch (p.code) {
    case 'missing':
      return t('pMissing', { field });
    case 'dateFormat':
      return t('pDateFormat');
    case 'dateInvalid':
      return t('pDateInvalid');
    case 'pointsNumber':
      return t('pPointsNumber');
    case 'pointsZero':
      return t('pPointsZero');
    case 'pointsForm':
      return t('pPointsForm');
    case 'unitUnknown':
      return p.like.length > 0 ? t('pUnitLike', { names: p.like.join('、') }) : t('pUnitUnknown');
    case 'headingUnknown':
      return p.known.length > 0 ? t('pHeadingUnknown', { names: p.known.join('、') }) : t('noHeadings');
  }
}

export function warningText(w: PasteWarning, t: T): string {
  return t('wDateOutside', { period: w.period });
}
