// The meeting dialog (issue 22 point 2, guide B's "Indkaldelsesdetaljer"):
// a group meeting opened from the calendar has the tabs Generel,
// Deltagerliste, Korrespondance and Revisionslog, walked by keyboard; staff
// add citizens by hand ("Tilknyt borgere til møde"), a citizen the offer's
// rules refuse only with a reason the revision log keeps; "Indkald nu"
// sends the pending summonses.
import { day, type Item } from "./calendar-helpers";
import { api, demo, expect, expectAccessible, shot, test } from "./fixtures";

test("a group meeting's dialog: four tabs by keyboard, a citizen added by hand with a reason, then summoned now", async ({ admin }) => {
  // a citizen of 56, whom the demo's group offer (under 30) refuses, and one of 21 it admits
  const older = await api<{ id: number }>(demo.admin, "POST", "/api/citizens", { cpr: "010170-4325", name: "Erik Ældre", phone: "+45 20 30 40 50", note: "Foretrækker formiddage" });
  const young = await api<{ id: number }>(demo.admin, "POST", "/api/citizens", { cpr: "010305-4327", name: "Sara Ung" });
  expect(older.id && young.id).toBeTruthy();
  const from = day(new Date(Date.now() + 2 * 86400_000));
  const to = day(new Date(Date.now() + 56 * 86400_000));
  const v = await api<{ items: Item[] }>(demo.admin, "GET", `/api/calendar?advisors=1,2,3,4,5,6&from=${from}&to=${to}`);
  const group = v.items.find((i) => i.kind === "meeting" && i.form === "group" && (i.seats ?? 0) - (i.participants ?? 0) >= 2);
  expect(group, "the demo has a coming group meeting with two free seats").toBeTruthy();
  const it = group!;
  await admin.goto(`/kalender?advisors=${it.advisors[0]}&visning=dag&dato=${day(new Date(it.start))}`);
  const ev = admin.locator(`.cal-item[data-meeting="${it.meetingId}"]`).first();
  await ev.focus();
  await admin.keyboard.press("Enter");
  const dialog = admin.getByRole("dialog");
  const tab = (name: string) => dialog.getByRole("tab", { name });
  await expect(tab("Generel")).toHaveAttribute("aria-selected", "true");
  await expect(dialog).toContainText("Oprettet af");
  await expect(dialog).toContainText("Sendt til Jobnet.dk");
  await expectAccessible(admin, "the meeting dialog's general tab");
  await shot(admin, "meeting-general");

  // the arrow keys walk the tabs
  await tab("Generel").focus();
  await admin.keyboard.press("ArrowRight");
  await expect(tab("Deltagerliste")).toBeFocused();
  await expect(tab("Deltagerliste")).toHaveAttribute("aria-selected", "true");
  await expect(dialog.getByRole("link", { name: "Eksportér til Excel" })).toHaveAttribute("href", `/api/meetings/${it.meetingId}/participants.xlsx`);

  // add the older citizen: refused at the reason field, then added with one
  await dialog.getByRole("button", { name: "Tilknyt borgere til møde" }).click();
  await dialog.getByLabel("Borgerens CPR-nummer").fill("010170-4325");
  await admin.keyboard.press("Enter"); // finds the citizen
  await expect(dialog).toContainText("Fundet: Erik Ældre");
  await expect(dialog.getByRole("button", { name: "Tilknyt", exact: true })).toBeEnabled();
  await dialog.getByRole("button", { name: "Tilknyt", exact: true }).focus();
  await admin.keyboard.press("Enter");
  const reason = dialog.getByLabel("Begrundelse for undtagelse");
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.locator(".form-error-message")).toContainText("opfylder ikke tilbuddets regler");
  await expectAccessible(admin, "the participant tab's attach form with a refused reason");
  await expect(reason).toBeFocused(); // the refused field has the focus
  await admin.keyboard.type("Aftalt med teamleder: deltager som mentor");
  await admin.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Tilknyt", exact: true })).toBeFocused();
  await admin.keyboard.press("Enter");
  await expect(dialog.locator(".alert-success")).toContainText("Erik Ældre er tilknyttet mødet");
  const row = dialog.locator("tr", { hasText: "Erik Ældre" });
  await expect(row).toHaveAttribute("data-state", "pending");
  await expect(row).toContainText("+45 20 30 40 50");
  await expect(row).toContainText("Foretrækker formiddage");
  await expect(row).toContainText("010170-xxxx");
  await expect(dialog.getByRole("columnheader", { name: "Seneste notat" })).toBeVisible();
  await expect(dialog.getByRole("columnheader", { name: "Brevnr." })).toBeVisible();
  await expectAccessible(admin, "the meeting dialog's participant list");
  await shot(admin, "meeting-participants");

  // the young citizen needs no reason
  await dialog.getByRole("button", { name: "Tilknyt borgere til møde" }).click();
  await dialog.getByLabel("Borgerens CPR-nummer").fill("0103054327");
  await dialog.getByRole("button", { name: "Find borger" }).click();
  await dialog.getByRole("button", { name: "Tilknyt", exact: true }).click();
  await expect(dialog.locator("tr", { hasText: "Sara Ung" })).toHaveAttribute("data-state", "pending");

  // Generel: pending until "Indkald nu"
  await tab("Generel").click();
  await expect(dialog.locator("[data-status]")).toHaveText("Internt oprettet");
  await dialog.getByRole("button", { name: "Indkald nu" }).click();
  await expect(dialog.locator("[data-status]")).toHaveText("Eksternt kommunikeret");
  await expect(dialog.getByRole("button", { name: "Indkald nu" })).toHaveCount(0);

  // Korrespondance: the summonses went to Jobnet
  await tab("Korrespondance").click();
  await expect(dialog.locator('tr[data-channel="jobnet"]').first()).toBeVisible();
  await expectAccessible(admin, "the meeting dialog's correspondence");
  await shot(admin, "meeting-correspondence");

  // Revisionslog: the exception with its reason
  await tab("Revisionslog").click();
  await expect(dialog.locator('tr[data-action="exception"]')).toContainText("Aftalt med teamleder: deltager som mentor");
  await expect(dialog.locator('tr[data-action="send"]').first()).toBeVisible();
  await expectAccessible(admin, "the meeting dialog's revision log");
  await shot(admin, "meeting-revision-log");

  const d = await api<{ status: string; participants: { name: string; state: string }[] }>(demo.admin, "GET", `/api/meetings/${it.meetingId}`);
  expect(d.status).toBe("sent");
  expect(d.participants.filter((p) => p.name === "Erik Ældre" || p.name === "Sara Ung").map((p) => p.state)).toEqual(["sent", "sent"]);
  await admin.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
});
