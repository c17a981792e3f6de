import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { api } from '../helpers/session.ts';
import { startServeProcess } from '../helpers/serveProcess.ts';

describe('escalation-lab serve', () => {
  it('refuses wrong usage with exit 2 and one line', () => {
    const bad = cli(['serve', '--port', 'x']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('--port must be a whole number from 0 to 65535 (got "x")\n');
    for (const args of [
      ['serve', '--redis', 'http://a'],
      ['serve', 'extra'],
    ]) {
      const { code, stderr } = cli(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^escalation-lab serve: .+\nusage: escalation-lab serve /);
    }
  }, 30_000);

  it('says in one line, with exit 1, that its port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    const { code, stderr } = cli(['serve', '--port', String(port), '--data', ':memory:']);
    blocker.close();
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^escalation-lab serve: .*EADDRINUSE/);
  }, 30_000);

  it('serves the session API and prints its address', async () => {
    const served = await startServeProcess(['--port', '0', '--data', ':memory:']);
    const made = await api(served.origin, 'create', { scenario: 'sandbox', parties: ['us'] });
    expect(made.body.code).toMatch(/^[0-9A-Z]{10}$/);
    await served.stop();
  }, 30_000);
});
