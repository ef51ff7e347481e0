// The settings of README's table, checked at start: defaults, accepted values, and a clear stop
// naming the variable when one is wrong.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLeitai } from '../../server/app.ts';
import { ConfigError, hostTokenFor, readConfig } from '../../server/config.ts';
import { serverArgs } from '../support/child.ts';
import { tempDir } from '../support/server.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('readConfig', () => {
  it('falls back to the documented defaults', () => {
    expect(readConfig({})).toEqual({ port: 3000, host: undefined, dataDir: path.resolve('./data'), hostToken: undefined, publicUrl: undefined, allowedOrigins: [], clientDir: undefined });
  });

  it('reads each setting, trimmed, with DATA_DIR made absolute', () => {
    const c = readConfig({
      PORT: ' 8080 ',
      DATA_DIR: 'venue-data',
      LEITAI_HOST_TOKEN: ' venue-host-token-2026 ',
      PUBLIC_URL: 'http://192.168.1.20:8080',
      ALLOWED_ORIGINS: ' https://Kiosk.example:8443 ,http://screen.local/, ',
    });
    expect(c).toEqual({
      port: 8080,
      host: undefined,
      dataDir: path.resolve('venue-data'),
      hostToken: 'venue-host-token-2026',
      publicUrl: 'http://192.168.1.20:8080',
      allowedOrigins: ['https://kiosk.example:8443', 'http://screen.local'],
      clientDir: undefined,
    });
  });

  it('treats an empty variable as not set', () => {
    expect(readConfig({ PORT: '', DATA_DIR: ' ', LEITAI_HOST_TOKEN: '', PUBLIC_URL: '', ALLOWED_ORIGINS: ' ' })).toEqual(readConfig({}));
  });

  it.each(['abc', '3000abc', '3.5', '-1', '65536', '0x10', '1e3'])('refuses PORT=%s, naming the variable and the value', (port) => {
    expect(() => readConfig({ PORT: port })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: port })).toThrow(new RegExp(`PORT: .*"${port.replace('.', '\\.')}"`));
  });

  it.each(['192.168.1.20:3000', 'leitai.local', 'ftp://192.168.1.20'])('refuses PUBLIC_URL=%s, which no phone could open', (url) => {
    expect(() => readConfig({ PUBLIC_URL: url })).toThrow(/PUBLIC_URL/);
  });

  it('reads REDIS_URL (scale-out, docs/deployment.md) as a redis:// address, and refuses anything else', () => {
    expect(readConfig({}).redisUrl).toBeUndefined();
    expect(readConfig({ REDIS_URL: ' redis://10.0.0.5:6379 ' }).redisUrl).toBe('redis://10.0.0.5:6379');
    expect(() => readConfig({ REDIS_URL: 'http://10.0.0.5:6379' })).toThrow(/REDIS_URL: .*redis:\/\//);
  });

  it('reads HOST as an address or a name, and refuses anything else', () => {
    expect(readConfig({ HOST: ' 192.168.1.20 ' }).host).toBe('192.168.1.20');
    expect(readConfig({ HOST: '::1' }).host).toBe('::1');
    expect(readConfig({ HOST: 'leitai-laptop.local' }).host).toBe('leitai-laptop.local');
    for (const bad of ['http://192.168.1.20', '192.168.1.20:3000', 'a b']) expect(() => readConfig({ HOST: bad })).toThrow(/HOST/);
  });

  it.each(['https://kiosk.example/path', 'ftp://kiosk.example', 'kiosk.example', 'https://a.example,*', 'http://user:pw@a.example'])(
    'refuses ALLOWED_ORIGINS=%s, which is not a list of origins',
    (value) => {
      expect(() => readConfig({ ALLOWED_ORIGINS: value })).toThrow(/ALLOWED_ORIGINS: 应为以逗号分隔的来源/);
    },
  );

  it('refuses a host token shorter than 16 characters, saying how to make one, Chinese first', () => {
    expect(readConfig({ LEITAI_HOST_TOKEN: 'x'.repeat(16) }).hostToken).toBe('x'.repeat(16));
    for (const token of ['2718', 'x'.repeat(15), `  ${'x'.repeat(15)}  `]) {
      let message = '';
      try {
        readConfig({ LEITAI_HOST_TOKEN: token });
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        message = (e as Error).message;
      }
      expect(message).toMatch(/LEITAI_HOST_TOKEN: 应为至少 16 个字符/);
      expect(message).toContain('openssl rand -base64 24');
      expect(message.indexOf('至少 16 个字符')).toBeLessThan(message.indexOf('at least 16 characters'));
      expect(message).not.toContain(token.trim());
    }
  });

  it('refuses a host token kept in DATA_DIR/host-token that is too short, and never replaces it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'host-token');
    fs.writeFileSync(file, '2718\n');
    expect(() => hostTokenFor(dir, undefined)).toThrow(ConfigError);
    expect(() => hostTokenFor(dir, undefined)).toThrow(/host-token 中的主持人令牌少于 16 个字符：删除该文件即可自动生成新令牌/);
    expect(fs.readFileSync(file, 'utf8')).toBe('2718\n');
    fs.writeFileSync(file, 'a-long-enough-token-123\n');
    expect(hostTokenFor(dir, undefined)).toBe('a-long-enough-token-123');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lists every bad variable at once, and never prints the host token', () => {
    let message = '';
    try {
      readConfig({ PORT: 'x', PUBLIC_URL: 'nope', LEITAI_HOST_TOKEN: 'secret-token' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/PUBLIC_URL/);
    expect(message).not.toMatch(/secret-token/);
  });
});

