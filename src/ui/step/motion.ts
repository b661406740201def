// Whether the learner asked for less motion: the envelopes then rest where each step's loop ends.

export const reducedMotion = (): boolean =>
  globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
