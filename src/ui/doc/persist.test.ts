// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { get } from 'idb-keyval';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { useDoc } from './docStore.ts';
import { emptyDocument } from './document.ts';
import { useEditor } from './editorStore.ts';
import { AUTOSAVE_KEY, JOURNAL_KEY, loadAutosave, startAutosave, usePersist } from './persist.ts';

// IndexedDB writes fail while `failing` is set (a full or unavailable store).
let failing: Error | undefined;
vi.mock('idb-keyval', async (original) => {
  const real = await original<typeof import('idb-keyval')>();
  return {
    ...real,
    setMany: (...a: Parameters<typeof real.setMany>) =>
      failing ? Promise.reject(failing) : real.setMany(...a),
  };
});

let stop: (() => void) | undefined;
beforeEach(() => {
  failing = undefined;
  localStorage.clear();
  useDoc.setState({ doc: emptyDocument() });
  useEditor.setState({ shared: undefined });
  usePersist.setState({ state: 'saved', error: undefined });
  stop = startAutosave();
});
afterEach(() => stop?.());

const edit = (script: string) => useDoc.getState().setDoc({ ...useDoc.getState().doc, script });
const settle = (ms = 20) => new Promise((r) => setTimeout(r, ms));

it('saves on pagehide without waiting for the debounce, and restores exactly', async () => {
  edit('ip netns add a\n');
  useDoc.getState().setDoc({ ...useDoc.getState().doc, positions: { 'netns:a': { x: 7, y: 9 } } });
  dispatchEvent(new Event('pagehide'));
  await settle();
  expect(await loadAutosave()).toEqual(useDoc.getState().doc);
  expect(usePersist.getState().state).toBe('saved');
  expect(document.documentElement.dataset.autosave).toBe('saved');
});

it('journals every change synchronously, so a reload at once restores it, newest copy first', async () => {
  edit('ip netns add old\n');
  dispatchEvent(new Event('pagehide'));
  await settle();
  edit('ip netns add new\n');
  // No timer has run: IndexedDB still has the old lab; the journal already has the new one.
  expect(((await get(AUTOSAVE_KEY)) as { script: string }).script).toBe('ip netns add old\n');
  expect(JSON.parse(localStorage.getItem(JOURNAL_KEY)!).doc.script).toBe('ip netns add new\n');
  expect((await loadAutosave())?.script).toBe('ip netns add new\n');
  // And when IndexedDB is the newer copy (the journal could not be written), IndexedDB wins.
  const at = JSON.parse(localStorage.getItem(JOURNAL_KEY)!).at;
  localStorage.setItem(JOURNAL_KEY, JSON.stringify({ at: at - 10_000, doc: emptyDocument('stale') }));
  expect((await loadAutosave())?.script).toBe('ip netns add old\n');
});

it('reports a failed write (storage full) until a write succeeds', async () => {
  failing = Object.assign(new Error('the quota has been exceeded'), { name: 'QuotaExceededError' });
  edit('ip netns add a\n');
  dispatchEvent(new Event('pagehide'));
  await settle();
  expect(usePersist.getState()).toMatchObject({
    state: 'failed',
    error: 'QuotaExceededError: the quota has been exceeded',
  });
  expect(document.documentElement.dataset.autosave).toBe('failed');
  edit('ip netns add b\n');
  expect(usePersist.getState().state).toBe('failed'); // still said while the next write is pending
  failing = undefined;
  dispatchEvent(new Event('pagehide'));
  await settle();
  expect(usePersist.getState()).toMatchObject({ state: 'saved', error: undefined });
});

it('writes nothing while a shared link is viewed', async () => {
  edit('ip netns add mine\n');
  dispatchEvent(new Event('pagehide'));
  await settle();
  useEditor.setState({ shared: { previous: useDoc.getState().doc } });
  edit('ip netns add theirs\n');
  dispatchEvent(new Event('pagehide'));
  await settle(400);
  expect(((await get(AUTOSAVE_KEY)) as { script: string }).script).toBe('ip netns add mine\n');
  expect((await loadAutosave())?.script).toBe('ip netns add mine\n');
});

it('ignores a stored value that is not a valid document', async () => {
  const { set } = await import('idb-keyval');
  await set(AUTOSAVE_KEY, { version: 1, script: 42 });
  localStorage.setItem(JOURNAL_KEY, '{"at": 1, "doc": {"script": 1}}');
  expect(await loadAutosave()).toBeUndefined();
});

it('without Web Locks (jsdom, an insecure context), another tab is noticed on a BroadcastChannel', async () => {
  expect(usePersist.getState()).toMatchObject({ role: 'alone', otherTab: false });
  const other = new BroadcastChannel('netns-lab.autosave');
  other.postMessage('hello');
  await settle();
  other.close();
  expect(usePersist.getState().otherTab).toBe(true);
});
