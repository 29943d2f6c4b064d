const two = (n: number) => String(n).padStart(2, '0');

/** `2026-01-05 14:03` in the user's local time, for lists and messages; text that is not a date comes back as is. */
export function localDateTime(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  return `${t.getFullYear()}-${two(t.getMonth() + 1)}-${two(t.getDate())} ${two(t.getHours())}:${two(t.getMinutes())}`;
}

/** `14:03` in the user's local time. */
export function localClockTime(iso: string): string {
  const t = new Date(iso);
  return `${two(t.getHours())}:${two(t.getMinutes())}`;
}
