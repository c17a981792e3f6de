import { TERM_LABELS, termValueText, type ProposalTerms } from '../../machines/terms.ts';
import type { WorldView } from '../../machines/types.ts';
import { readTerms, verdicts, type ConditionReading } from './assess.ts';

/** Party names as people read them; ids the model does not know are shown as they are. */
export type PartyNames = Readonly<Record<string, string>>;

function who(reading: ConditionReading, names: PartyNames): string {
  return `${names[reading.party] ?? reading.party} (${reading.name})`;
}

/**
 * The term-by-term reading as text lines: each term's value, then which parties'
 * conditions it meets or breaks, then each party's verdict with the deciding
 * conditions quoted. The CLI prints these; the app renders the same readings.
 */
export function describeReading(
  terms: ProposalTerms,
  world: WorldView,
  names: PartyNames,
): string[] {
  const lines: string[] = [];
  for (const reading of readTerms(terms, world)) {
    lines.push(`${TERM_LABELS[reading.term]}: ${termValueText(terms, reading.term)}`);
    for (const c of reading.meets) lines.push(`  meets  ${who(c, names)}`);
    for (const c of reading.breaks) lines.push(`  breaks ${who(c, names)}`);
    if (!reading.meets.length && !reading.breaks.length)
      lines.push('  no stated condition judges this term');
  }
  lines.push('');
  for (const v of verdicts(terms, world)) {
    const name = names[v.party] ?? v.party;
    lines.push(
      v.decision === 'accept'
        ? `${name} would accept: every condition it stated is met.`
        : `${name} would reject:`,
    );
    if (v.decision === 'reject')
      for (const c of v.deciding)
        lines.push(`  ${c.name}: ${c.description} [${c.basis.join(', ')}]`);
  }
  return lines;
}
