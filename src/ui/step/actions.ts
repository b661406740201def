// What the step-through view asks of the worker: the trace and the tables at a step (LabApi), and
// commands (a ping, `sleep N` to advance the virtual clock, a terminal line), which go through the
// editor's engine queue (doc/engine.ts) so the engine stays equal to the document plus traffic.

import type { LabApi } from '../../worker/api.ts';
import type { StepAt, StepEvent, StepRequest, StepState } from '../../worker/step-api.ts';
import { useEditor } from '../doc/editorStore.ts';
import { edit, runInTerminal, runTraffic } from '../doc/engine.ts';
import { useLab } from '../store.ts';
import { highlightFor, NO_HIGHLIGHT, type StepHighlight } from './canvas.ts';
import { openDock } from './dock.ts';
import { type StepStore, useStep } from './store.ts';
import { afterSeq, type Filters, nextAt, prevAt, visible } from './timeline.ts';

let lab: LabApi | undefined;
let request = 0;

/** A new engine (at start, or one restarted after the worker died): the trace is fetched afresh. */
export function attachLab(next: LabApi | undefined): void {
  if (lab && next !== lab) {
    states.clear();
    useStep.setState({
      history: 0,
      events: [],
      commands: [],
      nextSeq: 0,
      at: undefined,
      state: undefined,
      highlight: NO_HIGHLIGHT,
      ahead: [],
      playing: false,
    });
  }
  lab = next;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

let refreshing: Promise<void> = Promise.resolve();

/** Fetches the events the store does not have yet (all of them after a reset). One at a time. */
export function refreshTrace(): Promise<void> {
  refreshing = refreshing.then(fetchNew, fetchNew);
  return refreshing;
}

async function fetchNew(): Promise<void> {
  if (!lab) return;
  const s = useStep.getState();
  let chunk = await lab.trace(s.nextSeq, s.commands.length);
  const fresh = chunk.history !== s.history;
  if (fresh && (s.nextSeq > 0 || s.commands.length > 0)) chunk = await lab.trace(0, 0);
  useStep.setState((cur) =>
    fresh
      ? {
          history: chunk.history,
          events: chunk.events,
          commands: chunk.commands,
          nextSeq: chunk.nextSeq,
          at: undefined,
          state: undefined,
          highlight: NO_HIGHLIGHT,
          ahead: [],
          playing: false,
        }
      : {
          events: chunk.events.length ? [...cur.events, ...chunk.events] : cur.events,
          commands: chunk.commands.length ? [...cur.commands, ...chunk.commands] : cur.commands,
          nextSeq: chunk.nextSeq,
        },
  );
}

// The tables at each step, as fetched: a step forward (or a playback frame) whose state is here
// renders in one React update with no worker round trip. Filled ahead of the cursor in batches.
const states = new Map<string, StepState>();
const STATES_KEPT = 2000;
/** How many steps ahead (in the direction of travel) are kept fetched. */
const AHEAD = 48;
/**
 * About how many table rows one batch may carry. The worker copies a batch into one message and the
 * page copies it out (structured clone, ~1 ms per 1,000 rows each way here), and a step that is not
 * fetched yet waits behind the batch under way: a namespace with a thousand ports' FDB and addresses
 * has thousands of rows a step, so its batches are a few steps long, a small lab's all AHEAD.
 */
const BATCH_ROWS = 12_000;
/** Rows assumed for a namespace whose tables have not been fetched yet: two such steps a batch. */
const ROWS_UNKNOWN = BATCH_ROWS / 2;
let prefetching = false;
/** The states of the batch under way, by key: a step onto one waits for it rather than asking again. */
const inflight = new Map<string, Promise<StepState>>();
/** Rows of each namespace's last fetched tables (for the batch's budget). */
const rowsOf = new Map<string, number>();

const countRows = (state: StepState) =>
  state.namespaces.reduce((n, t) => n + Object.values(t.tables).reduce((m, rows) => m + rows.length, 0), 0);

const stateKey = (history: number, at: number, ns: string) => `${history}|${at}|${ns}`;

function keep(history: number, at: number, ns: string, state: StepState): void {
  rowsOf.set(ns, countRows(state));
  states.set(stateKey(history, at, ns), state);
  if (states.size > STATES_KEPT) states.delete(states.keys().next().value!);
}

// The visible events, recomputed only when the events or the filters change.
let shownFor: { events: StepEvent[]; filters: Filters; shown: StepEvent[] } | undefined;
function shownEvents(s: StepStore): StepEvent[] {
  if (shownFor?.events !== s.events || shownFor.filters !== s.filters)
    shownFor = { events: s.events, filters: s.filters, shown: visible(s.events, s.filters) };
  return shownFor.shown;
}

/** How many steps forward the canvas builds the boxes of ahead of time (StepStore.ahead). */
const AHEAD_STEPS = 8;

/** The canvas ids a highlight marks: its nodes and its wires. */
const marked = (h: StepHighlight) => [...Object.keys(h.nodes), ...Object.keys(h.edges)];

/** The namespace whose tables the view shows at event `e`. */
const focusAt = (s: StepStore, e: StepEvent) => (s.follow ? e.ns : s.focus);

/** Moves the view to event `at` (or 'live') and fetches the tables there; a later move wins. */
export async function goTo(at: StepAt): Promise<void> {
  const s = useStep.getState();
  const index = at === 'live' ? -1 : s.events.findIndex((e) => e.seq === at);
  const event = index >= 0 ? s.events[index] : undefined;
  const focus = s.follow && event ? event.ns : s.focus;
  const cached = typeof at === 'number' ? states.get(stateKey(s.history, at, focus)) : undefined;
  const backwards = typeof at === 'number' && typeof s.at === 'number' && at < s.at;
  const snapshot = useLab.getState().snapshot;
  // The steps a step forward goes to next (stepForward's nextAt), their marks.
  const ahead: string[] = [];
  const shown = shownEvents(s);
  for (let k = 0, next = event && nextAt(shown, at); next !== undefined && k < AHEAD_STEPS; k++) {
    ahead.push(...marked(highlightFor(s.events, afterSeq(s.events, next) - 1, snapshot)));
    next = nextAt(shown, next);
  }
  useStep.setState({
    at,
    focus,
    field: undefined,
    highlight: highlightFor(s.events, index, snapshot),
    ahead: [...new Set(ahead)],
    ...(cached ? { state: cached, error: undefined } : {}),
  });
  if (cached)
    ++request; // an older load still under way must not overwrite this view
  else await loadState();
  if (typeof at === 'number') prefetch(backwards ? -1 : 1);
}

/**
 * Fetches the states of the next visible steps from the cursor that are not cached yet, once fewer
 * than half of the next AHEAD are: in batches of at most BATCH_ROWS rows, one after the other until
 * they are, so a step onto one not fetched yet waits for one small batch at most.
 */
function prefetch(dir: 1 | -1): void {
  const s = useStep.getState();
  if (!lab || prefetching || typeof s.at !== 'number') return;
  const shown = shownEvents(s);
  const i = shown.findIndex((e) => e.seq === s.at);
  if (i < 0) return;
  const history = s.history;
  const wanted: StepRequest[] = [];
  let have = 0;
  let rows = 0;
  for (let k = 1; k <= AHEAD; k++) {
    const e = shown[i + dir * k];
    if (!e) break;
    const ns = focusAt(s, e);
    if (states.has(stateKey(history, e.seq, ns))) {
      have++;
      continue;
    }
    const more = rowsOf.get(ns) ?? ROWS_UNKNOWN;
    if (wanted.length > 0 && rows + more > BATCH_ROWS) continue;
    rows += more;
    wanted.push({ at: e.seq, namespaces: [ns] });
  }
  if (wanted.length === 0 || have >= AHEAD / 2) return;
  prefetching = true;
  const batch = lab.statesAt(wanted);
  const keys = wanted.map((r) => stateKey(history, r.at as number, r.namespaces[0]));
  keys.forEach((key, k) => {
    const one = batch.then((got) => got[k]);
    one.catch(() => {}); // awaited only if the view steps onto it (loadState asks again then)
    inflight.set(key, one);
  });
  batch
    .then((got) => {
      if (useStep.getState().history !== history) return;
      for (const [k, r] of wanted.entries()) keep(history, r.at as number, r.namespaces[0], got[k]);
    })
    .then(
      () => {
        for (const key of keys) inflight.delete(key);
        prefetching = false;
        if (useStep.getState().history === history) prefetch(dir);
      },
      () => {
        // A history replaced under the batch: the next move asks again.
        for (const key of keys) inflight.delete(key);
        prefetching = false;
      },
    );
}

/** (Re)loads the tables for the current position and focus. */
export async function loadState(): Promise<void> {
  const { at, focus, history } = useStep.getState();
  if (!lab || at === undefined) return;
  const mine = ++request;
  try {
    const api = lab;
    const coming = typeof at === 'number' ? inflight.get(stateKey(history, at, focus)) : undefined;
    const state = await (coming ? coming.catch(() => api.stateAt(at, [focus])) : api.stateAt(at, [focus]));
    if (typeof at === 'number') keep(history, at, focus, state);
    if (mine === request) useStep.setState({ state, error: undefined });
  } catch (e) {
    if (mine === request) useStep.setState({ error: message(e) });
  }
}

export function setFocus(ns: string): void {
  useStep.setState({ focus: ns, follow: false });
  void loadState();
}

/** A device clicked on the canvas while stepping: its namespace's tables, in the open dock. */
export function showTablesOf(ns: string): void {
  if (useStep.getState().at === undefined) return;
  if (useStep.getState().focus !== ns || useStep.getState().follow) setFocus(ns);
  void openDock('steps');
}

export async function stepForward(): Promise<boolean> {
  const s = useStep.getState();
  const next = nextAt(shownEvents(s), s.at);
  if (next === undefined) return false;
  await goTo(next);
  return true;
}

export async function stepBack(): Promise<boolean> {
  const s = useStep.getState();
  const prev = prevAt(shownEvents(s), s.at);
  if (prev === undefined) return false;
  await goTo(prev);
  return true;
}

/**
 * Plays forward at `speed` steps per second until the end or a pause. Paced by animation frames: a
 * frame shows the step the clock has reached, so above the display's frame rate the steps in between
 * are passed without being drawn (as a video player drops frames). A step whose tables are not
 * fetched yet is waited for, and that wait does not count as playing time.
 */
export async function play(): Promise<void> {
  if (useStep.getState().playing) return;
  useStep.setState({ playing: true });
  let last = performance.now();
  let due = 1; // the first step right away
  let drawn = 0;
  while (useStep.getState().playing) {
    const now = await nextFrame();
    const speed = useStep.getState().speed;
    due += ((now - last) * speed) / 1000;
    last = now;
    // Above 30 steps/s, draw at most 30 frames a second: nobody reads faster, and it halves the work.
    if (due < 1 || (speed > 30 && now - drawn < 1000 / 30 - 4)) continue;
    drawn = now;
    const s = useStep.getState();
    const shown = shownEvents(s);
    const from = s.at === undefined ? -1 : shown.findIndex((e) => e.seq === s.at);
    if (s.at === 'live' || from + 1 >= shown.length) break;
    const to = Math.min(shown.length - 1, from + Math.floor(due));
    due -= Math.floor(due);
    await goTo(shown[to].seq);
    last = Math.max(last, performance.now() - 1000 / 60);
  }
  useStep.setState({ playing: false });
}

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

export function pause(): void {
  useStep.setState({ playing: false });
}

/**
 * Runs command lines on top of the editor's document (traffic, `sleep`, looks at tables), in the
 * editor's queue so they never interleave with a replay. The transcript grows and the new events
 * join the timeline. Returns what was printed.
 */
export async function runCommands(script: string): Promise<string> {
  useStep.setState({ busy: true });
  try {
    const transcript = await runTraffic([script]);
    await refreshTrace();
    return transcript;
  } finally {
    useStep.setState({ busy: false });
  }
}

/**
 * A terminal line that is traffic or a look: output to `onOutput` as it comes, a ping paced in real
 * time until it ends or Ctrl+C (interruptForeground). Its events join the timeline.
 */
export async function runInteractive(line: string, onOutput: (text: string) => void): Promise<void> {
  useStep.setState({ busy: true });
  try {
    await runInTerminal(line, onOutput);
    await refreshTrace();
  } finally {
    useStep.setState({ busy: false });
  }
}

/** A change to the lab (a new link, an address…) becomes a line of the editor's document. */
export async function changeLab(line: string): Promise<{ ok: boolean; output: string }> {
  useStep.setState({ busy: true });
  try {
    const r = await edit([line]);
    await refreshTrace();
    // The terminal prints the refusal where the command was typed; the inspector need not repeat it.
    if (!r.ok) useEditor.getState().set({ refused: undefined });
    return r.ok ? { ok: true, output: r.output ?? '' } : { ok: false, output: `${r.output}\n` };
  } finally {
    useStep.setState({ busy: false });
  }
}

/** Sends traffic and moves the view to its first step. */
export async function send(command: string): Promise<string> {
  const before = useStep.getState().nextSeq;
  const out = await runCommands(command);
  const first = useStep.getState().events.find((e) => e.seq >= before);
  if (first) await goTo(first.seq);
  return out;
}

/** Advances the virtual clock (`sleep N`, running every timer due) and shows the live tables. */
export async function advance(seconds: number): Promise<void> {
  await runCommands(`sleep ${seconds}`);
  await goTo('live');
}
