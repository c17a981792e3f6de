/** Fixed wording the handout prints on every page set, kept in one place. */

/** Every handout says what the model is and is not: a teaching simplification, with attributed claims. */
export const SIMPLIFICATION_NOTE =
  'Escalation Lab is a teaching simplification, not a forecast or a full history: each party is reduced to its stated conditions and a few moves. Claims are attributed to the party or source that made them.';
