// The words that begin netns-lab's own line for what it does not model. Only a string, so the UI may
// import it (layers.test.ts) to find such lines; src/shell/unsupported.ts is the only writer of them.

/** What every such line starts with. */
export const UNSUPPORTED_MARK = 'netns-lab: unsupported';
