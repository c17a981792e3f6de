import type { ConflictModel, Posture } from '../../machines/types.ts';
import { MAX_NESTING, tooDeepAt } from '../engine/depth.ts';
import { fingerprint, runFingerprint } from '../engine/fingerprint.ts';
import { MAX_INPUT_BYTES } from '../engine/formats.ts';
import { indexModel, type ModelIndex } from '../engine/modelIndex.ts';
import { playInputs } from '../engine/play.ts';
import { describeValue, problemsFromZod, type Problem } from '../engine/problems.ts';
import { initialStep } from '../engine/simulation.ts';
import { checkClassroom } from './classroomChecks.ts';
import { scenarioSchema, type Scenario } from './schema.ts';
import { scriptTablings } from './scriptProposals.ts';
import { simulationFor } from './simulation.ts';

/** A scenario that passed every check, with its fingerprints. */
export interface ValidScenario {
  readonly file: string;
  readonly scenario: Scenario;
  /** The run fingerprint (src/engine/fingerprint.ts runFingerprint): what logs record. */
  readonly fingerprint: string;
  /** The whole file's fingerprint, which logs made before model 2.1.0 recorded. */
  readonly contentFingerprint: string;
}

/** Either a valid scenario or every problem found in it. */
export type ScenarioCheck =
  | { readonly ok: true; readonly value: ValidScenario }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** Checks one posture against a party's machine, reporting every bad region or state. */
function checkPosture(
  index: ModelIndex,
  file: string,
  pointer: string,
  party: string,
  value: Posture,
  partial: boolean,
): Problem[] {
  const regions = index.regions(party);
  if (regions === null) {
    if (typeof value !== 'string')
      return [
        {
          file,
          pointer,
          message: 'wrong shape',
          expected: `a state name of ${party}`,
          found: describeValue(value),
        },
      ];
    const states = index.states(party, null);
    return states.includes(value)
      ? []
      : [
          {
            file,
            pointer,
            message: 'unknown state',
            expected: `one of ${list(states)}`,
            found: describeValue(value),
          },
        ];
  }
  if (typeof value === 'string') {
    return [
      {
        file,
        pointer,
        message: 'wrong shape',
        expected: `an object with a state for each region (${list(regions)})`,
        found: describeValue(value),
      },
    ];
  }
  const problems: Problem[] = [];
  for (const [region, state] of Object.entries(value)) {
    if (!regions.includes(region)) {
      problems.push({
        file,
        pointer: `${pointer}/${region}`,
        message: 'unknown region',
        expected: `one of ${list(regions)}`,
        found: describeValue(region),
      });
      continue;
    }
    const states = index.states(party, region);
    if (!states.includes(state))
      problems.push({
        file,
        pointer: `${pointer}/${region}`,
        message: 'unknown state',
        expected: `one of ${list(states)}`,
        found: describeValue(state),
      });
  }
  if (!partial) {
    for (const region of regions) {
      if (!(region in value))
        problems.push({
          file,
          pointer: `${pointer}/${region}`,
          message: 'missing field',
          expected: `a state of ${party}'s ${region} region`,
          found: 'nothing',
        });
    }
  }
  return problems;
}

/** Checks a map of postures (the start, or the expected end) against the model's parties. */
function checkPostures(
  index: ModelIndex,
  file: string,
  pointer: string,
  postures: Record<string, Posture>,
  partial: boolean,
): Problem[] {
  const ids = index.model.parties.map((p) => p.id);
  const problems: Problem[] = [];
  for (const [party, value] of Object.entries(postures)) {
    if (!ids.includes(party))
      problems.push({
        file,
        pointer: `${pointer}/${party}`,
        message: 'unknown party',
        expected: `one of ${list(ids)}`,
        found: describeValue(party),
      });
    else problems.push(...checkPosture(index, file, `${pointer}/${party}`, party, value, partial));
  }
  if (!partial) {
    for (const id of ids)
      if (!(id in postures))
        problems.push({
          file,
          pointer: `${pointer}/${id}`,
          message: 'missing field',
          expected: `the starting posture of ${id}`,
          found: 'nothing',
        });
  }
  return problems;
}

