// The current value of a prom-client counter summed over every series carrying these labels (the
// others may be anything; 0 before it was first counted), so a test reads what /api/metrics would
// print without parsing the text format.
import type { Counter } from "prom-client";

export async function counterValue(counter: Counter, labels: Record<string, string>): Promise<number> {
  const { values } = await counter.get();
  const matching = values.filter((value) => Object.entries(labels).every(([name, wanted]) => value.labels[name] === wanted));
  return matching.reduce((sum, value) => sum + value.value, 0);
}
