// Every command the socket (and POST /api/contests/:id/commands) accepts, with the derived maps
// the pipeline and the clients use. Add a command to commands-run.ts commands-qa.ts or commands-appraisal.ts.
import type { z } from 'zod';
import { appraisalCommands } from './commands-appraisal.ts';
import { qaCommands } from './commands-qa.ts';
import { runCommands } from './commands-run.ts';
import type { Role } from './roles.ts';

export const commandDefs = { ...runCommands, ...qaCommands, ...appraisalCommands };
type Defs = typeof commandDefs;
export type CommandType = keyof Defs;
export const commandTypes = Object.keys(commandDefs) as CommandType[];

/** The input schema of each command. */
export const Commands = Object.fromEntries(commandTypes.map((t) => [t, commandDefs[t].input])) as {
  [T in CommandType]: Defs[T]['input'];
};
/** Which roles may send each command. Everything else is refused with `forbidden`. */
export const allowedRoles = Object.fromEntries(commandTypes.map((t) => [t, commandDefs[t].roles])) as Record<CommandType, readonly Role[]>;

export type CommandPayload<T extends CommandType> = z.infer<Defs[T]['input']>;
export type Command = { [T in CommandType]: { type: T } & CommandPayload<T> }[CommandType];
