// The inspector: whatever is selected on the canvas, with its settings as fields. Each change is
// an edit (doc/engine.ts), so the engine decides; a refused edit shows the engine's own message.

import type { LinkSnapshot, NetnsSnapshot } from '../../engine/snapshot.ts';
import { useEditor } from '../doc/editorStore.ts';
import { parseNodeId } from '../doc/intents.ts';
import { useT } from '../i18n/index.ts';
import { clusterOf, k8sId, parseK8sId } from '../k8s/cluster.ts';
import { K8sInspector } from '../k8s/lazy.tsx';
import { CourseOffer } from '../lessons/lazy.tsx';
import { useLab } from '../store.ts';
import { LinkInspector, NetnsInspector, Suspense } from './lazy.tsx';
import { RefusedNote } from './RefusedNote.tsx';

export function Inspector() {
  const selected = useEditor((s) => s.selected);
  const snapshot = useLab((s) => s.snapshot);
  const t = useT();
  const target = selected ? parseNodeId(selected) : undefined;
  const k8s = parseK8sId(selected);
  // A Pod kubectl made: its form and manifest are one click away.
  const pod =
    target?.kind === 'netns' ? clusterOf(snapshot)?.pods.find((p) => p.netns === target.netns) : undefined;
  const ns: NetnsSnapshot | undefined = target && snapshot?.namespaces.find((n) => n.name === target.netns);
  const link: LinkSnapshot | undefined =
    target?.kind === 'link' ? ns?.links.find((l) => l.name === target.name) : undefined;
  return (
    <section className="inspector" aria-label={t('inspector.title')} data-testid="inspector">
      <RefusedNote />
      {k8s ? (
        <Suspense fallback={null}>
          <K8sInspector key={selected} target={k8s} />
        </Suspense>
      ) : !ns || (target?.kind === 'link' && !link) ? (
        <>
          <CourseOffer />
          <p className="insp-empty">{t('inspector.empty')}</p>
          <p className="insp-empty">{t('palette.help')}</p>
        </>
      ) : (
        <Suspense fallback={null}>
          {pod && !link && (
            <button
              type="button"
              className="btn k8s-open"
              data-testid="k8s-open-pod"
              onClick={() =>
                useEditor
                  .getState()
                  .select(pod.owner ? k8sId('Deployment', pod.owner) : k8sId('Pod', pod.name))
              }
            >
              {pod.owner ? t('k8s.deployOf', { name: pod.owner }) : t('k8s.podOf', { name: pod.name })}
            </button>
          )}
          {link ? (
            <LinkInspector key={`${ns.name}:${link.name}`} ns={ns} link={link} />
          ) : (
            <NetnsInspector key={ns.name} ns={ns} />
          )}
        </Suspense>
      )}
    </section>
  );
}
