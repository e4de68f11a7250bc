import * as web from 'node:stream/web';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom's window lacks what a browser has and the pane's .xlsx reader uses (text codecs,
// streams, DecompressionStream); imported first by a jsdom test that reads workbooks.
// (Node's own typings of this version do not list DecompressionStream, which Node 20 has.)
const streams = web as unknown as Record<string, unknown>;
Object.assign(globalThis, {
  TextDecoder,
  TextEncoder,
  DecompressionStream: streams.DecompressionStream,
  ReadableStream: streams.ReadableStream,
  TransformStream: streams.TransformStream,
  WritableStream: streams.WritableStream,
});

// jsdom's Blob (so File) has no arrayBuffer(), which every browser's has: read through its FileReader.
if (typeof Blob !== 'undefined' && typeof Blob.prototype.arrayBuffer !== 'function') {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}
