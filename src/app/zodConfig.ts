/**
 * Runs before any schema is built: zod probes for `new Function` (its JIT) unless told
 * not to, and the site's Content-Security-Policy forbids eval. Imported first by the entry.
 */
import { z } from 'zod';

z.config({ jitless: true });
