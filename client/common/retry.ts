// How long a page waits before knocking again after a refusal that time can cure: an edge that
// cannot reach the main server answers the handshake `unavailable` (docs/protocol.md §8), and
// Socket.IO does not retry a refusal by the server by itself. The wait doubles, up to a cap, and
// is jittered: after an outage every phone in the hall was refused at about the same moment, and
// without jitter they would all knock again together, each time.

export const RETRY_BASE_MS = 3000;
export const RETRY_MAX_MS = 30_000;

/** The wait before retry number `attempt` (0 for the first): between half and all of base·2^attempt, capped. */
export function retryDelayMs(attempt: number, random: () => number = Math.random, baseMs = RETRY_BASE_MS, maxMs = RETRY_MAX_MS): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 20));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
