// The topology canvas: React Flow over the deterministic layout of the latest snapshot.

import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  type EdgeTypes,
  type NodeTypes,
  Panel,
  ReactFlow,
  useNodesState,
} from '@xyflow/react';
import { useMemo } from 'react';
import type { TopologySnapshot } from '../engine/snapshot.ts';
import { LinkEdge } from './edges/LinkEdge.tsx';
import { type LabNode, layoutTopology } from './layout.ts';
import { BridgeNode } from './nodes/BridgeNode.tsx';
import { NetnsNode } from './nodes/NetnsNode.tsx';
import { PortNode } from './nodes/PortNode.tsx';
import { useLab } from './store.ts';

const nodeTypes: NodeTypes = { netns: NetnsNode, port: PortNode, bridge: BridgeNode };
const edgeTypes: EdgeTypes = { link: LinkEdge };

export function Topology() {
  const snapshot = useLab((s) => s.snapshot);
  const status = useLab((s) => s.status);
  const error = useLab((s) => s.error);
  const revision = useLab((s) => s.revision);
  if (!snapshot) {
    return (
      <div className="canvas-empty" data-testid="topology-empty">
        {status === 'error' ? `The engine failed: ${error}` : 'Starting the engine…'}
      </div>
    );
  }
  // Each run is a new drawing: remount so the nodes start from its layout and the view fits it.
  return <Canvas key={revision} snapshot={snapshot} />;
}

function Canvas({ snapshot }: { snapshot: TopologySnapshot }) {
  const drawing = useMemo(() => layoutTopology(snapshot), [snapshot]);
  // Nodes are draggable, so React Flow owns their positions after the first layout.
  const [nodes, , onNodesChange] = useNodesState<LabNode>(drawing.nodes);
  return (
    <div className="canvas" data-testid="topology">
      <ReactFlow
        nodes={nodes}
        edges={drawing.edges}
        onNodesChange={onNodesChange}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        colorMode="system"
        connectionMode={ConnectionMode.Loose}
        nodesConnectable={false}
        edgesFocusable={false}
        onlyRenderVisibleElements
        fitView
        fitViewOptions={{ padding: 0.06 }}
        minZoom={0.1}
        maxZoom={2.5}
      >
        <Background variant={BackgroundVariant.Dots} gap={22} size={1.2} />
        <Controls showInteractive={false} position="top-left" orientation="horizontal" />
        <Panel position="top-right" className="legend" aria-label="legend">
          <span className="legend-item">
            <svg width="28" height="8" aria-hidden="true">
              <line x1="0" y1="4" x2="28" y2="4" className="legend-veth" />
            </svg>
            veth pair
          </span>
          <span className="legend-item">
            <svg width="28" height="8" aria-hidden="true">
              <line x1="0" y1="4" x2="28" y2="4" className="legend-master" />
            </svg>
            bridge port
          </span>
        </Panel>
      </ReactFlow>
    </div>
  );
}
