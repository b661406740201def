// The palette: drag an item onto the canvas (a namespace anywhere, a bridge into a namespace, a
// macvlan onto its parent interface). Enter or a click adds namespaces and bridges without a mouse.

import './editor.css';
import { useEditor } from '../doc/editorStore.ts';
import { parseNodeId } from '../doc/intents.ts';
import { useT } from '../i18n/index.ts';
import { dropPaletteItem, PALETTE_ITEMS, PALETTE_MIME, type PaletteItem } from './gestures.ts';

const ICONS: Record<PaletteItem, string> = {
  container: '▢',
  pod: '▣',
  bridge: '═',
  router: '⇄',
  outside: '☁',
  macvlan: '⋔',
};

export function Palette() {
  const t = useT();
  const add = (kind: PaletteItem) => {
    // Without a drop point: into the selected namespace (bridge), onto the selected port (macvlan).
    const sel = useEditor.getState().selected;
    const target = sel ? parseNodeId(sel) : undefined;
    const under =
      kind === 'bridge' && target
        ? target.netns
          ? `netns:${target.netns}`
          : 'host'
        : kind === 'macvlan'
          ? sel
          : undefined;
    void dropPaletteItem(kind, under);
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
          </span>
          {t(`palette.${kind}`)}
        </button>
      ))}
      <p className="palette-help">{t('palette.help')}</p>
    </nav>
  );
}
