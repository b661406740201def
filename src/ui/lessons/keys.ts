// The course's localStorage keys (progress.ts keeps the progress, visit.ts reads whether it exists).

export const PROGRESS_KEY = 'netns-lab.lessons.v1';
