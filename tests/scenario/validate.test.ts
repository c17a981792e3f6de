import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { formatProblem } from '../../src/engine/problems.ts';
import { scenarioJsonSchema } from '../../src/scenario/schema.ts';
import { MAX_INPUT_BYTES } from '../../src/engine/formats.ts';
import { checkScenario, parseScenario } from '../../src/scenario/validate.ts';
import { baselineJson } from '../helpers/scenarioFixture.ts';

/** The problems of a broken scenario, as `pointer: message` lines. */
function problemsOf(data: unknown): string[] {
  const check = checkScenario(conflictModel, 'x.json', data);
  return check.ok ? [] : check.problems.map((p) => `${p.pointer}: ${p.message}`);
}

describe('scenario validation: every problem with its pointer, expected and found', () => {
  it('accepts the baseline scenario', () => {
    expect(problemsOf(baselineJson())).toEqual([]);
  });

  it('reports text that is not JSON with its line and column, and an empty file', () => {
    const broken = parseScenario(conflictModel, 'b.json', '{\n  "id": 1,\n}');
    expect(!broken.ok && formatProblem(broken.problems[0]!)).toMatch(
      /^b\.json: \/: not valid JSON at line 3, column 1/,
    );
    const empty = parseScenario(conflictModel, 'e.json', '  ');
    expect(!empty.ok && empty.problems[0]!.message).toBe('the file is empty');
  });

  it('refuses a file over the size limit before parsing it', () => {
    const huge = parseScenario(conflictModel, 'h.json', ' '.repeat(MAX_INPUT_BYTES + 1));
    expect(!huge.ok && huge.problems[0]!.message).toBe('file too large');
  });

  it('reports every wrong type and missing field at once', () => {
    const data = baselineJson();
    data.title = 5;
    delete data.summary;
    data.script[1].kind = 'rumour';
    const check = checkScenario(conflictModel, 'x.json', data);
    expect(!check.ok && check.problems.map(formatProblem)).toEqual([
      'x.json: /title: wrong type (expected a string, found a number 5)',
      'x.json: /summary: missing field (expected a string, found nothing)',
      'x.json: /script/1/kind: not an allowed value (expected one of "historical", "hypothetical", found "rumour")',
    ]);
  });

  it('rejects unknown fields, anywhere', () => {
    const data = baselineJson();
    data.colour = 'red';
    data.brief.secret = 'x';
    expect(problemsOf(data)).toEqual(['/brief/secret: unknown field', '/colour: unknown field']);
  });

  it('rejects unknown parties, regions, states and events, and a missing party', () => {
    const data = baselineJson();
    data.start.postures.iran = 'calm';
    data.start.postures.hezbollah.military = 'napping';
    data.start.postures.israel = { military: 'deterrenceFire', mood: 'x' };
    delete data.start.postures.gaza;
    data.script[0].event = 'us.invade';
    expect(problemsOf(data)).toEqual([
      '/start/postures/hezbollah/military: unknown state',
      '/start/postures/israel/mood: unknown region',
      '/start/postures/israel/political: missing field',
      '/start/postures/iran: unknown party',
      '/start/postures/gaza: missing field',
      '/script/0/event: unknown event type',
    ]);
  });

  it('rejects duplicate and unknown source ids, and historical steps without a date or source', () => {
    const data = baselineJson();
    const n = data.sources.length;
    data.sources.push({ ...data.sources[0] });
    data.sources.push({ id: 'reuters-2024-01-18', publisher: 'p', title: 't', date: '2024-01' });
    data.script[0].sources = ['nowhere'];
    delete data.script[1].date;
    delete data.script[2].sources;
    expect(problemsOf(data)).toEqual([
      `/sources/${n}/id: duplicate source id`,
      `/sources/${n + 1}/id: duplicate source id`,
      '/script/0/sources/0: unknown source id',
      '/script/1/date: a historical step needs a date',
      '/script/2/sources: a historical step needs a source',
    ]);
  });

  it('rejects a script step whose event is not enabled at that point, saying why', () => {
    const data = baselineJson();
    data.script[1].event = 'hezbollah.acceptProposal';
    const check = checkScenario(conflictModel, 'x.json', data);
    expect(!check.ok && check.problems[0]).toMatchObject({
      pointer: '/script/1/event',
      found: '"hezbollah.acceptProposal"',
    });
    expect(!check.ok && check.problems[0]!.message).toMatch(
      /^event not enabled at step 2: The terms on the table break what Hezbollah stated: hezbollahNoDealWhileGazaFighting \(Tied to a Gaza ceasefire: no\)/,
    );
  });

  it('rejects a script event of a party nobody plays', () => {
    const data = baselineJson();
    data.played = ['hezbollah', 'israel', 'lebanon'];
    // The classroom kit would also (rightly) flag the US team's sheet; this test is about the script.
    delete data.classroom;
    expect(problemsOf(data)).toEqual(['/script/0/event: event of a party nobody plays']);
  });

  it('catches a scenario that drifts from the machines: the end differs from expect', () => {
    const data = baselineJson();
    data.expect = {
      outcome: 'ceasefireHolding',
      ladder: 5,
      postures: { us: { mediation: 'dealBrokered' } },
    };
    const check = checkScenario(conflictModel, 'x.json', data);
    expect(!check.ok && check.problems.map(formatProblem)).toEqual([
      'x.json: /expect/outcome: the script does not end in this outcome (expected "managedConflict", found "ceasefireHolding")',
      'x.json: /expect/ladder: the script does not end at this ladder level (expected 3, found 5)',
      'x.json: /expect/postures/us/mediation: the script does not end in this posture (expected "revisingProposal", found "dealBrokered")',
    ]);
  });

  it('checks that the starting ladder follows from the postures', () => {
    const data = baselineJson();
    data.start.ladder = 6;
    expect(problemsOf(data)).toEqual([
      '/start/ladder: the ladder follows from the starting postures',
    ]);
  });

  it('escapes control characters and cuts long text in what it reports', () => {
    const data = baselineJson();
    data.played = ['\u0007' + 'x'.repeat(200)];
    const check = checkScenario(conflictModel, 'x.json', data);
    const found = !check.ok ? check.problems[0]!.found! : '';
    expect(found).toMatch(/^"\\u0007x+…$/);
    expect(found.length).toBeLessThanOrEqual(80);
  });

  it('gives the same fingerprints for the same content, whatever the key order', () => {
    const a = checkScenario(conflictModel, 'a.json', baselineJson());
    const reordered = Object.fromEntries(Object.entries(baselineJson()).reverse());
    const b = checkScenario(conflictModel, 'b.json', reordered);
    expect(a.ok && b.ok && a.value.fingerprint === b.value.fingerprint).toBe(true);
    expect(a.ok && b.ok && a.value.contentFingerprint === b.value.contentFingerprint).toBe(true);
  });

  it('keeps the run fingerprint through text-only edits, and changes it with an input', () => {
    const a = checkScenario(conflictModel, 'a.json', baselineJson());
    const texts = baselineJson();
    texts.summary += ' (edited)';
    texts.script[0].narration = 'Narration reworded.';
    texts.brief.whatIsIt = 'Reworded.';
    const b = checkScenario(conflictModel, 'b.json', texts);
    expect(a.ok && b.ok && a.value.fingerprint === b.value.fingerprint).toBe(true);
    expect(a.ok && b.ok && a.value.contentFingerprint !== b.value.contentFingerprint).toBe(true);
    const changes: ((d: ReturnType<typeof baselineJson>) => void)[] = [
      (d) => (d.seed += 1),
      (d) => (d.start.postures.lebanon = 'crisis'),
    ];
    for (const change of changes) {
      const data = baselineJson();
      change(data);
      const c = checkScenario(conflictModel, 'c.json', data);
      expect(c.ok, String(change)).toBe(true);
      expect(a.ok && c.ok && a.value.fingerprint !== c.value.fingerprint, String(change)).toBe(
        true,
      );
    }
  });
});

describe('the JSON Schema for editors', () => {
  it('is generated from the zod schema and committed up to date (run `npm run schema`)', () => {
    const committed = JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
    expect(committed.additionalProperties).toBe(false);
  });
});
