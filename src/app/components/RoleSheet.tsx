/**
 * One team's role sheet in the app's team view: the same sections the handout prints
 * (src/scenario/roleSheetText.ts puts them together, with the postures read from the
 * party's machine and the four jobs inside a team); this file only renders them.
 */
import { conflictModel } from '../../../machines/index.ts';
import { roleSheetText, type SheetItem, type SheetSection } from '../../scenario/roleSheetText.ts';
import type { Scenario } from '../../scenario/schema.ts';

/** The role sheet of `party` in `scenario`, or a short note when the scenario has none. */
export function RoleSheet({ scenario, party }: { scenario: Scenario; party: string }) {
  const sheet = roleSheetText(scenario, conflictModel, party);
  const name = sheet.partyName;
  const headingId = `role-sheet-${party}`;
  return (
    <section className="panel role-sheet" aria-labelledby={headingId}>
      <h2 id={headingId}>Role sheet: {name}</h2>
      {sheet.hasSheet ? (
        <p className="hint">
          Playing a role is not endorsing it: your team argues {name}’s stated position to
          understand it.
        </p>
      ) : (
        <p>This scenario has no role sheet for {name}. Read its role card in the brief.</p>
      )}
      {sheet.sections.map((section) => (
        <Section key={section.id} section={section} />
      ))}
    </section>
  );
}

function Section({ section }: { section: SheetSection }) {
  if (section.list === 'dl')
    return (
      <>
        <h3>{section.heading}</h3>
        <dl>
          {section.items.map((item) => (
            <div key={item.strong}>
              <dt>{item.strong}</dt>
              <dd>{item.text}</dd>
            </div>
          ))}
        </dl>
      </>
    );
  const List = section.list;
  return (
    <>
      <h3>{section.heading}</h3>
      <List>
        {section.items.map((item, i) => (
          <li key={i}>
            <Item item={item} />
          </li>
        ))}
      </List>
    </>
  );
}

/** A statement, a constraint, an option or a posture line, with what it carries. */
function Item({ item }: { item: SheetItem }) {
  return (
    <>
      {item.strong && (
        <>
          <strong>{item.strong}</strong>
          {item.date && (
            <>
              , <time dateTime={item.date}>{item.date}</time>
            </>
          )}
          :{' '}
        </>
      )}
      {item.text}
      {item.source && <> ({item.source})</>}
      {item.costs && (
        <>
          {' '}
          <em>Costs:</em> {item.costs}
        </>
      )}
      {item.move && (
        <>
          {' '}
          <em>Move in the app:</em> {item.move}
        </>
      )}
    </>
  );
}
