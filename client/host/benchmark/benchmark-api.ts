// The 对标 routes (docs/http-api.md "对标"), answers parsed with the zod schemas in shared/.
import { BenchmarkBoards, BenchmarkCommandAnswer } from '../../../shared/benchmark/view.ts';
import type { BenchmarkCommandName } from '../../../shared/benchmark/commands.ts';
import { ApiError, refused, request, type Refused } from '../api.ts';

export type { BenchmarkBoards, PresenterBoardLine } from '../../../shared/benchmark/view.ts';

const path = (id: string) => `/contests/${encodeURIComponent(id)}/benchmarks`;

export const benchmarkApi = {
  get: (id: string) => request(BenchmarkBoards, 'GET', path(id)),
  command: (id: string, presenterId: string, type: BenchmarkCommandName, payload: Record<string, unknown>, commandId?: string) =>
    request(BenchmarkCommandAnswer, 'POST', `${path(id)}/commands`, { type, presenterId, ...payload, ...(commandId ? { commandId } : {}) }),
};

export type CommandResult = { ok: true; duplicate: boolean } | Refused;

/** A command's answer as the forms show it: a refusal is data (its issues go to their rows), not an exception. */
export async function runBenchmarkCommand(...args: Parameters<typeof benchmarkApi.command>): Promise<CommandResult> {
  try {
    const r = await benchmarkApi.command(...args);
    return { ok: true, duplicate: r.duplicate === true };
  } catch (e) {
    if (e instanceof ApiError) return refused(e);
    throw e;
  }
}

/** A board's commands as its forms send them: the contest and presenter already filled in. */
export type Send = (type: BenchmarkCommandName, payload: Record<string, unknown>, commandId?: string) => Promise<CommandResult>;
