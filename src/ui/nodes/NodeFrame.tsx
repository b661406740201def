// A node (a machine of the lab, layout-nodes.ts): drawn like a namespace, as a frame around its own
// bridges and devices and the containers that live on it, styled as a machine of its own.

import type { NodeProps } from '@xyflow/react';
import type { MachineNode, NetnsNode as NetnsNodeType } from '../layout.ts';
import { NetnsNode } from './NetnsNode.tsx';
import './node-frame.css';

export function NodeFrame(props: NodeProps<MachineNode>) {
  return <NetnsNode {...(props as unknown as NodeProps<NetnsNodeType>)} />;
}
