// A long import allocates steadily and keeps little. Because collecting is cheap, V8 then lets
// the heap grow to about four times the live set between full collections: RSS for a million
// rows ends up ~1.6× that for ten thousand although nothing accumulates (`npm run bench:import`).
// A growth factor of 1.2 keeps it flat at no measurable CPU cost. The flag is process-wide and
// only read when V8 sizes the heap after a collection, so only the dedicated CLI process sets it.
import { setFlagsFromString } from "node:v8";

export function boundHeapGrowthForImport(): void {
  setFlagsFromString("--heap-growing-percent=20");
}
