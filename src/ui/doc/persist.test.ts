// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { get } from 'idb-keyval';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { useDoc } from './docStore.ts';
import { emptyDocument } from './document.ts';
import { useEditor } from './editorStore.ts';
import { AUTOSAVE_KEY, loadAutosave, startAutosave } from './persist.ts';

let stop: (() => void) | undefined;
beforeEach(() => {
  useDoc.setState({ doc: emptyDocument() });
  useEditor.setState({ shared: undefined });
  stop = startAutosave();
});
afterEach(() => stop?.());

const edit = (script: string) => useDoc.getState().setDoc({ ...useDoc.getState().doc, script });

it('saves on pagehide without waiting for the debounce, and restores exactly', async () => {
  edit('ip netns add a\n');
  useDoc.getState().setDoc({ ...useDoc.getState().doc, positions: { 'netns:a': { x: 7, y: 9 } } });
  dispatchEvent(new Event('pagehide'));
  await new Promise((r) => setTimeout(r, 20));
  expect(await loadAutosave()).toEqual(useDoc.getState().doc);
});

it('writes nothing while a shared link is viewed', async () => {
  edit('ip netns add mine\n');
  dispatchEvent(new Event('pagehide'));
  await new Promise((r) => setTimeout(r, 20));
  useEditor.setState({ shared: { previous: useDoc.getState().doc } });
  edit('ip netns add theirs\n');
  dispatchEvent(new Event('pagehide'));
  await new Promise((r) => setTimeout(r, 400));
  expect(((await get(AUTOSAVE_KEY)) as { script: string }).script).toBe('ip netns add mine\n');
});

it('ignores a stored value that is not a valid document', async () => {
  const { set } = await import('idb-keyval');
  await set(AUTOSAVE_KEY, { version: 1, script: 42 });
  expect(await loadAutosave()).toBeUndefined();
});
