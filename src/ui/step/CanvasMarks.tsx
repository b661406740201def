// The current step on the canvas, as Packet Tracer's simulation mode shows it: the device that acts
// outlined (drawn above every node, so no card clips it), and an envelope coloured by protocol and
// labelled with the packet, moving along the wire the frame crosses or sitting on the device where the
// step happens; a drop is marked red with its reason. Clicking the envelope opens the packet's layers.

import { EdgeLabelRenderer, useInternalNode, useStore, ViewportPortal } from '@xyflow/react';
import { type CSSProperties, useLayoutEffect, useRef, useState } from 'react';
import type { WireFrame } from '../../worker/step-api.ts';
import { useLang, useT } from '../i18n/index.ts';
import { explainEvent } from '../i18n/trace.ts';
import { netnsId } from '../layout.ts';
import { showPacketDetail } from './dock.ts';
import { kindLabel } from './labels.ts';
import { packetTag } from './packet.ts';
import { useStep, useStepEdge } from './store.ts';

/** Above the nodes and the wires' labels (layout edges reach z-index 1000). */
const OVERLAY_Z = 1500;
/** The envelopes on the wires go above the outline. */
const PACKET_Z = 1600;

/** One round of an envelope's trip along a wire, in ms; out of a bridge it leaves halfway through. */
const TRIP_MS = 1800;

export function StepOverlay() {
  const h = useStep((s) => s.highlight);
  const acting = h.acting;
  // The acting device may be hidden (zoomed far out): then its namespace's box is outlined.
  const own = useInternalNode(acting?.node ?? '');
  const box = useInternalNode(acting ? netnsId(acting.ns) : '');
  const node = own && !own.hidden ? own : box;
  const moving = useStore((s) => Object.keys(h.edges).some((id) => s.edgeLookup.has(id)));
  const cards = useStore((s) => s.nodeLookup);
  const view = useStore((s) => {
    const [tx, ty, z] = s.transform;
    return `${-tx / z} ${-ty / z} ${s.width / z} ${s.height / z}`;
  });
  const stack = useRef<HTMLDivElement>(null);
  const [spot, setSpot] = useState(0);
  const x = node?.internals.positionAbsolute.x ?? 0;
  const y = node?.internals.positionAbsolute.y ?? 0;
  const w = node?.measured.width ?? node?.width ?? 0;
  const hgt = node?.measured.height ?? node?.height ?? 0;
  const drop = h.drop !== undefined;
  const spots = atNodeSpots({ x, y, w, h: hgt });
  // The envelope beside the device goes where it covers no wire's label (and, if it can, stays in
  // view and off the other cards).
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again for each step and place
  useLayoutEffect(() => {
    const el = stack.current;
    if (!el) return;
    const size = { w: el.offsetWidth, h: el.offsetHeight };
    const labels = labelBoxes(el);
    const others: Rect[] = [];
    for (const n of cards.values()) {
      if (n.id === node?.id || (n.type !== 'port' && n.type !== 'bridge') || n.hidden) continue;
      const p = n.internals.positionAbsolute;
      others.push({
        x: p.x,
        y: p.y,
        w: n.measured.width ?? n.width ?? 0,
        h: n.measured.height ?? n.height ?? 0,
      });
    }
    const [vx, vy, vw, vh] = view.split(' ').map(Number);
    const cost = (s: Spot) => {
      const r = spotBox(s, size);
      const cut = r.x < vx || r.y < vy || r.x + r.w > vx + vw || r.y + r.h > vy + vh;
      return (
        labels.filter((b) => meets(r, b)).length * 100 +
        (cut ? 10 : 0) +
        others.filter((b) => meets(r, b)).length
      );
    };
    let best = 0;
    for (let i = 1; i < spots.length; i++) if (cost(spots[i]) < cost(spots[best])) best = i;
    setSpot(best);
  }, [h.event?.seq, x, y, w, hgt, moving, drop, view]);
  if (!acting || !node) return null;
  const at = spots[spot] ?? spots[0];
  return (
    <ViewportPortal>
      <div className="step-overlay" style={{ zIndex: OVERLAY_Z }}>
        <div
          className={`step-outline${drop ? ' step-outline-drop' : ''}`}
          data-testid={`step-mark:${acting.node}`}
          style={{ transform: `translate(${x - 6}px, ${y - 6}px)`, width: w + 12, height: hgt + 12 }}
        />
        {(!moving || drop) && (
          <div
            className="step-at-node"
            style={{ transform: `translate(${at.x}px, ${at.y}px)` }}
            data-testid="step-at-node"
          >
            <div
              ref={stack}
              className="step-at-node-stack"
              style={{ transform: `translate(${at.dx * 100}%, ${at.dy * 100}%)` }}
            >
              {drop && <DropNote />}
              {h.frame ? <PacketChip frame={h.frame} drop={drop} /> : <KindChip />}
            </div>
          </div>
        )}
      </div>
    </ViewportPortal>
  );
}

