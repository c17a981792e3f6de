/**
 * The classroom kit in every bundled scenario (issue 15): work for every team at every
 * phase, role sheets with sourced statements, content notes before casualty reports,
 * an alignment table that names only things that exist, and plans that fit their time.
 */
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { RUBRIC } from '../../src/scenario/rubric.ts';
import { REFLECTION } from '../../src/handout/worksheet.ts';
import { findSource } from '../../src/scenario/classroom.ts';
import { routeMessage } from '../../src/scenario/channels.ts';
import { availableEvents } from '../../src/engine/index.ts';
import { lineOf } from '../helpers/debrief.ts';
import { scenarioStart } from '../helpers/world.ts';
import { idFromFileName, loadScenario, scenarioFiles } from '../helpers/scenarioFiles.ts';

const scenarios = scenarioFiles().map((f) => loadScenario(idFromFileName(f.name)).scenario);
const ids = scenarios.map((s) => s.id);
const byId = (id: string) => scenarios.find((s) => s.id === id)!;
const kitOf = (id: string) => {
  const kit = byId(id).classroom;
  if (!kit) throw new Error(`${id} has no classroom kit`);
  return kit;
};

/** Narration that reports deaths or injuries, and so needs a content note before it. */
const CASUALTY = /\b(kill\w*|dead|deaths?|died|wounded|injur\w*|casualt\w*)\b/i;

describe('work for every team', () => {
  it.each(ids)(
    '%s: every played party has a decision or a written task with a product at every phase',
    (id) => {
      const { played } = byId(id);
      const kit = kitOf(id);
      const idle: string[] = [];
      for (const phase of kit.phases) {
        for (const team of played) {
          const work = phase.work.filter((w) => w.team === team || w.team === 'all');
          if (work.length === 0) idle.push(`${team} in ${phase.id}`);
          for (const w of work)
            expect(w.product.length, `${team} in ${phase.id}`).toBeGreaterThan(10);
        }
        for (const w of phase.work)
          expect([...played, 'all'], `${phase.id} names a team`).toContain(w.team);
      }
      expect(idle, 'teams with nothing to do').toEqual([]);
    },
  );

  it.each(ids)(
    '%s: has a negotiation round and a debrief, and the round sits between steps',
    (id) => {
      const { script } = byId(id);
      const kinds = kitOf(id).phases.map((p) => p.kind);
      expect(kinds).toEqual(expect.arrayContaining(['briefing', 'play', 'negotiation', 'debrief']));
      const round = kitOf(id).phases.find((p) => p.kind === 'negotiation')!;
      if (script.length > 0) {
        expect(round.afterStep, 'the step the round follows').toBeDefined();
        expect(round.afterStep!).toBeLessThanOrEqual(script.length);
      }
    },
  );
});

describe('role sheets', () => {
  it.each(ids)(
    '%s: one sheet per played party, with dated, sourced statements, constraints and options',
    (id) => {
      const scenario = byId(id);
      const kit = kitOf(id);
      expect(kit.roleSheets.map((r) => r.party).sort()).toEqual([...scenario.played].sort());
      for (const sheet of kit.roleSheets) {
        expect(sheet.statements.length, sheet.party).toBeGreaterThan(0);
        for (const s of sheet.statements) {
          expect(
            findSource(scenario, conflictModel, s.source),
            `${sheet.party} cites ${s.source}`,
          ).toBeDefined();
          expect(s.who.length).toBeGreaterThan(3);
          expect(s.date).toMatch(/^\d{4}-\d{2}/);
        }
        expect(sheet.constraints.length, sheet.party).toBeGreaterThan(0);
        expect(sheet.options.length, sheet.party).toBeGreaterThanOrEqual(2);
        expect(sheet.options.length, sheet.party).toBeLessThanOrEqual(3);
        for (const o of sheet.options) expect(o.costs.length).toBeGreaterThan(10);
      }
    },
  );
});

