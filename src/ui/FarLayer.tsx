// The far layer's picture (farLayer.ts): the namespaces of a big lab that React Flow does not hold,
// as one SVG in the viewport (it pans and zooms with the drawing for free) — a box and its name each,
// and their wires to the bridges. Clicking a box selects its namespace, which then becomes a real
// node with its inspector and tables; a connection or a palette item dropped on it finds it too.

import { Panel, ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
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
function fit(name: string, width: number): string {
  const max = Math.max(1, Math.floor((width - 8) / (64 * 0.6)));
  return name.length <= max ? name : `${name.slice(0, Math.max(1, max - 1))}…`;
}

/** The picture's one click listener, while it is in the page (React Flow mounts its portal late). */
function listen(el: SVGSVGElement | null) {
  if (!el) return;
  el.addEventListener('click', onPick);
  return () => el.removeEventListener('click', onPick);
}

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
  if (!boxes.length) return null;
  return (
    <ViewportPortal>
      <svg
        ref={listen}
        className="far-picture"
        width={width}
        height={height}
        data-testid="far-picture"
        data-boxes={boxes.length}
        role="img"
        aria-label={t('canvas.farPicture', { n: boxes.length })}
      >
        <g className="far-wires">
          {wires.map((w) => (
            <path key={w.id} d={w.d} />
          ))}
        </g>
        {boxes.map((b) => (
          <g
            key={b.id}
            className={`far-box role-${b.role}`}
            {...{ [FAR_ID]: b.id }}
            data-testid={`far:${b.name}`}
            data-name={b.name}
          >
            <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={12} />
            <text x={b.x + b.w / 2} y={b.y + b.h / 2}>
              {fit(b.name, b.w)}
            </text>
          </g>
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
