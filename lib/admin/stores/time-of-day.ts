// Opening times as the owner types them ("10:00", "9.30", "18") -> minutes since midnight.
// 24:00 is allowed as a closing time (open until midnight).

/** "10:00" | "9.30" | "18" -> 600 | 570 | 1080; null when it is not a time of day. */
export function parseTimeOfDay(text: string): number | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}
