import "server-only";
// Runs the page-drawing worker (rasterise-worker.mjs) for one PDF at a time, with limits a hostile
// file cannot pass: a page count, a pixel budget per page, a time limit after which the worker is
// stopped, and a heap limit. One worker is kept warm between uploads (loading pdf.js takes a
// moment) and stopped when idle, so it holds no memory while nobody uploads.
import path from "node:path";
import { Worker } from "node:worker_threads";
import { logger } from "@/lib/log/logger";

export const PDF_LIMITS = {
  /** Pages of one document; a licence, an ID card or a letter has a few. */
  maxPages: 20,
  /** Drawing resolution: reads as well as the paper. */
  dpi: 150,
  /** Pixels per drawn page (an A4 page at 150 dpi is 2.2 million). */
  maxPagePixels: 6_000_000,
  jpegQuality: 75,
  /** All page pictures together: twice the upload limit (a page of noise draws big). */
  maxOutputBytes: 16 * 1024 * 1024,
  /** One document, all pages, once the worker has it. */
  timeoutMs: 60_000,
  /** The worker's JavaScript heap; the pages' pixels live outside it, one page at a time. */
  heapMb: 384,
} as const;

export interface RasterisedPage {
  jpeg: Buffer;
  pixelWidth: number;
  pixelHeight: number;
  /** The page's size in PDF points, kept so that the rebuilt page prints at the same size. */
  widthPt: number;
  heightPt: number;
}

export type PdfLimits = { -readonly [K in keyof typeof PDF_LIMITS]: number };

export type RasteriseRefusal = "unreadable" | "passwordProtected" | "tooManyPages" | "tooComplex" | "fontsNotEmbedded";
export type RasteriseResult = { ok: true; pages: RasterisedPage[] } | { ok: false; code: RasteriseRefusal };

type WorkerReply = { ok: true; pages: Array<Omit<RasterisedPage, "jpeg"> & { jpeg: Uint8Array }> } | { ok: false; code: RasteriseRefusal };

const IDLE_MS = 30_000;
// From the project folder (where `next start`, the CLI and the tests run): the worker is loaded
// from disk as it is, outside the bundle (the bundler is told not to follow it: it would try to
// bundle the canvas's native addon).
const WORKER_FILE = path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "uploads", "pdf", "rasterise-worker.mjs");

let worker: Worker | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let queue: Promise<unknown> = Promise.resolve();

function stopWorker(): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  void worker?.terminate();
  worker = null;
}

function warmWorker(): Worker {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (!worker) {
    worker = new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: PDF_LIMITS.heapMb } });
    // An idle worker must not keep a CLI or a test process alive.
    worker.unref();
  }
  return worker;
}

function runJob(bytes: Buffer, limits: PdfLimits): Promise<RasteriseResult> {
  const current = warmWorker();
  return new Promise<RasteriseResult>((resolve) => {
    const finish = (result: RasteriseResult, stop: boolean) => {
      clearTimeout(timer);
      current.off("message", onMessage);
      current.off("error", onError);
      current.off("exit", onExit);
      if (stop) stopWorker();
      else idleTimer = setTimeout(stopWorker, IDLE_MS).unref();
      resolve(result);
    };
    const onMessage = (reply: WorkerReply) =>
      finish(reply.ok ? { ok: true, pages: reply.pages.map((page) => ({ ...page, jpeg: Buffer.from(page.jpeg) })) } : reply, false);
    // Out of heap, or a crash inside pdf.js: the file is refused, the next upload gets a new worker.
    const onError = (error: Error) => {
      logger.warn("uploads.pdf.workerFailed", { errorName: error.name });
      finish({ ok: false, code: "tooComplex" }, true);
    };
    const onExit = () => finish({ ok: false, code: "tooComplex" }, true);
    const timer = setTimeout(() => {
      logger.warn("uploads.pdf.timeout", { timeoutMs: limits.timeoutMs });
      finish({ ok: false, code: "tooComplex" }, true);
    }, limits.timeoutMs);
    current.on("message", onMessage);
    current.once("error", onError);
    current.once("exit", onExit);
    const { maxPages, dpi, maxPagePixels, jpegQuality, maxOutputBytes } = limits;
    current.postMessage({ bytes: new Uint8Array(bytes), maxPages, dpi, maxPagePixels, jpegQuality, maxOutputBytes });
  });
}

/**
 * Every page drawn as a JPEG, or why the PDF is refused. One document at a time per process.
 * `limits` narrows PDF_LIMITS (tests reach the edges with it).
 */
export function rasterisePdf(bytes: Buffer, limits: Partial<PdfLimits> = {}): Promise<RasteriseResult> {
  const job = queue.then(() => runJob(bytes, { ...PDF_LIMITS, ...limits }));
  queue = job.catch(() => undefined);
  return job;
}
