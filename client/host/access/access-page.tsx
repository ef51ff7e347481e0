// Judge links and QR codes, the projector and audience links, and the printable judge cards.
import { useT } from '../../common/i18n.tsx';
import { api, type JudgeLink } from '../api.ts';
import { useHostView } from '../host-session.ts';
import { ExportButton } from '../exports/export-button.tsx';
import { accessStrings } from '../strings/access.ts';
import { exportsStrings } from '../strings/exports.ts';
import { commonStrings } from '../strings/common.ts';
import { confirmDialog } from '../ui/dialog.tsx';
import { NotLoaded, useLoaded } from '../ui/loaded.tsx';
import { toast } from '../ui/toast.tsx';
import { JudgeCard } from './judge-card.tsx';
import { LinkCard } from './link-card.tsx';
import { PrintSheet } from './print-sheet.tsx';

export function AccessPage({ id }: { id: string }) {
  const t = useT(accessStrings);
  const tc = useT(commonStrings);
  const te = useT(exportsStrings);
  const { data: links, failed, retry, update } = useLoaded(() => api.access(id), id);
  // Presence comes from the live session once its first view has arrived.
  const view = useHostView();
  const online = new Set(view?.judges.filter((j) => j.online).map((j) => j.id) ?? []);
  const devices = new Map(view?.judges.map((j) => [j.id, j.devices]) ?? []);


  const reissue = async (judge: JudgeLink) => {
    const ok = await confirmDialog({
      title: t('reissueTitle', { name: judge.name }),
      lines: [t('reissueBody')],
      confirm: t('reissueConfirm'),
      cancel: tc('cancel'),
      danger: true,
    });
    if (!ok) return;
    try {
      const fresh = await api.reissue(id, judge.id);
      update((l) => ({ ...l, judges: l.judges.map((j) => (j.id === fresh.id ? fresh : j)) }));
      toast(t('reissued', { name: judge.name }), 'ok');
    } catch (e) {
      toast(e instanceof Error ? e.message : String(e));
    }
  };

  if (!links) return <NotLoaded failed={failed} retry={retry} />;
  return (
    <>
      <div className="access-page no-print">
        <div className="access-head">
          <div>
            <h1>{t('heading')}</h1>
            <p className="muted">{t('help')}</p>
          </div>
          <div className="access-print">
            <button type="button" className="btn btn-primary" onClick={() => window.print()}>
              {t('print')}
            </button>
            <span className="muted small">{t('printHelp')}</span>
            <ExportButton contestId={id} title={links.title} file="judge-cards.pdf" label={te('cards')} hint={te('cardsHint')} />
          </div>
        </div>
        <div className="access-links">
          <LinkCard label={t('screen')} help={t('screenHelp')} url={links.screenUrl} />
          <LinkCard label={t('audience')} help={t('audienceHelp')} url={links.audienceUrl} />
        </div>
        <h2 className="access-count">{t('judgesCount', { n: links.judges.length, online: online.size })}</h2>
        <div className="judge-cards">
          {links.judges.map((j, i) => (
            <JudgeCard
              key={j.id}
              judge={j}
              seat={i + 1}
              online={view ? online.has(j.id) : null}
              devices={view ? (devices.get(j.id) ?? 0) : null}
              onReissue={() => void reissue(j)}
            />
          ))}
        </div>
      </div>
      <PrintSheet title={links.title} judges={links.judges} />
    </>
  );
}
