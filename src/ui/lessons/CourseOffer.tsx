// The course offered to a first-time visitor, in the browser's language, where the editor's
// inspector would otherwise only say how to start: nothing is covered, so the editor is one click
// away and a returning visitor (a saved lab, a lesson begun, a choice made) does not see it.

import { COURSE } from '../../lessons/course.ts';
import { useT } from '../i18n/index.ts';
import { openCourse } from './actions.ts';
import { markVisited } from './visit.ts';

export function CourseOfferBody({ onDone }: { onDone(): void }) {
  const t = useT();
  const lessons = COURSE.filter((l) => l.def.status === 'ready').length;
  return (
    <div className="course-offer" data-testid="course-offer">
      <strong>{t('offer.title')}</strong>
      <p>{t('offer.text', { lessons })}</p>
      <div className="course-offer-actions">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="offer-start"
          onClick={() => {
            onDone();
            openCourse();
          }}
        >
          {t('offer.start')}
        </button>
        <button
          type="button"
          className="btn"
          data-testid="offer-editor"
          onClick={() => {
            markVisited();
            onDone();
          }}
        >
          {t('offer.editor')}
        </button>
      </div>
    </div>
  );
}
