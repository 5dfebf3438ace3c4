// The antivirus hook against a tiny clamd started by the test on 127.0.0.1: it speaks INSTREAM
// (4-byte big-endian chunk lengths, a zero length to end) and says FOUND for the EICAR test string.
import { createServer, type Server } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { askClamd, readClamdReply, scanUpload } from "./clamav";
import { cleanUpload } from "./clean-upload";
import { sampleJpeg } from "./testing/sample-files";

const EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
let server: Server;
let port = 0;
const received: Buffer[] = [];

/** Reads the command and the length-prefixed chunks the way clamd does, then answers. */
function fakeClamd(): Server {
  return createServer((socket) => {
    let buffered = Buffer.alloc(0);
    socket.on("data", (data) => {
      buffered = Buffer.concat([buffered, data]);
      const command = "zINSTREAM\0";
      if (buffered.length < command.length) return;
      if (buffered.toString("latin1", 0, command.length) !== command) return void socket.end("UNKNOWN COMMAND\0");
      const chunks: Buffer[] = [];
      let at = command.length;
      while (at + 4 <= buffered.length) {
        const size = buffered.readUInt32BE(at);
        if (size === 0) {
          const stream = Buffer.concat(chunks);
          received.push(stream);
          return void socket.end(stream.includes(Buffer.from(EICAR)) ? "stream: Win.Test.EICAR_HDB-1 FOUND\0" : "stream: OK\0");
        }
        if (at + 4 + size > buffered.length) return;
        chunks.push(buffered.subarray(at + 4, at + 4 + size));
        at += 4 + size;
      }
    });
  });
}

beforeAll(async () => {
  server = fakeClamd();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  delete process.env.CLAMAV_HOST;
  delete process.env.CLAMAV_PORT;
  resetEnvCache();
});

function useClamd(host: string, usePort: number) {
  process.env.CLAMAV_HOST = host;
  process.env.CLAMAV_PORT = String(usePort);
  resetEnvCache();
}

describe("clamd INSTREAM", () => {
  it("streams the whole file in chunks and reads clamd's verdict", async () => {
    const big = Buffer.alloc(200_000, 7);
    expect(readClamdReply(await askClamd({ host: "127.0.0.1", port, bytes: big }))).toBe("clean");
    expect(received.at(-1)?.equals(big)).toBe(true);
    expect(readClamdReply(await askClamd({ host: "127.0.0.1", port, bytes: Buffer.from(EICAR) }))).toBe("malware");
  });

  it("reads only OK and FOUND as answers", () => {
    expect(readClamdReply("stream: OK\0")).toBe("clean");
    expect(readClamdReply("stream: Eicar-Signature FOUND\0")).toBe("malware");
    expect(readClamdReply("INSTREAM size limit exceeded. ERROR\0")).toBeNull();
    expect(readClamdReply("")).toBeNull();
  });
});

describe("cleanUpload with CLAMAV_HOST/CLAMAV_PORT", () => {
  it("refuses the EICAR test file as malware, before anything else looks at it", async () => {
    useClamd("127.0.0.1", port);
    expect(await cleanUpload({ slot: "id-front", bytes: Buffer.from(EICAR) })).toEqual({ ok: false, code: "malware" });
    expect((await cleanUpload({ slot: "id-front", bytes: await sampleJpeg() })).ok).toBe(true);
  });

  it("refuses every file when clamd cannot be reached (fails closed)", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadPort = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    useClamd("127.0.0.1", deadPort);
    expect(await scanUpload(await sampleJpeg())).toBe("scanUnavailable");
    expect(await cleanUpload({ slot: "id-front", bytes: await sampleJpeg() })).toEqual({ ok: false, code: "scanUnavailable" });
  });

  it("scans nothing when no clamd is configured", async () => {
    expect(await scanUpload(Buffer.from(EICAR))).toBe("clean");
  });
});