describe('HOST', () => {
  it('binds only that interface, and links use it when PUBLIC_URL is not set', async () => {
    const dataDir = tempDir();
    const leitai = await startLeitai({ port: 0, host: '127.0.0.1', dataDir, hostToken: 'host-test-token-0123456789' });
    try {
      expect((leitai.io.httpServer.address() as AddressInfo).address).toBe('127.0.0.1');
      expect(leitai.publicUrl()).toBe(`http://127.0.0.1:${leitai.port}`);
    } finally {
      await leitai.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('npm start with a bad PORT', () => {
  it('stops at once with an error that names PORT', async () => {
    const dataDir = tempDir();
    const child = spawn(process.execPath, serverArgs('main'), {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, PORT: 'eighty', LEITAI_HOST_TOKEN: 'test-host-token-0123456789', PUBLIC_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.stdout.resume();
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    clearTimeout(killer);
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(stderr).toMatch(/PORT: .*"eighty"/);
  });
});

/** Runs `npm start`'s entry with `env`; resolves with its exit code and what it printed to stderr. */
async function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, serverArgs('main'), {
    cwd: root,
    env: { ...process.env, PORT: '0', PUBLIC_URL: '', LEITAI_HOST_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  child.stdout.resume();
  const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(killer);
  return { code, stderr };
}

describe('npm start with a weak host token', () => {
  it('stops with exit 1 on LEITAI_HOST_TOKEN=2718, saying how to generate one, and creates nothing', async () => {
    const dataDir = tempDir();
    const { code, stderr } = await start({ DATA_DIR: dataDir, LEITAI_HOST_TOKEN: '2718' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/LEITAI_HOST_TOKEN: 应为至少 16 个字符/);
    expect(stderr).toContain('openssl rand -base64 24');
    expect(stderr).toContain("crypto.randomBytes(18).toString('base64url')");
    expect(stderr).not.toMatch(/2718/);
    expect(fs.readdirSync(dataDir)).toEqual([]); // no database, no lock, no generated token
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops with exit 1 on a short DATA_DIR/host-token, naming the file', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'host-token'), '1234\n');
    const { code, stderr } = await start({ DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(stderr).toContain(path.join(dataDir, 'host-token'));
    expect(stderr).toMatch(/少于 16 个字符/);
    expect(fs.readdirSync(dataDir)).toEqual(['host-token']);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
