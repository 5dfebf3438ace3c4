// How long a case has waited, in the largest whole unit that fits (the queue shows "3 天").
export type QueueAge = { unit: "minutes" | "hours" | "days"; count: number };

export function queueAge(createdAt: Date, now: Date): QueueAge {
  const minutes = Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / 60_000));
  if (minutes < 60) return { unit: "minutes", count: minutes };
  if (minutes < 48 * 60) return { unit: "hours", count: Math.floor(minutes / 60) };
  return { unit: "days", count: Math.floor(minutes / (24 * 60)) };
}
