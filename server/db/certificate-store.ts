// 表彰 settings and seal per contest or series (migration "certificates"). Settings are JSON checked
// against their schema when read back; a seal is bytes that were checked as a PNG at upload.
import { z } from 'zod';
import { CertificateSettings } from '../../shared/honours/schema.ts';
import type { Db } from './database.ts';
import { checkRow, readJson } from './stored-data.ts';

export type CertificateOwner = { kind: 'contest' | 'series'; id: string };

const Row = z.object({ settings: z.string(), seal: z.instanceof(Buffer).nullable() });

export interface StoredCertificates {
  settings: CertificateSettings;
  seal: Buffer | null;
}

export class CertificateStore {
  private readonly select;
  private readonly upsertSettings;
  private readonly upsertSeal;

  constructor(db: Db) {
    this.select = db.prepare('SELECT settings, seal FROM certificate_settings WHERE owner_kind = ? AND owner_id = ?');
    // A first write of either part creates the row with defaults for the other.
    this.upsertSettings = db.prepare(
      `INSERT INTO certificate_settings (owner_kind, owner_id, settings, seal, updated_at) VALUES (?, ?, ?, NULL, ?)
       ON CONFLICT (owner_kind, owner_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
    );
    this.upsertSeal = db.prepare(
      `INSERT INTO certificate_settings (owner_kind, owner_id, settings, seal, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (owner_kind, owner_id) DO UPDATE SET seal = excluded.seal, updated_at = excluded.updated_at`,
    );
  }

  /** The owner's settings (defaults when never saved) and seal. */
  get(owner: CertificateOwner): StoredCertificates {
    const raw = this.select.get(owner.kind, owner.id);
    if (raw === undefined) return { settings: CertificateSettings.parse({}), seal: null };
    const where = `certificate settings of ${owner.kind} ${owner.id}`;
    const row = checkRow(Row, raw, owner.kind === 'contest' ? owner.id : null, where);
    return { settings: readJson(CertificateSettings, row.settings, where, 'record').data, seal: row.seal };
  }

  saveSettings(owner: CertificateOwner, settings: CertificateSettings, at: number): void {
    this.upsertSettings.run(owner.kind, owner.id, JSON.stringify(settings), at);
  }

  /** null removes the seal. */
  saveSeal(owner: CertificateOwner, seal: Buffer | null, at: number): void {
    this.upsertSeal.run(owner.kind, owner.id, JSON.stringify(CertificateSettings.parse({})), seal, at);
  }
}
