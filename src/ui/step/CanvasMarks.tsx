// The current step on the canvas, as Packet Tracer's simulation mode shows it: the device that acts
// outlined (drawn above every node, so no card clips it), and an envelope coloured by protocol and
// labelled with the packet, moving along the wire the frame crosses or sitting on the device where the
// step happens; a drop is marked red with its reason. Clicking the envelope opens the packet's layers.

import { EdgeLabelRenderer, useInternalNode, useStore, useStoreApi, ViewportPortal } from '@xyflow/react';
import { type CSSProperties, useLayoutEffect, useRef, useState } from 'react';
import type { WireFrame } from '../../worker/step-api.ts';
import { useLang, useT } from '../i18n/index.ts';
import { explainEvent } from '../i18n/trace.ts';
import { netnsId } from '../layout.ts';
import { cachedBoxes } from './boxCache.ts';
import { showPacketDetail } from './dock.ts';
import { kindLabel } from './labels.ts';
import { reducedMotion } from './motion.ts';
import { packetTag } from './packet.ts';
import {
  around,
  besideCard,
  keyPoints,
  LEADER_GAP,
  leaderRoute,
  meets,
  type Obstacles,
  type Point,
  type Rect,
  rectGap,
  restOnWire,
  smallerWins,
  wireGap,
  worthShrinking,
} from './place.ts';
import { useStep, useStepEdge } from './store.ts';
import { wirePoints } from './wire.ts';

/** Above the nodes and the wires' labels (layout edges reach z-index 1000). */
const OVERLAY_Z = 1500;
/** The envelopes on the wires go above the outline. */
const PACKET_Z = 1600;

/** How far the acting device's outline stands off its card, in flow px (step.css draws it inside). */
const OUTLINE_AT = 6;

/** An SVG path through `pts`. */
const polyline = (pts: readonly Point[]) =>
  pts.length ? `M ${pts.map((p) => `${p.x},${p.y}`).join(' L ')}` : '';

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
  const view = useStore((s) => {
    const [tx, ty, z] = s.transform;
    return `${-tx / z} ${-ty / z} ${s.width / z} ${s.height / z}`;
  });
  const stack = useRef<HTMLDivElement>(null);
  const x = node?.internals.positionAbsolute.x ?? 0;
  const y = node?.internals.positionAbsolute.y ?? 0;
  const w = node?.measured.width ?? node?.width ?? 0;
  const hgt = node?.measured.height ?? node?.height ?? 0;
  const drop = h.drop !== undefined;
  const [at, setAt] = useState<Point>({ x: x + w + 10, y });
  const seq = h.event?.seq;
  const [compactAt, setCompactAt] = useState<number>();
  const compact = seq !== undefined && compactAt === seq;
  const [tie, setTie] = useState('');
  // The envelope beside the device goes where it covers no card (the device's own included) and no
  // frame's text, nor if it can a wire's label, and stays in view (place.ts); where it must be
  // smaller (or much nearer), it drops its addresses (they are in the explanation and the layers).
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again for each step and place
  useLayoutEffect(() => {
    const el = stack.current;
    if (!el) return;
    const [vx, vy, vw, vh] = view.split(' ').map(Number);
    const obs = { ...canvasObstacles(el), view: { x: vx, y: vy, w: vw, h: vh } };
    const card = { x, y, w, h: hgt };
    let next = besideCard(card, { w: el.offsetWidth, h: el.offsetHeight }, obs);
    const chip = el.querySelector<HTMLElement>('[data-testid="step-packet"]');
    const small = !compact && worthShrinking(next) && chip ? compactSize(chip) : undefined;
    if (small && chip) {
      const others = [...el.children].filter((c) => c !== chip).map((c) => (c as HTMLElement).offsetWidth);
      const size = { w: Math.max(small.w, ...others), h: el.offsetHeight - chip.offsetHeight + small.h };
      const alt = besideCard(card, size, obs);
      if (smallerWins(next, alt)) {
        next = alt;
        setCompactAt(seq);
      }
    }
    const to = next.at;
    setAt((old) => (old.x === to.x && old.y === to.y ? old : to));
    // Away from the device, a dashed leader from its outline ties the envelope to it.
    const outline = { x: x - OUTLINE_AT, y: y - OUTLINE_AT, w: w + 2 * OUTLINE_AT, h: hgt + 2 * OUTLINE_AT };
    const placed = { ...to, w: el.offsetWidth, h: el.offsetHeight };
    const tie =
      rectGap(outline, placed) > LEADER_GAP ? polyline(leaderRoute(around(outline), placed, obs)) : '';
    setTie(tie);
  }, [seq, x, y, w, hgt, moving, drop, view, compact]);
  if (!acting || !node) return null;
  return (
    <ViewportPortal>
      <div className="step-overlay" style={{ zIndex: OVERLAY_Z }}>
        <div
          className={`step-outline${drop ? ' step-outline-drop' : ''}`}
          data-testid={`step-mark:${acting.node}`}
          style={{
            transform: `translate(${x - OUTLINE_AT}px, ${y - OUTLINE_AT}px)`,
            width: w + 2 * OUTLINE_AT,
            height: hgt + 2 * OUTLINE_AT,
          }}
        />
        {(!moving || drop) && tie && (
          <svg className="step-tie" aria-hidden="true">
            <path d={tie} className="step-leader" data-testid="step-leader" />
          </svg>
        )}
        {(!moving || drop) && (
          <div
            className="step-at-node"
            style={{ transform: `translate(${at.x}px, ${at.y}px)` }}
            data-testid="step-at-node"
          >
            <div ref={stack} className="step-at-node-stack">
              {drop && <DropNote />}
              {h.frame ? <PacketChip frame={h.frame} drop={drop} compact={compact} /> : <KindChip />}
            </div>
          </div>
        )}
      </div>
    </ViewportPortal>
  );
}

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

