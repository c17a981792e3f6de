import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../src/app/diagram/PartyDiagram.tsx';

describe('state label wrapping', () => {
  it('wraps at spaces within the width, never splitting a word', () => {
    expect(wrapLabel('Backs Lebanese negotiation')).toEqual(['Backs Lebanese', 'negotiation']);
    expect(wrapLabel('War')).toEqual(['War']);
    expect(wrapLabel('Acceptsaverylongwordwithoutspaces here')).toEqual(['Acceptsaverylongwordwithoutspaces', 'here']);
  });
});
