// The few globals the engine and shell use that both of their hosts (a Web Worker and Node) provide,
// declared for tsconfig.engine.json, which has neither the DOM, the WebWorker nor the Node types.

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
