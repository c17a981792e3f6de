import { inflateSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { DIAGRAM_FONT_FAMILY } from '../../src/diagram/font.ts';
import { partyGraphs } from '../../src/diagram/graph.ts';
import { layoutParties } from '../../src/diagram/layoutParties.ts';
import { diagramTextMeasure } from '../../src/server/diagramFont.ts';
import { seriousAxeViolations } from '../helpers/browser.ts';
import { allStatements, parseStateDiagram } from '../helpers/mermaid.ts';
import { svgFontFacts } from '../helpers/svgFont.ts';
import { control, postureRegion } from './support/contract.ts';
import { useApp } from './support/app.ts';

const app = useApp();
const layouts = layoutParties(conflictModel, diagramTextMeasure());
const REJECT = 'Reject the US proposal: Reviewing proposal to Rejected proposal';

/** The sizes the class view is shown at: a laptop, a projector, a large screen. */
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/**
 * Measures every diagram with real glyphs: text that leaves its box, labels on boxes or
 * on each other, and whether the page scrolls sideways. Returns a list of problems.
 */
function measureProblems(page: Page): Promise<string[]> {
  return page.evaluate(async (family) => {
    const problems: string[] = [];
    // Boxes are sized for the diagram font: measure once it has loaded, and say if it has not.
    await document.fonts.ready;
    for (const weight of [400, 700])
      if (!document.fonts.check(`${weight} 14px "${family}"`))
        problems.push(`the diagram font (${weight}) is not loaded`);
    const inside = (a: DOMRect, b: DOMRect) =>
      a.left >= b.left - 0.5 &&
      a.right <= b.right + 0.5 &&
      a.top >= b.top - 0.5 &&
      a.bottom <= b.bottom + 0.5;
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const svg of document.querySelectorAll('svg.diagram-svg')) {
      const party = svg.closest('[data-party]')?.getAttribute('data-party');
      const boxes = [...svg.querySelectorAll('g.state')].map((g) => ({
        name: g.getAttribute('data-state'),
        box: g.querySelector('rect')!.getBoundingClientRect(),
        text: g.querySelector('text')!.getBoundingClientRect(),
      }));
      const labels = [...svg.querySelectorAll('g.edge')].map((g) => ({
        name: g.getAttribute('aria-label'),
        ground: g.querySelector('rect')!.getBoundingClientRect(),
        text: g.querySelector('text')!.getBoundingClientRect(),
      }));
      for (const b of boxes)
        if (!inside(b.text, b.box)) problems.push(`${party}: "${b.name}" text leaves its box`);
      for (const [i, l] of labels.entries()) {
        if (l.text.width === 0) problems.push(`${party}: "${l.name}" has no visible label`);
        if (!inside(l.text, l.ground))
          problems.push(`${party}: "${l.name}" label leaves its ground`);
        for (const b of boxes)
          if (overlap(l.text, b.box)) problems.push(`${party}: "${l.name}" on "${b.name}"`);
        for (const m of labels.slice(i + 1))
          if (overlap(l.text, m.text)) problems.push(`${party}: "${l.name}" on "${m.name}"`);
      }
    }
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      problems.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
    return problems;
  }, DIAGRAM_FONT_FAMILY);
}

