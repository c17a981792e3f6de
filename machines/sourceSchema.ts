import './zodSetup.ts';
import { z } from 'zod';

/**
 * The one definition of a source reference, shared by the model's bibliography
 * (machines/sources.ts) and scenario files (src/scenario/schema.ts): it lives in the
 * lowest layer so both can use it. `SourceRef` in machines/types.ts is its type.
 */

/** Text a person reads: not empty, and free of control characters (tabs and newlines aside). */
export const text = z
  .string()
  .trim()
  .min(1)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to refuse them.
  .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, 'text without control characters');

/** A publication date, as precise as the source gives it. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date as YYYY-MM-DD or YYYY-MM');

/** One source a claim rests on: who published it, when, and where to read it. */
export const sourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and dashes'),
  publisher: text,
  title: text,
  date: isoDate,
  url: z.url({ protocol: /^https?$/ }).optional(),
  note: text.optional(),
});
