// calendar-zone: FullCalendar draws in the job centre's zone
// (Europe/Copenhagen) whatever the browser's zone is. FullCalendar's
// standard build knows only "local" and "UTC"; this small plugin gives it
// the named zone through Intl, as its Luxon and Moment plugins would.

import { createPlugin } from "@fullcalendar/core";
import { NamedTimeZoneImpl } from "@fullcalendar/core/internal";
import { zone } from "../lib/ui";

const parts = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = parts.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: tz, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    parts.set(tz, f);
  }
  return f;
}

/** wallArray is an instant's wall time in tz: [year, month0, day, hour, minute, second, ms]. */
function wallArray(tz: string, ms: number): number[] {
  const p: Record<string, number> = {};
  for (const part of formatter(tz).formatToParts(new Date(ms))) {
    if (part.type !== "literal") p[part.type] = Number(part.value);
  }
  return [p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second, ((ms % 1000) + 1000) % 1000];
}

/** offsetAt is tz's offset from UTC in minutes at an instant. */
function offsetAt(tz: string, ms: number): number {
  const a = wallArray(tz, ms);
  const wall = Date.UTC(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
  return Math.round((wall - ms) / 60000);
}

/** offsetForWall is tz's offset in minutes for a wall time given as a UTC array. */
function offsetForWall(tz: string, a: number[]): number {
  const guess = Date.UTC(a[0], a[1] ?? 0, a[2] ?? 1, a[3] ?? 0, a[4] ?? 0, a[5] ?? 0, a[6] ?? 0);
  const first = offsetAt(tz, guess);
  return offsetAt(tz, guess - first * 60000);
}

class NamedZone extends NamedTimeZoneImpl {
  offsetForArray(a: number[]): number {
    return offsetForWall(this.timeZoneName, a);
  }
  timestampToArray(ms: number): number[] {
    return wallArray(this.timeZoneName, ms);
  }
}

/** zonePlugin lets FullCalendar use timeZone: "Europe/Copenhagen". */
export const zonePlugin = createPlugin({ name: "planner-zone", namedTimeZonedImpl: NamedZone });

/** wallToInstant is the instant of a date ("2026-12-03") and time ("09:30") in the job centre's zone. */
export function wallToInstant(date: string, time: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  const a = [y, m - 1, d, h, mi, 0, 0];
  return new Date(Date.UTC(y, m - 1, d, h, mi) - offsetForWall(zone, a) * 60000);
}

/** wallTime is an instant's clock time in the job centre's zone, "09:30". */
export function wallTime(d: Date): string {
  const a = wallArray(zone, d.getTime());
  return `${String(a[3]).padStart(2, "0")}:${String(a[4]).padStart(2, "0")}`;
}
