// The palette: drag an item onto the canvas (a namespace anywhere, a bridge into a namespace, a
// macvlan onto its parent interface). Enter or a click adds namespaces and bridges without a mouse.

import './editor.css';
import { useDoc } from '../doc/docStore.ts';
import { useEditor } from '../doc/editorStore.ts';
import { parseNodeId } from '../doc/intents.ts';
import { useT } from '../i18n/index.ts';
import { k8sId } from '../k8s/cluster.ts';
import { PALETTE_ITEMS, PALETTE_MIME, type PaletteItem, selectionChosen } from './palette-items.ts';

const ICONS: Record<PaletteItem, string> = {
  container: '▢',
  docker: '◫',
  pod: '▣',
  k8s: '☸',
  node: '▤',
  bridge: '═',
  router: '⇄',
  outside: '☁',
  macvlan: '⋔',
};

export function Palette() {
  const t = useT();
  const add = (kind: PaletteItem) => {
    // A Kubernetes object is made in the inspector's form, applied with kubectl from there.
    if (kind === 'k8s') {
      useEditor.getState().select(k8sId('Pod'));
      return;
    }
    // Without a drop point: a bridge goes on the host, or into the namespace the user selected (not
    // one the editor selected because it was just added); a macvlan onto the selected port.
    const sel = useEditor.getState().selected;
    const target = sel ? parseNodeId(sel) : undefined;
    const onNode =
      (kind === 'container' || kind === 'pod') &&
      target &&
      selectionChosen() &&
      useDoc.getState().doc.roles[target.netns]?.role === 'node';
    const under = onNode
      ? `netns:${target.netns}`
      : kind === 'bridge' && target && selectionChosen()
        ? target.netns
          ? `netns:${target.netns}`
          : 'host'
        : kind === 'macvlan'
          ? sel
          : undefined;
    // The target is read at the click; the edit's code comes with the first one.
    void import('./gestures.ts').then((g) => g.dropPaletteItem(kind, under));
  };
  return (
    <nav className="palette" aria-label={t('palette.title')}>
      <h2>{t('palette.title')}</h2>
      {PALETTE_ITEMS.map((kind) => (
        <button
          key={kind}
          type="button"
          className="palette-item"
          draggable
          data-testid={`palette:${kind}`}
          title={t(`palette.${kind}.hint`)}
          onDragStart={(e) => {
            e.dataTransfer.setData(PALETTE_MIME, kind);
            e.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => add(kind)}
        >
          <span className="palette-icon" aria-hidden="true">
            {ICONS[kind]}
          </span>{' '}
          <span className="palette-label">{t(`palette.${kind}`)}</span>
        </button>
      ))}
      <DrawingTools />
      <Legend />
    </nav>
  );
}

/** How the drawing shows: lay it out again (forgetting moved boxes), addresses and MACs on or off. */
function DrawingTools() {
  const t = useT();
  const details = useEditor((s) => s.details);
  const moved = useDoc((s) => Object.keys(s.doc.positions).length > 0);
  return (
    <div className="palette-tools">
      <button
        type="button"
        className="btn palette-tool"
        disabled={!moved}
        onClick={() => {
          const { doc, setDoc } = useDoc.getState();
          setDoc({ ...doc, positions: {} });
        }}
        data-testid="auto-layout"
        title={t('bar.autoLayout.title')}
      >
        {t('bar.autoLayout')}
      </button>
      <label className="check palette-check">
        <input
          type="checkbox"
          checked={details}
          onChange={(e) => useEditor.getState().set({ details: e.target.checked })}
          data-testid="details"
        />
        {t('bar.details')}
      </label>
    </div>
  );
}

function Legend() {
  const t = useT();
  return (
    <div className="legend" role="note" aria-label={t('canvas.legend')}>
      <span className="legend-item">
        <svg width="36" height="8" aria-hidden="true">
          <line x1="0" y1="4" x2="36" y2="4" className="legend-veth" />
        </svg>
        {t('canvas.legend.veth')}
      </span>
      <span className="legend-item">
        <svg width="36" height="8" aria-hidden="true">
          <line x1="0" y1="4" x2="36" y2="4" className="legend-master" />
        </svg>
        {t('canvas.legend.port')}
      </span>
    </div>
  );
}