/** A place for the envelope beside a device: a point, and the stack's offset from it in its own size. */
interface Spot {
  x: number;
  y: number;
  dx: number;
  dy: number;
}

/** On the device's top-right corner (the first choice), then right of it, under it, left of it, on its top-left corner. */
function atNodeSpots(b: Rect): Spot[] {
  return [
    { x: b.x + b.w + 10, y: b.y + 6, dx: -1, dy: -1 },
    { x: b.x + b.w + 10, y: b.y, dx: 0, dy: 0 },
    { x: b.x + b.w + 10, y: b.y + b.h - 6, dx: -1, dy: 0 },
    { x: b.x - 10, y: b.y, dx: -1, dy: 0 },
    { x: b.x - 10, y: b.y + 6, dx: 0, dy: -1 },
  ];
}

const spotBox = (s: Spot, size: { w: number; h: number }): Rect => ({
  x: s.x + s.dx * size.w,
  y: s.y + s.dy * size.h,
  w: size.w,
  h: size.h,
});

/** A step with no packet of its own (a route lookup, a neighbour update): what it is, at the device. */
function KindChip() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const event = useStep((s) => s.highlight.event);
  if (!event) return null;
  return (
    <button
      type="button"
      className="packet packet-step nodrag nopan"
      onClick={() => void showPacketDetail()}
      data-testid="step-packet"
      title={explainEvent(event, lang)}
    >
      <span className="packet-text">
        <span className="packet-title">{kindLabel(t, event.kind)}</span>
      </span>
    </button>
  );
}

function DropNote() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const event = useStep((s) => s.highlight.event);
  if (!event) return null;
  return (
    <div className="step-drop" role="status" data-testid="step-drop">
      <strong>✕ {t('envelope.dropped')}</strong> {explainEvent(event, lang)}
    </div>
  );
}

/** The envelope: protocol colour, an icon, and two lines (what it is; addresses). */
export function PacketChip({
  frame,
  drop = false,
  quiet = false,
}: {
  frame: WireFrame;
  drop?: boolean;
  quiet?: boolean;
}) {
  const t = useT();
  const tag = packetTag(frame);
  const title = t(tag.title.key, tag.title.params);
  return (
    <button
      type="button"
      className={`packet packet-${tag.proto}${drop ? ' packet-drop' : ''}${quiet ? ' packet-quiet' : ''} nodrag nopan`}
      onClick={() => void showPacketDetail()}
      aria-label={t('envelope.open', { title, detail: tag.detail })}
      title={frame.summary}
      data-testid="step-packet"
      data-proto={tag.proto}
    >
      <svg className="packet-icon" width="18" height="13" viewBox="0 0 18 13" aria-hidden="true">
        <rect x="0.75" y="0.75" width="16.5" height="11.5" rx="1.5" />
        <path d="M1 1.5 L9 7.5 L17 1.5" />
      </svg>
      {!quiet && (
        <span className="packet-text">
          <span className="packet-title">{drop ? `✕ ${title}` : title}</span>
          <span className="packet-detail">{tag.detail}</span>
        </span>
      )}
    </button>
  );
}

/** Points along an SVG path, for the envelope's keyframes. */
function pathPoints(d: string, n: number): { x: number; y: number }[] {
  const p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  p.setAttribute('d', d);
  const len = p.getTotalLength();
  return Array.from({ length: n + 1 }, (_, i) => {
    const pt = p.getPointAtLength((len * i) / n);
    return { x: pt.x, y: pt.y };
  });
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The wires' labels drawn in the same viewport as `el`, in flow coordinates. */
function labelBoxes(el: HTMLElement): (Rect & { edge?: string })[] {
  const vp = el.closest<HTMLElement>('.react-flow__viewport');
  if (!vp?.parentElement) return [];
  const m = new DOMMatrix(getComputedStyle(vp).transform);
  const origin = vp.parentElement.getBoundingClientRect();
  return [...vp.querySelectorAll<HTMLElement>('.edge-label')].map((l) => {
    const r = l.getBoundingClientRect();
    return {
      edge: l.dataset.edge,
      x: (r.left - origin.left - m.e) / m.a,
      y: (r.top - origin.top - m.f) / m.a,
      w: r.width / m.a,
      h: r.height / m.a,
    };
  });
}

const meets = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Which way the envelope's text runs from the wire ('right' unless that covers a wire's label on the
 * way and 'left' does not): its icon rides the wire, so the chip sweeps a band along the path, and no
 * label may sit in that band. Boxes in flow coordinates, read from the drawn labels.
 */
