// The hall's roles, in a module of its own without zod: the bundled pages import it, and zod
// must stay out of the phones' download (test/client/grid.test.ts).
import type { Role } from './roles.ts';

/** The hall's roles: they see the public view (no mark before it is revealed) and may be on edges. */
export const isPublicRole = (role: Role): role is 'screen' | 'audience' => role === 'screen' || role === 'audience';
