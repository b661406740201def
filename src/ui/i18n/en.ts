// English UI strings, all of them (the keys every language has). Keys are grouped by the part of the UI
// that shows them. The page loads them in two parts: en-first.ts with the page, en-rest.ts on demand.

import { enFirst } from './en-first.ts';
import { enRest } from './en-rest.ts';

export const en = { ...enFirst, ...enRest };
