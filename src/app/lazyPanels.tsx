/**
 * Panels whose code loads when they are first opened, not with the page: the class
 * session (Yjs, its socket provider and a QR encoder), the debrief, the proposal
 * builder, the inspector and the gallery. The first screen fetches only what it draws.
 * Each chunk comes from the page's own origin (the CSP allows nothing else).
 */
import { lazy, type ReactNode, Suspense } from 'react';

/** The teacher's class-session panel. */
export const ClassSession = lazy(() =>
  import('./session/ClassSession.tsx').then((m) => ({ default: m.ClassSession })),
);

/** The debrief panel. */
export const DebriefView = lazy(() =>
  import('./debrief/DebriefView.tsx').then((m) => ({ default: m.DebriefView })),
);

/** The proposal builder. */
export const ProposalBuilder = lazy(() =>
  import('./components/ProposalBuilder.tsx').then((m) => ({ default: m.ProposalBuilder })),
);

/** The negotiation round (loaded when the scenario's round comes up). */
export const NegotiationPanel = lazy(() =>
  import('./components/NegotiationPanel.tsx').then((m) => ({ default: m.NegotiationPanel })),
);

/** The inspector panel (the Stately Inspector itself loads only when connected). */
export const InspectorPanel = lazy(() =>
  import('./components/InspectorPanel.tsx').then((m) => ({ default: m.InspectorPanel })),
);

/** The scenario gallery. */
export const Gallery = lazy(() =>
  import('./components/Gallery.tsx').then((m) => ({ default: m.Gallery })),
);

/** A student's page for a `#join=CODE` link, reading the code from the address. */
export const StudentPage = lazy(() =>
  import('./session/StudentApp.tsx').then((m) => ({
    default: () => <m.StudentApp code={m.joinCodeFromHash(location.hash)} />,
  })),
);

/** Shows `children` once their code has arrived, and says so while it loads. */
export function Deferred({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p className="hint">Loading…</p>}>{children}</Suspense>;
}