/**
 * The envelope: protocol colour, an icon, and two lines (what it is; addresses), or only the first
 * where there is no room for both (`compact`), or the icon alone (`quiet`, a flood's other copies).
 */
export function PacketChip({
  frame,
  drop = false,
  quiet = false,
  compact = false,
}: {
  frame: WireFrame;
  drop?: boolean;
  quiet?: boolean;
  compact?: boolean;
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
          {!compact && <span className="packet-detail">{tag.detail}</span>}
        </span>
      )}
    </button>
  );
}

/** The size of a rendered envelope once it shows its first line only (undefined: it has one line). */
function compactSize(chip: HTMLElement): { w: number; h: number } | undefined {
  const text = chip.querySelector<HTMLElement>('.packet-text');
  const title = chip.querySelector<HTMLElement>('.packet-title');
  if (!text || !title || !chip.querySelector('.packet-detail')) return undefined;
  return {
    w: chip.offsetWidth - text.offsetWidth + title.offsetWidth,
    h: chip.offsetHeight - text.offsetHeight + title.offsetHeight,
  };
}

/**
 * Points along an SVG path (from its end when `reverse`), for the envelope's keyframes and rest: `n`
 * equal steps along the path, read off its outline (`outline`) by length.
 */
function pathPoints(d: string, n: number, reverse = false): Point[] {
  const { pts: line, at } = outline(d);
  const len = at[at.length - 1];
  const pts: Point[] = [];
  let k = 1;
  for (let i = 0; i <= n; i++) {
    const want = (len * i) / n;
    while (k < at.length - 1 && at[k] < want) k++;
    const span = at[k] - at[k - 1];
    const t = span > 0 ? Math.min(1, Math.max(0, (want - at[k - 1]) / span)) : 0;
    pts.push({
      x: line[k - 1].x + (line[k].x - line[k - 1].x) * t,
      y: line[k - 1].y + (line[k].y - line[k - 1].y) * t,
    });
  }
  return reverse ? pts.reverse() : pts;
}

/** How finely a wire is traced: its points at OUTLINE equal steps of its length (as fine as any use). */
const OUTLINE = 96;

