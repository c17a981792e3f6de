/**
 * The classroom kit's sections of the printed handout: role sheets, care protocol,
 * plans and phases, alignment table, answer key, glossary. Text only, from the pure
 * `Kit` data and the fixed wording modules.
 */
import type { SheetSection } from '../scenario/roleSheetText.ts';
import type { Kit, KitRoleSheet } from './kitModel.ts';
import { CARE_PROTOCOL, NOT_ENDORSING, PARTY_NOTES } from './care.ts';
import { GLOSSARY } from './glossary.ts';
import { RUBRIC, WRITTEN_BRIEF } from '../scenario/rubric.ts';

/** One party's role sheet: the sections the app's team view shows too, printed. */
export function KitRoleSheetView({ sheet }: { sheet: KitRoleSheet }) {
  const id = `sheet-${sheet.party}`;
  return (
    <article className="role-sheet" aria-labelledby={id}>
      <h3 id={id}>Role sheet: {sheet.partyName}</h3>
      <p className="teacher-note">{NOT_ENDORSING}</p>
      {sheet.sections.map((section) => (
        <PrintedSection key={section.id} section={section} />
      ))}
    </article>
  );
}

/** A section as print wants it: postures and jobs keep their own classes for the layout. */
function PrintedSection({ section }: { section: SheetSection }) {
  const heading = <h4>{section.heading}</h4>;
  if (section.list === 'dl')
    return (
      <>
        {heading}
        <dl className="jobs">
          {section.items.map((j) => (
            <div key={j.strong}>
              <dt>{j.strong}</dt>
              <dd>{j.text}</dd>
            </div>
          ))}
        </dl>
      </>
    );
  const items = section.items.map((item, i) => (
    <li key={i}>
      {item.strong && <strong>{item.strong}</strong>}
      {item.date && (
        <>
          , <time dateTime={item.date}>{item.date}</time>
        </>
      )}
      {item.strong && ': '}
      {item.text}
      {item.source && <span className="source-note"> ({item.source})</span>}
      {item.costs && (
        <>
          {' '}
          <em>Costs:</em> {item.costs}
        </>
      )}
      {item.move && <span className="move-note"> Move in the app: {item.move}.</span>}
    </li>
  ));
  return (
    <>
      {heading}
      {section.list === 'ol' ? (
        <ol>{items}</ol>
      ) : (
        <ul className={section.id === 'postures' ? 'postures' : undefined}>{items}</ul>
      )}
    </>
  );
}

