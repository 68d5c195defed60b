// The calendar (§2): each display state with its legend, the day, week and
// month views, moving a meeting by dragging it to another advisor and with
// the keyboard only, the pushes to the advisors' own calendars, and live
// updates from an advisor's CalDAV calendar without a reload.
import type { Page } from "@playwright/test";
import { addDays, at, day, ownMeeting, weekday } from "./calendar-helpers";
import { api, demo, expect, expectAccessible, shot, test } from "./fixtures";

interface Target {
  advisorId: number;
  state: string;
  error?: string;
}
interface Item {
  kind: string;
  state: string;
  start: string;
  end: string;
  advisors: number[];
  meetingId?: number;
  title?: string;
  reportingMinutes?: number;
  targets?: Target[];
}
interface View {
  items: Item[];
  redBar: number[];
}

async function item(advisor: number, date: string, meetingId: number): Promise<Item | undefined> {
  const v = await api<View>(demo.admin, "GET", `/api/calendar?advisors=${advisor}&from=${date}&to=${date}`);
  return v.items.find((i) => i.meetingId === meetingId);
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "Kalender" })).toBeVisible();
  await expect(page.locator(".cal-updated")).toBeVisible();
}

test("every display state the demo has is drawn in its colour, with the legend, in the day, week and month views", async ({ admin }) => {
  const from = day(new Date());
  const v = await api<View>(demo.admin, "GET", `/api/calendar?advisors=1,2,3,4,5,6&from=${from}&to=${addDays(from, 56)}`);
  const states = [...new Set(v.items.map((i) => i.state))];
  expect(states.length).toBeGreaterThan(2);
  for (const s of states) {
    const it = v.items.find((i) => i.state === s)!;
    await open(admin, `/kalender?advisors=${it.advisors[0]}&visning=uge&dato=${day(new Date(it.start))}`);
    await expect(admin.locator(`[data-col="a${it.advisors[0]}"] .cal-item.cal-state-${s}`).first()).toBeVisible();
    await expect(admin.locator(`.cal-legend [data-legend="${s}"]`)).toBeVisible();
  }
  // all eight states and the reporting time and pushes are in the legend
  for (const s of ["synced", "synced_seen", "synced_seen_overdue", "awaiting_sync", "external", "no_participants", "error", "absence", "reporting", "push"]) {
    await expect(admin.locator(`.cal-legend [data-legend="${s}"]`)).toHaveCount(1);
  }
  // a private appointment is green and reads "Privat"
  const priv = v.items.find((i) => i.kind === "external" && i.title === "Private");
  if (priv) {
    await open(admin, `/kalender?advisors=${priv.advisors[0]}&visning=uge&dato=${day(new Date(priv.start))}`);
    await expect(admin.locator(`[data-col="a${priv.advisors[0]}"] .cal-item.cal-state-external`, { hasText: "Privat" }).first()).toBeVisible();
  }
  // reporting time is part of the meeting: "09:00 - 09:30 (+15 min afrapporteringstid)", drawn as a hatched band
  const rep = v.items.find((i) => i.kind === "meeting" && i.reportingMinutes);
  expect(rep, "the demo's first offer has 15 minutes of reporting time").toBeTruthy();
  const repDay = day(new Date(rep!.start));
  await open(admin, `/kalender?advisors=${rep!.advisors[0]}&visning=uge&dato=${repDay}`);
  const ev = admin.locator(`[data-col="a${rep!.advisors[0]}"] .cal-item[data-meeting="${rep!.meetingId}"]`);
  await expect(ev).toContainText(`(+${rep!.reportingMinutes} min afrapporteringstid)`);
  await expect(ev.locator(".cal-ev-report")).toHaveCount(1);
  const talk = await ev.locator(".cal-ev-talk").boundingBox();
  const band = await ev.locator(".cal-ev-report").boundingBox();
  expect(band!.height).toBeGreaterThan(talk!.height * 0.3); // 15 of 45 minutes
  await expectAccessible(admin, "the calendar, week view");
  await shot(admin, "calendar-week");
  await admin.getByRole("button", { name: "Dag", exact: true }).click();
  await expect(admin.getByRole("button", { name: "Dag", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(admin).toHaveURL(/visning=dag/);
  await expectAccessible(admin, "the calendar, day view");
  await shot(admin, "calendar-day");
  await admin.getByRole("button", { name: "Måned" }).click();
  await expect(admin).toHaveURL(/visning=maaned/);
  await expect(admin.locator(`.cal-item[data-meeting="${rep!.meetingId}"]`)).toBeVisible();
  await expectAccessible(admin, "the calendar, month view");
  await shot(admin, "calendar-month");
});

test("the choice of team, advisors, rooms and view is remembered in the address", async ({ admin }) => {
  await open(admin, "/kalender?advisors=1&visning=uge");
  await expect(admin.locator(".cal-col")).toHaveCount(1);
  await admin.getByRole("checkbox", { name: "Sarah Jensen" }).check();
  await admin.getByRole("checkbox", { name: "Mødelokale 1" }).check();
  await expect(admin.locator(".cal-col")).toHaveCount(3);
  await expect(admin).toHaveURL(/advisors=1%2C2|advisors=1,2/);
  await expect(admin).toHaveURL(/rooms=1/);
  await admin.getByRole("button", { name: "Næste" }).click();
  await admin.reload();
  await expect(admin.getByRole("checkbox", { name: "Sarah Jensen" })).toBeChecked();
  await expect(admin.getByRole("checkbox", { name: "Mødelokale 1" })).toBeChecked();
  await expect(admin.getByRole("checkbox", { name: "Ali Hassan" })).not.toBeChecked();
  await expect(admin.locator(".cal-col")).toHaveCount(3);
  await expect(admin.locator('[data-col="r1"] .cal-col-name')).toHaveText("Mødelokale 1");
  // another team offers its own advisors
  const teams = await api<{ teams: { id: number; name: string }[] }>(demo.admin, "GET", "/api/teams");
  const unge = teams.teams.find((t) => t.name === "Unge")!;
  await admin.getByLabel("Team", { exact: true }).selectOption(String(unge.id));
  await expect(admin.getByRole("checkbox", { name: "Nikoline Holm" })).toBeChecked();
  await expect(admin.getByRole("checkbox", { name: "Bo Poulsen" })).toHaveCount(0);
  await expect(admin).toHaveURL(new RegExp(`team=${unge.id}`));
});

test("a meeting dragged to another advisor asks first, warns that the citizen must be told, and turns grey then blue once in the advisor's CalDAV calendar", async ({ admin }) => {
  const date = weekday(1);
  const { meetingId } = await ownMeeting(1, date, "11:00");
  await expect.poll(async () => (await item(1, date, meetingId))?.state, { timeout: 20_000 }).toBe("synced");
  await open(admin, `/kalender?advisors=1,3&visning=dag&dato=${date}`);
  const ev = admin.locator(`[data-col="a1"] .cal-item[data-meeting="${meetingId}"]`);
  await expect(ev).toHaveClass(/cal-state-synced/);
  await expect(ev.locator('[data-push-advisor="1"]')).toHaveAttribute("data-push-state", "done");
  // record every state the moved meeting is drawn in
  await admin.evaluate((id) => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      document.querySelectorAll(`[data-col="a3"] .cal-item[data-meeting="${id}"]`).forEach((node) => {
        const el = node as HTMLElement;
        const push = el.querySelector('[data-push-advisor="3"]') as HTMLElement | null;
        const s = `${el.dataset.state}/${push?.dataset.pushState ?? "-"}`;
        if (seen[seen.length - 1] !== s) seen.push(s);
      });
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  }, meetingId);
  await ev.evaluate((el) => el.scrollIntoView({ block: "center" })); // far from the edges: no autoscroll while dragging
  const from = (await ev.boundingBox())!;
  const slot = (await admin.locator('[data-col="a3"] .fc-timegrid-slot-lane[data-time="11:00:00"]').boundingBox())!;
  await admin.mouse.move(from.x + from.width / 2, from.y + 4);
  await admin.mouse.down();
  await admin.mouse.move(from.x + from.width / 2 + 10, from.y + 10, { steps: 3 });
  await admin.mouse.move(slot.x + slot.width / 2, slot.y + 4, { steps: 15 });
  await admin.mouse.up();
  const dlg = admin.getByRole("dialog", { name: "Flyt mødet?" });
  await expect(dlg).toContainText("Nikoline Holm");
  const asked = await dlg.innerText();
  await expectAccessible(admin, "the move confirmation");
  await dlg.getByRole("button", { name: "Flyt" }).click();
  await expect(admin.locator(".cal-notice .alert-warning")).toContainText("du skal også selv informere borgeren");
  const moved = admin.locator(`[data-col="a3"] .cal-item[data-meeting="${meetingId}"]`);
  await expect(moved).toBeVisible();
  await expect(admin.locator(`[data-col="a1"] .cal-item[data-meeting="${meetingId}"]`)).toHaveCount(0);
  // the push to Nikoline's CalDAV calendar happens within seconds; the poll shows it
  await expect(moved).toHaveClass(/cal-state-synced/, { timeout: 30_000 });
  await expect(moved.locator('[data-push-advisor="3"]')).toHaveAttribute("data-push-state", "done");
  const seen = await admin.evaluate(() => (window as unknown as { seen: string[] }).seen);
  // (while dragged, FullCalendar draws the meeting as it was: "…/-")
  const drawn = seen.filter((x) => !x.endsWith("/-"));
  // grey while the push waits (when the first poll is quicker than the push), then blue
  expect(drawn.join(" → "), `states drawn: ${seen.join(" → ")}`).toMatch(/^(awaiting_sync\/(pending|done) → )*synced\/done$/);
  const after = await item(3, date, meetingId);
  expect(after?.advisors).toEqual([3]);
  // dropped on the 11:00 row: 11:00, or the next quarter (FullCalendar's hit across calendars may land a snap later)
  expect([at(date, "11:00").getTime(), at(date, "11:15").getTime()]).toContain(new Date(after!.start).getTime());
  expect(asked).toContain(new Intl.DateTimeFormat("da-DK", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Copenhagen" }).format(new Date(after!.start)));
  await shot(admin, "calendar-drag-moved");
});

test("a meeting dragged from one room's calendar to another's changes its room", async ({ admin }) => {
  const date = weekday(4);
  const { meetingId } = await ownMeeting(4, date, "14:00", false);
  const start = at(date, "14:00");
  await api(demo.admin, "PUT", `/api/meetings/${meetingId}`, { start, end: new Date(start.getTime() + 30 * 60000), advisors: [4], roomId: 1 });
  await open(admin, `/kalender?advisors=&rooms=1,2&visning=dag&dato=${date}`);
  await expect(admin.locator(".cal-col")).toHaveCount(2);
  const ev = admin.locator(`[data-col="r1"] .cal-item[data-meeting="${meetingId}"]`);
  await expect(ev).toBeVisible();
  await ev.evaluate((el) => el.scrollIntoView({ block: "center" }));
  const from = (await ev.boundingBox())!;
  const slot = (await admin.locator('[data-col="r2"] .fc-timegrid-slot-lane[data-time="14:00:00"]').boundingBox())!;
  await admin.mouse.move(from.x + from.width / 2, from.y + 4);
  await admin.mouse.down();
  await admin.mouse.move(from.x + from.width / 2 + 10, from.y + 10, { steps: 3 });
  await admin.mouse.move(slot.x + slot.width / 2, slot.y + 4, { steps: 15 });
  await admin.mouse.up();
  const dlg = admin.getByRole("dialog", { name: "Flyt mødet?" });
  await expect(dlg).toContainText("Mødelokale 2");
  await dlg.getByRole("button", { name: "Flyt" }).click();
  await expect(admin.locator(`[data-col="r2"] .cal-item[data-meeting="${meetingId}"]`)).toBeVisible();
  await expect(ev).toHaveCount(0);
  const after = (await api<{ items: (Item & { roomId?: number })[] }>(demo.admin, "GET", `/api/calendar?rooms=2&from=${date}&to=${date}`)).items.find((i) => i.meetingId === meetingId);
  expect(after?.roomId).toBe(2);
  expect(after?.advisors).toEqual([4]);
  await api(demo.admin, "DELETE", `/api/meetings/${meetingId}`);
});

test("a refused drag puts the meeting back and shows the API's message", async ({ admin }) => {
  const date = weekday(2);
  const { meetingId } = await ownMeeting(4, date, "11:00", false);
  await open(admin, `/kalender?advisors=4&visning=dag&dato=${date}`);
  const ev = admin.locator(`[data-col="a4"] .cal-item[data-meeting="${meetingId}"]`);
  await expect(ev).toBeVisible();
  // the job centre refuses the move while the page waits for the answer
  await admin.route(`**/api/meetings/${meetingId}`, (r) =>
    r.request().method() === "PUT"
      ? r.fulfill({ status: 409, contentType: "application/problem+json", body: JSON.stringify({ title: "Conflict", title_da: "Konflikt", detail: "taken", detail_da: "Tiden er optaget", status: 409 }) })
      : r.continue(),
  );
  await ev.evaluate((el) => el.scrollIntoView({ block: "center" })); // far from the edges: no autoscroll while dragging
  const from = (await ev.boundingBox())!;
  const slot = (await admin.locator('[data-col="a4"] .fc-timegrid-slot-lane[data-time="14:00:00"]').boundingBox())!;
  await admin.mouse.move(from.x + from.width / 2, from.y + 4);
  await admin.mouse.down();
  await admin.mouse.move(from.x + from.width / 2, from.y + 14, { steps: 3 });
  await admin.mouse.move(slot.x + slot.width / 2, slot.y + 4, { steps: 15 });
  await admin.mouse.up();
  await admin.getByRole("dialog", { name: "Flyt mødet?" }).getByRole("button", { name: "Flyt" }).click();
  await expect(admin.locator(".cal-notice .alert-error")).toContainText("Tiden er optaget");
  // back at 11:00 (measured against the grid: the page may have scrolled while dragging)
  const eleven = admin.locator('[data-col="a4"] .fc-timegrid-slot-lane[data-time="11:00:00"]');
  await expect
    .poll(async () => {
      const [e, row] = [await ev.boundingBox().catch(() => null), await eleven.boundingBox()];
      return e && row ? Math.abs(e.y - row.y) : Infinity; // redrawn between the two reads: try again
    })
    .toBeLessThan(6);
  expect(new Date((await item(4, date, meetingId))!.start).getTime()).toBe(at(date, "11:00").getTime());
});

test("a meeting is moved with the keyboard only, through its details and the move dialog", async ({ admin }) => {
  const date = weekday(1);
  const { meetingId } = await ownMeeting(4, date, "09:00", false);
  await open(admin, `/kalender?advisors=4&visning=dag&dato=${date}`);
  const ev = admin.locator(`.cal-item[data-meeting="${meetingId}"]`);
  await expect(ev).toBeVisible();
  await admin.getByRole("button", { name: "Måned" }).focus();
  let found = false;
  for (let i = 0; i < 80 && !found; i++) {
    await admin.keyboard.press("Tab");
    found = await admin.evaluate((id) => (document.activeElement as HTMLElement | null)?.dataset.meeting === String(id), meetingId);
  }
  expect(found, "the meeting is reached with Tab").toBe(true);
  // focus shows the tooltip with the state in words
  await expect(admin.locator(".cal-tip")).toBeVisible();
  await expect(admin.locator(".cal-tip")).toContainText(/Ingen tilmeldte|Afventer synkronisering/);
  await admin.keyboard.press("Enter");
  const details = admin.getByRole("dialog");
  await expect(details.getByRole("heading", { level: 2 })).toHaveText("Personlig samtale med din sagsbehandler");
  await expect(details).toContainText("Katrine Berg");
  await expectAccessible(admin, "a meeting's details");
  await expect(details.getByRole("button", { name: "Flyt" })).toBeFocused();
  await admin.keyboard.press("Enter");
  const move = admin.getByRole("dialog", { name: "Flyt mødet" });
  await expect(move.getByLabel("Vejleder")).toBeFocused();
  await admin.keyboard.press("ArrowDown"); // Katrine Berg → Ali Hassan (the next advisor)
  await expect(move.getByLabel("Vejleder")).toHaveValue("5");
  await admin.keyboard.press("Tab");
  await expect(move.getByLabel("Dato")).toBeFocused();
  // Tab walks through the date's day, month and year, then to the time
  const time = move.getByLabel("Starttidspunkt");
  for (let i = 0; i < 6 && !(await time.evaluate((el) => el === document.activeElement)); i++) await admin.keyboard.press("Tab");
  await expect(time).toBeFocused();
  await admin.keyboard.type("1030");
  await expectAccessible(admin, "the move dialog");
  await admin.keyboard.press("Enter");
  await expect(move).toHaveCount(0);
  await expect(admin.locator(".cal-notice .alert-warning")).toContainText("du skal også selv informere borgeren");
  const after = await item(5, date, meetingId);
  expect(after?.advisors).toEqual([5]);
  expect(new Date(after!.start).getTime()).toBe(at(date, "10:30").getTime());
  // it left Katrine's calendar; the details' delete asks and deletes
  await expect(ev).toHaveCount(0);
  await admin.getByRole("checkbox", { name: "Ali Hassan" }).check();
  const again = admin.locator(`[data-col="a5"] .cal-item[data-meeting="${meetingId}"]`);
  await again.focus();
  await admin.keyboard.press(" ");
  await admin.getByRole("dialog").getByRole("button", { name: "Slet" }).click();
  await admin.getByRole("dialog", { name: "Slet mødet?" }).getByRole("button", { name: "Slet" }).click();
  await expect(admin.locator(".cal-notice .alert-success")).toContainText("Mødet er slettet");
  await expect(again).toHaveCount(0);
});

test("a private appointment put into the advisor's CalDAV calendar appears green as Privat without a reload", async ({ admin }) => {
  const date = weekday(8);
  await open(admin, `/kalender?advisors=1&visning=dag&dato=${date}`);
  await admin.evaluate(() => ((window as unknown as { stay: number }).stay = 42));
  const uid = `e2e-private-${Date.now()}`;
  const stamp = date.replaceAll("-", "");
  const ics = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Planner//e2e//DA",
    "BEGIN:VEVENT",
    `UID:${uid}`,
    "DTSTAMP:20260101T000000Z",
    `DTSTART;TZID=Europe/Copenhagen:${stamp}T153000`,
    `DTEND;TZID=Europe/Copenhagen:${stamp}T161500`,
    "CLASS:PRIVATE",
    "SUMMARY:Tandlæge",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
  const res = await fetch(`${demo.caldav}vejleder1/calendars/default/${uid}.ics`, {
    method: "PUT",
    headers: { "Content-Type": "text/calendar; charset=utf-8", Authorization: `Basic ${Buffer.from("vejleder1:demo").toString("base64")}` },
    body: ics,
  });
  expect(res.status, await res.text()).toBeLessThan(300);
  const priv = admin.locator('[data-col="a1"] .cal-item.cal-state-external', { hasText: "15.30 - 16.15" });
  await expect(priv).toBeVisible({ timeout: 30_000 });
  await expect(priv).toContainText("Privat");
  await expect(priv).not.toContainText("Tandlæge");
  expect(await admin.evaluate(() => (window as unknown as { stay: number }).stay)).toBe(42);
  // green items are read-only: the details say so and offer no move
  await priv.focus();
  await admin.keyboard.press("Enter");
  await expect(admin.getByRole("dialog")).toContainText("kan kun ændres eller slettes dér");
  await expect(admin.getByRole("dialog").getByRole("button", { name: "Flyt" })).toHaveCount(0);
  await admin.keyboard.press("Escape");
  await expect(priv).toBeFocused();
});

test("a push the advisor's calendar refuses turns the meeting red, with the reason shown on hover and on keyboard focus", async ({ admin }) => {
  // an advisor of our own whose "CalDAV server" is Planner itself, which refuses the writes
  const teams = await api<{ teams: { id: number; name: string }[] }>(demo.admin, "GET", "/api/teams");
  const team = teams.teams.find((t) => t.name === "Unge")!.id;
  const adv = await api<{ id: number }>(demo.admin, "POST", "/api/advisors", { teamId: team, name: "Rikke Rød", mail: "rikke@demo.example" });
  await api(demo.admin, "PUT", `/api/advisors/${adv.id}/calendar`, { kind: "caldav", url: `${demo.url}/ingen-kalender/`, username: "rikke", secret: "demo" });
  const date = weekday(3);
  const { meetingId } = await ownMeeting(adv.id, date, "10:00", false);
  try {
    await open(admin, `/kalender?advisors=${adv.id}&visning=dag&dato=${date}`);
    const ev = admin.locator(`[data-col="a${adv.id}"] .cal-item[data-meeting="${meetingId}"]`);
    await expect(ev).toHaveClass(/cal-state-error/, { timeout: 30_000 });
    const failed = (await item(adv.id, date, meetingId))!;
    expect(failed.targets?.[0]).toMatchObject({ advisorId: adv.id, state: "failed" });
    const reason = (failed as { reason?: string }).reason!;
    expect(reason.length).toBeGreaterThan(0);
    await expect(ev.locator(`[data-push-advisor="${adv.id}"]`)).toHaveAttribute("data-push-state", "failed");
    await expect(ev.locator(".cal-ev-reason")).toHaveText(reason);
    await ev.hover();
    await expect(admin.locator(".cal-tip")).toContainText(`Årsag: ${reason}`);
    await admin.mouse.move(0, 0);
    await expect(admin.locator(".cal-tip")).toBeHidden();
    await ev.focus();
    await expect(admin.locator(".cal-tip")).toContainText(`Årsag: ${reason}`);
    await expect(ev).toHaveAttribute("aria-label", new RegExp(`Fejl på mødet.*${reason.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    await admin.keyboard.press("Enter");
    await expect(admin.getByRole("dialog")).toContainText(reason);
    await expect(admin.getByRole("dialog").locator(`[data-push-advisor="${adv.id}"]`)).toHaveAttribute("data-push-state", "failed");
    await expectAccessible(admin, "a red meeting's details");
    await admin.keyboard.press("Escape");
    await shot(admin, "calendar-error");
  } finally {
    await api(demo.admin, "DELETE", `/api/meetings/${meetingId}`);
    // the advisor keeps its history (the API refuses to delete it); without a calendar nothing syncs
    await api(demo.admin, "DELETE", `/api/advisors/${adv.id}/calendar`);
  }
});

test("a push that cannot reach the advisor's calendar yet keeps the meeting grey, with a grey box for that calendar", async ({ admin }) => {
  // a wrong password: the engine retries later, the item stays pending
  const teams = await api<{ teams: { id: number; name: string }[] }>(demo.admin, "GET", "/api/teams");
  const team = teams.teams.find((t) => t.name === "Unge")!.id;
  const adv = await api<{ id: number }>(demo.admin, "POST", "/api/advisors", { teamId: team, name: "Gitte Grå", mail: "gitte@demo.example" });
  await api(demo.admin, "PUT", `/api/advisors/${adv.id}/calendar`, { kind: "caldav", url: `${demo.caldav}vejleder1/calendars/default/`, username: "vejleder1", secret: "forkert" });
  const date = weekday(3);
  const { meetingId } = await ownMeeting(adv.id, date, "13:00", false);
  try {
    await open(admin, `/kalender?advisors=${adv.id}&visning=dag&dato=${date}`);
    const ev = admin.locator(`[data-col="a${adv.id}"] .cal-item[data-meeting="${meetingId}"]`);
    await expect(ev).toHaveClass(/cal-state-awaiting_sync/);
    await expect(ev.locator(`[data-push-advisor="${adv.id}"]`)).toHaveAttribute("data-push-state", "pending");
    await expect(ev.locator(`[data-push-advisor="${adv.id}"]`)).toHaveText("GG");
    // still grey after a few polls
    await admin.waitForTimeout(6000);
    await expect(ev).toHaveClass(/cal-state-awaiting_sync/);
    await ev.hover();
    await expect(admin.locator(".cal-tip")).toContainText("venter på at komme i Gitte Grås kalender");
  } finally {
    await api(demo.admin, "DELETE", `/api/meetings/${meetingId}`);
    // the advisor keeps its history (the API refuses to delete it); without a calendar nothing syncs
    await api(demo.admin, "DELETE", `/api/advisors/${adv.id}/calendar`);
  }
});

test("the calendar reads in English too", async ({ admin }) => {
  await open(admin, "/kalender?advisors=1&visning=uge");
  await admin.getByRole("button", { name: "English" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
  await expect(admin.getByRole("button", { name: "Week" })).toHaveAttribute("aria-pressed", "true");
  await expect(admin.locator(".cal-legend")).toContainText("Grey: awaiting synchronisation");
  await admin.getByRole("button", { name: "Dansk" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Kalender" })).toBeVisible();
});

test("an advisor's session opens the calendar and its menu entry", async ({ advisor }) => {
  await advisor.goto("/");
  await advisor.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Kalender", exact: true }).click();
  await expect(advisor).toHaveURL(/\/kalender$/);
  await expect(advisor.getByRole("heading", { level: 1, name: "Kalender" })).toBeFocused();
  await expect(advisor.locator(".cal-col").first()).toBeVisible();
  await expect(advisor.locator(".cal-updated")).toBeVisible();
});
