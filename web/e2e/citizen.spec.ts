// The citizens' pages (§5, the demo's Jobnet stand-in): sign-in as a demo
// citizen, "Mine møder", an offer's free times in a month calendar,
// booking, rebooking, cancelling and instant booking; the clear messages
// when nothing matches or nothing is free; 320 px and keyboard only.
import type { Page } from "@playwright/test";
import { api, demo, expect, expectAccessible, shot, test } from "./fixtures";

const personal = "Personlig samtale med din sagsbehandler";
const workshop = "Workshop: Jobsøgning for unge";

/**
 * signInCitizen signs in as a demo citizen the demo booked nothing for
 * (it books every third one), the n-th such one whose age fits.
 */
async function signInCitizen(page: Page, fits: (age: number) => boolean, n: number): Promise<string> {
  await page.goto("/borger/login");
  const options = await page.locator("#citizen option").evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? "" })));
  const free = options.filter((o, i) => i % 3 !== 0 && fits(Number(/\((\d+) år/.exec(o.text)?.[1] ?? -1)));
  const pick = free[n];
  expect(pick, "a demo citizen that fits").toBeTruthy();
  await page.getByLabel("Borger").selectOption(pick.value);
  await page.getByRole("button", { name: "Fortsæt" }).click();
  await expect(page).toHaveURL(/\/borger\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mine møder" })).toBeVisible();
  return pick.text.replace(/ \(.*$/, "");
}

/** portal asks the portal API as the signed-in citizen (the session's cookie). */
async function portal<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => (await (await fetch(p)).json()) as T, path);
}

test("a citizen sees Mine møder with the matching offers, in Danish and English, and signs out", async ({ page }) => {
  const name = await signInCitizen(page, (age) => age < 30, 0);
  await expect(page.locator("header")).toContainText(`Logget ind som ${name}`);
  await expect(page.getByRole("heading", { name: "Dine bookede møder" })).toBeVisible();
  await expect(page.getByText("Du har ingen bookede møder.")).toBeVisible();
  const offers = page.locator("[data-offers] h3");
  await expect(offers).toContainText([personal]);
  await expect(page.locator("[data-offers]")).toContainText(workshop);
  await expectAccessible(page, "Mine møder");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My meetings" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Book the first free time" })).toBeVisible();
  await page.getByRole("button", { name: "Dansk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mine møder" })).toBeVisible();
  await page.getByRole("button", { name: "Log af" }).click();
  await expect(page).toHaveURL(/\/borger\/login$/);
  await page.goto("/borger/");
  await expect(page).toHaveURL(/\/borger\/login$/);
});

