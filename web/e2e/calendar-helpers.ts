// calendar-helpers: dates in the job centre's zone and meetings of the
// calendar and absence tests' own, so they never depend on the demo's bookings.
import { api, demo } from "./fixtures";

const zone = "Europe/Copenhagen";

/** Item is a calendar item as GET /api/calendar answers it, the fields the tests read. */
export interface Item {
  kind: string;
  start: string;
  advisors: number[];
  meetingId?: number;
  form?: string;
  seats?: number;
  participants?: number;
}

/** day is an instant's date in Copenhagen, "2026-12-04". */
export const day = (d: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone: zone }).format(d);
export const addDays = (d: string, n: number) => day(new Date(new Date(`${d}T12:00:00Z`).getTime() + n * 86400_000));

/** at is the instant of a Copenhagen wall time. */
export function at(date: string, hm: string): Date {
  const guess = new Date(`${date}T${hm}:00Z`);
  const wall = (ms: number) => {
    const p = Object.fromEntries(
      new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" })
        .formatToParts(new Date(ms))
        .map((x) => [x.type, Number(x.value)]),
    );
    return Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute);
  };
  const off = wall(guess.getTime()) - guess.getTime();
  return new Date(guess.getTime() - off);
}

/** weekday is the first day from today+from that is Monday, Thursday or Friday (no demo team meetings then). */
export function weekday(from: number): string {
  let d = addDays(day(new Date()), from);
  while (![1, 4, 5].includes(new Date(`${d}T12:00:00Z`).getUTCDay())) d = addDays(d, 1);
  return d;
}

/**
 * ownMeeting books a meeting of our own: a summons of the first offer for
 * the first citizen who can still get one, sent to Jobnet, then moved to
 * advisor at date/time — so the test never depends on the demo's bookings.
 */
export async function ownMeeting(advisor: number, date: string, hm: string, send = true): Promise<{ meetingId: number; summonsId: number }> {
  for (let c = 1; c <= 50; c++) {
    const res = await api<{ summonses: { id: number; meetingId: number }[] }>(demo.admin, "POST", "/api/summonses/bulk", { offerId: 1, citizens: [c] }).catch(() => ({ summonses: [] }));
    const s = res.summonses[0];
    if (!s) continue;
    const start = at(date, hm);
    await api(demo.admin, "PUT", `/api/meetings/${s.meetingId}`, { start, end: new Date(start.getTime() + 30 * 60000), advisors: [advisor] });
    if (send) await api(demo.admin, "POST", "/api/summonses/send", { ids: [s.id] });
    return { meetingId: s.meetingId, summonsId: s.id };
  }
  throw new Error("no citizen could be summoned to offer 1");
}

