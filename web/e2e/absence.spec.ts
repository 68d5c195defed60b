// Absence (§3): report an advisor absent with a note, the two
// confirmations, the rebooking step, the red bar in the calendar, and
// "Tilstedeværende" from the absence screen and from the calendar.
import { api, demo, expect, expectAccessible, shot, test } from "./fixtures";
import { at, ownMeeting, weekday } from "./calendar-helpers";

interface Item {
  kind: string;
  state: string;
  start: string;
  advisors: number[];
  meetingId?: number;
  absenceId?: number;
  note?: string;
}

const calendar = (advisor: number, date: string) => api<{ items: Item[]; redBar: number[] }>(demo.admin, "GET", `/api/calendar?advisors=${advisor}&from=${date}&to=${date}`);

test("an absence over a meeting shows the red bar, and confirming with rebooking moves the meeting as proposed", async ({ admin }) => {
  const date = weekday(10);
  const { meetingId } = await ownMeeting(5, date, "09:00");
  await admin.goto("/kalender/fravaer?advisor=5");
  await expect(admin.getByRole("heading", { level: 1, name: "Meld fraværende" })).toBeVisible();
  await expect(admin.getByLabel("Vejleder", { exact: true })).toHaveValue("5");
  await expectAccessible(admin, "the absence form");
  await admin.getByLabel("Fra dato").fill(date);
  await admin.getByLabel("Fra klokken").fill("08:00");
  await admin.getByLabel("Til dato").fill(date);
  await admin.getByLabel("Til klokken").fill("12:00");
  await admin.getByLabel(/Beskrivelse af fravær/).fill("Kursus i Vejle");
  await admin.getByRole("button", { name: "Bekræft og fortsæt til ombooking" }).click();
  await expect(admin.locator(".alert-success")).toContainText("Ali Hassan er meldt fraværende");
  const row = admin.locator(`.abs-table tr[data-meeting="${meetingId}"]`);
  await expect(row).toContainText("Personlig samtale med din sagsbehandler");
  await expect(row.getByRole("checkbox")).toBeChecked();
  await expectAccessible(admin, "the rebooking step");
  await shot(admin, "absence-rebooking");

  // meanwhile the calendar shows the absence in yellow with its note, and the red bar over Ali
  const cal = await admin.context().newPage();
  await cal.goto(`/kalender?advisors=5&visning=dag&dato=${date}`);
  const head = cal.locator('[data-col="a5"] .cal-col-head');
  await expect(head).toHaveClass(/cal-redbar/);
  await expect(head).toContainText("Har møder i et fravær");
  await expect(cal.locator('[data-col="a5"] .cal-item.cal-state-absence')).toContainText("Kursus i Vejle");
  await expect(cal.locator(`[data-col="a5"] .cal-item[data-meeting="${meetingId}"]`)).toBeVisible();
  await expectAccessible(cal, "the calendar with a red bar");
  await shot(cal, "calendar-red-bar");

  await admin.getByRole("button", { name: "Ombook valgte" }).click();
  await expect(row).toContainText("Flyttet");
  await expect(admin.locator(".abs-rebook .alert-success")).toContainText("1 møde er ombooket");
  // the meeting left the absence: the red bar goes with the next poll
  const after = await calendar(5, date);
  const still = after.items.find((i) => i.meetingId === meetingId);
  expect(still === undefined || new Date(still.start).getTime() >= at(date, "12:00").getTime() || !still.advisors.includes(5)).toBe(true);
  await expect(head).not.toHaveClass(/cal-redbar/, { timeout: 15_000 });
  await cal.close();

  // the absence is cancelled from the list below the form
  const listed = admin.locator(".abs-list li", { hasText: "Kursus i Vejle" });
  await expect(listed).toBeVisible();
  await listed.getByRole("button", { name: /Meld tilstedeværende/ }).click();
  await admin.getByRole("dialog", { name: "Meld tilstedeværende?" }).getByRole("button", { name: "Tilstedeværende" }).click();
  await expect(listed).toHaveCount(0);
  expect((await calendar(5, date)).items.filter((i) => i.kind === "absence" && i.note === "Kursus i Vejle")).toEqual([]);
});

