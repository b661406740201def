// Everything Chinese the UI shows, in one chunk loaded on demand (index.ts, loadLang): the interface
// strings and the trace catalogue. A page in English never downloads it.

export { TRACE_ZH } from './trace.zh.ts';
export { zh } from './zh.ts';
