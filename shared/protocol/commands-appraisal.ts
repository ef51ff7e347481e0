// 民主测评: the host opens and closes voting and voids a lost ballot code; a voter in the hall
// casts a ballot from the audience page. Ballot codes are issued over HTTP (the server draws
// them with a secure random source, which the pure domain does not have): docs/http-api.md.
import { z } from 'zod';
import { command } from './command.ts';
import { Empty, Id, Text } from './fields.ts';

const host = ['host'] as const;

export const appraisalCommands = {
  /** Opens voting on these presenters (default: the current one, or with `opens: atEnd` every presenter who has presented). */
  'appraisal:open': command(host, z.strictObject({ ...Empty, presenterIds: z.array(Id).min(1).max(200).optional() })),
  /** Closes the open round: each presenter's ballots are counted and fixed. */
  'appraisal:close': command(host, z.strictObject(Empty)),
  /** A ballot: an option per presenter of the open round (one, or several on one ballot at the end). Casting again replaces it. */
  'appraisal:vote': command(
    ['audience'],
    z.strictObject({
      ...Empty,
      choices: z.record(Id, Id).refine((c) => Object.keys(c).length >= 1 && Object.keys(c).length <= 200, '选择 1–200 个单位 (1–200 choices)'),
    }),
  ),
  /** A lost or misused slip: its code votes no more, and its ballots in the open round no longer count. */
  'appraisal:void': command(host, z.strictObject({ ...Empty, serial: z.number().int().min(1).max(100_000), reason: Text(200) })),
};
