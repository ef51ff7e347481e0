// The open contest's live session (one socket at a time) and the hooks components read it by.
import { createContext, useCallback, useContext } from 'react';
import { useLang } from '../common/i18n.tsx';
import { createSession, type Session } from '../common/session.ts';
import { sayIssue } from '../../shared/issue-words.ts';
import type { Ack, CommandPayload, CommandType, ErrorCode, HostView } from '../../shared/protocol/index.ts';
import { noteAck } from './ui/alarm.ts';
import { toast } from './ui/toast.tsx';

let open: { id: string; token: string; session: Session<HostView> } | null = null;

/** Reuses the socket for the same contest; switching contests closes the previous one. */
export function openHostSession(contestId: string, token: string): Session<HostView> {
  if (open && open.id === contestId && open.token === token) return open.session;
  open?.session.close();
  const session = createSession<HostView>({ role: 'host', token, contestId });
  open = { id: contestId, token, session };
  return session;
}

export const HostSessionContext = createContext<Session<HostView> | null>(null);

export function useHostSession(): Session<HostView> {
  const s = useContext(HostSessionContext);
  if (!s) throw new Error('useHostSession outside a contest');
  return s;
}

export function useHostView(): HostView | null {
  return useHostSession().useSession((s) => s.view);
}

/**
 * True while the server cannot be reached: the view on screen is the last one received, so
 * presence is unknown and commands would only time out.
 */
export function useOffline(): boolean {
  return useHostSession().useSession((s) => s.status !== 'online');
}

export type RunCommand = <T extends CommandType>(
  type: T,
  payload: Omit<CommandPayload<T>, 'commandId'>,
  quiet?: readonly ErrorCode[],
) => Promise<Ack>;

/**
 * Sends a command; a refusal is shown as a toast in the server's words (in the console's
 * language, without field paths) unless it is expected.
 * A disk failure goes to the lasting banner instead (see ui/alarm.ts).
 */
export function useCommand(): RunCommand {
  const { send } = useHostSession();
  return useCallback<RunCommand>(
    async (type, payload, quiet = []) => {
      const ack = await send(type, payload);
      noteAck(ack);
      if (!ack.ok && ack.code !== 'storage_failed' && !quiet.includes(ack.code)) toast(sayIssue(ack.message, useLang.getState().lang));
      return ack;
    },
    [send],
  );
}
