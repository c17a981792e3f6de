/**
 * Secrets of a class session: the join code a class reads off the board, and the
 * bearer tokens that say who a connection is. Only hashes of tokens are stored.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../classroom/protocol.ts';

/** A fresh join code: 10 symbols from a 32-letter alphabet (50 bits, from the OS's CSPRNG). */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A fresh bearer token: 256 random bits, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the server keeps of a token: its SHA-256 (a leaked data file reveals no token). */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
