// In a namespace's inspector: which node (machine) it is on, or, for a node, what is on it and a way
// to put another container there (layout-nodes.ts says how membership follows from the topology).

import type { NetnsSnapshot } from '../../engine/snapshot.ts';
import { useDoc } from '../doc/docStore.ts';
import { useT } from '../i18n/index.ts';
import { nodeMembers } from '../layout-nodes.ts';
import { useLab } from '../store.ts';
import { dropPaletteItem } from './gestures.ts';

export function NodeInfo({ ns }: { ns: NetnsSnapshot }) {
  const t = useT();
  const roles = useDoc((s) => s.doc.roles);
  const snapshot = useLab((s) => s.snapshot);
  if (!snapshot || ns.name === '') return null;
  const members = nodeMembers(snapshot.namespaces.slice(1), roles);
  const own = members.get(ns.name);
  if (own) {
    return (
      <div className="insp-note" data-testid="node-info">
        {own.length ? (
          <p>
            {t('role.node.members')}: {own.map((m) => m.name).join(', ')}
          </p>
        ) : null}
        <button
          type="button"
          className="btn"
          data-testid="node-add-container"
          onClick={() => void dropPaletteItem('container', `netns:${ns.name}`)}
        >
          {t('inspector.node.add')}
        </button>
      </div>
    );
  }
  const node = [...members].find(([, list]) => list.some((m) => m.name === ns.name))?.[0];
  return node ? (
    <p className="insp-note" data-testid="node-info">
      {t('role.node.on', { node })}
    </p>
  ) : null;
}
