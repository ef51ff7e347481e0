// The settings of README's table, checked at start: defaults, accepted values, and a clear stop
// naming the variable when one is wrong.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLeitai } from '../../server/app.ts';
import { ConfigError, readConfig } from '../../server/config.ts';
import { tempDir } from '../support/server.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('readConfig', () => {
  it('falls back to the documented defaults', () => {
    expect(readConfig({})).toEqual({ port: 3000, host: undefined, dataDir: path.resolve('./data'), hostToken: undefined, publicUrl: undefined, clientDir: undefined });
  });

  it('reads each setting, trimmed, with DATA_DIR made absolute', () => {
    const c = readConfig({ PORT: ' 8080 ', DATA_DIR: 'venue-data', LEITAI_HOST_TOKEN: ' tok-123 ', PUBLIC_URL: 'http://192.168.1.20:8080' });
    expect(c).toEqual({ port: 8080, host: undefined, dataDir: path.resolve('venue-data'), hostToken: 'tok-123', publicUrl: 'http://192.168.1.20:8080', clientDir: undefined });
  });

  it('treats an empty variable as not set', () => {
    expect(readConfig({ PORT: '', DATA_DIR: ' ', LEITAI_HOST_TOKEN: '', PUBLIC_URL: '' })).toEqual(readConfig({}));
  });

  it.each(['abc', '3000abc', '3.5', '-1', '65536', '0x10', '1e3'])('refuses PORT=%s, naming the variable and the value', (port) => {
    expect(() => readConfig({ PORT: port })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: port })).toThrow(new RegExp(`PORT: .*"${port.replace('.', '\\.')}"`));
  });

  it.each(['192.168.1.20:3000', 'leitai.local', 'ftp://192.168.1.20'])('refuses PUBLIC_URL=%s, which no phone could open', (url) => {
    expect(() => readConfig({ PUBLIC_URL: url })).toThrow(/PUBLIC_URL/);
  });

  it('reads HOST as an address or a name, and refuses anything else', () => {
    expect(readConfig({ HOST: ' 192.168.1.20 ' }).host).toBe('192.168.1.20');
    expect(readConfig({ HOST: '::1' }).host).toBe('::1');
    expect(readConfig({ HOST: 'leitai-laptop.local' }).host).toBe('leitai-laptop.local');
    for (const bad of ['http://192.168.1.20', '192.168.1.20:3000', 'a b']) expect(() => readConfig({ HOST: bad })).toThrow(/HOST/);
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
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/main.ts')], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, PORT: 'eighty', LEITAI_HOST_TOKEN: 'test-token', PUBLIC_URL: '' },
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
