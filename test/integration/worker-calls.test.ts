// Calls into a worker thread (server/worker-calls.ts), which the backup check and the render
// worker go through: answers by id in any order, a thrown error comes back as that call's error,
// an answer of the wrong shape is refused, and a worker that dies fails what it held while the
// next call starts a new one.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { WorkerCalls } from '../../server/worker-calls.ts';

type Call = { say?: string; fail?: string; die?: true; garble?: true; wait?: number };
// The caller's URL names the folder the worker file sits in (test/support/calls-worker.ts).
const calls = (answer: z.ZodType<string> = z.string()) => new WorkerCalls<Call, string>(new URL('../support/x.ts', import.meta.url).href, 'calls-worker', answer);

describe('WorkerCalls', () => {
  it('answers each call by its id, in whatever order they finish', async () => {
    const c = calls();
    const slow = c.call({ say: 'slow', wait: 150 });
    const quick = c.call({ say: 'quick' });
    const order: string[] = [];
    await Promise.all([slow.then((v) => order.push(v)), quick.then((v) => order.push(v))]);
    expect(order).toEqual(['quick', 'slow']);
  }, 20_000);

  it("gives a call its own error, and the worker goes on answering", async () => {
    const c = calls();
    await expect(c.call({ fail: '备份失败' })).rejects.toThrow('备份失败');
    expect(await c.call({ say: '又好了' })).toBe('又好了');
  }, 20_000);

  it('refuses an answer that does not match its schema', async () => {
    await expect(calls(z.string().startsWith('PDF')).call({ say: 'text' })).rejects.toThrow('calls-worker answered something unexpected');
  }, 20_000);

  it('fails what a dying worker held, and starts a new one for the next call', async () => {
    const c = calls();
    const held = c.call({ say: 'held', wait: 300 });
    await expect(c.call({ die: true })).rejects.toThrow('calls-worker stopped (exit 3)');
    await expect(held).rejects.toThrow('stopped');
    expect(await c.call({ say: '新的' })).toBe('新的');
  }, 20_000);

  it('fails what it held when the worker sends something that is no answer', async () => {
    const c = calls();
    await expect(c.call({ garble: true })).rejects.toThrow('calls-worker answered something unexpected');
    expect(await c.call({ say: 'after' })).toBe('after');
  }, 20_000);
});