/** Cross-references the schema cannot check: parties, states, events, sources. */
function checkReferences(index: ModelIndex, file: string, s: Scenario): Problem[] {
  const model = index.model;
  const problems = checkPostures(index, file, '/start/postures', s.start.postures, false);
  const playable = model.parties.filter((p) => p.kind === 'party').map((p) => p.id);
  s.played.forEach((party, i) => {
    if (!playable.includes(party))
      problems.push({
        file,
        pointer: `/played/${i}`,
        message: 'not a playable party',
        expected: `one of ${list(playable)}`,
        found: describeValue(party),
      });
    else if (s.played.indexOf(party) !== i)
      problems.push({
        file,
        pointer: `/played/${i}`,
        message: 'duplicate party',
        found: describeValue(party),
      });
  });
  s.roles.forEach((role, i) => {
    if (!playable.includes(role.party))
      problems.push({
        file,
        pointer: `/roles/${i}/party`,
        message: 'not a playable party',
        expected: `one of ${list(playable)}`,
        found: describeValue(role.party),
      });
  });
  const sourceIds = new Set(model.sources.map((src) => src.id));
  s.sources.forEach((src, i) => {
    if (sourceIds.has(src.id))
      problems.push({
        file,
        pointer: `/sources/${i}/id`,
        message: 'duplicate source id',
        expected: 'an id no other source (in the file or the model) uses',
        found: describeValue(src.id),
      });
    sourceIds.add(src.id);
  });
  // Proposals: unique ids, known sources, and script steps that name one that exists.
  const proposalIds = new Set<string>();
  (s.proposals ?? []).forEach((proposal, i) => {
    if (proposalIds.has(proposal.id))
      problems.push({
        file,
        pointer: `/proposals/${i}/id`,
        message: 'duplicate proposal id',
        expected: 'an id no other proposal uses',
        found: describeValue(proposal.id),
      });
    proposalIds.add(proposal.id);
    (proposal.sources ?? []).forEach((id, j) => {
      if (!sourceIds.has(id))
        problems.push({
          file,
          pointer: `/proposals/${i}/sources/${j}`,
          message: 'unknown source id',
          expected: 'the id of a source in /sources or in the model',
          found: describeValue(id),
        });
    });
  });
  s.script.forEach((step, i) => {
    const at = `/script/${i}`;
    if (step.proposal !== undefined && !proposalIds.has(step.proposal)) {
      problems.push({
        file,
        pointer: `${at}/proposal`,
        message: 'unknown proposal id',
        expected: 'the id of a proposal in /proposals',
        found: describeValue(step.proposal),
      });
    }
    const spec = index.event(step.event);
    if (!spec)
      problems.push({
        file,
        pointer: `${at}/event`,
        message: 'unknown event type',
        expected: 'an event type listed by `escalation-lab events`',
        found: describeValue(step.event),
      });
    else if (spec.controlledBy !== 'world' && !s.played.includes(spec.controlledBy)) {
      problems.push({
        file,
        pointer: `${at}/event`,
        message: 'event of a party nobody plays',
        expected: `a world event or an event of a played party (${list(s.played)})`,
        found: describeValue(step.event),
      });
    }
    (step.sources ?? []).forEach((id, j) => {
      if (!sourceIds.has(id))
        problems.push({
          file,
          pointer: `${at}/sources/${j}`,
          message: 'unknown source id',
          expected: 'the id of a source in /sources or in the model',
          found: describeValue(id),
        });
    });
    if (step.kind === 'historical') {
      if (!step.date)
        problems.push({
          file,
          pointer: `${at}/date`,
          message: 'a historical step needs a date',
          expected: 'a date as YYYY-MM-DD',
          found: 'nothing',
        });
      if (!step.sources?.length)
        problems.push({
          file,
          pointer: `${at}/sources`,
          message: 'a historical step needs a source',
          expected: 'at least one source id',
          found: 'nothing',
        });
    }
  });
  if (!model.outcomes.some((o) => o.id === s.expect.outcome)) {
    problems.push({
      file,
      pointer: '/expect/outcome',
      message: 'unknown outcome',
      expected: `one of ${list(model.outcomes.map((o) => o.id))}`,
      found: describeValue(s.expect.outcome),
    });
  }
  if (s.expect.postures)
    problems.push(...checkPostures(index, file, '/expect/postures', s.expect.postures, true));
  problems.push(...checkClassroom(model, file, s, sourceIds));
  return problems;
}

