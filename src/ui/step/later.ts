// The step view's actions (actions.ts, with the send form's logic) are a chunk loaded after the page
// starts: the page's keys, a click on a box and the ➤ buttons reach them through here. Calls keep
// their order (each waits for the same import). They come with the step view's English strings
// (i18n/index.ts, withEnglish).

import { withEnglish } from '../i18n/index.ts';

type Actions = typeof import('./actions.ts');
type Send = typeof import('./send.ts');

let actions: Promise<Actions> | undefined;
let send: Promise<Send> | undefined;

export const stepActions = (): Promise<Actions> => {
  actions ??= withEnglish(import('./actions.ts'));
  return actions;
};
export const sendActions = (): Promise<Send> => {
  send ??= withEnglish(import('./send.ts'));
  return send;
};