describe('party diagrams laid out by ELK', () => {
  it('label every arrow; labels stay off boxes and each other at class sizes', async () => {
    for (const viewport of SIZES) {
      const { page } = await app.open('', { viewport });
      for (const party of conflictModel.parties) {
        const arrows = page.locator(`[data-party="${party.id}"] svg.diagram-svg g.edge`);
        expect(await arrows.count(), `${party.id} arrows`).toBe(
          layouts.parties[party.id]!.edges.length,
        );
      }
      // Make the active states bold (their widest) by moving a few steps first.
      for (let i = 0; i < 2; i++) await control(page, 'Next step').click();
      expect(await measureProblems(page), `at ${viewport.width}×${viewport.height}`).toEqual([]);
    }
  });

  it('mark the arrow taken in the last step and emphasise its label', async () => {
    const { page } = await app.open();
    await control(page, 'Next step').click();
    const taken = postureRegion(page, 'Hezbollah').locator('g.edge[data-taken="true"]');
    await taken.first().waitFor();
    const weight = await taken
      .first()
      .locator('text')
      .evaluate((t) => getComputedStyle(t).fontWeight);
    expect(Number(weight)).toBeGreaterThanOrEqual(700);
    const plain = postureRegion(page, 'Hezbollah').locator('g.edge:not([data-taken])').first();
    expect(
      Number(await plain.locator('text').evaluate((t) => getComputedStyle(t).fontWeight)),
    ).toBeLessThan(700);
  });

  it('let a keyboard user reach an arrow by Tab and arrows; Enter explains it only', async () => {
    const { page } = await app.open();
    // Every arrow is a link named after its events and its two states.
    expect(
      await postureRegion(page, 'Hezbollah')
        .getByRole('link', { name: REJECT, exact: true })
        .count(),
    ).toBe(1);
    const region = postureRegion(page, 'Hezbollah');
    const focusedName = () =>
      page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    const inHezbollahArrow = () =>
      page.evaluate(() => !!document.activeElement?.closest('[data-party="hezbollah"] g.edge'));
    let reached = false;
    for (let i = 0; i < 400 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await inHezbollahArrow();
    }
    expect(reached, 'Tab reaches an arrow of the Hezbollah diagram').toBe(true);
    const count = layouts.parties.hezbollah!.edges.length;
    for (let i = 0; i < count && (await focusedName()) !== REJECT; i++)
      await page.keyboard.press('ArrowRight');
    expect(await focusedName()).toBe(REJECT);
    await page.keyboard.press('Enter');
    const diplomacy = partyGraphs(conflictModel.parties.find((p) => p.id === 'hezbollah')!).find(
      (g) => g.region === 'diplomacy',
    )!;
    const reject = diplomacy.edges.find(
      (e) => e.from === 'reviewingProposal' && e.to === 'rejectedProposal',
    )!;
    const accept = diplomacy.edges.find(
      (e) => e.from === 'reviewingProposal' && e.to === 'acceptedProposal',
    )!;
    const why = page.getByRole('region', { name: 'Why' });
    await expect
      .poll(() => why.innerText(), { message: 'the Why panel explains the arrow' })
      .toContain(reject.events[0]!.description);
    expect(await why.innerText()).not.toContain(accept.events[0]!.description);
    // A click on the arrow's label explains the same arrow.
    await region
      .getByRole('link', { name: new RegExp(`^${accept.events[0]!.label}`) })
      .first()
      .click();
    await expect.poll(() => why.innerText()).toContain(accept.events[0]!.description);
  });

  it('download SVG, PNG and Mermaid of the diagram as it stands; axe is clean', async () => {
    const { page } = await app.open();
    await control(page, 'Next step').click();
    const region = postureRegion(page, 'Hezbollah');
    await region.getByText('Download diagram').click();
    const findings = await seriousAxeViolations(page);
    expect(findings.map((f) => f.id)).toEqual([]);
    const save = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        region.getByRole('button', { name }).click(),
      ]);
      return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
    };
    const svg = await save('SVG image');
    expect(svg.name).toBe('hezbollah-diagram.svg');
    const layout = layouts.parties.hezbollah!;
    const counts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        states: doc.querySelectorAll('g.state').length,
        edges: doc.querySelectorAll('g.edge').length,
        active: doc.querySelectorAll('g.state[data-active="true"]').length,
        taken: doc.querySelectorAll('g.edge[data-taken="true"]').length,
      };
    }, svg.bytes.toString('utf8'));
    expect(counts).toMatchObject({
      error: null,
      states: layout.states.length,
      edges: layout.edges.length,
      active: 3,
    });
    expect(counts.taken).toBeGreaterThan(0);
    // The app's file carries the same font as the CLI's: both faces, the family its text uses.
    const font = svgFontFacts(svg.bytes.toString('utf8'));
    expect(font.rootFamily).toBe(DIAGRAM_FONT_FAMILY);
    expect(font.faces.map((f) => [f.family, f.weight, f.mime])).toEqual([
      [DIAGRAM_FONT_FAMILY, 400, 'font/woff2'],
      [DIAGRAM_FONT_FAMILY, 700, 'font/woff2'],
    ]);
    for (const f of font.faces) expect(f.bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(font.otherFamilies).toEqual([]);
    expect(font.licenceNotice).toBe(true);

    const png = await save('PNG image');
    expect(png.name).toBe('hezbollah-diagram.png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.readUInt32BE(16)).toBe(Math.ceil(layout.width * 2));
    expect(png.bytes.readUInt32BE(20)).toBe(Math.ceil(layout.height * 2));
    expect(inflateSync(pngData(png.bytes)).length).toBeGreaterThan(0);

    const mermaid = await save('Mermaid text');
    expect(mermaid.name).toBe('hezbollah-diagram.mmd');
    const statements = allStatements(await parseStateDiagram(mermaid.bytes.toString('utf8')));
    expect(statements.filter((s) => s.stmt === 'applyClass')).toHaveLength(3);
  });
});

/** The concatenated IDAT data of a PNG (to check it decompresses). */
function pngData(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT')
      parts.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return Buffer.concat(parts);
}
