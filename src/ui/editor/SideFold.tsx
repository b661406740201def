// The side panel's fold button (a tab on its left edge) and, folded, the rail that opens it again.

import { useEditor } from '../doc/editorStore.ts';
import { useT } from '../i18n/index.ts';
import { isFolded, useSide } from './side.ts';

/** Whether the side panel is folded now (the user's choice, or the drawing's need: side.ts). */
export function useSideFolded(): boolean {
  const choice = useSide((s) => s.choice);
  const needs = useSide((s) => s.needsRoom);
  const selected = useEditor((s) => s.selected);
  return isFolded({ choice, needsRoom: needs }, selected);
}

export function SideFold({ folded }: { folded: boolean }) {
  const t = useT();
  const choose = useSide((s) => s.choose);
  if (!folded) {
    return (
      <button
        type="button"
        className="side-fold"
        data-testid="side-fold"
        aria-label={t('side.fold')}
        title={t('side.fold')}
        aria-expanded="true"
        onClick={() => choose('folded')}
      >
        ›
      </button>
    );
  }
  return (
    <div className="side-rail" data-testid="side-rail">
      <button
        type="button"
        className="side-unfold"
        data-testid="side-unfold"
        aria-label={t('side.unfold')}
        title={t('side.unfold')}
        aria-expanded="false"
        onClick={() => choose('open')}
      >
        <span aria-hidden="true">‹</span>
        <span className="side-rail-label">{t('side.rail')}</span>
      </button>
    </div>
  );
}