/**
 * A wire's path traced once (wire.ts; by the browser's getPointAtLength only for a command it does not
 * read) and kept by its `d`, so the same wire is not traced again on the next step: its points and the
 * length along it to each.
 */
function outline(d: string): { pts: Point[]; at: number[] } {
  let o = outlines.get(d);
  if (o) return o;
  const pts = wirePoints(d, OUTLINE) ?? tracedByBrowser(d);
  const at: number[] = [];
  for (const [i, pt] of pts.entries())
    at.push(i ? at[i - 1] + Math.hypot(pt.x - pts[i - 1].x, pt.y - pts[i - 1].y) : 0);
  o = { pts, at };
  if (outlines.size >= 4096) outlines.clear();
  outlines.set(d, o);
  return o;
}
const outlines = new Map<string, { pts: Point[]; at: number[] }>();

function tracedByBrowser(d: string): Point[] {
  const p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  p.setAttribute('d', d);
  const len = p.getTotalLength();
  return Array.from({ length: OUTLINE + 1 }, (_, i) => {
    const pt = p.getPointAtLength((len * i) / OUTLINE);
    return { x: pt.x, y: pt.y };
  });
}

/**
 * Boxes of the elements drawn in the same viewport as `el` that match `selector`, in flow coordinates:
 * read once for all the envelopes a step places, until anything but the step's marks moves
 * (boxCache.ts). Shared: not to be changed.
 */
function flowBoxes(el: HTMLElement, selector: string, text = false): readonly (Rect & { edge?: string })[] {
  const vp = el.closest<HTMLElement>('.react-flow__viewport');
  if (!vp?.parentElement) return [];
  return cachedBoxes(vp.closest('.react-flow') ?? vp, `${text}|${selector}`, () =>
    readBoxes(vp, selector, text),
  );
}

function readBoxes(vp: HTMLElement, selector: string, text: boolean): (Rect & { edge?: string })[] {
  if (!vp.parentElement) return [];
  const m = new DOMMatrix(getComputedStyle(vp).transform);
  const origin = vp.parentElement.getBoundingClientRect();
  const range = document.createRange();
  const out: (Rect & { edge?: string })[] = [];
  for (const l of vp.querySelectorAll<HTMLElement>(selector)) {
    // Text is measured as set, not as its (often full-width) block.
    if (text) range.selectNodeContents(l);
    const r = text ? range.getBoundingClientRect() : l.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    out.push({
      edge: l.dataset.edge,
      x: (r.left - origin.left - m.e) / m.a,
      y: (r.top - origin.top - m.f) / m.a,
      w: r.width / m.a,
      h: r.height / m.a,
    });
  }
  return out;
}

/** The wires' labels drawn in the same viewport as `el`, in flow coordinates. */
const labelBoxes = (el: HTMLElement) => flowBoxes(el, '.edge-label');

/**
 * What the envelope may not cover: device cards, the frames' text and their header controls (hard), the
 * wires' labels (soft).
 * The label of the wire the envelope travels (`own`) is where it will be once it steps aside to the
 * side the envelope's text does not take (LinkEdge.tsx), which may not be where it is drawn yet.
 */
function canvasObstacles(el: HTMLElement, own?: { edge: string; side: 'right' | 'left' }): Obstacles {
  const soft = labelBoxes(el).map((b) => {
    if (!own || b.edge !== own.edge) return b;
    const at = el
      .closest('.react-flow__viewport')
      ?.querySelector<HTMLElement>(`.edge-label[data-edge="${CSS.escape(own.edge)}"]`)?.dataset.at;
    const to = own.side === 'left' ? 'right' : 'left';
    if ((at !== 'left' && at !== 'right') || at === to) return b;
    // LABEL_AT in LinkEdge.tsx: 24px either side of the wire.
    return { ...b, x: to === 'right' ? b.x + b.w + 48 : b.x - b.w - 48 };
  });
  return {
    hard: [
      ...flowBoxes(
        el,
        '.react-flow__node-port, .react-flow__node-bridge, .netns-head > .connect-handle, .netns-head > button',
      ),
      ...flowBoxes(el, FRAME_TEXT, true),
    ],
    soft,
  };
}

