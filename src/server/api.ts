/**
 * The session's small JSON API under `/session/api`: start a session (teacher), look a
 * code up and join it (student), identify a token, and the teacher's roster: admit,
 * assign a party, remove, admit automatically, end. Bodies are capped at 4 KiB; failed
 * joins are throttled per address.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_PATH, normaliseCode } from '../classroom/protocol.ts';
import type { FailureThrottle } from './joinThrottle.ts';
import { type Registry, RegistryError } from './registry.ts';

/** What the API handlers need. */
export interface ApiContext {
  readonly registry: Registry;
  readonly failures: FailureThrottle;
  /** After the registry ended a session: drops its connections and documents everywhere. */
  readonly closeSession: (code: string) => Promise<void>;
  /** Frees a removed or moved team's party: drops its connections, retires its submission. */
  readonly releaseParty: (code: string, party: string) => Promise<void>;
}

const MAX_BODY = 4096;

/** Reads a small JSON body; anything larger or malformed is a 400/413. */
async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new RegistryError(413, 'The request is too large.');
    chunks.push(chunk);
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // Falls through to the refusal below.
  }
  throw new RegistryError(400, 'The request is not a JSON object.');
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** A team name: short, printable, no personal data asked for (the UI says so). */
function teamName(value: unknown): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  const name = text(value, 40).replace(/[\u0000-\u001f\u007f]/g, '');
  if (!name) throw new RegistryError(400, 'Give your team a name.');
  return name;
}

/** The teacher's identity from a body's token, or a 403. */
async function teacherOf(ctx: ApiContext, body: Record<string, unknown>): Promise<string> {
  const who = await ctx.registry.identify(text(body.token, 100));
  if (who?.role !== 'teacher')
    throw new RegistryError(403, 'Only the teacher of this session may do that.');
  return who.code;
}

/** Answers one API request. Never throws: every refusal is a status and one sentence. */
export async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  ctx: ApiContext,
): Promise<void> {
  const address = request.socket.remoteAddress ?? 'unknown';
  const action = new URL(request.url ?? '/', 'http://localhost').pathname.slice(
    API_PATH.length + 1,
  );
  try {
    if (request.method !== 'POST') throw new RegistryError(405, 'Use POST.');
    const body = await readJson(request);
    switch (action) {
      case 'create': {
        const parties = Array.isArray(body.parties)
          ? body.parties.filter((p) => typeof p === 'string').slice(0, 64)
          : [];
        return send(
          response,
          200,
          await ctx.registry.create(
            text(body.scenario, 100),
            parties as string[],
            body.autoAdmit === true,
          ),
        );
      }
      case 'info':
      case 'join': {
        if (!ctx.failures.allowed(address))
          throw new RegistryError(
            429,
            'Too many wrong codes from this device: wait a few minutes.',
          );
        const code = normaliseCode(text(body.code, 40));
        const info = code ? await ctx.registry.info(code) : null;
        if (!info) {
          ctx.failures.fail(address);
          throw new RegistryError(404, 'No class session has that code (or it has ended).');
        }
        if (action === 'info') return send(response, 200, info);
        const joined = await ctx.registry.join(
          info.code,
          text(body.party, 40),
          teamName(body.name),
        );
        return send(response, 200, { ...joined, code: info.code });
      }
      case 'whoami': {
        if (!ctx.failures.allowed(address))
          throw new RegistryError(429, 'Too many failed attempts: wait a few minutes.');
        const who = await ctx.registry.identify(text(body.token, 100));
        if (!who) {
          ctx.failures.fail(address);
          throw new RegistryError(403, 'This device is no longer part of a session.');
        }
        const info = await ctx.registry.info(who.code);
        return send(response, 200, { ...who, scenario: info?.scenario ?? '' });
      }
      case 'roster': {
        const code = await teacherOf(ctx, body);
        return send(response, 200, {
          teams: await ctx.registry.teams(code),
          autoAdmit: await ctx.registry.autoAdmit(code),
        });
      }
      case 'admit': {
        await ctx.registry.admit(await teacherOf(ctx, body), text(body.party, 40));
        return send(response, 200, { ok: true });
      }
      case 'assign': {
        const code = await teacherOf(ctx, body);
        const from = text(body.party, 40);
        const to = text(body.to, 40);
        await ctx.registry.assign(code, from, to);
        // The team's open connection to its old party's document must not keep writing it.
        if (to !== from) await ctx.releaseParty(code, from);
        return send(response, 200, { ok: true });
      }
      case 'settings': {
        await ctx.registry.setAutoAdmit(await teacherOf(ctx, body), body.autoAdmit === true);
        return send(response, 200, { ok: true });
      }
      case 'remove': {
        const code = await teacherOf(ctx, body);
        const party = text(body.party, 40);
        await ctx.registry.removeTeam(code, party);
        await ctx.releaseParty(code, party);
        return send(response, 200, { ok: true });
      }
      case 'end': {
        const code = await teacherOf(ctx, body);
        await ctx.registry.end(code);
        await ctx.closeSession(code);
        return send(response, 200, { ok: true });
      }
      default:
        throw new RegistryError(404, 'No such session request.');
    }
  } catch (error) {
    if (error instanceof RegistryError)
      return send(response, error.status, { error: error.message });
    send(response, 500, { error: 'The session server failed to answer.' });
  }
}
