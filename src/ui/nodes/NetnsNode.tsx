// A network namespace as a box around its bridges and ports; the host's root namespace is the
// frame around everything. Routes (main table) are listed at the bottom.

import type { NodeProps } from '@xyflow/react';
import type { NetnsNode as NetnsNodeType } from '../layout.ts';

export function NetnsNode({ data }: NodeProps<NetnsNodeType>) {
  const { name, host, routes, ipForward } = data;
  return (
    <div className={host ? 'netns netns-host' : 'netns'} data-testid={host ? 'netns:host' : `netns:${name}`}>
      <div className="netns-head">
        <span className="netns-name">{host ? 'host' : name}</span>
        <span className="tag">{host ? 'root network namespace' : 'netns'}</span>
        {ipForward && (
          <span className="tag tag-accent" title="net.ipv4.ip_forward = 1">
            forwarding
          </span>
        )}
      </div>
      {routes.length > 0 && (
        <div className="netns-routes">
          <div className="netns-routes-title">ip route</div>
          {routes.map((r) => (
            <div className="route" key={r} title={r}>
              {r}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