test("a citizen books a free time from the month calendar, sees it, moves it and cancels it", async ({ page }) => {
  await signInCitizen(page, (age) => age >= 30, 0);
  await page.getByRole("link", { name: `Se ledige tider: ${personal}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: personal })).toBeVisible();
  const offerId = Number(/tilbud\/(\d+)/.exec(page.url())?.[1]);
  const api = await portal<{ times: { start: string; advisorId: number }[]; openMonth: string; advisors: { id: number; name: string }[] }>(page, `/api/portal/offers/${offerId}/free-times`);
  expect(api.times.length).toBeGreaterThan(0);
  // the calendar opens on the month of the first free time, its day chosen
  const [y, m] = api.openMonth.split("-").map(Number);
  const monthName = new Intl.DateTimeFormat("da-DK", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 15)));
  await expect(page.locator("#month-h")).toHaveText(monthName);
  const firstDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date(api.times[0].start));
  await expect(page.locator(`[data-day="${firstDay}"]`)).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("[data-times] button").first()).toBeVisible();
  await expectAccessible(page, "an offer's free times");
  await shot(page, "citizen-free-times");

  // the offer lets the citizen choose the advisor: choosing one lists only theirs
  const advisor = api.advisors[1] ?? api.advisors[0];
  await page.getByLabel("Vejleder").selectOption({ label: advisor.name });
  const times = page.locator("[data-times] button");
  await expect(times.first()).toContainText(`hos ${advisor.name}`);
  const count = await times.count();
  for (let i = 0; i < count; i++) await expect(times.nth(i)).toContainText(advisor.name);
  // a later day: its times are listed
  const days = page.locator("button[data-day]");
  const lastDay = days.last();
  const chosenDay = await lastDay.getAttribute("data-day");
  await lastDay.click();
  await expect(lastDay).toHaveAttribute("aria-pressed", "true");
  const time = times.first();
  const label = (await time.textContent())!.trim();
  await time.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(personal);
  await expectAccessible(page, "the booking dialog");
  await dialog.getByRole("button", { name: "Book tiden" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Dit møde er booket" })).toBeVisible();
  await expect(page.locator(".planner-details")).toContainText(advisor.name);
  await expect(page.locator(".planner-details")).toContainText(label.split(" · ")[0]);
  await expectAccessible(page, "the confirmation");
  await page.getByRole("link", { name: "Gå til Mine møder" }).click();
  const booked = page.locator("[data-bookings] li");
  await expect(booked).toHaveCount(1);
  await expect(booked).toContainText(personal);
  // one coming booking per offer (issue 23): it is no longer offered under "Book et møde", and its page says so
  await expect(page.locator("[data-offers] h3", { hasText: personal })).toHaveCount(0);
  await expect(booked).toContainText(label.split(" · ")[0]);
  await shot(page, "citizen-my-meetings");

  // move it: the same offer's times, another time
  await booked.getByRole("link", { name: /^Flyt tid/ }).click();
  await expect(page.getByText(/Du flytter dit møde/)).toBeVisible();
  await expectAccessible(page, "moving a booking");
  const other = page.locator("button[data-day]").filter({ hasNot: page.locator(`[data-day="${chosenDay}"]`) });
  await page.locator(`button[data-day]:not([data-day="${chosenDay}"])`).first().click();
  const newLabel = (await page.locator("[data-times] button").first().textContent())!.trim();
  expect(other).toBeTruthy();
  await page.locator("[data-times] button").first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Flyt til denne tid" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dit møde er flyttet" })).toBeVisible();
  await expect(page.locator(".planner-details")).toContainText(newLabel.split(" · ")[0]);
  await page.getByRole("link", { name: "Gå til Mine møder" }).click();
  await expect(booked).toHaveCount(1);

  // cancel it: the dialog keeps it on "Behold mødet", cancels on "Meld afbud"
  await booked.getByRole("button", { name: /^Meld afbud/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Behold mødet" }).click();
  await expect(booked).toHaveCount(1);
  await booked.getByRole("button", { name: /^Meld afbud/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Meld afbud" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Du har meldt afbud" })).toBeVisible();
  await expect(booked).toHaveCount(0);
  await expect(page.getByText("Du har ingen bookede møder.")).toBeVisible();
  await expectAccessible(page, "Mine møder after cancelling");
});

test("a young citizen books the group workshop's session, and instant booking books the first free time", async ({ page }) => {
  await signInCitizen(page, (age) => age < 30, 1);
  await page.getByRole("link", { name: `Se ledige tider: ${workshop}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: workshop })).toBeVisible();
  const seat = page.locator("[data-times] button").first();
  await expect(seat).toContainText(/ledige? plads/);
  await seat.click();
  await page.getByRole("dialog").getByRole("button", { name: "Book tiden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dit møde er booket" })).toBeVisible();
  await expect(page.getByRole("status").first()).toContainText(workshop);

  await page.getByRole("link", { name: "Gå til Mine møder" }).click();
  await page.getByRole("button", { name: "Book første ledige tid" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Book tiden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dit møde er booket" })).toBeVisible();
  await page.getByRole("link", { name: "Gå til Mine møder" }).click();
  await expect(page.locator("[data-bookings] li")).toHaveCount(2);
});

