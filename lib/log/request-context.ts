// The request a piece of code runs for, without passing it down every call: the edge server
// (server/) runs each request inside `runInRequestContext`, and the logger adds the request id to
// every line written meanwhile. The storage lives on globalThis because the server (loaded by tsx)
// and the Next.js bundle each get their own copy of this module in the same process.
import { AsyncLocalStorage } from "node:async_hooks";

export interface RequestContext {
  requestId: string;
}

const KEY = Symbol.for("torch-most.request-context");
const holder = globalThis as unknown as Record<typeof KEY, AsyncLocalStorage<RequestContext> | undefined>;
const storage = (holder[KEY] ??= new AsyncLocalStorage<RequestContext>());

export function runInRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
