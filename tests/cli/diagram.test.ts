import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../src/cli/io.ts';
import { cli } from '../helpers/cli.ts';
import { allStatements, parseStateDiagram } from '../helpers/mermaid.ts';
import { svgFontFacts } from '../helpers/svgFont.ts';
import { DIAGRAM_FONT_FAMILY } from '../../src/diagram/font.ts';

const tmp = mkdtempSync(join(tmpdir(), 'escalation-lab-diagram-'));
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('escalation-lab diagram (as a child process)', { timeout: 120_000 }, () => {
  it('writes an SVG of a party with its start states marked and no arrow taken', () => {
    const { code, stdout } = cli([
      'diagram',
      'baseline-2024-01',
      '--party',
      'hezbollah',
      '--format',
      'svg',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const start = resolveScenario('baseline-2024-01').scenario.start.postures.hezbollah as Record<
      string,
      string
    >;
    for (const [region, state] of Object.entries(start)) {
      expect(stdout).toContain(`data-state="${state}" data-region="${region}" data-active="true"`);
    }
    expect(stdout).not.toContain('data-taken="true"');
    // The font travels inside the file, and it is the family every text is drawn in.
    const font = svgFontFacts(stdout);
    expect(font.rootFamily).toBe(DIAGRAM_FONT_FAMILY);
    expect(font.faces.map((f) => `${f.family} ${f.weight} ${f.mime}`)).toEqual([
      `${DIAGRAM_FONT_FAMILY} 400 font/woff2`,
      `${DIAGRAM_FONT_FAMILY} 700 font/woff2`,
    ]);
    for (const f of font.faces) expect(f.bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(font.otherFamilies).toEqual([]);
    expect(font.licenceNotice).toBe(true);
  });

  it('marks the arrows taken in step STEP with --at, and writes the file given by --out', () => {
    const out = join(tmp, 'hezbollah.svg');
    const { code, stderr } = cli([
      'diagram',
      'baseline-2024-01',
      '--party',
      'hezbollah',
      '--at',
      '1',
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe(`wrote the Hezbollah diagram (svg) to ${out}\n`);
    expect(readFileSync(out, 'utf8').match(/data-taken="true"/g)?.length ?? 0).toBeGreaterThan(0);
  });

  it("writes Mermaid text that mermaid's parser reads", async () => {
    const { code, stdout } = cli([
      'diagram',
      'baseline-2024-01',
      '--party',
      'us',
      '--format',
      'mermaid',
    ]);
    expect(code).toBe(0);
    const statements = allStatements(await parseStateDiagram(stdout));
    expect(statements.filter((s) => s.stmt === 'relation').length).toBeGreaterThan(0);
  });

  it('reports bad input in one line (exit 1), wrong usage with the usage line (exit 2)', () => {
    const party = cli(['diagram', 'baseline-2024-01', '--party', 'nobody']);
    expect(party.code).toBe(1);
    expect(party.stderr).toMatch(
      /^unknown party "nobody" \(expected one of gaza, hezbollah, .*\)\n$/,
    );
    const step = cli(['diagram', 'baseline-2024-01', '--party', 'us', '--at', '9999']);
    expect(step.code).toBe(1);
    expect(step.stderr).toMatch(/^--at must be a whole number from 0 to \d+ \(got 9999\)\n$/);
    const usage = cli(['diagram', 'baseline-2024-01', '--format', 'png', '--party', 'us']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--format must be one of svg, mermaid');
    const none = cli(['diagram', 'baseline-2024-01']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('usage: escalation-lab diagram FILE|ID --party ID');
    for (const r of [party, step, usage, none]) noStack(r.stderr);
  });
});
