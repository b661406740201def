// A network namespace as a box around its bridges and ports; the host's root namespace is the
// frame around everything. Routes (main table) are listed at the bottom. The round handle in the
// header starts a connection: drag it onto another box or a bridge to create a veth pair.

import { Handle, type NodeProps, Position } from '@xyflow/react';
import { useT } from '../i18n/index.ts';
import { PolicyBadge, ServiceCards } from '../k8s/lazy.tsx';
import { type NetnsNode as NetnsNodeType, SIZE, SVC_LINE } from '../layout.ts';
import { SendMenuTrigger } from '../step/SendMenu.tsx';
import { useNear } from './detail.ts';

export function NetnsNode({ data }: NodeProps<NetnsNodeType>) {
  const { name, host, routes, ipForward, role, routesAt, headerLines, svcLines } = data;
  const t = useT();
  const near = useNear();
  const label = host ? t('step.host') : name;
  // Zoomed out (a big lab at fit-view): only the name, drawn large enough to read (styles.css sizes
  // it from the zoom), and the handle the far view's wires start from. Cheap for 1,000 boxes.
  if (!near && !host)
    return (
      <div
        className={`netns netns-far role-${role?.role ?? 'netns'}`}
        data-testid={`netns:${name}`}
        title={name}
      >
        <span className="netns-name">{name}</span>
        <Handle id="connect" type="source" position={Position.Right} className="connect-handle" />
      </div>
    );
  return (
    <div
      className={host ? 'netns netns-host' : `netns role-${role?.role ?? 'netns'}`}
      data-testid={host ? 'netns:host' : `netns:${name}`}
    >
      <div
        className={headerLines === 2 ? 'netns-head two' : svcLines ? 'netns-head svcs' : 'netns-head'}
        style={svcLines ? { height: SIZE.header + svcLines * SVC_LINE } : undefined}
      >
        <span className="netns-name">{label}</span>
        <SendMenuTrigger ns={name} />
        <span className="netns-tags">
          <span className="tag">{host ? t('role.root') : t(`role.${role?.role ?? 'netns'}`)}</span>
          {ipForward && (
            <span className="tag tag-accent" title="net.ipv4.ip_forward = 1">
              {t('role.forwarding')}
            </span>
          )}
          {role?.containers?.length ? (
            <span className="tag" title={t('role.pod.containers')}>
              {role.containers.join(' · ')}
            </span>
          ) : null}
        </span>
        {host && <ServiceCards />}
        <Handle
          id="connect"
          type="source"
          position={Position.Right}
          className="connect-handle"
          data-testid={`connect:${host ? 'host' : name}`}
          title={t('canvas.connectHint')}
        />
      </div>
      {role?.role === 'pod' && <PolicyBadge netns={name} />}
      {near && routes.length > 0 && (
        <div
          className={routesAt ? 'netns-routes netns-routes-at' : 'netns-routes'}
          style={routesAt ? { left: routesAt.x, top: routesAt.y } : undefined}
        >
          <div className="netns-routes-title">{t('canvas.routes')}</div>
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
