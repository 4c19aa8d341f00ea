const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Brussels" });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
