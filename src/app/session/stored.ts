/**
 * What a device keeps to rejoin a session after a reload or a dropped connection: the
 * teacher's code and token, or a team's token for one join code. No personal data.
 */
const TEACHER_KEY = 'escalation-lab:class-session:teacher';
const teamKey = (code: string) => `escalation-lab:class-session:team:${code}`;

/** The teacher's saved session. */
export interface TeacherSaved {
  readonly code: string;
  readonly token: string;
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage refused: the session lasts for this visit only
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage refused: nothing to keep.
  }
}

/** The teacher's saved session, or null. */
export function savedTeacher(): TeacherSaved | null {
  try {
    const value = JSON.parse(read(TEACHER_KEY) ?? 'null') as TeacherSaved | null;
    return value && typeof value.code === 'string' && typeof value.token === 'string'
      ? value
      : null;
  } catch {
    return null;
  }
}

/** Saves (or, with null, forgets) the teacher's session. */
export function saveTeacher(value: TeacherSaved | null): void {
  write(TEACHER_KEY, value ? JSON.stringify(value) : null);
}

/** A team's saved token for a join code, or null. */
export function savedTeamToken(code: string): string | null {
  return read(teamKey(code));
}

/** Saves (or forgets) a team's token for a join code. */
export function saveTeamToken(code: string, token: string | null): void {
  write(teamKey(code), token);
}
