// What the edge server (server/main.ts) tells the application in the same process: the request
// headers it always overwrites, and that it is running at all (the marker is this process's own
// id, so a value inherited from a parent process or set by hand does not count).
export const CLIENT_ADDRESS_HEADER = "x-client-address";
export const REQUEST_ID_HEADER = "x-request-id";
const MARKER = "EDGE_SERVER_PID";

export function markEdgeServerRunning(): void {
  process.env[MARKER] = String(process.pid);
}

export function edgeServerRunning(): boolean {
  return process.env[MARKER] === String(process.pid);
}
