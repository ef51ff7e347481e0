import { useT } from '../../common/i18n.tsx';
import { accessStrings } from '../strings/access.ts';
import { copyText } from '../ui/copy.ts';
import { toast } from '../ui/toast.tsx';

export function CopyButton({ text }: { text: string }) {
  const t = useT(accessStrings);
  return (
    <button type="button" className="btn btn-small" onClick={() => void copyText(text).then((ok) => toast(ok ? t('copied') : t('copyFailed'), ok ? 'ok' : 'error'))}>
      {t('copyLink')}
    </button>
  );
}
