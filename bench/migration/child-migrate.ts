// Runs `migrate` the way the CLI does (runMigration on DATABASE_URL) in a child process of the
// benchmark, and reports its own time and peak RSS: {"summary":…,"seconds":…,"maxRssKb":…}.
import { runMigration } from "../../lib/migration/run-migration";

const started = process.hrtime.bigint();
const cpuAtStart = process.cpuUsage();
const cpuSeconds = () => {
  const used = process.cpuUsage(cpuAtStart);
  return (used.user + used.system) / 1e6;
};
runMigration({ databaseUrl: process.env.DATABASE_URL ?? "" }).then((summary) => {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(`${JSON.stringify({ summary, seconds, maxRssKb: process.resourceUsage().maxRSS, cpuSeconds: cpuSeconds() })}\n`);
});
