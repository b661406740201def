// The topology canvas: React Flow over the layout of the latest snapshot, with the document's saved
// positions. It is also the editor's surface: drop palette items on it, drag a namespace's handle
// onto another box or a bridge to connect them, select anything to inspect it.

import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  type EdgeTypes,
  type FinalConnectionState,
  type NodeTypes,
  type OnSelectionChangeParams,
  ReactFlow,
  ReactFlowProvider,
  useNodesState,
  useReactFlow,
  useStore,
  useStoreApi,
} from '@xyflow/react';
import {
  type DragEvent,
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import type { TopologySnapshot } from '../engine/snapshot.ts';
import { setPositions, useDoc } from './doc/docStore.ts';
import { useEditor } from './doc/editorStore.ts';
import { parseNodeId } from './doc/intents.ts';
import { LinkEdge } from './edges/LinkEdge.tsx';
import { PALETTE_MIME } from './editor/palette-items.ts';
import { isFolded, needsRoom, RAIL_W, sideWidth, useSide } from './editor/side.ts';
import { useTheme } from './editor/theme.ts';
import { FAR_ID, FarHint, FarPicture } from './FarLayer.tsx';
import { BIG_LAB, boxCount, keptBoxes, sparse, stickyHeld, viewKey, withHeld } from './farLayer.ts';
import { FAR_ZOOM, farView } from './farView.ts';
import { useLang, useT, withEnglish } from './i18n/index.ts';
import { parseK8sId } from './k8s/cluster.ts';
import { type LabEdge, type LabNode, layoutTopology, type TopologyDrawing } from './layout.ts';
import { BridgeNode } from './nodes/BridgeNode.tsx';
import { NetnsNode } from './nodes/NetnsNode.tsx';
import { NodeFrame } from './nodes/NodeFrame.tsx';
import { PortNode } from './nodes/PortNode.tsx';
import { LayoutPending } from './rows.ts';
import { stepActions } from './step/later.ts';
import { StepOverlay } from './step/lazy.tsx';
import { useStep } from './step/store.ts';
import { useLab } from './store.ts';

/** Fitting leaves a thin margin (pixels, so a small canvas keeps its zoom) and never blows a small lab up. */
const FIT = { padding: '12px', maxZoom: 1.25 } as const;
const nodeTypes: NodeTypes = { netns: NetnsNode, node: NodeFrame, port: PortNode, bridge: BridgeNode };
const edgeTypes: EdgeTypes = { link: LinkEdge };
const EMPTY: TopologyDrawing = { nodes: [], edges: [], width: 0, height: 0 };

// The keyboard's list of a big lab's namespaces and its ring (FarKeys.tsx) come with the first big lab.
const farKeys = () => withEnglish(import('./FarKeys.tsx'));
const FarKeys = lazy(() => farKeys().then((m) => ({ default: m.FarKeys })));
const FarRing = lazy(() => farKeys().then((m) => ({ default: m.FarRing })));

export function Topology() {
  const snapshot = useLab((s) => s.snapshot);
  const status = useLab((s) => s.status);
  const error = useLab((s) => s.error);
  const epoch = useEditor((s) => s.epoch);
  const t = useT();
  if (!snapshot) {
    return (
      <div className="canvas-empty" data-testid="topology-empty">
        {status === 'error' ? t('canvas.failed', { error: error ?? '' }) : t('canvas.starting')}
      </div>
    );
  }
  // A newly opened document is a new drawing: remount so the view fits it. Edits keep the view.
  return (
    <ReactFlowProvider key={epoch} fitView initialFitViewOptions={FIT}>
      <Canvas snapshot={snapshot} epoch={epoch} />
    </ReactFlowProvider>
  );
}

/** The innermost drawing node under a screen point (a card before the namespace around it). */
export function nodeIdAt(x: number, y: number): string | undefined {
  for (const el of document.elementsFromPoint(x, y)) {
    const node = el.closest('.react-flow__node');
    const id = node?.getAttribute('data-id') ?? el.closest(`[${FAR_ID}]`)?.getAttribute(FAR_ID);
    if (id) return id;
  }
  return undefined;
}

const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));

/** `xs`, each replaced by the earlier object of its id when that one says exactly the same. */
function reuse<T extends { id: string }>(xs: T[], before: Map<string, T>): T[] {
  if (!before.size) return xs;
  return xs.map((x) => {
    const old = before.get(x.id);
    // The same object (most of a big lab's, from one step to the next) needs no comparing.
    return old && (old === x || JSON.stringify(old) === JSON.stringify(x)) ? old : x;
  });
}

