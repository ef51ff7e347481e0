// A link that is wrong or was reissued: say so plainly, in words a judge can act on. A score the
// phone still holds cannot be sent with this link any more (a new link is a new phone as far as
// the server knows), so it is shown here with what to do: hand the values to the staff.
import { useContext } from 'react';
import { LangSwitch, useT } from '../common/i18n.tsx';
import { PadContext, type JudgePad } from './pad-store.ts';
import { strings } from './strings.ts';
import { valuesLine } from './values-list.tsx';

/** Also for a link with no token at all (/judge alone): no pad then, nothing held to show. */
export function Denied() {
  const pad = useContext(PadContext);
  const t = useT(strings);
  return (
    <main className="jp-denied" role="alert">
      <div className="jp-denied-mark" aria-hidden="true">!</div>
      <h1>{t('deniedTitle')}</h1>
      <p>{t('deniedHint')}</p>
      {pad && <Unsent pad={pad} />}
      <LangSwitch className="jp-lang" />
    </main>
  );
}

function Unsent({ pad: { session, scores } }: { pad: JudgePad }) {
  const t = useT(strings);
  const unsent = scores.useOutbox((s) => s.items);
  const view = session.useSession((s) => s.view);
  const unit = (id: string) => view?.presenters.find((p) => p.id === id)?.unit ?? id;
  return (
    <>
      {unsent.length > 0 && (
        <section className="jp-denied-unsent" data-testid="unsent-scores">
          <p>
            <strong>{t('deniedUnsent', { units: unsent.map((i) => unit(i.presenterId)).join('、') })}</strong>
          </p>
          <ul>
            {unsent.map((i) => (
              <li key={i.commandId}>
                <b>{unit(i.presenterId)}</b>：
                {valuesLine(i.values, view?.criteria)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