test("a citizen whom no offer matches, or whose offer has no free time, gets a clear message", async ({ page }) => {
  await signInCitizen(page, (age) => age >= 30, 1);
  // Every demo citizen is an adult, and the demo's offers take every adult:
  // the portal's answers for a citizen matching nothing are given here.
  await page.route("**/api/portal/offers", (r) => r.fulfill({ json: { offers: [] } }));
  await page.reload();
  await expect(page.getByText(/Der er ingen møder, du kan booke lige nu/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Book første ledige tid" })).toHaveCount(0);
  await expectAccessible(page, "Mine møder without offers");
  await page.unroute("**/api/portal/offers");

  await page.reload();
  const link = page.getByRole("link", { name: `Se ledige tider: ${personal}` });
  const href = (await link.getAttribute("href"))!;
  for (const [empty, text] of [
    ["booking_deadline", "før din frist for at booke møde"],
    ["advisors_unavailable", "optaget eller fraværende"],
    ["offer_end", "før tilbuddet slutter"],
  ]) {
    await page.route("**/api/portal/offers/*/free-times", (r) => r.fulfill({ json: { times: [], empty } }));
    await page.goto(href);
    await expect(page.locator(`[data-empty="${empty}"]`)).toContainText(text);
    await page.unroute("**/api/portal/offers/*/free-times");
  }
  await expectAccessible(page, "an offer without free times");
});

test("at 320 px the pages fit and work with the keyboard alone", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signInCitizen(page, (age) => age >= 30, 2);
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await fits()).toBe(true);
  await expectAccessible(page, "Mine møder at 320 px");
  // keyboard: tab to the offer's link and follow it
  const link = page.getByRole("link", { name: `Se ledige tider: ${personal}` });
  for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: personal })).toBeFocused();
  await expect(page.locator("[data-times] button").first()).toBeVisible();
  expect(await fits()).toBe(true);
  await expectAccessible(page, "free times at 320 px");
  await shot(page, "citizen-free-times-320");
  // a day with the keyboard, then its first time
  const day = page.locator("button[data-day]").nth(1);
  for (let i = 0; i < 60 && !(await day.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(day).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(day).toHaveAttribute("aria-pressed", "true");
  const first = page.locator("[data-times] button").first();
  for (let i = 0; i < 60 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("button", { name: "Book tiden" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Dit møde er booket" })).toBeFocused();
  expect(await fits()).toBe(true);
  await shot(page, "citizen-booked-320");
});

test("a phone meeting tells the citizen who calls, and the number to call (issue 22)", async ({ page }) => {
  const base = await api<Record<string, unknown>>(demo.admin, "GET", "/api/offers/2");
  const { id: _id, changedAt: _c, changedBy: _b, ...fields } = base;
  void _id, _c, _b;
  const name = `Ring selv ind ${Date.now() % 100000}`;
  // of its own meeting type, so the offer list's filters in offers.spec.ts count the demo's offers only
  const offer = await api<{ id: number }>(demo.admin, "POST", "/api/offers", { ...fields, name, meetingType: "CV-samtale", caller: "citizen_calls", phone: "70 10 20 30", active: true });
  await signInCitizen(page, (age) => age >= 30, 4);
  const times = await portal<{ times: Record<string, unknown>[] }>(page, `/api/portal/offers/${offer.id}/free-times`);
  expect(times.times.length).toBeGreaterThan(0);
  const status = await page.evaluate(
    async ({ id, ft }) => {
      const s = (await (await fetch("/api/session")).json()) as { csrf: string };
      const res = await fetch("/api/portal/bookings", { method: "POST", headers: { "Content-Type": "application/json", "X-CSRF-Token": s.csrf }, body: JSON.stringify({ offerId: id, ...ft }) });
      return res.status;
    },
    { id: offer.id, ft: times.times[0] },
  );
  expect(status).toBe(201);
  await page.reload();
  const booked = page.locator("[data-call=citizen_calls]");
  await expect(booked).toContainText("Du ringer til jobcentret på 70 10 20 30");
  await expect(booked.getByRole("link", { name: "70 10 20 30" })).toHaveAttribute("href", "tel:70102030");
  await expectAccessible(page, "a booked phone meeting");
});

test("a month shown without free times is reported to Planner with the advisor asked for (issue 22, mail 5)", async ({ page }) => {
  // an offer whose first meeting day lies a month and a half ahead: the month before it is empty
  const base = await api<Record<string, unknown>>(demo.admin, "GET", "/api/offers/1");
  const { id: _id, changedAt: _c, changedBy: _b, ...fields } = base;
  void _id, _c, _b;
  const first = new Date(Date.now() + 45 * 86400_000);
  const firstDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(first);
  const name = `Senere samtale ${Date.now() % 100000}`;
  const offer = await api<{ id: number }>(demo.admin, "POST", "/api/offers", { ...fields, name, meetingType: "CV-samtale", firstMeetingDate: firstDay, rollingWeeks: 12, active: true });
  await signInCitizen(page, (age) => age >= 30, 5);
  await page.goto(`/borger/tilbud/${offer.id}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const times = await portal<{ advisors: { id: number; name: string }[]; openMonth: string }>(page, `/api/portal/offers/${offer.id}/free-times`);
  const [y, m] = times.openMonth.split("-").map(Number);
  const before = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
  const advisor = times.advisors[0];
  await page.getByLabel("Vejleder").selectOption({ label: advisor.name });
  const reported = page.waitForRequest((r) => r.url().endsWith(`/api/portal/offers/${offer.id}/browsed`) && r.method() === "POST");
  await page.getByRole("button", { name: "Forrige måned" }).click();
  await expect(page.locator("main")).toContainText("Der er ingen ledige tider i");
  const req = await reported;
  expect(req.postDataJSON()).toEqual({ advisorId: advisor.id, month: before });
  const answer = await (await req.response())!.json();
  expect(answer.freeTimes).toBe(0);
});