describe('role sheets per scenario', () => {
  /** Every move a party can make at some point of the scenario's scripted line. */
  const movesOnTheScript = (id: string) => {
    const { scenario, steps } = lineOf(id);
    const { sim } = scenarioStart(scenario);
    const moves = new Set<string>();
    for (const step of steps)
      for (const e of availableEvents(sim, step)) if (e.enabled) moves.add(e.type);
    return moves;
  };
  const scripted = ids.filter((id) => byId(id).script.length > 0);

  it.each(scripted)(
    '%s: every option names a move the party can make on the script, or no move',
    (id) => {
      const moves = movesOnTheScript(id);
      for (const sheet of kitOf(id).roleSheets)
        for (const o of sheet.options) {
          if (o.move === 'pass') continue;
          expect(o.move.startsWith(`${sheet.party}.`), `${id} ${sheet.party}: ${o.move}`).toBe(
            true,
          );
          expect(moves.has(o.move), `${id} ${sheet.party}: ${o.move} is never enabled`).toBe(true);
        }
    },
  );

  it.each(scripted)('%s: a party with moves on the script has an option that makes one', (id) => {
    const moves = movesOnTheScript(id);
    for (const sheet of kitOf(id).roleSheets) {
      const own = [...moves].filter((m) => m.startsWith(`${sheet.party}.`));
      if (own.length === 0) continue;
      expect(
        sheet.options.some((o) => o.move !== 'pass'),
        `${id} ${sheet.party}`,
      ).toBe(true);
    }
  });

  it.each(scripted.filter((id) => byId(id).script.some((s) => s.date)))(
    '%s: quotes nothing said after its last dated step',
    (id) => {
      const last = byId(id)
        .script.flatMap((s) => (s.date ? [s.date] : []))
        .sort()
        .at(-1)!;
      for (const sheet of kitOf(id).roleSheets)
        for (const st of sheet.statements) expect(st.date <= last, `${id}: ${st.date}`).toBe(true);
    },
  );

  it('gives each period and question its own sheets: no two scripted scenarios share a party’s sheet', () => {
    const periods = [
      'baseline-2024-01',
      'gaza-truce-2023-11',
      'border-deal-pathway',
      'escalation-spiral',
      'historical-2023-2024',
    ];
    for (const a of periods)
      for (const b of periods) {
        if (a >= b) continue;
        for (const sheet of kitOf(a).roleSheets) {
          const other = kitOf(b).roleSheets.find((r) => r.party === sheet.party);
          if (other) expect(other, `${a} and ${b}: ${sheet.party}`).not.toEqual(sheet);
          if (other)
            expect(other.options, `${a} and ${b}: ${sheet.party}'s options`).not.toEqual(
              sheet.options,
            );
        }
      }
  });
});

describe('content notes', () => {
  it.each(ids)('%s: every step that reports deaths or injuries has one', (id) => {
    const missing = byId(id)
      .script.map((step, i) => ({ step: i + 1, step_: step }))
      .filter(({ step_ }) => CASUALTY.test(step_.narration) && !step_.contentNote)
      .map(({ step }) => step);
    expect(missing).toEqual([]);
  });

  it('should find the casualty reports the notes are for (the check is not vacuous)', () => {
    expect(
      byId('escalation-spiral').script.filter((s) => CASUALTY.test(s.narration)).length,
    ).toBeGreaterThan(0);
  });
});

describe('alignment tables', () => {
  it.each(ids)('%s: names only objectives, phases, questions and rubric rows that exist', (id) => {
    const scenario = byId(id);
    const kit = kitOf(id);
    const questions = new Set([...kit.questions.map((q) => q.id), ...REFLECTION.map((q) => q.id)]);
    const phases = new Set(kit.phases.map((p) => p.id));
    const rubric = new Set(RUBRIC.map((r) => r.id));
    for (const row of kit.alignment) {
      expect(row.objective).toBeLessThanOrEqual(scenario.learningObjectives.length);
      expect(phases, `activity ${row.activity}`).toContain(row.activity);
      expect(questions, `question ${row.question}`).toContain(row.question);
      expect(rubric, `rubric row ${row.rubric}`).toContain(row.rubric);
    }
  });

  it.each(ids)('%s: assesses every objective at least once', (id) => {
    const covered = new Set(kitOf(id).alignment.map((a) => a.objective));
    expect([...covered].sort()).toEqual(byId(id).learningObjectives.map((_, i) => i + 1));
  });

  it.each(ids)('%s: has no objective that cannot be assessed', (id) => {
    for (const o of byId(id).learningObjectives)
      expect(o).not.toMatch(/^(Observe|Explore the model freely)/);
  });

  it.each(ids)('%s: points every shortest-path question at an outcome of the model', (id) => {
    const outcomes = conflictModel.outcomes.map((o) => o.id);
    for (const q of kitOf(id).questions.filter((x) => x.shortestPathTo))
      expect(outcomes).toContain(q.shortestPathTo);
  });
});