function clearSide(el: HTMLElement, id: string, pts: { x: number; y: number }[]): 'right' | 'left' {
  const chip = el.firstElementChild as HTMLElement | null;
  const all = labelBoxes(el);
  // The wire's own label moves to the side the text does not take (LinkEdge.tsx).
  const others = all.filter((b) => b.edge !== id);
  if (!chip || !all.length) return 'right';
  const w = chip.offsetWidth;
  const h = chip.offsetHeight;
  // The icon's centre is ICON_AT from the chip's near end (see .step-on-wire in step.css).
  const hits = (side: 'right' | 'left') =>
    pts.filter((p) => {
      const box = { x: side === 'right' ? p.x - ICON_AT : p.x - w + ICON_AT, y: p.y - h / 2, w, h };
      return (side === 'right' ? all : others).some((b) => meets(box, b));
    }).length;
  const right = hits('right');
  return right === 0 || right <= hits('left') ? 'right' : 'left';
}

/** From the chip's end to its icon's centre, in px (step.css places the chip by it). */
const ICON_AT = 15;

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * The envelope travelling along `path` in the frame's direction, looping while the step is shown. A
 * frame leaving a bridge travels in the second half of the loop, after the one coming in.
 */
export function StepPacket({ id, path }: { id: string; path: string }) {
  const dir = useStepEdge(id);
  const frame = useStep((s) => (dir ? s.highlight.frame : undefined));
  const late = useStep((s) => !!dir && !!s.highlight.late?.includes(id));
  // Coming into a bridge that sends it on: this envelope hands over to the ones leaving.
  const handsOver = useStep((s) => !!dir && !late && !!s.highlight.late?.length);
  const quiet = useStep((s) => !!dir && !!s.highlight.quiet?.includes(id));
  const seq = useStep((s) => s.highlight.event?.seq);
  const ref = useRef<HTMLDivElement>(null);
  const [side, setSide] = useState<'right' | 'left'>('right');
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new step restarts the trip
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !dir) return;
    const pts = pathPoints(path, 16);
    if (dir === 'rev') pts.reverse();
    if (!quiet) {
      const side = clearSide(el, id, pathPoints(path, 48));
      setSide(side);
      useStep.setState((s) => {
        const { [id]: _, ...rest } = s.leftOfWire;
        return { leftOfWire: side === 'left' ? { ...rest, [id]: true } : rest };
      });
    }
    if (reducedMotion()) {
      const mid = pts[8];
      el.style.transform = `translate(${mid.x}px, ${mid.y}px)`;
      return;
    }
    // Travel over [from, to] of the loop, then wait (hidden before, resting at the end after).
    const [from, to] = late ? [0.45, 0.85] : [0, 0.45];
    const frames: Keyframe[] = [];
    if (from > 0)
      frames.push({ offset: 0, opacity: 0, transform: `translate(${pts[0].x}px, ${pts[0].y}px)` });
    pts.forEach((p, i) => {
      frames.push({
        offset: from + ((to - from) * i) / (pts.length - 1),
        opacity: 1,
        transform: `translate(${p.x}px, ${p.y}px)`,
      });
    });
    const end = pts.at(-1)!;
    const rest = `translate(${end.x}px, ${end.y}px)`;
    if (handsOver) frames.push({ offset: to + 0.02, opacity: 0, transform: rest });
    frames.push({ offset: 1, opacity: handsOver ? 0 : 1, transform: rest });
    const anim = el.animate(frames, { duration: TRIP_MS, iterations: Number.POSITIVE_INFINITY });
    return () => anim.cancel();
  }, [dir, path, late, handsOver, quiet, seq]);
  if (!dir) return null;
  return (
    <>
      <path d={path} className="step-edge-glow" data-testid={`step-edge:${id}`} />
      {frame && (
        <EdgeLabelRenderer>
          <div
            ref={ref}
            className={`step-on-wire step-on-wire-${side}`}
            data-edge={id}
            style={{ zIndex: PACKET_Z } as CSSProperties}
          >
            <PacketChip frame={frame} quiet={quiet} />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
