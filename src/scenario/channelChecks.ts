/**
 * Checks of a kit's negotiation channels the schema cannot make: the mediator, both
 * ends and the go-between of every rule are parties of the model, each rule cites a
 * known source, no pair has two rules, and every message between the round's parties
 * (the played ones and the mediator) can be routed without a loop.
 */
import type { ConflictModel } from '../../machines/types.ts';
import { describeValue, type Problem } from '../engine/problems.ts';
import { routeMessage } from './channels.ts';
import type { Scenario } from './schema.ts';

/** Every problem of `s.classroom.channels`, given every source id the kit may cite. */
export function checkChannels(
  model: ConflictModel,
  file: string,
  s: Scenario,
  sources: ReadonlySet<string>,
): Problem[] {
  const channels = s.classroom?.channels;
  if (!channels) return [];
  const problems: Problem[] = [];
  const bad = (pointer: string, message: string, expected: string, found: unknown) =>
    problems.push({
      file,
      pointer: `/classroom/channels${pointer}`,
      message,
      expected,
      found: describeValue(found),
    });
  const parties = model.parties.map((p) => p.id);
  const expected = `one of ${parties.map((p) => `"${p}"`).join(', ')}`;
  const known = (id: string) => parties.includes(id);
  if (!known(channels.mediator)) bad('/mediator', 'not a party', expected, channels.mediator);
  const pairs = new Set<string>();
  channels.indirect.forEach((rule, i) => {
    rule.between.forEach((p, j) => {
      if (!known(p)) bad(`/indirect/${i}/between/${j}`, 'not a party', expected, p);
    });
    if (!known(rule.via)) bad(`/indirect/${i}/via`, 'not a party', expected, rule.via);
    if (rule.between.includes(rule.via))
      bad(
        `/indirect/${i}/via`,
        'a go-between cannot be one of the pair',
        'a third party',
        rule.via,
      );
    if (!sources.has(rule.source))
      bad(
        `/indirect/${i}/source`,
        'unknown source id',
        'the id of a source in the file, the kit or the model',
        rule.source,
      );
    const pair = [...rule.between].sort().join('|');
    if (pairs.has(pair))
      bad(
        `/indirect/${i}/between`,
        'a second rule for the same pair',
        'one rule per pair',
        rule.between,
      );
    pairs.add(pair);
  });
  if (problems.length) return problems;
  const round = [...new Set([...s.played, channels.mediator])];
  for (const from of round)
    for (const to of round) {
      if (from === to) continue;
      const route = routeMessage(channels, from, to);
      if ('error' in route)
        bad('/indirect', route.error, 'rules without a loop', `${from} to ${to}`);
    }
  return problems;
}
