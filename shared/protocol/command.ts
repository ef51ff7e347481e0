// One command = its input schema and the roles that may send it, defined together (as a tRPC
// procedure keeps its input and its auth together), so neither can be added without the other.
import type { z } from 'zod';
import type { Role } from './roles.ts';

export interface CommandDef<S extends z.ZodType = z.ZodType> {
  /** The payload as sent, `commandId` included. */
  input: S;
  /** Everyone else is refused with `forbidden`. */
  roles: readonly Role[];
}

export const command = <S extends z.ZodType>(roles: readonly Role[], input: S): CommandDef<S> => ({ input, roles });
