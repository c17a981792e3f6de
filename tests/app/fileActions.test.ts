import { describe, expect, it } from 'vitest';
import { exportFile } from '../../src/app/fileActions.ts';
import { importLog } from '../../src/app/importLog.ts';
import { openSession, updateSession, type Session } from '../../src/app/state/session.ts';
import { currentStep } from '../../src/engine/index.ts';
import { draftedProposal } from '../../src/negotiation/index.ts';
import { loadScenario } from '../helpers/scenarioFiles.ts';
import { termsWith } from '../helpers/terms.ts';

const baseline = loadScenario('baseline-2024-01');
/** The app's scenario lookup, with only the baseline opened. */
const findBaseline = async (id: string) => (id === baseline.scenario.id ? baseline : null);

/** January 2024: a team tables a draft tied to a Gaza ceasefire, and Hezbollah accepts it. */
function acceptedDraft(): Session {
  const draft = draftedProposal(
    termsWith({ tiedToGazaCeasefire: true, haltToStrikes: 'offensiveOperations' }),
  );
  let s = openSession(baseline);
  for (const action of [
    { type: 'send', event: 'us.tableProposal', tabled: draft },
    { type: 'send', event: 'hezbollah.acceptProposal' },
  ] as const) {
    const update = updateSession(s, action);
    expect(update.refusal).toBeNull();
    s = update.session;
  }
  return s;
}

describe('app export and import of a tabled draft', () => {
  it('carries the draft’s terms in the tabling record, in JSON and in the JSON Lines header', () => {
    const session = acceptedDraft();
    expect(
      (currentStep(session.history).postures.hezbollah as Record<string, string>).diplomacy,
    ).toBe('acceptedProposal');
    const json = JSON.parse(exportFile(session, 'json').text);
    expect(json.proposals).toHaveLength(1);
    expect(json.proposals[0]).toMatchObject({
      step: 1,
      event: 'us.tableProposal',
      proposal: { kind: 'draft', terms: { tiedToGazaCeasefire: true } },
    });
    const header = JSON.parse(exportFile(session, 'jsonl').text.split('\n')[0]!);
    expect(header.proposals).toEqual(json.proposals);
  });

  it('imports the export and reproduces the acceptance the terms allowed', async () => {
    for (const format of ['json', 'jsonl'] as const) {
      const { name, text } = exportFile(acceptedDraft(), format);
      const imported = await importLog(findBaseline, name, text);
      expect(imported.ok, format).toBe(true);
      if (!imported.ok) continue;
      const last = imported.steps[imported.steps.length - 1]!;
      expect((last.postures.hezbollah as Record<string, string>).diplomacy).toBe(
        'acceptedProposal',
      );
      expect(imported.steps[1]!.tabled).toMatchObject({ terms: { tiedToGazaCeasefire: true } });
    }
  });

  it('refuses an export whose tabling record was removed: the standing proposal does not allow that acceptance', async () => {
    const json = JSON.parse(exportFile(acceptedDraft(), 'json').text);
    delete json.proposals;
    const imported = await importLog(findBaseline, 'log.json', JSON.stringify(json));
    expect(imported.ok).toBe(false);
    expect(!imported.ok && imported.alert.message).toMatch(
      /was refused, so the current session is kept: step 2: expected "hezbollah.acceptProposal" to be enabled, got: The terms on the table break what Hezbollah stated/,
    );
  });

  it('exports a line without drafts with no tabling records', () => {
    const s = updateSession(openSession(baseline), { type: 'next' }).session;
    expect(JSON.parse(exportFile(s, 'json').text)).not.toHaveProperty('proposals');
  });
});
