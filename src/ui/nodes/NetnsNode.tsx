// A network namespace as a box around its bridges and ports; the host's root namespace is the
// frame around everything. Routes (main table) are listed at the bottom. The round handle in the
// header starts a connection: drag it onto another box or a bridge to create a veth pair.

import { Handle, type NodeProps, Position } from '@xyflow/react';
import { useT } from '../i18n/index.ts';
import type { NetnsNode as NetnsNodeType } from '../layout.ts';
import { StepMark } from '../step/CanvasMarks.tsx';
import { SendMenuTrigger } from '../step/SendMenu.tsx';
import { useNear } from './detail.ts';

export function NetnsNode({ id, data }: NodeProps<NetnsNodeType>) {
  const { name, host, routes, ipForward, role } = data;
  const t = useT();
  const near = useNear();
  const label = host ? 'host' : name;
  return (
    <div
      className={host ? 'netns netns-host' : `netns role-${role?.role ?? 'netns'}`}
      data-testid={host ? 'netns:host' : `netns:${name}`}
    >
      <StepMark id={id} />
      <div className="netns-head">
        <span className="netns-name">{label}</span>
        <SendMenuTrigger ns={name} />
        <span className="tag">{host ? 'root network namespace' : t(`role.${role?.role ?? 'netns'}`)}</span>
        {ipForward && (
          <span className="tag tag-accent" title="net.ipv4.ip_forward = 1">
            forwarding
          </span>
        )}
        {role?.containers?.length ? (
          <span className="tag" title={t('role.pod.containers')}>
            {role.containers.join(' · ')}
          </span>
        ) : null}
        <Handle
          id="connect"
          type="source"
          position={Position.Right}
          className="connect-handle"
          data-testid={`connect:${label}`}
          title={t('canvas.connectHint')}
        />
      </div>
      {near && routes.length > 0 && (
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