describe('plans that fit their time', () => {
  it.each(ids)(
    '%s: rows run from minute 0 to the plan’s length without gaps, over phases that exist',
    (id) => {
      const phases = new Set(kitOf(id).phases.map((p) => p.id));
      for (const plan of kitOf(id).plans) {
        let at = 0;
        for (const row of plan.rows) {
          expect(row.from, `${plan.id} row at ${row.from}`).toBe(at);
          expect(row.to).toBeGreaterThan(row.from);
          expect(phases, `${plan.id} phase ${row.phase}`).toContain(row.phase);
          at = row.to;
        }
        expect(at, plan.id).toBe(plan.minutes);
        for (const phase of phases)
          expect(
            plan.rows.some((r) => r.phase === phase),
            `${plan.id} times ${phase}`,
          ).toBe(true);
      }
    },
  );

  it.each(ids)('%s: each row’s steps fit its minutes at the plan’s stated pace', (id) => {
    for (const plan of kitOf(id).plans) {
      for (const row of plan.rows) {
        const needed =
          (row.steps?.length ?? 0) * plan.minutesPerStep +
          (row.passSteps?.length ?? 0) * (plan.minutesPerPassStep ?? plan.minutesPerStep);
        expect(needed, `${plan.id} ${row.from}–${row.to}`).toBeLessThanOrEqual(row.to - row.from);
      }
    }
  });

  it.each(ids)(
    '%s: every scripted step is predicted or read aloud exactly once, in order',
    (id) => {
      const { script } = byId(id);
      for (const plan of kitOf(id).plans) {
        const covered = plan.rows.flatMap((r) => [...(r.steps ?? []), ...(r.passSteps ?? [])]);
        expect(
          [...covered].sort((a, b) => a - b),
          plan.id,
        ).toEqual(script.map((_, i) => i + 1));
      }
    },
  );

  it('should cut the historical line to twelve predicted steps in even spans', () => {
    const plan = kitOf('historical-2023-2024').plans.find((p) => p.minutes === 90)!;
    const predicted = plan.rows.flatMap((r) => r.steps ?? []);
    expect(predicted).toHaveLength(12);
    const spans = plan.rows.filter((r) => r.steps?.length).map((r) => r.steps!.length);
    expect(Math.max(...spans) - Math.min(...spans)).toBeLessThanOrEqual(1);
  });

  it('should give a 45-minute plan and a 90-minute plan among the bundled scenarios', () => {
    const lengths = scenarios.flatMap((s) => s.classroom?.plans.map((p) => p.minutes) ?? []);
    expect(lengths).toEqual(expect.arrayContaining([45, 90]));
  });
});

describe('the negotiation round’s channels', () => {
  it.each(ids)(
    '%s: a kit with a negotiation round says who may talk to whom, with sources',
    (id) => {
      const kit = kitOf(id);
      if (!kit.phases.some((p) => p.kind === 'negotiation')) return;
      const channels = kit.channels;
      expect(channels).toBeDefined();
      for (const rule of channels!.indirect)
        expect(findSource(byId(id), conflictModel, rule.source)).toBeDefined();
      // Hezbollah's messages to the US mediator go through the Lebanese state (Reuters, 18 January 2024).
      const route = routeMessage(channels!, 'hezbollah', 'us');
      expect(route).toMatchObject({ path: ['hezbollah', 'lebanon', 'us'] });
    },
  );
});

describe('words and sources', () => {
  /** Phrases the classroom review quoted as unattributed or one-sided. */
  const QUOTED = [
    'as happened in October 2024',
    'pauses too, because Hezbollah',
    'It responds to fire from Lebanon',
  ];

  it('names no outcome "Managed conflict" and attributes Israel\'s reactive wording to the model', () => {
    const labels = conflictModel.outcomes.map((o) => o.label);
    expect(labels).not.toContain('Managed conflict');
    expect(labels).toContain('Contained exchange of fire');
    const israel = conflictModel.parties.find((p) => p.id === 'israel')!;
    expect(israel.summary).not.toMatch(/; responds to fire\.$/);
    expect(israel.summary).toMatch(/in the model/);
    const config = JSON.stringify(israel.machine.config);
    expect(config).not.toContain("'Because Hezbollah pauses during a Gaza truce, Israeli");
    expect(config).toContain('In the model, because Hezbollah pauses during a Gaza truce');
  });

  it.each(ids)('%s: carries none of the quoted phrasings', (id) => {
    const text = JSON.stringify(byId(id));
    for (const q of QUOTED) expect(text).not.toContain(q);
  });

  it.each(ids)('%s: says so when a source is state media or a republished copy', (id) => {
    const scenario = byId(id);
    for (const s of [...scenario.sources, ...(scenario.classroom?.sources ?? [])]) {
      if (/sputnik/i.test(s.publisher)) expect(s.publisher).toMatch(/state media/);
      if (/middle east monitor/i.test(s.publisher))
        expect(s.publisher).toMatch(/^Reuters, via Middle East Monitor/);
    }
  });

  it('should give the hypothetical spiral a reason for who escalates first', () => {
    expect(byId('escalation-spiral').brief.whatIsIt).toMatch(/teaching choice/);
  });
});
