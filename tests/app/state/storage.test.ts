import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../../src/app/browserStore.ts';
import { openSession, updateSession } from '../../../src/app/state/session.ts';
import { sessionFromSaved } from '../../../src/app/state/restore.ts';
import {
  clearSavedData,
  decodeSession,
  encodeSession,
  LAST_SCENARIO_KEY,
  saveSession,
  sessionKey,
} from '../../../src/app/state/storage.ts';
import { draftedProposal } from '../../../src/negotiation/index.ts';
import { loadScenario } from '../../helpers/scenarioFiles.ts';
import { termsWith } from '../../helpers/terms.ts';

const baseline = loadScenario('baseline-2024-01');

describe('saved session', () => {
  it('encodes every line as inputs and decodes back to the same data', () => {
    const s = updateSession(openSession(baseline), { type: 'next' }).session;
    const saved = encodeSession(s);
    expect(saved).toMatchObject({
      version: 2,
      scenario: 'baseline-2024-01',
      fingerprint: baseline.fingerprint,
      line: 'main',
      cursor: 1,
    });
    expect(saved.lines[0]!.inputs).toEqual([baseline.scenario.script[0]!.event]);
    expect(decodeSession(JSON.stringify(saved))).toEqual(saved);
  });

  it("stores a branch as its fork point and the inputs after it, and rebuilds it sharing its parent's steps", () => {
    const step = (s: ReturnType<typeof openSession>, action: Parameters<typeof updateSession>[1]) =>
      updateSession(s, action).session;
    let s = [{ type: 'next' }, { type: 'next' }, { type: 'next' }].reduce(
      (acc, a) => step(acc, a as never),
      openSession(baseline),
    );
    s = step(step(s, { type: 'jump', step: 1 }), { type: 'send', event: 'world.gazaTruce' });
    const saved = encodeSession(s);
    expect(saved.lines).toHaveLength(2);
    expect(saved.lines[1]).toMatchObject({
      parent: { line: 'main', step: 1 },
      inputs: ['world.gazaTruce'],
    });
    const { session, problem } = sessionFromSaved(baseline, saved);
    expect(problem).toBeNull();
    const [main, branch] = session.history.lines;
    expect(branch!.steps.map((x) => x.input)).toEqual([
      null,
      baseline.scenario.script[0]!.event,
      'world.gazaTruce',
    ]);
    expect(branch!.steps[1]).toBe(main!.steps[1]);
  });

  it('reads corrupt or foreign data, or an older format, as nothing', () => {
    for (const text of [
      null,
      '',
      '{',
      '[]',
      '{"version":2}',
      '{"version":2,"scenario":"x","fingerprint":"f","lines":[],"line":"main","cursor":0}',
      '{"version":2,"scenario":"x","fingerprint":"f","lines":[{"id":"main","parent":null,"inputs":[1]}],"line":"main","cursor":0}',
      '{"version":1,"scenario":"x","fingerprint":"f","lines":[{"id":"main","parent":null,"inputs":[]}],"line":"main","cursor":0}',
    ]) {
      expect(decodeSession(text)).toBeNull();
    }
  });

  it('saves under the prefix and clears only the keys it wrote', () => {
    const store = memoryStore();
    store.setItem('other-app', 'keep');
    saveSession(store, openSession(baseline));
    expect(store.getItem(sessionKey('baseline-2024-01'))).not.toBeNull();
    expect(store.getItem(LAST_SCENARIO_KEY)).toBe('baseline-2024-01');
    expect(clearSavedData(store)).toBe(2);
    expect(store.length).toBe(1);
    expect(store.getItem('other-app')).toBe('keep');
  });

  it('reports, without throwing, a store that refuses to save', () => {
    const broken = {
      ...memoryStore(),
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(saveSession(broken, openSession(baseline))).toBe(false);
    expect(saveSession(memoryStore(), openSession(baseline))).toBe(true);
  });
});

describe('saved session: drafted proposals', () => {
  const draft = draftedProposal(
    termsWith({ tiedToGazaCeasefire: true, haltToStrikes: 'offensiveOperations' }),
  );
  const accepted = [
    { type: 'send', event: 'us.tableProposal', tabled: draft },
    { type: 'send', event: 'hezbollah.acceptProposal' },
  ] as const;

  it('stores a tabled draft’s terms by step and rebuilds the acceptance they allowed', () => {
    const s = accepted.reduce((acc, a) => updateSession(acc, a).session, openSession(baseline));
    const saved = decodeSession(JSON.stringify(encodeSession(s)))!;
    expect(saved.lines[0]!.tablings).toEqual({ '1': draft });
    const restored = sessionFromSaved(baseline, saved);
    expect(restored.problem).toBeNull();
    const last = restored.session.history.lines[0]!.steps.at(-1)!;
    expect((last.postures.hezbollah as Record<string, string>).diplomacy).toBe('acceptedProposal');
  });

  it('refuses stored terms the schema does not admit', () => {
    const s = accepted.reduce((acc, a) => updateSession(acc, a).session, openSession(baseline));
    const saved = encodeSession(s);
    const broken = {
      ...saved,
      lines: [{ ...saved.lines[0]!, tablings: { '1': { terms: { pullbackDepth: 'far' } } } }],
    };
    expect(decodeSession(JSON.stringify(broken))).toBeNull();
  });

  it('restores a session saved with the whole file’s fingerprint', () => {
    const s = updateSession(openSession(baseline), { type: 'next' }).session;
    const saved = { ...encodeSession(s), fingerprint: baseline.contentFingerprint };
    expect(sessionFromSaved(baseline, saved).problem).toBeNull();
  });
});