/** The lesson's phases, each with every team's work and product. */
export function PhasesView({ kit }: { kit: Kit }) {
  const teamName = (id: string) => kit.teamNames[id] ?? id;
  return (
    <>
      {kit.phases.map((phase) => (
        <div key={phase.id} className="phase">
          <h3 id={`phase-${phase.id}`}>
            {phase.title}
            {phase.afterStep ? ` (after step ${phase.afterStep})` : ''}
          </h3>
          <table className="kit-table">
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col">Work</th>
                <th scope="col">Product</th>
              </tr>
            </thead>
            <tbody>
              {phase.work.map((w, i) => (
                <tr key={i}>
                  <th scope="row">{w.team === 'all' ? 'Every team' : teamName(w.team)}</th>
                  <td>
                    {w.kind === 'decision' ? 'Decision: ' : 'Written task: '}
                    {w.task}
                  </td>
                  <td>{w.product}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}

/** The timed plans: minutes, phase, activity, steps. */
export function PlansView({ kit }: { kit: Kit }) {
  return (
    <>
      {kit.plans.map((plan) => (
        <div key={plan.id}>
          <h3 id={`plan-${plan.id}`}>{plan.title}</h3>
          <p>
            Pace: {plan.minutesPerStep} minutes for each predicted step
            {plan.minutesPerPassStep
              ? `, ${plan.minutesPerPassStep} for each step the teacher reads aloud`
              : ''}
            .
          </p>
          <table className="kit-table">
            <thead>
              <tr>
                <th scope="col">Minutes</th>
                <th scope="col">Activity</th>
                <th scope="col">Steps</th>
              </tr>
            </thead>
            <tbody>
              {plan.rows.map((r) => (
                <tr key={r.from}>
                  <th scope="row">
                    {r.from}–{r.to}
                  </th>
                  <td>{r.activity}</td>
                  <td>
                    {r.steps?.length ? `Predict ${r.steps.join(', ')}` : '—'}
                    {r.passSteps?.length ? `; read aloud ${r.passSteps.join(', ')}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4>Homework options</h4>
          <ul>
            {plan.homework.map((h, i) => (
              <li key={i}>{h}</li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/** The care protocol, what each party is, and the steps with content notes. */
export function CareView({ notes }: { notes: readonly { step: number; note: string }[] }) {
  return (
    <>
      {CARE_PROTOCOL.map((part) => (
        <div key={part.id}>
          <h3 id={`care-${part.id}`}>{part.heading}</h3>
          <ul>
            {part.points.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ))}
      <h3 id="care-parties">What each party is (read aloud, neutrally)</h3>
      <dl className="teacher-notes">
        {PARTY_NOTES.map((p) => (
          <div key={p.party}>
            <dt>{p.name}</dt>
            <dd>{p.note}</dd>
          </div>
        ))}
      </dl>
      <h3 id="care-notes">Content notes in this scenario</h3>
      {notes.length === 0 ? (
        <p>
          No step of this scenario reports deaths or injuries; read the general notice at the start.
        </p>
      ) : (
        <ul>
          {notes.map((n) => (
            <li key={n.step}>
              Before step {n.step}: {n.note}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The alignment table and the rubric with the written-brief prompt. */
export function AssessmentView({ kit }: { kit: Kit }) {
  return (
    <>
      <h3 id="alignment">Alignment: objective → activity → worksheet question → rubric row</h3>
      <table className="kit-table">
        <thead>
          <tr>
            <th scope="col">Objective</th>
            <th scope="col">Activity</th>
            <th scope="col">Worksheet question</th>
            <th scope="col">Rubric row</th>
          </tr>
        </thead>
        <tbody>
          {kit.alignment.map((a, i) => (
            <tr key={i}>
              <td>{a.objective}</td>
              <td>{a.activity}</td>
              <td>{a.question}</td>
              <td>{a.rubric}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 id="rubric">Rubric</h3>
      <table className="kit-table">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">4: Excellent</th>
            <th scope="col">3: Secure</th>
            <th scope="col">2: Developing</th>
            <th scope="col">1: Beginning</th>
          </tr>
        </thead>
        <tbody>
          {RUBRIC.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.criterion}</th>
              {r.levels.map((l, i) => (
                <td key={i}>{l}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3 id="written-brief">Written brief ({WRITTEN_BRIEF.words})</h3>
      <p>{WRITTEN_BRIEF.prompt}</p>
      <p className="exemplar">{WRITTEN_BRIEF.exemplar}</p>
    </>
  );
}

/** The answer key: what the model does at each step, and each question's expected answer. */
export function AnswerKeyView({ kit }: { kit: Kit }) {
  return (
    <>
      {kit.stepAnswers && kit.stepAnswers.length > 0 && (
        <>
          <h3 id="answers-steps">Each step, as the model plays it</h3>
          <ol className="answer-key">
            {kit.stepAnswers.map((a) => (
              <li key={a.number} value={a.number}>
                <p>
                  <strong>Step {a.number}.</strong> Moves: {a.moves.join('; ') || 'none'}. {a.after}
                </p>
                <p className="source-note">
                  Enabled before the step: {a.enabledBefore.join(', ')}.
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      <h3 id="answers-questions">Worksheet questions</h3>
      <ol className="answer-key">
        {kit.questions.map((q) => (
          <li key={q.id}>
            <p className="question">{q.text}</p>
            {q.answer && <p>{q.answer}</p>}
            {q.path && (
              <ol className="path">
                {q.path.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/** The glossary and who's who, every entry with its source and date. */
export function GlossaryView() {
  return (
    <dl className="glossary">
      {GLOSSARY.map((g) => (
        <div key={g.term}>
          <dt>
            {g.term}
            {g.kind === 'person' ? ' (who’s who)' : ''}
          </dt>
          <dd>
            {g.text} <span className="source-note">({g.source})</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
