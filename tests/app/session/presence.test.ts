import { describe, expect, it } from 'vitest';
import { presenceChange, presenceOf } from '../../../src/app/session/presence.ts';

const states = (...values: Record<string, unknown>[]) => ({
  getStates: () => new Map(values.map((v, i) => [i, v])),
});

describe('presenceOf', () => {
  it('reads the teacher and each team’s party from the devices on the line', () => {
    const here = presenceOf(
      states(
        { role: 'team', party: 'israel' },
        { role: 'teacher' },
        { role: 'team', party: 'hezbollah' },
        { role: 'team', party: 'israel' },
        {},
      ),
    );
    expect(here).toEqual({ teacher: true, parties: ['hezbollah', 'israel'] });
  });

  it('reads nobody without awareness', () => {
    expect(presenceOf(null)).toEqual({ teacher: false, parties: [] });
    expect(presenceOf(states({ role: 'team' }))).toEqual({ teacher: false, parties: [] });
  });
});

describe('presenceChange', () => {
  const names = { israel: 'Galilee', hezbollah: 'Cedars', us: 'Envoys' };

  it('names the teams that came and went', () => {
    const before = { teacher: true, parties: ['israel', 'us'] };
    const after = { teacher: true, parties: ['hezbollah', 'israel'] };
    expect(presenceChange(before, after, names)).toBe('Cedars joined. Envoys left.');
  });

  it('says nothing when only the teacher changes or no team moved', () => {
    const one = { teacher: true, parties: ['israel'] };
    expect(presenceChange(one, { teacher: false, parties: ['israel'] }, names)).toBeNull();
    expect(presenceChange(one, one, names)).toBeNull();
  });

  it('leaves out a device whose party has no admitted team', () => {
    const before = { teacher: true, parties: [] };
    expect(presenceChange(before, { teacher: true, parties: ['iran'] }, names)).toBeNull();
  });
});
