// A real local HTTP server (node:http on 127.0.0.1, a free port) standing in for an outside
// service — the SMS gateway, the identity source — so adapters are tested over real HTTP with
// real timeouts, status codes and lost answers. Each test gives the handler that plays the service.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface StandInRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type StandInHandler = (request: StandInRequest, response: ServerResponse) => void | Promise<void>;

export interface StandInServer {
  url: string;
  /** Every request received, in order. */
  requests: StandInRequest[];
  /** Replaces the handler (one server per file, one behaviour per test). */
  handle(handler: StandInHandler): void;
  close(): Promise<void>;
}

export async function startStandIn(initial: StandInHandler = (_, response) => void response.end()): Promise<StandInServer> {
  let handler = initial;
  const requests: StandInRequest[] = [];
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const request = { method: incoming.method ?? "", path: incoming.url ?? "", headers: incoming.headers, body: Buffer.concat(chunks).toString("utf8") };
      requests.push(request);
      void Promise.resolve(handler(request, response)).catch(() => response.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      handler = next;
      requests.length = 0;
    },
    async close() {
      // Handlers that never answer (timeouts) leave connections open.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}
