// SIGKILL at random moments of a scripted contest, 30+ times, restarting on the same data:
// no acknowledged command is ever lost or doubled, nothing is half-applied, the file stays
// sound and the state is always exactly a replay of the log. The judges' simultaneous submissions
// are group-committed (server/pipeline.ts), so kills land on batches too. Figures: docs/reliability.md.
import { describe, expect, it } from 'vitest';
import { formatFigures, runCrashLoop } from './crash-loop.ts';

const KILLS = Number(process.env.CRASH_KILLS ?? 32);

describe('crash loop', () => {
  it(`survives ${KILLS} SIGKILLs without losing or doubling an acknowledged command`, { timeout: 240_000 }, async () => {
    const f = await runCrashLoop({ kills: KILLS, seed: process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : undefined });
    console.log(`\ncrash loop\n${formatFigures(f)}\n`);
    expect(f.problems.slice(0, 20)).toEqual([]);
    expect(f.commandsLost).toBe(0);
    expect(f.kills).toBeGreaterThanOrEqual(Math.min(30, KILLS));
    // The room did real work between kills, and in a full run every kind of moment was hit.
    expect(f.acknowledged).toBeGreaterThan(5 * KILLS);
    if (KILLS >= 30) for (const mode of ['timer', 'after-ack', 'burst', 'startup'] as const) expect(f.killsBy[mode], mode).toBeGreaterThan(0);
    expect(f.integrityChecks).toBe(f.kills);
    // Judges submit together whenever scoring opens (crash-driver.ts), so the server kept
    // group-committing between kills (issue 17): the guarantees above held for batches too.
    if (KILLS >= 10) expect(f.batched).toBeGreaterThan(0);
  });
});
