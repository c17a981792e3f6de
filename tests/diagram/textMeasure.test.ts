import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { diagramFontFile } from '../../src/diagram/font.ts';
import { partyGraphs } from '../../src/diagram/graph.ts';
import { eventText } from '../../src/diagram/metrics.ts';
import { textMeasureOf } from '../../src/diagram/textMeasure.ts';

const require = createRequire(import.meta.url);
const file = (weight: 400 | 700) => {
  const bytes = readFileSync(require.resolve(diagramFontFile(weight, 'woff')));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};

describe('text measured with the diagram font', () => {
  const bold = textMeasureOf(file(700));
  const regular = textMeasureOf(file(400));

  it('gives bold text at least the width of regular text (boxes are sized for bold)', () => {
    for (const text of ['Demands withdrawal', 'Preconditions unmet', 'Reviewing proposal'])
      expect(bold(text, 14)).toBeGreaterThanOrEqual(regular(text, 14));
  });

  it('has a glyph for every character of every state and arrow label in the model', () => {
    const texts = conflictModel.parties.flatMap((p) =>
      partyGraphs(p, conflictModel.events).flatMap((g) => [
        ...g.nodes.map((n) => n.label),
        ...g.edges.flatMap((e) => e.events.map((x) => eventText(x.label, x.guard))),
      ]),
    );
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) expect(bold(text, 14)).toBeGreaterThan(0);
  });

  it('refuses text with a character the font cannot draw, naming it', () => {
    expect(() => bold('Beirut بيروت', 14)).toThrow('The diagram font has no glyph for "ب"');
  });
});
