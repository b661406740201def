// An interface of a namespace: name, kind, state, IPv4 addresses and MAC.

import type { NodeProps } from '@xyflow/react';
import { useT } from '../i18n/index.ts';
import type { PortNode as PortNodeType } from '../layout.ts';
import { CardHandles } from './CardHandles.tsx';
import { useShowDetails } from './detail.ts';
import { StateBadge } from './StateBadge.tsx';

export function PortNode({ data }: NodeProps<PortNodeType>) {
  const { link, netns } = data;
  const kind = link.kind === 'loopback' ? 'loopback' : link.kind;
  const details = useShowDetails();
  const t = useT();
  return (
    <div className={`card port kind-${link.kind}`} data-testid={`port:${netns}:${link.name}`}>
      <CardHandles />
      <div className="card-head">
        <span className="card-name">{link.name}</span>
        {!link.vxlan && <span className="card-kind">{kind}</span>}
        <StateBadge link={link} />
      </div>
      {link.vxlan && (
        <div className="card-line card-vxlan" title={`vxlan id ${link.vxlan.vni} dstport ${link.vxlan.port}`}>
          <span className="card-key">vxlan</span>
          {`id ${link.vxlan.vni}`}
        </div>
      )}
      {/* The remote VTEPs (its default remote, or its FDB's) on a line of their own, read whole: keyed
          "peer", as the device's own address is its node's (a bare "VTEP" read as this end's). */}
      {link.vxlan && link.vxlan.vteps.length > 0 && (
        <div
          className="card-line card-vxlan"
          title={t('canvas.vtepPeers', { vteps: link.vxlan.vteps.join(', ') })}
        >
          <span className="card-key">peer</span>
          {link.vxlan.vteps.join(', ')}
        </div>
      )}
      {details &&
        link.addrs.map((a) => (
          <div className="card-line" key={a}>
            <span className="card-key">inet</span>
            {a}
          </div>
        ))}
      {details && link.kind !== 'loopback' && (
        <div className="card-line card-mac">
          <span className="card-key">ether</span>
          {link.mac}
        </div>
      )}
    </div>
  );
}