/** The text a namespace's or a node's frame shows: its name, its tags, its routes. */
export const FRAME_TEXT =
  '.netns-head .netns-name, .netns-head .tag, .netns-routes-title, .netns-routes .route';

/**
 * Which way the envelope's text runs from the wire ('right' unless that covers a wire's label on the
 * way and 'left' does not): its icon rides the wire, so the chip sweeps a band along the path, and no
 * label may sit in that band. Boxes in flow coordinates, read from the drawn labels.
 */
function clearSide(el: HTMLElement, id: string, pts: Point[]): 'right' | 'left' {
  const chip = el.firstElementChild as HTMLElement | null;
  const all = labelBoxes(el);
  // The wire's own label moves to the side the text does not take (LinkEdge.tsx).
  const others = all.filter((b) => b.edge !== id);
  if (!chip || !all.length) return 'right';
  const size = { w: chip.offsetWidth, h: chip.offsetHeight };
  const hits = (side: 'right' | 'left') =>
    pts.filter((p) => (side === 'right' ? all : others).some((b) => meets(chipBox(p, side, size), b))).length;
  const right = hits('right');
  return right === 0 || right <= hits('left') ? 'right' : 'left';
}

/** From the chip's end to its icon's centre, in px (step.css places the chip by it). */
const ICON_AT = 15;

/** The envelope's box when its icon is at `p` and its text runs to `side`. */
const chipBox = (p: Point, side: 'right' | 'left', size: { w: number; h: number }): Rect => ({
  x: side === 'right' ? p.x - ICON_AT : p.x - size.w + ICON_AT,
  y: p.y - size.h / 2,
  w: size.w,
  h: size.h,
});

/**
 * The envelope travelling along `path` in the frame's direction, looping while the step is shown. A
 * frame leaving a bridge travels in the second half of the loop, after the one coming in.
 */
