// The step view's strings the canvas shows from the first drawing (the host's box, the ➤ button);
// the rest come with the step view's chunks (i18n.en.ts).

export const stepFirstEn = {
  'step.host': 'host',
  'sendMenu.open': 'Send from {ns}: pick it as the source in the send form',
};
