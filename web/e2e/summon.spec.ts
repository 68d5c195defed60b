// "Indkald borgere" (issue 22 point 1, guide A's summoning flow): citizens
// chosen by CPR, an offer and the first free times or a time chosen from
// those Planner shows, the summonses created pending and reviewed in step
// 3 — a removal shows there — then sent with "Indkald nu" or left on the
// pending list; started from the calendar or from a citizen card.
import type { Locator, Page } from "@playwright/test";
import { api, demo, expect, expectAccessible, shot, test } from "./fixtures";

const stamp = Date.now() % 100000;
// three fresh citizens (born in 1980, serial numbers from the stamp), never in the demo's data
const cprs = [0, 1, 2].map((i) => `0${i + 1}02801${String((stamp + i) % 1000).padStart(3, "0")}`);
const names = ["Ane", "Bo", "Cy"].map((n) => `Indkaldt ${n} ${stamp}`);
const dashed = (c: string) => `${c.slice(0, 6)}-${c.slice(6)}`;

/** chooseOffer picks the offer whose option names it. */
async function chooseOffer(page: Page, name: string): Promise<void> {
  const select = page.getByLabel("Mødetype og tilbud");
  await select.selectOption((await select.locator("option", { hasText: name }).getAttribute("value"))!);
}

test("an advisor summons three citizens from the calendar: first free times, one removed in review, one deleted in the calendar, the last sent now", async ({ admin, page }) => {
  for (const [i, cpr] of cprs.entries()) await api(demo.admin, "POST", "/api/citizens", { cpr, name: names[i] });
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  await admin.goto("/kalender");
  await admin.getByRole("link", { name: "Indkald borgere" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Indkald borgere" })).toBeVisible();
  await expect(admin.locator('.step-indicator [aria-current="step"]')).toContainText("Vælg borgere");

  // step 1 by keyboard: an unknown CPR is refused at the field, then two citizens are added
  const cpr = admin.getByLabel("Borgerens CPR-nummer");
  await cpr.fill("010101-0000");
  await cpr.press("Enter");
  await expect(cpr).toHaveAttribute("aria-invalid", "true");
  await expect(admin.locator("#summon-cpr-error")).toContainText("ingen borger");
  for (const [i, c] of cprs.entries()) {
    await cpr.fill(dashed(c));
    await cpr.press("Enter");
    await expect(admin.locator(".planner-summon-citizens li")).toHaveCount(i + 1);
  }
  await expect(admin.locator(".planner-summon-citizens li")).toHaveCount(3);
  await expectAccessible(admin, "summoning step 1");
  await shot(admin, "summon-citizens");
  await admin.getByRole("button", { name: "Næste" }).click();

  // step 2: the offer, then the first free times
  await expect(admin.locator('.step-indicator [aria-current="step"]')).toContainText("Vælg møde og tid");
  await chooseOffer(admin, "Personlig samtale med din sagsbehandler");
  await expect(admin.getByLabel("Fordel på de første ledige tider")).toBeChecked();
  await expect(admin.getByLabel("Vælg tiden selv")).toBeDisabled();
  await expectAccessible(admin, "summoning step 2");
  await admin.getByRole("button", { name: "Opret indkaldelser" }).click();

  // step 3: all pending; one removed here, one deleted in the calendar (step 3 follows), the last sent now
  await expect(admin.locator('.step-indicator [aria-current="step"]')).toContainText("Gennemse og indkald");
  const rows = admin.locator(".planner-summon-review tbody tr");
  await expect(rows).toHaveCount(3);
  for (let i = 0; i < 3; i++) await expect(rows.nth(i)).toHaveAttribute("data-state", "pending");
  await expect(admin.getByRole("link", { name: new RegExp(`Vis ${names[0]}s møde i kalenderen`) })).toHaveAttribute("href", /\/kalender\?advisors=\d+&visning=dag&dato=/);
  await expectAccessible(admin, "summoning step 3");
  await shot(admin, "summon-review");
  await admin.getByRole("button", { name: `Fjern: ${names[1]}` }).click();
  await admin.getByRole("dialog", { name: "Fjern indkaldelsen?" }).getByRole("button", { name: "Fjern" }).click();
  await expect(admin.locator(`.planner-summon-review tr[data-state="gone"]`)).toHaveCount(1);
  const cy = (await api<{ rows: { citizenName: string; meetingId: number }[] }>(demo.admin, "POST", "/api/summonses/query", { list: "pending", search: names[2] })).rows[0];
  await api(demo.admin, "DELETE", `/api/meetings/${cy.meetingId}`);
  await expect(admin.locator(`.planner-summon-review tr[data-state="gone"]`)).toHaveCount(2, { timeout: 20_000 });
  await admin.getByRole("button", { name: "Indkald nu" }).click();
  await expect(admin.locator(".alert-success")).toContainText("sendt til Jobnet");
  await expect(rows.filter({ hasText: names[0] })).toHaveAttribute("data-state", "sent");
  expect(urls.filter((u) => cprs.some((c) => u.includes(c) || u.includes(dashed(c))))).toEqual([]);
});

test("a citizen card starts the summoning; a group meeting with free seats is chosen and the summons left on the pending list, by keyboard alone", async ({ admin }) => {
  const cpr = `0303057${String((stamp + 2) % 1000).padStart(3, "0")}`; // 21 years old: the demo's group offer admits them
  await api(demo.admin, "POST", "/api/citizens", { cpr, name: `Gruppe Gitte ${stamp}` });
  const offers = await api<{ offers: { id: number; name: string }[] }>(demo.admin, "GET", "/api/offers");
  const workshop = offers.offers.find((o) => o.name === "Workshop: Jobsøgning for unge")!;
  const press = async (target: Locator, key = "Enter") => {
    await target.focus();
    await admin.keyboard.press(key);
  };
  await admin.goto("/soeg");
  await admin.getByLabel("CPR-nr. eller indkaldelsesnr.").fill(dashed(cpr));
  await admin.keyboard.press("Enter");
  await press(admin.getByRole("link", { name: "Indkald borgeren" }));
  await expect(admin.locator(".planner-summon-citizens")).toContainText(`Gruppe Gitte ${stamp}`);
  await press(admin.getByRole("button", { name: "Næste" }));
  const offer = admin.getByLabel("Mødetype og tilbud");
  await offer.focus();
  for (let i = 0; i < 20 && (await offer.inputValue()) !== String(workshop.id); i++) await admin.keyboard.press("ArrowDown");
  await expect(offer).toHaveValue(String(workshop.id));
  await press(admin.getByLabel("Vælg et fællesmøde med ledige pladser"), "Space");
  await expect(admin.getByLabel("Vælg et fællesmøde med ledige pladser")).toBeChecked();
  const first = admin.locator(".planner-summon-times input[type=radio]").first();
  await press(first, "Space");
  await expect(first).toBeChecked();
  const label = await admin.locator(".planner-summon-times label").first().innerText();
  expect(label).toMatch(/ledige pladser/);
  await expectAccessible(admin, "summoning step 2 with group meetings");
  await shot(admin, "summon-time");
  await press(admin.getByRole("button", { name: "Opret indkaldelser" }));
  await expect(admin.locator(".planner-summon-review tbody tr")).toHaveAttribute("data-state", "pending");
  await press(admin.getByRole("button", { name: "Afslut – lad dem ligge på afventerlisten" }));
  await expect(admin).toHaveURL(/\/afventer/);
  await expect(admin.locator("main")).toContainText(`Gruppe Gitte ${stamp}`);
});

test("Indkald nu in a pending summons' details sends it (guide A)", async ({ admin }) => {
  const cpr = `0606801${String((stamp + 7) % 1000).padStart(3, "0")}`;
  const c = await api<{ id: number }>(demo.admin, "POST", "/api/citizens", { cpr, name: `Detalje Dorte ${stamp}` });
  const made = await api<{ summonses: { number: string }[] }>(demo.admin, "POST", "/api/summonses/bulk", { offerId: 1, citizens: [c.id] });
  const number = made.summonses[0].number;
  await admin.goto(`/soeg/indkaldelse/${number}`);
  await expect(admin.locator("[data-fact=state]")).toHaveText("Internt oprettet");
  await admin.getByRole("button", { name: "Indkald nu" }).click();
  await expect(admin.locator("[data-fact=state]")).toHaveText("Eksternt kommunikeret");
  await expect(admin.getByRole("button", { name: "Indkald nu" })).toHaveCount(0);
  await expectAccessible(admin, "a sent summons' details");
});