function markSelected(nodes: LabNode[], id: string | undefined): LabNode[] {
  let changed = false;
  const out = nodes.map((n) => {
    if (!!n.selected === (n.id === id)) return n;
    changed = true;
    return { ...n, selected: n.id === id };
  });
  return changed ? out : nodes;
}

/** `epoch`: the editor's, which moves when a document is opened (tests wait for a new one by it). */
function Canvas({ snapshot, epoch }: { snapshot: TopologySnapshot; epoch: number }) {
  const positions = useDoc((s) => s.doc.positions);
  const roles = useDoc((s) => s.doc.roles);
  const select = useEditor((s) => s.select);
  const theme = useTheme((s) => s.theme);
  const { fitView } = useReactFlow();
  const t = useT();
  const lang = useLang((s) => s.lang);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the labels change with the language
  const ariaLabels = useMemo(
    () => ({
      'controls.zoomIn.ariaLabel': t('canvas.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas.fit'),
      'controls.ariaLabel': t('canvas.controls'),
    }),
    [lang],
  );
  // A lab that needs dagre (rows.ts) is drawn once it has loaded; until then the last drawing stays.
  const [loaded, relayout] = useReducer((n: number) => n + 1, 0);
  const last = useRef<TopologyDrawing>(EMPTY);
  // A big lab just opened is laid out in a task of its own (the last drawing stays until then), not
  // in the task that brings its snapshot, which also draws the rest of the page. An edit (at most a
  // namespace more or less) is laid out at once: a task more would only make it wait longer.
  const laidCount = useRef<number>(undefined);
  const n = snapshot.namespaces.length;
  const deferred = n > BIG_LAB && (laidCount.current === undefined || Math.abs(n - laidCount.current) > 1);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new object for each new set of inputs
  const inputs = useMemo(() => ({}), [snapshot, positions, roles, lang]);
  const early = useRef<{ inputs: object; drawing?: TopologyDrawing; error?: unknown }>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `inputs` stands for them
  const lay = useCallback(() => layoutTopology(snapshot, { positions, roles, lang }), [inputs]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `loaded` asks for the layout again
  const full = useMemo(() => {
    const made = early.current?.inputs === inputs ? early.current : undefined;
    if (made?.error) throw made.error;
    if (deferred && !made) return last.current;
    try {
      last.current = made?.drawing ?? lay();
      laidCount.current = n;
    } catch (e) {
      if (!(e instanceof LayoutPending)) throw e;
      void e.ready.then(relayout);
    }
    return last.current;
  }, [inputs, lay, deferred, loaded]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `loaded` (dagre came) asks for it again
  useEffect(() => {
    if (!deferred || early.current?.inputs === inputs) return;
    const id = setTimeout(() => {
      try {
        early.current = { inputs, drawing: lay() };
      } catch (e) {
        // A lab that needs dagre (rows.ts) is drawn once it has loaded.
        if (e instanceof LayoutPending) return void e.ready.then(relayout);
        early.current = { inputs, error: e };
      }
      relayout();
    }, 0);
    return () => clearTimeout(id);
  }, [deferred, inputs, lay, loaded]);
  // A big lab (farLayer.ts): React Flow holds the namespaces that matter now and those near the
  // viewport; the others are one picture (FarLayer.tsx). A small one is all nodes, without the
  // interface cards when zoomed out (farView.ts).
  const count = useMemo(() => boxCount(full), [full]);
  const big = count > BIG_LAB;
  // A namespace added or removed changes the picture: fit it again (edits inside boxes keep the view).
  const boxes = full.nodes
    .filter((n) => n.type === 'netns' || n.type === 'node')
    .map((n) => n.id)
    .join('\n');
  const [fitted, setFitted] = useState(boxes);
  useEffect(() => {
    if (boxes === fitted) return;
    const done = () => setFitted(boxes);
    const id = requestAnimationFrame(() => void fitView(FIT).then(done, done));
    return () => cancelAnimationFrame(id);
  }, [boxes, fitted, fitView]);
  // Until it is fitted a big lab is far: the view is still the last lab's (zoom 1 on a new page), and
  // React Flow would draw the real boxes of a window there, only to drop them a frame later.
  const unfitted = boxes !== fitted;
  // Nor is it shown while the view is zoomed in far past the new drawing's fit (a big lab opened over a
  // small one; not a namespace more or less): painted once there, its picture (a hundred thousand
  // pixels wide) left the viewport's layer rasterizing for a second after the fit, holding back every
  // frame (a pan at 35 fps, the next lab unpainted for a second).
  const hidden = useStore(
    (s) => big && unfitted && s.transform[2] > 2 * Math.min(s.width / full.width, s.height / full.height),
  );
  const view = useStore((s) =>
    big
      ? unfitted || s.fitViewQueued
        ? 'far'
        : viewKey(true, s.transform, s.width, s.height)
      : s.transform[2] < FAR_ZOOM
        ? 'far'
        : 'all',
  );
  const selected = useEditor((s) => s.selected);
  const marks = useStep((s) =>
    big
      ? [...keptBoxes(undefined, [...Object.keys(s.highlight.nodes), ...Object.keys(s.highlight.edges)])]
          .sort()
          .join('\n')
      : '',
  );
  // The picture depends on the view and the selection only; the step's namespaces are added over it
  // (withHeld), so a step redraws neither the picture nor React Flow's other nodes.
  const picture = useMemo(
    () =>
      big
        ? sparse(full, view, keptBoxes(selected, []), selected)
        : { drawing: view === 'far' ? farView(full, selected) : full, boxes: [], wires: [] },
    [full, big, view, selected],
  );
  // The boxes recent steps held stay held a while (stickyHeld): the order is the ref's, oldest first.
  const sticky = useRef<string[]>([]);
  const stepping = useStep((s) => big && s.at !== undefined);
  // The next step's boxes too, built at low priority once this step is drawn (a click comes first).
  const ahead = useDeferredValue(
    useStep((s) => (big && s.at !== undefined ? [...keptBoxes(undefined, s.ahead)].sort().join('\n') : '')),
  );
  const held = useMemo(() => {
    const now = [...new Set([...(marks ? marks.split('\n') : []), ...(ahead ? ahead.split('\n') : [])])];
    sticky.current = stickyHeld(sticky.current, stepping ? now : undefined);
    return [...sticky.current].sort().join('\n');
  }, [marks, ahead, stepping]);
  const fresh = useMemo(
    () => (held ? withHeld(picture, held.split('\n')) : picture.drawing),
    [picture, held],
  );
  // A node or wire the edit did not change keeps its object, so React Flow does not draw it again:
  // one edit on a 1,000-namespace lab redraws the boxes it touched, not all of them.
  const kept = useRef({ nodes: new Map<string, LabNode>(), edges: new Map<string, LabEdge>() });
  const drawing = useMemo(() => {
    const nodes = reuse(fresh.nodes, kept.current.nodes);
    const edges = reuse(fresh.edges, kept.current.edges);
    kept.current = { nodes: byId(nodes), edges: byId(edges) };
    return { ...fresh, nodes, edges };
  }, [fresh]);
  // React Flow owns positions while dragging; a new drawing (an edit, undo) replaces them.
  const [nodes, setNodes, onNodesChange] = useNodesState<LabNode>(drawing.nodes);
  useEffect(() => {
    setNodes(markSelected(drawing.nodes, useEditor.getState().selected));
  }, [drawing, setNodes]);
  // A selection made by the editor (a new box, a renamed port) reaches React Flow here; one made
  // on the canvas comes back through onSelectionChange. Unchanged arrays stop the round trip.
  useEffect(
    () =>
      useEditor.subscribe(
        (st, prev) =>
          st.selected !== prev.selected &&
          // A namespace of the far layer's picture is not a node yet: the drawing made for the new
          // selection holds it, selected (deselecting the old one here would select nothing).
          setNodes((ns) =>
            st.selected === undefined || ns.some((n) => n.id === st.selected)
              ? markSelected(ns, st.selected)
              : ns,
          ),
      ),
    [setNodes],
  );

  // Until the user pans or zooms, the view keeps fitting the drawing as the canvas changes size (the
  // dock or a panel opens or closes, the window is resized).
  const autoFit = useRef(true);
  const box = useRef<HTMLDivElement>(null);
  // The zoom as a CSS variable: text that must stay legible when zoomed out is sized from it
  // (styles.css), with no React render per frame of a zoom.
  const store = useStoreApi();
  useEffect(() => {
    const set = (z: number) => box.current?.style.setProperty('--zoom', String(z));
    set(store.getState().transform[2]);
    return store.subscribe((s, prev) => {
      if (s.transform[2] !== prev.transform[2]) set(s.transform[2]);
    });
  }, [store]);
  // Whether the side panel should fold for this drawing (editor/side.ts): measured for the canvas
  // the panel leaves when open, whichever way it is now.
  const size = useRef(full);
  size.current = full;
  const measureRoom = useCallback(() => {
    const el = box.current;
    if (!el?.clientWidth) return;
    const gain = sideWidth(window.innerWidth) - RAIL_W;
    const folded = isFolded(useSide.getState(), useEditor.getState().selected);
    const open = el.clientWidth - (folded ? gain : 0);
    const needs = needsRoom(size.current, open, el.clientHeight, gain);
    if (needs !== useSide.getState().needsRoom) useSide.setState({ needsRoom: needs });
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again for each new drawing size
  useEffect(measureRoom, [full.width, full.height, measureRoom]);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let frame = 0;
    const ro = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        measureRoom();
        if (autoFit.current) void fitView(FIT);
      });
    });
    ro.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      ro.disconnect();
    };
  }, [fitView, measureRoom]);

  // React Flow requires this handler to be stable, or it re-subscribes on every render (a loop).
  const onSelectionChange = useCallback(
    ({ nodes: sel }: OnSelectionChangeParams) => {
      const id = sel[0]?.id;
      const now = useEditor.getState().selected;
      // A Kubernetes object (a Service card, a policy, a form) is no node: React Flow letting go of a
      // node it had selected (a redraw after a language switch) must not close its inspector.
      if (id === undefined && parseK8sId(now)) return;
      if (id !== now) select(id);
    },
    [select],
  );

  const onDrop = (e: DragEvent) => {
    const kind = e.dataTransfer.getData(PALETTE_MIME);
    if (!kind) return;
    e.preventDefault();
    const under = nodeIdAt(e.clientX, e.clientY);
    void import('./editor/gestures.ts').then((g) => g.dropPaletteItem(kind, under));
  };
  const onConnectEnd = (e: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    const from = state.fromNode?.id;
    const p = 'changedTouches' in e ? e.changedTouches[0] : e;
    const to = state.toNode?.id ?? nodeIdAt(p.clientX, p.clientY);
    if (from && to && to !== from) void import('./editor/gestures.ts').then((g) => g.startConnect(from, to));
  };

  // A big lab's namespaces for the keyboard (FarKeys.tsx): before the drawing in the Tab order.
  const fitAll = useCallback(() => {
    autoFit.current = true;
    void fitView(FIT);
  }, [fitView]);
  const holdView = useCallback(() => {
    autoFit.current = false;
  }, []);

  return (
    <div
      className="canvas"
      data-testid="topology"
      data-epoch={epoch}
      data-laid={deferred && early.current?.inputs !== inputs ? 'pending' : 'done'}
      data-unfitted={hidden ? '' : undefined}
      ref={box}
    >
      {big && (
        <Suspense fallback={null}>
          <FarKeys full={full} far={view === 'far'} whole={fitAll} hold={holdView} />
        </Suspense>
      )}
      <ReactFlow
        onDrop={onDrop}
        onDragOver={(e) => e.preventDefault()}
        nodes={nodes}
        edges={drawing.edges}
        onNodesChange={onNodesChange}
        onNodeDragStop={(_, node) => {
          if ((node.type !== 'netns' && node.type !== 'node') || !node.parentId) return;
          const x = Math.max(0, Math.round(node.position.x));
          const y = Math.max(44, Math.round(node.position.y));
          setPositions({ [node.id]: { x, y } });
        }}
        onMove={(event) => {
          // A user's gesture that moved the view (not a fit, not a click that only selects or
          // clears the selection): keep the view they chose.
          if (event) autoFit.current = false;
        }}
        onSelectionChange={onSelectionChange}
        onNodeClick={(_, node) => {
          const target = parseNodeId(node.id);
          if (target) void stepActions().then((a) => a.showTablesOf(target.netns));
        }}
        onConnectEnd={onConnectEnd}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        colorMode={theme}
        connectionMode={ConnectionMode.Loose}
        edgesFocusable={false}
        onlyRenderVisibleElements
        fitView
        fitViewOptions={FIT}
        minZoom={0.05}
        maxZoom={2.5}
        deleteKeyCode={null}
        ariaLabelConfig={ariaLabels}
      >
        <Background variant={BackgroundVariant.Dots} gap={22} size={1.2} />
        <FarPicture boxes={picture.boxes} wires={picture.wires} width={full.width} height={full.height} />
        {view === 'far' && big && <FarHint n={count} />}
        {big && (
          <Suspense fallback={null}>
            <FarRing full={full} />
          </Suspense>
        )}
        <StepOverlay />
        <Controls
          showInteractive={false}
          position="bottom-left"
          fitViewOptions={FIT}
          onFitView={() => {
            autoFit.current = true;
          }}
        />
      </ReactFlow>
    </div>
  );
}
