// Red-and-gold header: the contest, the judge's own name, and a calm connection indicator.
import type { JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import type { ConnectionStatus } from '../common/session.ts';
import { strings } from './strings.ts';

export function Header({ view, status }: { view: JudgeView; status: ConnectionStatus }) {
  const t = useT(strings);
  const me = view.me;
  return (
    <header className="jp-header">
      <div className="jp-header-text">
        <p className="jp-contest">{view.contest.title}</p>
        <h1 className="jp-me">
          <span className="jp-me-role">{t('judge')}</span>
          <span data-testid="judge-name">{me.name}</span>
          {me.title && <span className="jp-me-title">{me.title}</span>}
        </h1>
      </div>
      <ConnectionDot status={status} />
    </header>
  );
}

/** A small dot and a word, never a red alarm: a blip on venue Wi-Fi is normal. */
function ConnectionDot({ status }: { status: ConnectionStatus }) {
  const t = useT(strings);
  const key = status === 'online' ? 'online' : status === 'offline' ? 'offline' : 'connecting';
  return (
    <p className={`jp-conn jp-conn-${key}`} role="status" data-testid="connection">
      <span className="jp-conn-dot" aria-hidden="true" />
      {t(key)}
    </p>
  );
}
