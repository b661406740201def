// The keyboard's way into a big lab (farKeys.ts): one focusable list of every namespace, before the
// drawing in the Tab order, whose current box is ringed on the canvas (FarRing) and followed by the
// view. Arrows move between namespaces, Tab and Shift+Tab between groups (and out of the list past
// the last or first), Home/End and Page keys too; Enter selects the namespace (its inspector and
// tables open) and zooms in on it; Escape goes back: to the whole lab, then to no selection. Screen
// readers hear the current namespace as the list's active option (its name, group and position).

import { useReactFlow, useStoreApi, ViewportPortal } from '@xyflow/react';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { create } from 'zustand';
import { useEditor } from './doc/editorStore.ts';
import { parseNodeId } from './doc/intents.ts';
import { type KeyGroup, type KeyMap, keyMap, moveFrom } from './farKeys.ts';
import { useT } from './i18n/index.ts';
import { netnsId, type TopologyDrawing } from './layout.ts';
import { stepActions } from './step/later.ts';

/** The list's current namespace (a node id) and whether the list has the focus. */
const useFarKeys = create<{ at?: string; focused: boolean }>(() => ({ focused: false }));

const EMPTY: KeyMap = { boxes: [], groups: [], index: new Map() };

/** The zoom Enter opens a namespace at (its cards and names legible; React Flow holds it and its neighbours). */
const OPEN_ZOOM = 1;

function groupName(t: ReturnType<typeof useT>, g: KeyGroup): string {
  if (g.kind === 'bridge') return t('canvas.farKeys.bridge', { name: g.label });
  if (g.kind === 'node') return t('canvas.farKeys.node', { name: g.label });
  return t('canvas.farKeys.none');
}

/**
 * `whole`: back to the whole lab (the Fit button's action); `hold`: the view was chosen, so it is no
 * longer fitted again when the canvas changes size (as after a user's zoom).
 */
export function FarKeys({
  full,
  far,
  whole,
  hold,
}: {
  full: TopologyDrawing;
  /** Whether the canvas shows the far view (what Escape goes back to first). */
  far: boolean;
  whole: () => void;
  hold: () => void;
}) {
  const t = useT();
  // The map is made when the page is idle after the drawing changed (not in the task that opens a big
  // lab or applies an edit); the keys read it at once when it is not made yet.
  const [made, setMade] = useState<KeyMap>();
  useEffect(() => {
    // When the page is idle (after the drawing is painted), so that it does not delay that frame.
    const make = () => setMade(keyMap(full));
    if (typeof requestIdleCallback !== 'function') {
      const id = setTimeout(make, 200);
      return () => clearTimeout(id);
    }
    const id = requestIdleCallback(make, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, [full]);
  const fresh = () => {
    const m = keyMap(full);
    if (m !== made) setMade(m);
    return m;
  };
  const map = made ?? EMPTY;
  const { setCenter, getViewport } = useReactFlow();
  const at = useFarKeys((s) => s.at);
  const focused = useFarKeys((s) => s.focused);
  const selected = useEditor((s) => s.selected);
  const store = useStoreApi();
  // A namespace selected another way (a click, the inspector) is where the list goes on from.
  useEffect(() => {
    const target = selected ? parseNodeId(selected) : undefined;
    if (target && target.netns !== '' && map.index.has(netnsId(target.netns)))
      useFarKeys.setState({ at: netnsId(target.netns) });
  }, [selected, map]);
  const i = at !== undefined ? map.index.get(at) : undefined;
  const box = i !== undefined ? map.boxes[i] : undefined;
  const group = box && map.groups[box.group];

  /** Moves to box j, panning the view when the box is not wholly in it. */
  const go = (map: KeyMap, j: number) => {
    const b = map.boxes[j];
    useFarKeys.setState({ at: b.id });
    const { x, y, zoom } = getViewport();
    const { width: w, height: h } = store.getState();
    const sx = b.x * zoom + x;
    const sy = b.y * zoom + y;
    if (sx < 0 || sy < 0 || sx + b.w * zoom > w || sy + b.h * zoom > h)
      void setCenter(b.x + b.w / 2, b.y + b.h / 2, { zoom });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const map = fresh();
    const i = at !== undefined ? map.index.get(at) : undefined;
    if (e.altKey || e.ctrlKey || e.metaKey || !map.boxes.length) return;
    const cur = i ?? 0;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const b = map.boxes[cur];
      useEditor.getState().select(b.id);
      void stepActions().then((a) => a.showTablesOf(b.name));
      hold();
      void setCenter(b.x + b.w / 2, b.y + b.h / 2, { zoom: Math.max(getViewport().zoom, OPEN_ZOOM) });
      useFarKeys.setState({ at: b.id });
      return;
    }
    if (e.key === 'Escape') {
      if (!far) whole();
      else if (useEditor.getState().selected) useEditor.getState().select(undefined);
      else return;
      e.preventDefault();
      return;
    }
    const j = moveFrom(map, cur, e.key, e.shiftKey);
    if (j === undefined) return; // not a key of the list, or Tab past the last group: leave
    e.preventDefault();
    go(map, j);
  };

  const n = map.boxes.length;
  return (
    <div
      className="far-keys"
      role="listbox"
      tabIndex={0}
      data-own-keys
      data-testid="far-keys"
      data-at={box?.name ?? ''}
      aria-label={t('canvas.farKeys', { n, g: map.groups.length })}
      aria-activedescendant={i !== undefined ? `far-key-${i}` : undefined}
      onKeyDown={onKeyDown}
      onFocus={() => {
        const m = fresh();
        useFarKeys.setState({ focused: true });
        if ((at === undefined || !m.index.has(at)) && m.boxes.length)
          useFarKeys.setState({ at: m.boxes[0].id });
      }}
      onBlur={() => useFarKeys.setState({ focused: false })}
    >
      {box && group && (
        // biome-ignore lint/a11y/useSemanticElements: a group of options in the listbox
        <div role="group" aria-label={groupName(t, group)}>
          <div
            role="option"
            tabIndex={-1}
            id={`far-key-${i}`}
            aria-selected={selected === box.id}
            aria-posinset={i! - group.start + 1}
            aria-setsize={group.end - group.start}
            className="far-keys-at"
            data-testid="far-keys-at"
          >
            {t('canvas.farKeys.at', {
              name: box.name,
              group: groupName(t, group),
              i: i! - group.start + 1,
              n: group.end - group.start,
            })}
          </div>
        </div>
      )}
      <div className="far-keys-help" aria-hidden={!focused}>
        {t('canvas.farKeys.help')}
      </div>
    </div>
  );
}

/** The ring around the list's current namespace on the canvas, while the list has the focus. */
export function FarRing({ full }: { full: TopologyDrawing }) {
  const at = useFarKeys((s) => s.at);
  const focused = useFarKeys((s) => s.focused);
  if (!focused || at === undefined) return null;
  const map = keyMap(full);
  const i = map.index.get(at);
  if (i === undefined) return null;
  const b = map.boxes[i];
  return (
    <ViewportPortal>
      <div
        className="far-ring"
        data-testid="far-ring"
        data-id={b.id}
        style={{ transform: `translate(${b.x}px, ${b.y}px)`, width: b.w, height: b.h }}
      />
    </ViewportPortal>
  );
}
