/**
 * Who may open which document, and how (issue 12's "the server enforces who writes
 * what"). The teacher writes the line and its own notes and reads every team; a team
 * writes only its own document and reads the line once the teacher has admitted it;
 * nothing else opens at all.
 */
import { parseDocName } from '../classroom/protocol.ts';
import type { Identity } from './registry.ts';

/** The decision for one connection to one document. */
export type Access = 'write' | 'read' | 'refuse';

/** The access an identity has to a document name. */
export function accessTo(identity: Identity | null, documentName: string): Access {
  const ref = parseDocName(documentName);
  if (!identity || !ref || ref.code !== identity.code) return 'refuse';
  if (identity.role === 'teacher') return ref.kind === 'team' ? 'read' : 'write';
  // A team the teacher has not admitted yet opens nothing, so it cannot submit or watch.
  if (!identity.admitted) return 'refuse';
  if (ref.kind === 'line') return 'read';
  if (ref.kind === 'team' && ref.party === identity.party) return 'write';
  return 'refuse';
}
