/**
 * zod decides while building a schema whether it may compile validators with
 * `new Function`. The built site's Content-Security-Policy forbids eval, so every
 * schema module imports this first: ES module order then guarantees the setting is
 * in place before any schema exists, on every page and in every worker.
 */
import { z } from 'zod';

z.config({ jitless: true });
