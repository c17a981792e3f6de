/**
 * One scenario's printable handout: the brief, the roles, every step's question and a
 * worksheet, then sources and the debrief. Everything is rendered as text from the
 * pure `Handout` data; nothing from a scenario file is ever treated as HTML.
 */
import type { ReactNode } from 'react';
import type {
  BriefSection,
  Handout,
  HandoutRole,
  HandoutSource,
  HandoutStep,
  TeacherNotes,
} from './handoutModel.ts';
import { SIMPLIFICATION_NOTE } from './notes.ts';
import { BorderMap } from './BorderMap.tsx';
import {
  AnswerKeyView,
  AssessmentView,
  CareView,
  GlossaryView,
  KitRoleSheetView,
  PhasesView,
  PlansView,
} from './KitSections.tsx';

function Brief({ sections }: { sections: readonly BriefSection[] }) {
  return (
    <>
      {sections.map((s) => (
        <div key={s.id} className="brief-part">
          <h3 id={`brief-${s.id}`}>{s.heading}</h3>
          {s.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {s.items.length > 0 && (
            <ul>
              {s.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </>
  );
}

function RoleSheet({ role }: { role: HandoutRole }) {
  const headingId = `role-${role.party}`;
  return (
    <article className="role" aria-labelledby={headingId}>
      <h3 id={headingId}>Team: {role.partyName}</h3>
      <h4>What it wants</h4>
      <p>{role.wants}</p>
      <h4>Its stated conditions</h4>
      <ul>
        {role.statedConditions.map((c, i) => (
          <li key={i}>{c}</li>
        ))}
      </ul>
      <h4>What it can do</h4>
      <p>{role.canDo}</p>
    </article>
  );
}

function StepItem({ step }: { step: HandoutStep }) {
  return (
    <li className="step">
      {step.contentNote && (
        <p className="content-note" role="note">
          <strong>Content note:</strong> {step.contentNote}
        </p>
      )}
      <h3>
        Step {step.number}: {step.label}
      </h3>
      <p className="step-meta">
        {step.controlledBy} · {step.kind === 'historical' ? 'Historical' : 'Hypothetical'}
        {step.date && (
          <>
            {' · '}
            <time dateTime={step.date}>{step.date}</time>
          </>
        )}
        {step.sourceIds.length > 0 && <> · Sources: {step.sourceIds.join(', ')}</>}
      </p>
      {step.narration && <p className="narration">{step.narration}</p>}
      <p className="question">{step.question ?? 'Predict each party’s posture before you step.'}</p>
    </li>
  );
}

function Worksheet({ handout }: { handout: Handout }) {
  return (
    <>
      <p className="fill-in">
        Name: <span className="blank" aria-hidden="true" /> Team:{' '}
        <span className="blank" aria-hidden="true" />
      </p>
      <table className="predictions">
        <caption>
          Predictions: before each step write what you expect each party to do; after it, what
          happened and why.
        </caption>
        <thead>
          <tr>
            {handout.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {handout.worksheetRows.map((row) => (
            <tr key={row.number}>
              <th scope="row">
                {row.number}. {row.label}
              </th>
              {handout.columns.slice(1).map((c) => (
                <td key={c} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {handout.kit && handout.kit.questions.length > 0 && (
        <>
          <h3 id="scenario-questions">Questions on this scenario</h3>
          <ol className="reflection">
            {handout.kit.questions.map((q) => (
              <li key={q.id}>
                <p>{q.text}</p>
                <div className="answer-space" aria-hidden="true" />
              </li>
            ))}
          </ol>
        </>
      )}
      {handout.kit && (
        <>
          <h3 id="transfer">Transfer: other cases</h3>
          <ol className="reflection">
            {handout.kit.transfer.map((q, i) => (
              <li key={i}>
                <p>{q}</p>
                <div className="answer-space" aria-hidden="true" />
              </li>
            ))}
          </ol>
        </>
      )}
      <h3 id="reflection">Reflection</h3>
      <ol className="reflection">
        {handout.reflection.map((q, i) => (
          <li key={i}>
            <p>{q}</p>
            <div className="answer-space" aria-hidden="true" />
          </li>
        ))}
      </ol>
    </>
  );
}

function Sources({ sources }: { sources: readonly HandoutSource[] }) {
  if (sources.length === 0) return <p>This scenario cites no outside source.</p>;
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={s.id}>
          <span className="source-id">[{s.id}]</span> {s.publisher}, “{s.title}”,{' '}
          <time dateTime={s.date}>{s.date}</time>.
          {s.url && (
            <>
              {' '}
              <a href={s.url} rel="noreferrer noopener">
                {s.url}
              </a>
            </>
          )}
          {s.note && <span className="source-note"> {s.note}</span>}
        </li>
      ))}
    </ul>
  );
}

function Notes({ notes }: { notes: TeacherNotes }) {
  return (
    <dl className="teacher-notes">
      <div>
        <dt>Ladder at the start</dt>
        <dd>{notes.startLadder}</dd>
      </div>
      <div>
        <dt>The script ends in</dt>
        <dd>{notes.outcome}</dd>
      </div>
      {notes.ladder && (
        <div>
          <dt>Ladder at the end</dt>
          <dd>{notes.ladder}</dd>
        </div>
      )}
    </dl>
  );
}

/** A titled section of the handout; in print each one starts on a new page. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="handout-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The whole handout for one scenario. */
export function HandoutPage({ handout }: { handout: Handout }) {
  return (
    <article className="handout" aria-labelledby="handout-title">
      <header className="handout-title">
        <p className="eyebrow">
          Escalation Lab · {handout.teacherNotes ? 'Teacher’s copy' : 'Classroom handout'}
        </p>
        <h1 id="handout-title">{handout.title}</h1>
        <p className="summary">{handout.summary}</p>
        <dl className="facts">
          <div>
            <dt>Level</dt>
            <dd>{handout.level}</dd>
          </div>
          <div>
            <dt>Length</dt>
            <dd>{handout.minutes} minutes</dd>
          </div>
          <div>
            <dt>Steps</dt>
            <dd>
              {handout.steps.length === 0
                ? 'none (free exploration)'
                : `${handout.steps.length}, ${handout.kindLabel.toLowerCase()}`}
            </dd>
          </div>
        </dl>
        <p className="simplification">{SIMPLIFICATION_NOTE}</p>
        <h2 id="objectives">Learning objectives</h2>
        <ul>
          {handout.objectives.map((o, i) => (
            <li key={i}>{o}</li>
          ))}
        </ul>
      </header>
      {handout.teacherNotes && (
        <Section id="teacher-notes" title="Teacher’s notes">
          <p>
            This copy shows each step’s narration, which the class sees only after it predicts.
            Check the class’s run against the expected end below (the tests check the script reaches
            it).
          </p>
          <Notes notes={handout.teacherNotes} />
        </Section>
      )}
      {handout.teacherNotes && (
        <Section id="care" title="Care protocol">
          <CareView
            notes={handout.steps.flatMap((s) =>
              s.contentNote ? [{ step: s.number, note: s.contentNote }] : [],
            )}
          />
        </Section>
      )}
      {handout.teacherNotes && handout.kit && (
        <Section id="plans" title="Lesson plan">
          <PlansView kit={handout.kit} />
        </Section>
      )}
      <Section id="brief" title="About this scenario">
        <Brief sections={handout.brief} />
      </Section>
      <Section id="roles" title={handout.roles.length === 1 ? 'Your role' : 'Roles'}>
        {handout.roles.length === 0 ? (
          <p>No party is played: the class watches automatic play.</p>
        ) : (
          handout.roles.map((r) => {
            const sheet = handout.kit?.roleSheets.find((k) => k.party === r.party);
            return (
              <div key={r.party} className="team-pack">
                <RoleSheet role={r} />
                {sheet && <KitRoleSheetView sheet={sheet} />}
              </div>
            );
          })
        )}
      </Section>
      {handout.kit && (
        <Section id="phases" title="What each team does">
          <PhasesView kit={handout.kit} />
        </Section>
      )}
      <Section id="map-glossary" title="Map and glossary">
        <BorderMap />
        <h3 id="glossary">Glossary and who’s who</h3>
        <GlossaryView />
      </Section>
      <Section id="steps" title="Steps and questions">
        {handout.steps.length === 0 ? (
          <p>
            This scenario has no script: choose the events yourselves. Use the worksheet to record
            each move and your prediction.
          </p>
        ) : (
          <ol className="steps">
            {handout.steps.map((s) => (
              <StepItem key={s.number} step={s} />
            ))}
          </ol>
        )}
      </Section>
      <Section id="worksheet" title="Worksheet">
        <Worksheet handout={handout} />
      </Section>
      {handout.teacherNotes && handout.kit && (
        <Section id="assessment" title="Assessment">
          <AssessmentView kit={handout.kit} />
        </Section>
      )}
      {handout.teacherNotes && handout.kit && (
        <Section id="answer-key" title="Answer key">
          <AnswerKeyView kit={handout.kit} />
        </Section>
      )}
      <Section id="sources" title="Sources">
        <Sources sources={handout.sources} />
      </Section>
      {handout.whatHappened && (
        <Section id="what-happened" title="Debrief: what happened">
          <p className="teacher-note">For the debrief, after the exercise.</p>
          <p>{handout.whatHappened}</p>
        </Section>
      )}
    </article>
  );
}