test("an absence confirmed without rebooking is yellow in the calendar, can be changed, and the calendar reports the advisor present again", async ({ admin }) => {
  const date = weekday(12);
  await admin.goto("/kalender/fravaer?advisor=6");
  await admin.getByLabel("Fra dato").fill(date);
  await admin.getByLabel("Fra klokken").fill("13:00");
  await admin.getByLabel("Til dato").fill(date);
  await admin.getByLabel("Til klokken").fill("15:00");
  await admin.getByLabel(/Beskrivelse af fravær/).fill("Tandlæge");
  await admin.getByRole("button", { name: "Bekræft uden ombooking" }).click();
  await expect(admin.locator(".alert-success")).toContainText("Mette Lund er meldt fraværende");
  await expect(admin.locator(".abs-rebook")).toHaveCount(0);
  const abs = (await calendar(6, date)).items.find((i) => i.kind === "absence" && i.note === "Tandlæge");
  expect(abs).toBeTruthy();

  await admin.goto(`/kalender?advisors=6&visning=dag&dato=${date}`);
  const yellow = admin.locator(`[data-col="a6"] .cal-item[data-absence="${abs!.absenceId}"]`);
  await expect(yellow).toHaveClass(/cal-state-absence/);
  await expect(yellow).toContainText("Fravær: Tandlæge");
  await yellow.focus();
  await expect(admin.locator(".cal-tip")).toContainText("Tandlæge");
  // change it: the details lead to the absence screen with the form filled in
  await admin.keyboard.press("Enter");
  await admin.getByRole("dialog").getByRole("link", { name: "Ret fravær" }).click();
  await expect(admin.getByRole("heading", { level: 2, name: /Ret fraværet/ })).toBeVisible();
  await expect(admin.getByLabel(/Beskrivelse af fravær/)).toHaveValue("Tandlæge");
  await expect(admin.getByLabel("Fra klokken")).toHaveValue("13:00");
  await admin.getByLabel("Til klokken").fill("16:00");
  await admin.getByLabel(/Beskrivelse af fravær/).fill("Tandlæge og frisør");
  await expectAccessible(admin, "changing an absence");
  await admin.getByRole("button", { name: "Bekræft uden ombooking" }).click();
  await expect(admin.locator(".alert-success")).toContainText("Mette Lund er meldt fraværende");
  const changed = (await calendar(6, date)).items.filter((i) => i.kind === "absence" && i.absenceId === abs!.absenceId);
  expect(changed.map((i) => i.note)).toEqual(["Tandlæge og frisør"]);
  await admin.getByRole("link", { name: "Tilbage til kalenderen" }).click();
  await expect(yellow).toContainText("Fravær: Tandlæge og frisør");
  await yellow.focus();
  await admin.keyboard.press("Enter");
  const dlg = admin.getByRole("dialog");
  await expect(dlg).toContainText("Tandlæge og frisør");
  await dlg.getByRole("button", { name: "Tilstedeværende" }).click();
  await admin.getByRole("dialog", { name: "Meld tilstedeværende?" }).getByRole("button", { name: "Tilstedeværende" }).click();
  await expect(admin.locator(".cal-notice .alert-success")).toContainText("vejlederen er tilstedeværende");
  await expect(yellow).toHaveCount(0);
  expect((await calendar(6, date)).items.some((i) => i.absenceId === abs!.absenceId)).toBe(false);
});

test("an absence that ends before it starts is refused at the field, in the user's language", async ({ admin }) => {
  const date = weekday(14);
  await admin.goto("/kalender/fravaer?advisor=1");
  await admin.getByLabel("Fra dato").fill(date);
  await admin.getByLabel("Fra klokken").fill("12:00");
  await admin.getByLabel("Til dato").fill(date);
  await admin.getByLabel("Til klokken").fill("10:00");
  await admin.getByRole("button", { name: "Bekræft uden ombooking" }).click();
  await expect(admin.getByLabel("Til dato")).toHaveAttribute("aria-invalid", "true");
  await expect(admin.locator("#abs-to-date-error")).toContainText("skal ligge efter");
  await expect(admin.getByLabel("Til dato")).toBeFocused();
  await expectAccessible(admin, "the absence form with an error");
});
