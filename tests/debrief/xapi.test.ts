import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import {
  contentUuid,
  debriefStatements,
  statementsToJsonl,
  type Prediction,
} from '../../src/debrief/index.ts';
import { debriefOf } from '../helpers/debrief.ts';

const predictions: Prediction[] = [
  {
    step: 2,
    party: 'hezbollah',
    region: 'diplomacy',
    predicted: 'rejectedProposal',
    actual: 'rejectedProposal',
    correct: true,
    by: 'Hezbollah team',
  },
  { step: 3, party: 'us', region: null, predicted: null, actual: null, correct: true, by: null },
];
const d = debriefOf('baseline-2024-01', undefined, { predictions });
const answers = [
  { prompt: 0, answer: 'Hezbollah’s Gaza condition.', by: null },
  { prompt: 1, answer: '  ', by: 'Israel team' },
];

describe('xAPI statements', () => {
  const statements = debriefStatements(d, { answers, timestamp: '2026-01-15T10:00:00Z' });

  it('pass the xAPI statement rules (Learning Locker’s validator)', () => {
    expect(statements.length).toBe(3 + 2 + 1);
    for (const s of statements) expect(validateStatement(s)).toEqual([]);
  });

  it('the validator is not a rubber stamp: a person without an identifier fails it', () => {
    const broken = { ...statements[0], actor: { objectType: 'Group', name: 'Hezbollah team' } };
    expect(validateStatement(broken).length).toBeGreaterThan(0);
    expect(validateStatement({ ...statements[0], id: 'not-a-uuid' }).length).toBeGreaterThan(0);
  });

  it('make every actor a team (an identified Group), never a person', () => {
    for (const s of statements) {
      const actor = s.actor as {
        objectType: string;
        name: string;
        account: unknown;
        mbox?: string;
      };
      expect(actor.objectType).toBe('Group');
      expect(actor.account).toBeDefined();
      expect(actor.mbox).toBeUndefined();
    }
    expect((statements[1]!.actor as { name: string }).name).toBe('Hezbollah team');
  });

  it('carry predictions as answers with success, and skip empty debrief answers', () => {
    const answered = statements.filter((s) => (s.verb as { id: string }).id.endsWith('/answered'));
    expect(answered.map((s) => (s.result as { success: boolean }).success)).toEqual([true, true]);
    expect((answered[1]!.result as { response: string }).response).toBe('no change');
    const responded = statements.filter((s) =>
      (s.verb as { id: string }).id.endsWith('/responded'),
    );
    expect(responded).toHaveLength(1);
    expect((responded[0]!.result as { response: string }).response).toBe(
      'Hezbollah’s Gaza condition.',
    );
  });

  it('are deterministic, with unique ids, one statement a line', () => {
    const again = debriefStatements(d, { answers, timestamp: '2026-01-15T10:00:00Z' });
    expect(again).toEqual(statements);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    const jsonl = statementsToJsonl(statements);
    expect(
      jsonl
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(statements);
    expect(debriefStatements(d)[0]!.timestamp).toBeUndefined();
  });

  it('derive RFC 9562 version-8 UUIDs from content', () => {
    const id = contentUuid({ a: 1 });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(contentUuid({ a: 1 })).toBe(id);
    expect(contentUuid({ a: 2 })).not.toBe(id);
  });
});
