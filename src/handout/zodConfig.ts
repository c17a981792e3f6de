/**
 * Runs before any schema is built: zod probes for `new Function` (its JIT) unless told
 * not to, and the built site's Content-Security-Policy forbids eval. The handout entry
 * imports this first, as the app's entry does.
 */
import { z } from 'zod';

z.config({ jitless: true });
