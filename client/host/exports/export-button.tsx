// One export as a button: busy while the server builds the file, a toast in the server's
// words when it answers with an error.
import { useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { exportsStrings } from '../strings/exports.ts';
import { toast } from '../ui/toast.tsx';
import { downloadExport, type ExportFile } from './download.ts';

/** `unavailable`: why there is nothing to export yet (the button is off and says so on hover). */
type Props = { contestId: string; title: string; file: ExportFile; label: string; primary?: boolean; small?: boolean; hint?: string; unavailable?: string | null };

export function ExportButton({ contestId, title, file, label, primary, small, hint, unavailable = null }: Props) {
  const t = useT(exportsStrings);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const r = await downloadExport(contestId, file, title);
      if (r.ok) toast(t('saved', { name: r.name }), 'ok');
      else toast(t('failed', { message: r.message ?? (r.status === 0 ? t('unreachable') : `HTTP ${r.status}`) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className={`btn${primary ? ' btn-primary' : ''}${small ? ' btn-small' : ''}`} data-export={file} disabled={busy || unavailable !== null} title={unavailable ?? hint} onClick={() => void run()}>
      {busy ? t('busy') : `⤓ ${label}`}
    </button>
  );
}
