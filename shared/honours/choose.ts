// Who gets a certificate: a contest's first place — its 擂主, a 评比's 第一名 — (every rank 1, ties
// included), the top N (ties at N all in, as
// on the 红榜), the red list of a series period, or a hand-picked list of stable ids.
import type { CertificateChoice, Recipient } from './schema.ts';

export type Chosen = { ok: true; recipients: Recipient[] } | { ok: false; unknown: string[] };

export function chooseRecipients(all: readonly Recipient[], choice: CertificateChoice): Chosen {
  switch (choice.who) {
    case 'champions':
      return { ok: true, recipients: all.filter((r) => r.champion) };
    case 'top':
      return { ok: true, recipients: all.filter((r) => r.rank !== null && r.rank <= choice.n) };
    case 'red':
      return { ok: true, recipients: all.filter((r) => r.red) };
    case 'picked': {
      const ids = (choice.ids ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      const known = new Set(all.map((r) => r.id));
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length) return { ok: false, unknown };
      const picked = new Set(ids);
      return { ok: true, recipients: all.filter((r) => picked.has(r.id)) };
    }
  }
}
