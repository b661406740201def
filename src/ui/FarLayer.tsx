// The far layer's picture (farLayer.ts): the namespaces of a big lab that React Flow does not hold,
// as one SVG in the viewport (it pans and zooms with the drawing for free) — a box and its name each,
// and their wires to the bridges. Clicking a box selects its namespace, which then becomes a real
// node with its inspector and tables; a connection or a palette item dropped on it finds it too.

import { Panel, ViewportPortal } from '@xyflow/react';
import { memo, useEffect, useMemo, useState } from 'react';
import { useEditor } from './doc/editorStore.ts';
import type { FarBox, FarWire } from './farLayer.ts';
import { useT } from './i18n/index.ts';
import './far.css';
import { stepActions } from './step/later.ts';

/** The attribute a pictured box carries (Topology.tsx' nodeIdAt reads it). */
export const FAR_ID = 'data-far-id';

/**
 * A click on a pictured box selects its namespace, as a click on its node does (one listener for
 * the whole picture; a pointer shortcut: the namespace menus and the terminal reach every namespace
 * by keyboard).
 */
function onPick(e: MouseEvent) {
  const box = (e.target as Element).closest(`[${FAR_ID}]`);
  const id = box?.getAttribute(FAR_ID);
  const name = box?.getAttribute('data-name');
  if (!id || name == null) return;
  useEditor.getState().select(id);
  void stepActions().then((a) => a.showTablesOf(name));
}

/**
 * The name as it fits its box at the largest size far.css gives it (64 px of a monospace font, about
 * 0.6 em a character): longer names end in an ellipsis (one text node a box, no clipping viewport).
 */
function ellipsized(name: string, width: number): string {
  const max = Math.max(1, Math.floor((width - 8) / (64 * 0.6)));
  return name.length <= max ? name : `${name.slice(0, Math.max(1, max - 1))}…`;
}

/** The picture's one click listener, while it is in the page (React Flow mounts its portal late). */
function listen(el: SVGSVGElement | null) {
  if (!el) return;
  el.addEventListener('click', onPick);
  return () => el.removeEventListener('click', onPick);
}

/** One pictured box: drawn again only when it changed (a selection or an edit elsewhere keeps it). */
const FarBoxView = memo(function FarBoxView({ id, name, role, x, y, w, h }: FarBox) {
  return (
    <g className={`far-box role-${role}`} {...{ [FAR_ID]: id }} data-testid={`far:${name}`} data-name={name}>
      <rect x={x} y={y} width={w} height={h} rx={12} />
      <text x={x + w / 2} y={y + h / 2}>
        {ellipsized(name, w)}
      </text>
    </g>
  );
});

/**
 * Boxes a frame while a picture is first drawn: a new big lab's picture (thousands of SVG elements)
 * fills in over a few frames, so that no task creates, styles and lays out all of them at once.
 */
export const FAR_CHUNK = 250;

export const FarPicture = memo(function FarPicture({
  boxes,
  wires,
  width,
  height,
}: {
  boxes: FarBox[];
  wires: FarWire[];
  width: number;
  height: number;
}) {
  const t = useT();
  // How many boxes are drawn: all of them once the picture was complete (later changes are small).
  const [drawn, setDrawn] = useState(FAR_CHUNK);
  const complete = drawn >= boxes.length;
  useEffect(() => {
    if (drawn === Number.POSITIVE_INFINITY) return;
    if (complete) return setDrawn(Number.POSITIVE_INFINITY);
    const id = requestAnimationFrame(() => setDrawn((d) => d + FAR_CHUNK));
    return () => cancelAnimationFrame(id);
  }, [drawn, complete]);
  // The wires are one path: a thousand elements fewer to create, style and lay out.
  const d = useMemo(() => wires.map((w) => w.d).join(' '), [wires]);
  if (!boxes.length) return null;
  const shown = complete ? boxes : boxes.slice(0, drawn);
  return (
    <ViewportPortal>
      <svg
        ref={listen}
        className="far-picture"
        width={width}
        height={height}
        data-testid="far-picture"
        data-boxes={shown.length}
        data-complete={complete}
        data-wires={wires.length}
        role="img"
        aria-label={t('canvas.farPicture', { n: boxes.length })}
      >
        <path className="far-wires" d={d} />
        {shown.map((b) => (
          <FarBoxView key={b.id} {...b} />
        ))}
      </svg>
    </ViewportPortal>
  );
});

/** What the far view is, said on the canvas while it is used. */
export function FarHint({ n }: { n: number }) {
  const t = useT();
  return (
    <Panel position="bottom-right" className="far-hint" data-testid="far-hint">
      {t('canvas.farHint', { n })}
    </Panel>
  );
}
