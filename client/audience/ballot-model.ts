// The rules of the audience ballot that are not drawing: what a submit sends, whether the phone's
// choice is the acknowledged one, and which words a refusal gets. Pure, tested in test/client.
import type { Ack } from '../../shared/protocol/index.ts';
import type { Choices } from './voter-storage.ts';
import type { strings } from './appraisal-strings.ts';

type Key = keyof (typeof strings)['zh'];

/** The choices for the presenters of the open round only: a choice for a closed presenter would be refused. */
export function ballotFor(open: readonly string[], draft: Choices): Choices {
  return Object.fromEntries(open.flatMap((id) => (draft[id] ? [[id, draft[id]]] : [])));
}

/** The phone shows "已提交" when every choice on the ballot is the one the server acknowledged. */
export function isSubmitted(open: readonly string[], draft: Choices, acked: Choices): boolean {
  const ballot = ballotFor(open, draft);
  return Object.keys(ballot).length > 0 && open.every((id) => draft[id] === acked[id]);
}

/** The words for a refused ballot; null means the server's own message. */
export function refusalKey(ack: Extract<Ack, { ok: false }>): Key | null {
  switch (ack.code) {
    case 'forbidden':
      return 'forbidden';
    case 'wrong_state':
      return 'closed';
    case 'rate_limited':
      return 'rateLimited';
    case 'not_current':
      return 'notCurrent';
    case 'internal':
      return 'timeout';
    default:
      return null;
  }
}
