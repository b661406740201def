// The course's localStorage keys (progress.ts keeps the progress, visit.ts reads whether it exists)
// and the link that opens a lesson.

export const PROGRESS_KEY = 'netns-lab.lessons.v1';

/** A link to a lesson: `#lesson=<id>`. */
export const LESSON_PREFIX = '#lesson=';
