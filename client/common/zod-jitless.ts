// zod would probe `Function("")` to compile its parsers; the pages' Content-Security-Policy
// forbids eval, so parse without it from the start rather than trip the policy.
import { z } from 'zod';

z.config({ jitless: true });
