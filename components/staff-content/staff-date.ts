// Dates on the staff pages: in Beijing time, as staff read them.
const format = new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });

export function staffDate(date: Date): string {
  return format.format(date);
}
