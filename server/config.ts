// Settings from the environment: PORT, HOST, DATA_DIR, LEITAI_HOST_TOKEN, PUBLIC_URL (README, "Settings").
// Checked once at start, so a typo stops Leitai with the variable's name instead of running on a
// port called NaN or printing judge links that no phone can open.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { newToken } from './db/token-store.ts';

/** An empty variable (`PORT=` in a .env file or a service unit) means "not set", as shells treat it. */
const setting = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' ? v.trim() || undefined : v), schema);

const Settings = z.object({
  PORT: setting(
    z
      .string()
      .regex(/^\d{1,5}$/)
      .transform(Number)
      .refine((n) => n <= 65535)
      .default(3000),
  ),
  // One interface to listen on (an IPv4/IPv6 address or a name), e.g. the venue Wi-Fi's address
  // so the laptop's other networks never see Leitai, or 127.0.0.1 for a rehearsal alone.
  HOST: setting(z.union([z.ipv4(), z.ipv6(), z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$/)]).optional()),
  DATA_DIR: setting(z.string().default('./data')),
  LEITAI_HOST_TOKEN: setting(z.string().optional()),
  PUBLIC_URL: setting(z.url({ protocol: /^https?$/ }).optional()),
  CLIENT_DIR: setting(z.string().optional()),
});

/** What a bad value should have been, in the words the person editing the settings needs. */
const WANTED: Record<string, string> = {
  PORT: '一个 0–65535 的端口号 (a port number, 0–65535)',
  HOST: '本机的一个 IP 地址或主机名 (an address or name of this machine, e.g. 192.168.1.20)',
  PUBLIC_URL: '以 http:// 或 https:// 开头的完整地址 (a full http:// or https:// address)',
};

export interface Config {
  port: number;
  /** The interface to bind; undefined means every interface (0.0.0.0). */
  host: string | undefined;
  /** Absolute. */
  dataDir: string;
  /** The host token if set; else one is generated and kept in the data folder (hostTokenFor). */
  hostToken: string | undefined;
  publicUrl: string | undefined;
  /** Where the built pages are, for tests and unusual installs; default dist/client. */
  clientDir: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and checks the settings; throws ConfigError naming every bad variable. */
export function readConfig(env: Record<string, string | undefined>): Config {
  const parsed = Settings.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const wanted = WANTED[name] ?? issue.message;
      // Never echo the token: the error may end up in a screenshot or a support chat.
      const got = name === 'LEITAI_HOST_TOKEN' ? '' : ` — 现为 (got) ${JSON.stringify(env[name])}`;
      return `  ${name}: 应为${wanted}${got}`;
    });
    throw new ConfigError(`环境变量设置有误 (invalid environment settings):\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.DATA_DIR),
    hostToken: c.LEITAI_HOST_TOKEN,
    publicUrl: c.PUBLIC_URL,
    clientDir: c.CLIENT_DIR,
  };
}

/** The host token: from the environment, else generated once and kept in DATA_DIR. */
export function hostTokenFor(dataDir: string, fromEnv: string | undefined): string {
  if (fromEnv && fromEnv.trim()) return fromEnv.trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'host-token');
  if (fs.existsSync(file)) {
    const kept = fs.readFileSync(file, 'utf8').trim();
    if (kept) return kept;
  }
  const token = newToken();
  fs.writeFileSync(file, token + '\n', { mode: 0o600 });
  return token;
}

/** The first non-internal IPv4 address: what phones on the same Wi-Fi should open. */
export function lanAddress(): string | null {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const ni of list ?? []) if (ni.family === 'IPv4' && !ni.internal) return ni.address;
  }
  return null;
}
