import { fingerprint } from '../engine/fingerprint.ts';
import { teamName } from './predictions.ts';
import type { Debrief } from './types.ts';

/**
 * The class's moves, predictions and debrief answers as xAPI 1.0.3 statements, for
 * a school's learning record store. The actor is always a team (an identified Group
 * with an account), never a person: the simulator knows no pupils. Statement ids and
 * the registration are derived from the content, so exporting twice gives the same
 * statements and an LRS can drop the repeats. See docs/log-format.md for the mapping.
 */

/** The base of every IRI the statements use (activities, accounts, extensions). */
export const XAPI_BASE = 'https://escalation-lab.invalid';

const VERBS = {
  interacted: 'http://adlnet.gov/expapi/verbs/interacted',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  responded: 'http://adlnet.gov/expapi/verbs/responded',
} as const;

/** An answer the class (or a team) gave to one of the scenario's discussion prompts. */
export interface DebriefAnswer {
  /** The prompt's index in the scenario's `debriefPrompts`, from 0. */
  readonly prompt: number;
  readonly answer: string;
  /** The team that answered, or null for the whole class. */
  readonly by: string | null;
}

/** What the export may add: the time of the export, and the class's answers. */
export interface XapiOptions {
  /** An ISO 8601 time for every statement; left out when not given (the LRS stamps it). */
  readonly timestamp?: string;
  readonly answers?: readonly DebriefAnswer[];
}

/** An xAPI statement, as plain JSON. */
export type XapiStatement = Record<string, unknown>;

/** A version-8 (content-derived) UUID, per RFC 9562. */
export function contentUuid(value: unknown): string {
  const hex = (fingerprint(value) + fingerprint([value, 'more'])).slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A team as an xAPI identified Group: a name and an account, no members. */
function team(scenario: string, name: string, id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-')) {
  return { objectType: 'Group', name, account: { homePage: XAPI_BASE, name: `${scenario}/${id}` } };
}

const en = (text: string) => ({ 'en-US': text });

/** The moves, predictions and answers of a debrief as statements, in step order. */
export function debriefStatements(d: Debrief, options: XapiOptions = {}): XapiStatement[] {
  const scenarioIri = `${XAPI_BASE}/scenarios/${d.scenario.id}`;
  const registration = contentUuid({
    scenario: d.scenario.id,
    line: d.line,
    events: d.steps.map((s) => s.event),
  });
  const parent = {
    id: scenarioIri,
    objectType: 'Activity',
    definition: {
      name: en(d.scenario.title),
      type: 'http://adlnet.gov/expapi/activities/simulation',
    },
  };
  const context = (step: number | null) => ({
    registration,
    contextActivities: { parent: [parent] },
    extensions: {
      [`${XAPI_BASE}/xapi/line`]: d.line,
      ...(step === null ? {} : { [`${XAPI_BASE}/xapi/step`]: step }),
    },
  });
  const statement = (body: XapiStatement): XapiStatement => {
    const s = { ...body, ...(options.timestamp ? { timestamp: options.timestamp } : {}) };
    return { id: contentUuid(s), ...s };
  };
  const out: XapiStatement[] = [];
  for (const s of d.steps) {
    // A world event is the teacher's (or the script's) move for the whole class.
    const actor =
      s.decidedBy === 'world'
        ? team(d.scenario.id, teamName(null))
        : team(d.scenario.id, `${s.deciderName} team`, s.decidedBy);
    out.push(
      statement({
        actor,
        verb: { id: VERBS.interacted, display: en('interacted') },
        object: {
          objectType: 'Activity',
          id: `${scenarioIri}/events/${encodeURIComponent(s.event)}`,
          definition: {
            name: en(s.label),
            type: 'http://adlnet.gov/expapi/activities/interaction',
          },
        },
        result: {
          extensions: {
            [`${XAPI_BASE}/xapi/ladder`]: s.ladder,
            [`${XAPI_BASE}/xapi/outcome`]: s.outcome,
          },
        },
        context: context(s.step),
      }),
    );
  }
  for (const p of d.predictions?.rows ?? []) {
    const where = [p.party, ...(p.region ? [p.region] : [])].map(encodeURIComponent).join('/');
    out.push(
      statement({
        actor: team(d.scenario.id, teamName(p.by)),
        verb: { id: VERBS.answered, display: en('answered') },
        object: {
          objectType: 'Activity',
          id: `${scenarioIri}/steps/${p.step}/predict/${where}`,
          definition: {
            name: en(`Predict ${p.partyName}${p.region ? ` (${p.region})` : ''} at step ${p.step}`),
            type: 'http://adlnet.gov/expapi/activities/question',
          },
        },
        result: { success: p.correct, response: p.predictedLabel },
        context: context(p.step),
      }),
    );
  }
  for (const a of options.answers ?? []) {
    const prompt = d.prompts[a.prompt];
    if (prompt === undefined || !a.answer.trim()) continue;
    out.push(
      statement({
        actor: team(d.scenario.id, teamName(a.by)),
        verb: { id: VERBS.responded, display: en('responded') },
        object: {
          objectType: 'Activity',
          id: `${scenarioIri}/debrief/prompt-${a.prompt + 1}`,
          definition: { name: en(prompt), type: 'http://adlnet.gov/expapi/activities/question' },
        },
        result: { response: a.answer.trim() },
        context: context(null),
      }),
    );
  }
  return out;
}

/** Statements as JSON Lines: one statement a line. */
export function statementsToJsonl(statements: readonly XapiStatement[]): string {
  return statements.map((s) => JSON.stringify(s)).join('\n') + (statements.length ? '\n' : '');
}
