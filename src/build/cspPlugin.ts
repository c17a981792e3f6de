/**
 * The Content-Security-Policy of the built site, as a Vite plugin that writes
 * it into every built HTML page as `<meta http-equiv="Content-Security-Policy">`.
 *
 * Why a meta tag: the site is static and must work from any host (a school's shared
 * folder, GitHub Pages, a USB stick), where nobody can set response headers. A meta
 * policy covers everything the page loads after it, so it goes first in `<head>`.
 *
 * Build only (`apply: 'build'`): Vite's dev server injects inline scripts (the client
 * and React's refresh preamble) that this policy forbids, so `npm start` runs without it.
 */
import type { Plugin } from 'vite';

/**
 * The policy, directive by directive. Everything comes from the page's own origin:
 * no inline script or style, no eval, no other host. Images may also be `data:`/`blob:`
 * (small inlined assets, exported plots); workers may be `blob:`.
 *
 * The one documented exception is the opt-in Stately Inspector. `@statelyai/inspect`'s
 * `createBrowserInspector` (0.7.2) talks to https://stately.ai/inspect with
 * `postMessage`, either in a window it opens with `window.open` (what the app uses; a
 * new window is not governed by this page's policy, and `postMessage` is not a fetch)
 * or in an `<iframe>` when one is passed in (`frame-src https://stately.ai` allows that).
 * Its code is loaded only when a person turns the inspector on, as a chunk of this site
 * (`script-src 'self'`), and it needs no `connect-src` beyond `'self'`.
 *
 * The class session (issue 12) connects to the session server on the page's own origin
 * (`ws://` or `wss://` same host and port, under `/session`). CSP Level 3 lets `'self'`
 * match the WebSocket schemes of the page's own host, so `connect-src 'self'` allows
 * exactly that server and no other: no host is named because the site cannot know at
 * build time where a school serves it, and a scheme-only `ws:` would allow every host.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ['https://stately.ai'],
  'worker-src': ["'self'", 'blob:'],
};

/** The policy as one header value: `default-src 'self'; script-src 'self'; …`. */
export const CONTENT_SECURITY_POLICY: string = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

/** The meta tag for a policy (quotes and ampersands escaped for the attribute). */
export function cspMetaTag(policy: string = CONTENT_SECURITY_POLICY): string {
  const content = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<meta http-equiv="Content-Security-Policy" content="${content}" />`;
}

/**
 * Puts the meta tag into a page: right after `<meta charset>` (the charset must stay in
 * the first bytes), else first in `<head>`, and before any script or stylesheet either
 * way, since a meta policy only governs what comes after it.
 */
export function withCsp(html: string, policy: string = CONTENT_SECURITY_POLICY): string {
  const tag = cspMetaTag(policy);
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset)
    return `${html.slice(0, charset.index + charset[0].length)}\n    ${tag}${html.slice(charset.index + charset[0].length)}`;
  const head = /<head[^>]*>/i.exec(html);
  if (head)
    return `${html.slice(0, head.index + head[0].length)}\n    ${tag}${html.slice(head.index + head[0].length)}`;
  throw new Error(
    'cspPlugin: a built page has no <head>, so its Content-Security-Policy cannot be set',
  );
}

/** The Vite plugin: adds the policy to every HTML page of `vite build`. */
export function cspPlugin(policy: string = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'escalation-lab:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => withCsp(html, policy),
    },
  };
}
