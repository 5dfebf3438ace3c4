// Stops the import at the first byte sequence that is not UTF-8, naming its line. Chinese
// spreadsheets are often saved as GBK; parsing such a file as UTF-8 would store mojibake silently.
import { Transform, type TransformCallback } from "node:stream";

export class NotUtf8Error extends Error {
  constructor(readonly line: number) {
    super(`the file is not valid UTF-8 (was it saved as GBK?); save it as UTF-8 and import it again`);
    this.name = "NotUtf8Error";
  }
}

function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

export function createUtf8Guard(): Transform {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let linesBefore = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        // Rare path: find the first replacement character to name the line.
        const text = new TextDecoder("utf-8").decode(chunk);
        const bad = Math.max(0, text.indexOf("\uFFFD"));
        callback(new NotUtf8Error(linesBefore + 1 + countNewlines(Buffer.from(text.slice(0, bad)))));
        return;
      }
      linesBefore += countNewlines(chunk);
      callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      try {
        decoder.decode();
        callback();
      } catch {
        callback(new NotUtf8Error(linesBefore + 1));
      }
    },
  });
}
