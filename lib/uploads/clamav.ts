// Optional antivirus check of every upload, as sent, by a ClamAV daemon (clamd) when CLAMAV_HOST
// and CLAMAV_PORT are set: the bytes go over TCP with clamd's INSTREAM command (chunks prefixed by
// their 4-byte length, then a zero length) and clamd answers `stream: OK` or `stream: <name> FOUND`.
// Fails closed: when clamd cannot be asked, the file is refused (and the operator told in the log).
import { connect } from "node:net";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";

export type ScanVerdict = "clean" | "malware" | "scanUnavailable";

const CHUNK_BYTES = 64 * 1024;
const TIMEOUT_MS = 15_000;

/** clamd's answer for one stream, or null when it is neither OK nor FOUND (an error, a limit). */
export function readClamdReply(reply: string): "clean" | "malware" | null {
  const text = reply.replace(/\0/g, "").trim();
  if (/^stream: OK$/.test(text)) return "clean";
  if (/^stream: .+ FOUND$/.test(text)) return "malware";
  return null;
}

/** Streams `bytes` to clamd at host:port; resolves with its raw reply. */
export function askClamd(options: { host: string; port: number; bytes: Buffer; timeoutMs?: number }): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: options.host, port: options.port });
    const chunks: Buffer[] = [];
    socket.setTimeout(options.timeoutMs ?? TIMEOUT_MS, () => socket.destroy(new Error("clamd did not answer in time")));
    socket.on("error", reject);
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    socket.on("connect", () => {
      socket.write("zINSTREAM\0");
      for (let at = 0; at < options.bytes.length; at += CHUNK_BYTES) {
        const chunk = options.bytes.subarray(at, at + CHUNK_BYTES);
        const size = Buffer.alloc(4);
        size.writeUInt32BE(chunk.length);
        socket.write(size);
        socket.write(chunk);
      }
      socket.end(Buffer.alloc(4));
    });
  });
}

/** "clean" when no clamd is configured; otherwise clamd's verdict on the file as sent. */
export async function scanUpload(bytes: Buffer): Promise<ScanVerdict> {
  const { CLAMAV_HOST: host, CLAMAV_PORT: port } = env();
  if (!host || !port) return "clean";
  try {
    const verdict = readClamdReply(await askClamd({ host, port, bytes }));
    if (verdict === "malware") logger.warn("uploads.malwareFound", { bytes: bytes.length });
    if (verdict) return verdict;
    logger.error("uploads.scanFailed", { reason: "unexpected clamd reply" });
  } catch (error) {
    logger.error("uploads.scanFailed", { reason: error instanceof Error ? error.message : "unknown" });
  }
  return "scanUnavailable";
}