/** Runs the script through the engine: every step must be enabled, and the end must match `expect`. */
function checkScript(model: ConflictModel, file: string, s: Scenario): Problem[] {
  const sim = simulationFor(s, model);
  const start = initialStep(sim);
  if (start.ladder !== s.start.ladder) {
    return [
      {
        file,
        pointer: '/start/ladder',
        message: 'the ladder follows from the starting postures',
        expected: String(start.ladder),
        found: describeValue(s.start.ladder),
      },
    ];
  }
  const { steps, refused } = playInputs(
    sim,
    [start],
    s.script.map((scripted) => scripted.event),
    scriptTablings(s),
  );
  if (refused) {
    const at = refused.step;
    return [
      {
        file,
        pointer: `/script/${at - 1}/event`,
        message: `event not enabled at step ${at}: ${refused.availability?.reason}`,
        expected: 'an event enabled at this point',
        found: describeValue(refused.input),
      },
    ];
  }
  const step = steps[steps.length - 1]!;
  const problems: Problem[] = [];
  if (step.outcome !== s.expect.outcome)
    problems.push({
      file,
      pointer: '/expect/outcome',
      message: 'the script does not end in this outcome',
      expected: describeValue(step.outcome),
      found: describeValue(s.expect.outcome),
    });
  if (s.expect.ladder !== undefined && step.ladder !== s.expect.ladder)
    problems.push({
      file,
      pointer: '/expect/ladder',
      message: 'the script does not end at this ladder level',
      expected: String(step.ladder),
      found: String(s.expect.ladder),
    });
  for (const [party, expected] of Object.entries(s.expect.postures ?? {})) {
    const actual = step.postures[party]!;
    const pairs: [string, string, string][] =
      typeof expected === 'string'
        ? [['', expected, actual as string]]
        : Object.entries(expected).map(([r, v]) => [
            `/${r}`,
            v,
            (actual as Record<string, string>)[r]!,
          ]);
    for (const [suffix, want, got] of pairs) {
      if (want !== got)
        problems.push({
          file,
          pointer: `/expect/postures/${party}${suffix}`,
          message: 'the script does not end in this posture',
          expected: describeValue(got),
          found: describeValue(want),
        });
    }
  }
  return problems;
}

/** Checks parsed JSON: the schema first, then the model's references, then the script. Every problem is returned. */
export function checkScenario(model: ConflictModel, file: string, data: unknown): ScenarioCheck {
  const deep = tooDeepAt(data);
  if (deep !== null)
    return {
      ok: false,
      problems: [
        {
          file,
          pointer: deep,
          message: 'nested too deeply',
          expected: `at most ${MAX_NESTING} levels of arrays and objects`,
          found: 'more',
        },
      ],
    };
  const parsed = scenarioSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(file, parsed.error.issues) };
  const scenario = parsed.data;
  const references = checkReferences(indexModel(model), file, scenario);
  if (references.length) return { ok: false, problems: references };
  const script = checkScript(model, file, scenario);
  if (script.length) return { ok: false, problems: script };
  const { $schema: _ignored, ...content } = scenario;
  return {
    ok: true,
    value: {
      file,
      scenario,
      fingerprint: runFingerprint(scenario),
      contentFingerprint: fingerprint(content),
    },
  };
}

/** Where a JSON syntax error is, as "line L, column C", from the parser's message. */
function syntaxLocation(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) return '';
  const offset = Number(match[1]);
  const before = text.slice(0, offset).split('\n');
  return ` at line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

/** Parses and checks scenario text (the contents of a file). */
export function parseScenario(model: ConflictModel, file: string, text: string): ScenarioCheck {
  if (text.length > MAX_INPUT_BYTES) {
    return {
      ok: false,
      problems: [
        {
          file,
          pointer: '',
          message: 'file too large',
          expected: `at most ${MAX_INPUT_BYTES / 1024 / 1024} MB`,
          found: `${(text.length / 1024 / 1024).toFixed(1)} MB`,
        },
      ],
    };
  }
  if (text.trim() === '')
    return {
      ok: false,
      problems: [
        {
          file,
          pointer: '',
          message: 'the file is empty',
          expected: 'a scenario as JSON',
          found: 'nothing',
        },
      ],
    };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return {
      ok: false,
      problems: [
        {
          file,
          pointer: '',
          message: `not valid JSON${syntaxLocation(text, message)}`,
          expected: 'a scenario as JSON',
          found: describeValue(message),
        },
      ],
    };
  }
  return checkScenario(model, file, data);
}
