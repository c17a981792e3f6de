import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from '../../src/build/cspPlugin.ts';

describe('the Content-Security-Policy and the class session', () => {
  it('lets the page connect to its own origin only (the session server lives there)', () => {
    expect(CSP_DIRECTIVES['connect-src']).toEqual(["'self'"]);
    // No scheme-wide source such as ws: or wss:, which would allow any host.
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/\b(ws|wss|https?):(?!\/\/stately\.ai)/);
  });
});