export function StepPacket({
  id,
  path,
  laterCopy,
}: {
  id: string;
  path: string;
  /** One of a flood's later copies, with motion on (lazy.tsx works it out: it mounts them later). */
  laterCopy: boolean;
}) {
  const dir = useStepEdge(id);
  const frame = useStep((s) => (dir ? s.highlight.frame : undefined));
  const late = useStep((s) => !!dir && !!s.highlight.late?.includes(id));
  // Coming into a bridge that sends it on: this envelope hands over to the ones leaving.
  const handsOver = useStep((s) => !!dir && !late && !!s.highlight.late?.length);
  const quiet = useStep((s) => !!dir && !!s.highlight.quiet?.includes(id));
  const seq = useStep((s) => s.highlight.event?.seq);
  const ref = useRef<HTMLDivElement>(null);
  const leader = useRef<SVGPathElement>(null);
  const flow = useStoreApi();
  const [side, setSide] = useState<'right' | 'left'>('right');
  const [compactAt, setCompactAt] = useState<number>();
  const compact = seq !== undefined && compactAt === seq;
  // A flood's other copies leave the bridge once the frame has come in: unseen until then (each fades
  // in at its port as the one coming in arrives), so they are mounted (lazy.tsx), placed and set
  // moving just after the step is painted, not before (a hundred of them: their rendering, placing,
  // and the layers of their animations, took most of the step). They stay hidden until placed.
  const later = !!dir && laterCopy;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new step restarts the trip
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !dir) return;
    if (!later) return place(el);
    return afterPaint(() => {
      const undo = place(el, lead);
      return () => {
        undo?.();
        el.style.visibility = 'hidden';
      };
    });
  }, [dir, path, late, handsOver, quiet, seq, compact, later]);
  /**
   * Places the envelope, draws its leader and starts its trip (in step with `keep`'s, if given);
   * returns what undoes that.
   */
  function place(el: HTMLDivElement, keep?: Animation): (() => void) | undefined {
    if (!dir) return;
    const pts = pathPoints(path, 16, dir === 'rev');
    let side: 'right' | 'left' = 'right';
    if (!quiet) {
      side = clearSide(el, id, pathPoints(path, 48));
      setSide(side);
      useStep.setState((s) => {
        const { [id]: _, ...rest } = s.leftOfWire;
        return { leftOfWire: side === 'left' ? { ...rest, [id]: true } : rest };
      });
    }
    // It rests near where the frame arrives, off every card (on a short wire, beside it).
    const chip = el.firstElementChild as HTMLElement | null;
    const size = { w: chip?.offsetWidth ?? 0, h: chip?.offsetHeight ?? 0 };
    const { transform, width, height } = flow.getState();
    const [tx, ty, z] = transform;
    const obs = canvasObstacles(el, { edge: id, side });
    const view = { x: -tx / z, y: -ty / z, w: width / z, h: height / z };
    const arriving = pathPoints(path, 48, dir === 'rev');
    const placed = restOnWire(arriving, (p) => chipBox(p, side, size), { ...obs, view });
    // No place free (or none near) for both lines: the first line only, if that does better (drawn
    // again, then placed).
    const small = !compact && !quiet && worthShrinking(placed) && chip ? compactSize(chip) : undefined;
    if (
      small &&
      smallerWins(
        placed,
        restOnWire(arriving, (p) => chipBox(p, side, small), { ...obs, view }),
      )
    ) {
      setCompactAt(seq);
      return;
    }
    const rest = placed.at;
    const restAt = `translate(${rest.x}px, ${rest.y}px)`;
    // Rested away from the wire: a dashed leader ties it back, from the wire (near where the frame
    // arrived) to the envelope, around cards and labels where it can, else under them.
    const wire = pathPoints(path, 96, dir === 'rev');
    const box = chipBox(rest, side, size);
    let d = '';
    if (!handsOver && wireGap(wire, box) > LEADER_GAP) {
      let along = 0;
      const anchors = wire.map((p, i) => {
        if (i > 0) along += Math.hypot(p.x - wire[i - 1].x, p.y - wire[i - 1].y);
        return { ...p, along };
      });
      d = polyline(
        leaderRoute(
          anchors.map((a) => ({ x: a.x, y: a.y, bias: (along - a.along) / 4 })),
          box,
          obs,
        ),
      );
    }
    // Drawn once every envelope of the step is placed: a write here would make the next envelope's
    // reads lay the page out again.
    return afterPlacing(() => {
      leader.current?.setAttribute('d', d);
      // Without motion the picture is the loop's end: an envelope that handed over to the ones leaving
      // the bridge is gone by then.
      el.style.visibility = reducedMotion() && handsOver ? 'hidden' : '';
      if (reducedMotion()) {
        el.style.transform = restAt;
        return;
      }
      // An envelope resting on its wire has no leader to fade in (a hundred in a flood).
      return trip(el, d ? leader.current : null, pts, restAt, late, handsOver, keep);
    });
  }
  if (!dir) return null;
  return (
    <>
      <path d={path} className="step-edge-glow" data-testid={`step-edge:${id}`} />
      {frame && <path ref={leader} className="step-leader" data-testid={`step-leader:${id}`} />}
      {frame && (
        <EdgeLabelRenderer>
          <div
            ref={ref}
            className={`step-on-wire step-on-wire-${side}`}
            data-edge={id}
            style={{ zIndex: PACKET_Z, visibility: later ? 'hidden' : undefined } as CSSProperties}
          >
            <PacketChip frame={frame} quiet={quiet} compact={compact} />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

/**
 * Runs `write` once the envelopes placed in this task are all placed (a microtask: before the frame is
 * painted), so their reads (sizes, boxes) do not alternate with writes; returns what cancels it, or
 * undoes what it did.
 */
function afterPlacing(write: () => (() => void) | undefined): () => void {
  let undo: (() => void) | undefined;
  let cancelled = false;
  if (!pending.length)
    queueMicrotask(() => {
      const jobs = pending;
      pending = [];
      for (const job of jobs) job();
    });
  pending.push(() => {
    if (!cancelled) undo = write();
  });
  return () => {
    cancelled = true;
    undo?.();
  };
}
let pending: (() => void)[] = [];

/** How long one task of afterPaint's jobs may run before it yields (to a click, a frame), in ms. */
const SLICE_MS = 8;

/**
 * Runs `job` once the next frame is painted, in tasks of their own of at most about SLICE_MS each (a
 * click or a frame goes first), unless cancelled first. Returns what cancels it, or undoes what it did.
 */
function afterPaint(job: () => (() => void) | undefined): () => void {
  let undo: (() => void) | undefined;
  let jobs = waiting;
  if (!jobs) {
    // A set, so that a job cancelled before it ran is gone at once (a hidden tab paints no frame while
    // a playback goes on stepping).
    const fresh = new Set<PaintJob>();
    jobs = waiting = fresh;
    requestAnimationFrame(() => {
      // Jobs of a later step wait for its own frame.
      waiting = undefined;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const end = performance.now() + SLICE_MS;
        for (const next of fresh) {
          if (performance.now() >= end) break;
          fresh.delete(next);
          next();
        }
        if (fresh.size) channel.port2.postMessage(null);
        else channel.port1.close();
      };
      channel.port2.postMessage(null);
    });
  }
  const batch = jobs;
  const run: PaintJob = () => {
    undo = job();
  };
  batch.add(run);
  return () => {
    batch.delete(run);
    undo?.();
  };
}
type PaintJob = () => void;
let waiting: Set<PaintJob> | undefined;

/** The trip started last with its step (not after it): the ones started after keep time with it. */
let lead: Animation | undefined;

/**
 * The envelope's loop: along the wire over [from, to] of it, then aside to rest (hidden before,
 * resting after), its leader line shown once it rests; in step with `keep` if given (started later,
 * it takes the same start time). Returns what stops it.
 */
function trip(
  el: HTMLElement,
  leader: SVGPathElement | null,
  pts: Point[],
  restAt: string,
  late: boolean,
  handsOver: boolean,
  keep?: Animation,
): () => void {
  const end = pts.at(-1)!;
  const [from, to] = late ? [0.45, 0.85] : [0, 0.45];
  const frames: Keyframe[] = [];
  if (from > 0) frames.push({ offset: 0, opacity: 0, transform: `translate(${pts[0].x}px, ${pts[0].y}px)` });
  // A point the motion passes anyway (within half a pixel, moving evenly between its neighbours) is
  // no keyframe: a straight wire is two, and a flood's hundred envelopes cost the browser less.
  for (const i of keyPoints(pts, 0.5))
    frames.push({
      offset: from + ((to - from) * i) / (pts.length - 1),
      opacity: 1,
      transform: `translate(${pts[i].x}px, ${pts[i].y}px)`,
    });
  if (handsOver) {
    frames.push({ offset: to + 0.02, opacity: 0, transform: `translate(${end.x}px, ${end.y}px)` });
    frames.push({ offset: 1, opacity: 0, transform: restAt });
  } else {
    frames.push({ offset: to + 0.06, opacity: 1, transform: restAt });
    frames.push({ offset: 1, opacity: 1, transform: restAt });
  }
  const loop = { duration: TRIP_MS, iterations: Number.POSITIVE_INFINITY };
  const anim = el.animate(frames, loop);
  const tie = leader?.animate(
    [
      { offset: 0, opacity: 0 },
      { offset: to + 0.04, opacity: 0 },
      { offset: to + 0.06, opacity: handsOver ? 0 : 1 },
      { offset: 1, opacity: handsOver ? 0 : 1 },
    ],
    loop,
  );
  if (keep) {
    // Its start time is known once it has begun (a frame or two after it was made).
    const align = () => {
      if (keep.startTime === null || anim.playState === 'idle') return;
      anim.startTime = keep.startTime;
      if (tie) tie.startTime = keep.startTime;
    };
    if (keep.startTime !== null) align();
    else keep.ready.then(align, () => {});
  } else lead = anim;
  return () => {
    anim.cancel();
    tie?.cancel();
  };
}
