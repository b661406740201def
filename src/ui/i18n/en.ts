// English UI strings. Keys are grouped by the part of the UI that shows them.

export const en = {
  'app.tagline': 'Linux container networking, simulated',
  'app.language': 'Language',
  'status.idle': 'idle',
  'status.running': 'running',
  'status.error': 'error',
  'status.ready': '{namespaces} namespaces · {links} links · t = {time} ms',
  'transcript.title': 'Transcript',
  'transcript.meta': '{source} · {commands} commands',
  'canvas.starting': 'Starting the engine…',
  'canvas.failed': 'The engine failed: {error}',
};
