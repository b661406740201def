// A Linux bridge: a switch inside its namespace, drawn as a bar above the ports enslaved to it.

import { Handle, type NodeProps, Position } from '@xyflow/react';
import { useT } from '../i18n/index.ts';
import { type BridgeNode as BridgeNodeType, bridgePortHandle } from '../layout.ts';
import { CardHandles } from './CardHandles.tsx';
import { useShowDetails } from './detail.ts';
import { StateBadge } from './StateBadge.tsx';

export function BridgeNode({ data }: NodeProps<BridgeNodeType>) {
  const { link, netns, ports } = data;
  const details = useShowDetails();
  const t = useT();
  return (
    <div className="card bridge" data-testid={`bridge:${netns}:${link.name}`}>
      <CardHandles />
      {ports.map((p) => (
        <Handle
          key={p.name}
          id={bridgePortHandle(p.name)}
          type="source"
          position={Position.Bottom}
          isConnectable={false}
          className="lab-handle"
          style={{ left: p.x }}
        />
      ))}
      <div className="card-head">
        <span className="card-name">{link.name}</span>
        <span className="card-kind">bridge</span>
        <span className="card-ports">
          {t((data.count ?? ports.length) === 1 ? 'canvas.portOne' : 'canvas.ports', {
            n: data.count ?? ports.length,
          })}
        </span>
        <StateBadge link={link} />
      </div>
      {details &&
        link.addrs.map((a) => (
          <div className="card-line" key={a}>
            <span className="card-key">inet</span>
            {a}
          </div>
        ))}
      {details && (
        <div className="card-line card-mac">
          <span className="card-key">ether</span>
          {link.mac}
        </div>
      )}
    </div>
  );
}
