// Settings from the environment: PORT, HOST, DATA_DIR, LEITAI_HOST_TOKEN, PUBLIC_URL, ALLOWED_ORIGINS
// (README, "Settings").
// Checked once at start, so a typo stops Leitai with the variable's name instead of running on a
// port called NaN or printing judge links that no phone can open.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { newToken } from './db/token-store.ts';

/**
 * The shortest host token accepted. The host token opens everything; a short one is guessed
 * (a 4-digit one fell in about a second, issue 12). Failed logins are also limited per address
 * (host-logins.ts), but that only slows one address, not a room full of them.
 */
export const MIN_HOST_TOKEN = 16;
const HOW_TO_GENERATE =
  '可用 openssl rand -base64 24 或 node -e "console.log(crypto.randomBytes(18).toString(\'base64url\'))" 生成 ' +
  '(generate one with openssl rand -base64 24 or node -e "console.log(crypto.randomBytes(18).toString(\'base64url\'))")';

/** One origin a browser may open a socket from: scheme://host[:port], nothing after it. */
const Origin = z.string().transform((value, ctx) => {
  const url = URL.canParse(value) ? new URL(value) : null;
  const plain = url && /^https?:$/.test(url.protocol) && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if (plain) return url.origin;
  ctx.addIssue({ code: 'custom', message: `not an origin: ${value}` });
  return z.NEVER;
});

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
  LEITAI_HOST_TOKEN: setting(z.string().min(MIN_HOST_TOKEN).optional()),
  PUBLIC_URL: setting(z.url({ protocol: /^https?$/ }).optional()),
  ALLOWED_ORIGINS: setting(
    z
      .string()
      .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
      .pipe(z.array(Origin))
      .optional(),
  ),
  CLIENT_DIR: setting(z.string().optional()),
  REDIS_URL: setting(z.url({ protocol: /^rediss?$/ }).optional()),
});

/** What a bad value should have been, in the words the person editing the settings needs. */
const WANTED: Record<string, string> = {
  PORT: '一个 0–65535 的端口号 (a port number, 0–65535)',
  HOST: '本机的一个 IP 地址或主机名 (an address or name of this machine, e.g. 192.168.1.20)',
  REDIS_URL: '以 redis:// 开头的 Redis 地址 (a redis:// address, e.g. redis://127.0.0.1:6379)',
  PUBLIC_URL: '以 http:// 或 https:// 开头的完整地址 (a full http:// or https:// address)',
  LEITAI_HOST_TOKEN:
    `至少 ${MIN_HOST_TOKEN} 个字符的随机字符串 (a random string of at least ${MIN_HOST_TOKEN} characters)。${HOW_TO_GENERATE}；` +
    '或不设置，由 Leitai 生成并保存在 DATA_DIR/host-token (or leave it unset: Leitai generates one and keeps it in DATA_DIR/host-token)',
  ALLOWED_ORIGINS:
    '以逗号分隔的来源，每个形如 https://主机名:端口，不带路径 ' +
    '(comma-separated origins, each scheme://host[:port] with no path, e.g. https://leitai.example:8443)',
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
  /** Origins besides the server's own address and PUBLIC_URL that browsers may open sockets from. */
  allowedOrigins: string[];
  /** Where the built pages are, for tests and unusual installs; default dist/client. */
  clientDir: string | undefined;
  /** Set: this process shares Socket.IO rooms with edge processes through Redis (docs/deployment.md). */
  redisUrl: string | undefined;
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
    allowedOrigins: c.ALLOWED_ORIGINS ?? [],
    clientDir: c.CLIENT_DIR,
    redisUrl: c.REDIS_URL,
  };
}

/**
 * The host token: from the environment, else generated once and kept in DATA_DIR. A kept token
 * that is too short stops the start like a short LEITAI_HOST_TOKEN does, rather than being
 * replaced: Leitai never writes one that short, so somebody chose it, and a silently new token
 * would lock every laptop that remembers the old one out of the console.
 */
export function hostTokenFor(dataDir: string, fromEnv: string | undefined): string {
  if (fromEnv && fromEnv.trim()) return fromEnv.trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'host-token');
  if (fs.existsSync(file)) {
    const kept = fs.readFileSync(file, 'utf8').trim();
    if (kept && kept.length < MIN_HOST_TOKEN)
      throw new ConfigError(
        `${file} 中的主持人令牌少于 ${MIN_HOST_TOKEN} 个字符：删除该文件即可自动生成新令牌，或写入更长的令牌。${HOW_TO_GENERATE}\n` +
          `  (the host token in ${file} is shorter than ${MIN_HOST_TOKEN} characters: delete the file to have a new one generated, or write a longer one)`,
      );
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
