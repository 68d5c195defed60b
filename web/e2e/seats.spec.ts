// A group meeting's seats (issue 22, guide B: "muligt at redigere antallet
// af pladser, på et allerede oprettet fællesmøde"): shown with the free
// seats in the meeting's details and changed there, never below the
// citizens booked.
import { day, type Item } from "./calendar-helpers";
import { api, demo, expect, expectAccessible, test } from "./fixtures";

test("an advisor changes a group meeting's seats in its details, never below the booked count", async ({ admin }) => {
  const from = day(new Date());
  const to = day(new Date(Date.now() + 56 * 86400_000));
  const v = await api<{ items: Item[] }>(demo.admin, "GET", `/api/calendar?advisors=1,2,3,4,5,6&from=${from}&to=${to}`);
  const group = v.items.find((i) => i.kind === "meeting" && i.form === "group" && (i.seats ?? 0) > 0);
  expect(group, "the demo has a group meeting").toBeTruthy();
  const it = group!;
  const booked = it.participants ?? 0;
  await admin.goto(`/kalender?advisors=${it.advisors[0]}&visning=dag&dato=${day(new Date(it.start))}`);
  const ev = admin.locator(`.cal-item[data-meeting="${it.meetingId}"]`).first();
  await expect(ev).toBeVisible();
  await ev.focus();
  await admin.keyboard.press("Enter");
  const details = admin.getByRole("dialog");
  await expect(details).toContainText("Kapacitet");
  await expect(details).toContainText("Ledige pladser");
  const seats = details.getByLabel("Antal pladser");
  await expect(seats).toHaveValue(String(it.seats));
  await expectAccessible(admin, "a group meeting's details with its seats");

  // below the booked count is refused at the field (when someone is booked), or 0 seats
  await seats.fill(String(Math.max(0, booked - 1)));
  await details.getByRole("button", { name: "Gem pladser" }).click();
  await expect(seats).toHaveAttribute("aria-invalid", "true");

  await seats.fill(String(booked + 3));
  await details.getByRole("button", { name: "Gem pladser" }).click();
  await expect(admin.locator(".alert-success").first()).toContainText(`Mødet har nu ${booked + 3} pladser.`);
  const after = await api<{ items: Item[] }>(demo.admin, "GET", `/api/calendar?advisors=${it.advisors[0]}&from=${day(new Date(it.start))}&to=${day(new Date(it.start))}`);
  expect(after.items.find((x) => x.meetingId === it.meetingId)?.seats).toBe(booked + 3);
});
