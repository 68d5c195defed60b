// Online offers (§4): the 4-step wizard with its per-step field errors and
// the rule builder's live sentence and contradictions, the offer list's
// filters and sorting, the offer page (free places per ISO week, booked
// citizens searched by CPR without it entering a URL, the Excel list,
// activate/deactivate, edit), and the new offer reaching the citizens'
// portal API.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { api, demo, expect, expectAccessible, shot, test } from "./fixtures";

const stamp = Date.now().toString(36);
const offerName = `E2E uddannelseshjælp ${stamp}`;
const group = "Modtager af uddannelseshjælp";
// a citizen of our own, so the test knows the full CPR (the API answers it masked)
const cpr = `1505952${String(Math.floor(Math.random() * 900) + 100)}`;
const cprDashed = `${cpr.slice(0, 6)}-${cpr.slice(6)}`;
let offerId = 0;

interface PortalOffer {
  id: number;
  name: string;
}
const portalOffers = async () => (await api<{ offers: PortalOffer[] }>(demo.portal, "GET", "/api/portal/offers", undefined, { "Planner-Citizen": cpr })).offers;

/** ruleRow is rule r (from 0) of group g. */
const ruleRow = (page: Page, g: number, r: number) => page.locator(`[data-rule="${g}.${r}"]`);

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const today = new Date();
  const plus = (days: number) => new Date(today.getTime() + days * 86400_000).toISOString().slice(0, 10);
  await api(demo.admin, "POST", "/api/citizens", {
    cpr, name: `Ea Testesen ${stamp}`, contactGroup: group, assessment: "Jobparat", registeredSince: plus(-70),
    bookingDeadline: plus(60), dropDate: plus(90),
  });
});

test("the wizard creates an offer with a rule group, showing each step's error at its field", async ({ admin }) => {
  const urls: string[] = [];
  admin.on("request", (r) => urls.push(r.url()));
  await admin.goto("/tilbud");
  await admin.getByRole("link", { name: "Opret onlinetilbud" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Opret onlinetilbud" })).toBeVisible();
  await expect(admin.locator('.step-indicator [aria-current="step"]')).toContainText("Tilbudstype");
  await expectAccessible(admin, "wizard step 1");

  // step 1: an empty name is refused by the API, shown at the field, summarised at the top, focused
  await admin.getByRole("button", { name: "Næste" }).click();
  const name = admin.getByLabel("Navn på tilbud");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(admin.locator("#f-name-error")).toContainText("påkrævet");
  await expect(admin.locator(".planner-error-summary")).toContainText("Der er fejl i trin 1");
  await expect(name).toBeFocused();
  await expectAccessible(admin, "wizard step 1 with a field error");
  await name.fill(offerName);
  await admin.getByLabel("Beskrivelse af tilbud").fill("Et tilbud til borgere på uddannelseshjælp, lavet af browsertesten.");
  await expect(admin.locator("[data-chars]")).toContainText("66 tegn");
  await admin.getByRole("button", { name: "Næste" }).click();
  await expect(admin.getByLabel("Samtaletype", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await admin.getByLabel("Samtaletype", { exact: true }).selectOption("Jobsamtale");
  await admin.getByLabel("Telefon").check();
  await expect(admin.getByLabel("Vejleder ringer til borger")).toBeChecked();
  await admin.getByLabel("Personlig kontakt").check();
  await expect(admin.getByLabel("Vejleder ringer til borger")).toHaveCount(0);
  await admin.getByRole("button", { name: "Næste" }).click();

  // step 2: the team is required
  await expect(admin.locator('.step-indicator [aria-current="step"]')).toContainText("Tid");
  await expect(admin.getByLabel("Varighed (antal minutter)")).toHaveValue("30");
  await admin.getByRole("button", { name: "Næste" }).click();
  await expect(admin.getByLabel("Team")).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByLabel("Team")).toBeFocused();
  await admin.getByLabel("Team").selectOption({ label: "Team Syd" });
  await admin.getByRole("button", { name: "Næste" }).click();
  await expect(admin.locator("#f-advisors-error")).toContainText("mindst én vejleder");
  await admin.getByLabel("Bo Poulsen").check();
  await admin.getByLabel("Nikoline Holm").check();
  await admin.getByLabel("15", { exact: true }).check();
  await admin.getByLabel(/^Løbende slutdato/).fill("3");
  await admin.getByRole("radio", { name: /Ja – frem til/ }).check();
  await admin.getByLabel("Antal dage før samtaledato", { exact: true }).fill("2");
  await expectAccessible(admin, "wizard step 2");
  await admin.getByRole("button", { name: "Næste" }).click();

  // step 3: the rule builder, its sentence and contradictions come from the API
  await expect(admin.locator('.step-indicator [aria-current="step"]')).toContainText("Deltagere");
  await ruleRow(admin, 0, 0).getByLabel("Regeltype").selectOption({ label: "Kontaktgruppe" });
  await expect(ruleRow(admin, 0, 0).getByLabel("Betingelse")).toHaveValue("=");
  await ruleRow(admin, 0, 0).getByLabel("Kriterium").selectOption(group);
  await expect(admin.locator("[data-sentence]")).toHaveText(`kontaktgruppe er "${group}"`);
  await admin.getByRole("button", { name: "Tilføj regel (Regelgruppe 1)" }).click();
  await ruleRow(admin, 0, 1).getByLabel("Regeltype").selectOption({ label: "Alder" });
  await ruleRow(admin, 0, 1).getByLabel("Betingelse").selectOption({ label: "Mindre end" });
  await ruleRow(admin, 0, 1).getByLabel("Kriterium").fill("0");
  await expect(ruleRow(admin, 0, 1).getByLabel("Kriterium")).toHaveAttribute("aria-invalid", "true");
  await expect(admin.locator("#f-rules-groups-0-rules-1-value-error")).toContainText("større end 0");
  await ruleRow(admin, 0, 1).getByLabel("Kriterium").fill("16");
  await admin.getByRole("button", { name: "Tilføj regel (Regelgruppe 1)" }).click();
  await ruleRow(admin, 0, 2).getByLabel("Regeltype").selectOption({ label: "Alder" });
  await ruleRow(admin, 0, 2).getByLabel("Betingelse").selectOption({ label: "Større end eller lig med" });
  await ruleRow(admin, 0, 2).getByLabel("Kriterium").fill("18");
  await expect(admin.locator("[data-contradictions]")).toContainText("gruppe 1, regel 2");
  await expect(admin.locator("[data-contradictions]")).toContainText("Ingen borger kan opfylde reglerne");
  await expect(admin.locator("[data-contradictions]")).toContainText("intet helt tal opfylder alle reglerne om alder");
  await admin.getByRole("button", { name: "Fjern regel 2 i gruppe 1" }).click();
  await expect(admin.locator("[data-contradictions]")).toHaveCount(0);
  await admin.getByRole("button", { name: "Tilføj regelgruppe" }).click();
  await expect(admin.locator('[data-group="1"]').getByLabel("Forbindes med gruppen før med")).toHaveValue("and");
  await admin.locator('[data-group="1"]').getByLabel("Borgeren skal opfylde").selectOption("any");
  await ruleRow(admin, 1, 0).getByLabel("Regeltype").selectOption({ label: "I aktivering" });
  await ruleRow(admin, 1, 0).getByLabel("Kriterium").selectOption({ label: "Nej" });
  await admin.getByRole("button", { name: "Tilføj regel (Regelgruppe 2)" }).click();
  await ruleRow(admin, 1, 1).getByLabel("Regeltype").selectOption({ label: "Visitationsgruppe" });
  await ruleRow(admin, 1, 1).getByLabel("Kriterium").selectOption("Jobparat");
  await expect(admin.locator("[data-sentence]")).toHaveText(`(kontaktgruppe er "${group}" og alder er mindst 18) og (i aktivering er nej eller visitationsgruppe er "Jobparat")`);
  await expect(admin.locator("[data-rule-count]")).toHaveText("4 af højst 30 regler");
  await expectAccessible(admin, "wizard step 3, the rule builder");
  await admin.locator('[data-group="1"]').scrollIntoViewIfNeeded();
  await admin.evaluate(() => window.scrollBy(0, 250));
  await shot(admin, "offer-wizard-rules");
  await admin.getByRole("button", { name: "Næste" }).click();

  // step 4: the summary, a way back to any step, save
  await expect(admin.locator('.step-indicator [aria-current="step"]')).toContainText("Opsummering");
  await expect(admin.locator(".planner-wizard")).toContainText(offerName);
  await expect(admin.locator("[data-summary-sentence]")).toContainText("alder er mindst 18");
  await expectAccessible(admin, "wizard step 4, the summary");
  await admin.getByRole("button", { name: "Ret tid" }).click();
  await expect(admin.getByLabel(/^Løbende slutdato/)).toHaveValue("3");
  await admin.locator(".step-indicator").getByRole("link", { name: /Opsummering/ }).click();
  // every field of the offer but its name and dates, saved as a template (guide B)
  await admin.getByRole("button", { name: "Gem skabelonen" }).click();
  await expect(admin.getByLabel("Skabelonens navn")).toHaveAttribute("aria-invalid", "true");
  await admin.getByLabel("Skabelonens navn").fill(`Skabelon fra ${offerName}`);
  await admin.getByRole("button", { name: "Gem skabelonen" }).click();
  await expect(admin.locator(".planner-template-save .alert-success")).toContainText(`Skabelonen Skabelon fra ${offerName} er gemt.`);
  const saved = (await api<{ templates: { name: string; fields: Record<string, unknown> }[] }>(demo.admin, "GET", "/api/templates")).templates.find((x) => x.name === `Skabelon fra ${offerName}`);
  expect(saved?.fields).toMatchObject({ meetingType: "Jobsamtale", channel: "in_person", rollingWeeks: 3 });
  expect((saved?.fields.rules as { groups: unknown[] }).groups).toHaveLength(2);
  expect(saved?.fields.name ?? "").toBe("");
  await admin.getByRole("button", { name: "Gem tilbud" }).click();
  await expect(admin).toHaveURL(/\/tilbud\/\d+$/);
  offerId = Number(new URL(admin.url()).pathname.split("/")[2]);
  await expect(admin.getByRole("heading", { level: 1, name: offerName })).toBeVisible();
  expect(urls.filter((u) => u.includes(cpr))).toEqual([]);

  // the citizens' portal shows it to the matching citizen
  expect((await portalOffers()).map((o) => o.name)).toContain(offerName);
});

test("the offer page shows details, free places per ISO week live, and booked citizens searchable by CPR", async ({ admin }) => {
  expect(offerId).toBeGreaterThan(0);
  const urls: string[] = [];
  admin.on("request", (r) => urls.push(r.url()));
  await admin.goto(`/tilbud/${offerId}`);
  await expect(admin.getByRole("heading", { level: 1, name: offerName })).toBeVisible();
  const details = admin.locator(".planner-details");
  await expect(details).toContainText("Personlig kontakt");
  await expect(details).toContainText("Individuelt møde");
  await expect(details).toContainText("30 minutter");
  await expect(details).toContainText("Bo Poulsen, Nikoline Holm");
  await expect(admin.locator("[data-status]")).toHaveText("Aktiv");
  await expect(admin.locator("[data-week]").first()).toBeVisible();
  const before = await api<{ weeks: { year: number; week: number; count: number }[] }>(demo.admin, "GET", `/api/offers/${offerId}/page`);
  expect(before.weeks.length).toBeGreaterThan(0);
  const first = before.weeks[0];
  const cell = admin.locator(`[data-week="${first.year}-W${first.week}"] td`);
  await expect(cell).toHaveText(String(first.count));

  // the citizen books the first free time on the portal; the week's count drops without a reload
  const times = await api<{ times: { start: string; end: string; advisorId: number }[] }>(demo.portal, "GET", `/api/portal/offers/${offerId}/free-times`, undefined, { "Planner-Citizen": cpr });
  expect(times.times.length).toBeGreaterThan(0);
  await api(demo.portal, "POST", "/api/portal/bookings", { cpr, offerId, ...times.times[0] });
  const after = await api<{ weeks: { year: number; week: number; count: number }[] }>(demo.admin, "GET", `/api/offers/${offerId}/page`);
  const w = after.weeks.find((x) => x.year === first.year && x.week === first.week);
  await expect(cell).toHaveText(String(w?.count ?? "-"), { timeout: 15_000 });
  // a booking is listed once Jobnet has it (the demo's simulator takes it within seconds)
  const booked = admin.locator(".planner-booked tbody");
  await expect(booked).toContainText(cprDashed, { timeout: 30_000 });
  await expect(booked).toContainText(`Ea Testesen ${stamp}`);
  await expect(booked).toContainText(group);
  await expectAccessible(admin, "the offer page");
  await shot(admin, "offer-page");

  await admin.getByLabel("Søg på navn eller CPR-nummer").fill(cprDashed);
  await admin.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(booked.locator("tr")).toHaveCount(1);
  await expect(booked).toContainText(cprDashed);
  await admin.getByLabel("Søg på navn eller CPR-nummer").fill("ingen-med-det-navn");
  await admin.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(booked).toContainText("Ingen tilmeldte borgere passer til søgningen.");
  await admin.getByRole("button", { name: "Vis alle" }).click();
  await expect(booked).toContainText(cprDashed);
  expect(urls.filter((u) => u.includes(cpr) || u.includes(cprDashed))).toEqual([]);

  // the participant list as Excel (an xlsx is a zip: "PK")
  const [download] = await Promise.all([admin.waitForEvent("download"), admin.getByRole("link", { name: "Hent deltagerliste" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = readFileSync((await download.path())!);
  expect(file.subarray(0, 2).toString()).toBe("PK");
  const type = await admin.evaluate(async (id) => (await fetch(`/api/offers/${id}/participants.xlsx`)).headers.get("content-type"), offerId);
  expect(type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  // a CPR on the offer page opens the citizen card (issue 22), by keyboard, the CPR never in the address
  const link = booked.getByRole("link", { name: new RegExp(`åbn borgerkortet for Ea Testesen ${stamp}`) });
  await link.focus();
  await admin.keyboard.press("Enter");
  await expect(admin).toHaveURL(/\/soeg$/);
  await expect(admin.locator("#citizen-card-h")).toBeVisible();
  await expect(admin.locator("main")).toContainText(`Ea Testesen ${stamp}`);
  await expect(admin.locator("main")).toContainText(cprDashed);
  await expectAccessible(admin, "the citizen card opened from the offer page");
  expect(urls.filter((u) => u.includes(cpr) || u.includes(cprDashed))).toEqual([]);
});

test("deactivating hides the offer from citizens, activating shows it again", async ({ admin }) => {
  await admin.goto(`/tilbud/${offerId}`);
  await admin.getByRole("button", { name: "Deaktiver tilbud" }).click();
  await expect(admin.locator("[data-status]")).toHaveText("Inaktiv");
  await expect(admin.getByRole("status")).toContainText("deaktiveret");
  expect((await portalOffers()).map((o) => o.name)).not.toContain(offerName);
  await admin.goto("/tilbud");
  await admin.getByLabel("Inaktive").check();
  await expect(admin.locator(`[data-offer="${offerId}"]`)).toContainText("Nej");
  await expectAccessible(admin, "the inactive offers");
  await admin.getByRole("link", { name: offerName }).click();
  await admin.getByRole("button", { name: "Aktiver tilbud" }).click();
  await expect(admin.locator("[data-status]")).toHaveText("Aktiv");
  expect((await portalOffers()).map((o) => o.name)).toContain(offerName);
});

test("the offer list filters by name, team, type, form, channel and target contact group, and sorts", async ({ admin }) => {
  await admin.goto("/tilbud");
  await expect(admin.getByRole("heading", { level: 1, name: "Onlinetilbud" })).toBeVisible();
  const rows = admin.locator(".planner-offer-table tbody tr");
  await expect(rows.first()).toBeVisible();
  const all = await rows.count();
  expect(all).toBeGreaterThanOrEqual(4);
  await expectAccessible(admin, "the offer list");
  await shot(admin, "offers");

  await admin.getByLabel("Søg på navn").fill(stamp);
  await admin.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(offerName);
  await admin.getByRole("button", { name: "Nulstil" }).click();
  await expect(rows).toHaveCount(all);
  await expect(admin.getByLabel("Søg på navn")).toHaveValue("");

  await admin.getByLabel("Online tilbuddets målgruppe (kontaktgruppe)").selectOption(group);
  await admin.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(rows.filter({ hasText: offerName })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Telefonisk opfølgning" })).toHaveCount(0);
  await admin.getByRole("button", { name: "Nulstil" }).click();

  await admin.getByLabel("Mødeform").selectOption("group");
  await admin.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Workshop: Jobsøgning for unge");
  await admin.getByRole("button", { name: "Nulstil" }).click();
  await admin.getByLabel("Afholdelsesform").selectOption("phone");
  await admin.getByLabel("Team").selectOption({ label: "Ydelse" });
  await admin.getByLabel("Samtaletype").selectOption("Opfølgningssamtale");
  await admin.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Telefonisk opfølgning");
  await admin.getByRole("button", { name: "Nulstil" }).click();
  await expect(rows).toHaveCount(all);

  // sorting: by name ascending first, then descending; by channel
  const nameHeader = admin.locator("th", { has: admin.locator('[data-sort="name"]') });
  await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
  const names = async () => rows.locator("th a").allTextContents();
  const asc = await names();
  expect(asc).toEqual([...asc].sort((a, b) => a.localeCompare(b, "da")));
  await admin.locator('[data-sort="name"]').click();
  await expect(nameHeader).toHaveAttribute("aria-sort", "descending");
  expect(await names()).toEqual([...asc].reverse());
  await admin.locator('[data-sort="channel"]').click();
  await expect(admin.locator("th", { has: admin.locator('[data-sort="channel"]') })).toHaveAttribute("aria-sort", "ascending");
  await expect(nameHeader).toHaveAttribute("aria-sort", "none");
  const channels = await rows.locator("td:nth-of-type(3)").allTextContents();
  expect(channels).toEqual([...channels].sort((a, b) => a.localeCompare(b, "da")));
  await admin.locator('[data-sort="changedAt"]').focus();
  await admin.keyboard.press("Enter");
  await expect(admin.locator("th", { has: admin.locator('[data-sort="changedAt"]') })).toHaveAttribute("aria-sort", "ascending");

  // in English
  await admin.getByRole("button", { name: "English" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Online offers" })).toBeVisible();
  await expect(admin.getByRole("link", { name: "Create online offer" })).toBeVisible();
  await expect(rows.filter({ hasText: "In person" }).first()).toBeVisible();
  await expectAccessible(admin, "the offer list in English");
  await admin.getByRole("button", { name: "Dansk" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Onlinetilbud" })).toBeVisible();
});

test("editing the offer opens the wizard on it and saves with PUT", async ({ admin }) => {
  await admin.goto(`/tilbud/${offerId}`);
  await admin.getByRole("link", { name: "Rediger online tilbud" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `Rediger onlinetilbud: ${offerName}` })).toBeVisible();
  await expect(admin.getByLabel("Navn på tilbud")).toHaveValue(offerName);
  await expect(admin.getByLabel("Individuelt møde")).toBeDisabled();
  await admin.getByLabel("Beskrivelse af tilbud").fill("Rettet af browsertesten.");
  await admin.locator(".step-indicator").getByRole("link", { name: /Deltagere/ }).click();
  await expect(admin.locator("[data-sentence]")).toContainText(group);
  await expectAccessible(admin, "the wizard on an existing offer");
  await admin.locator(".step-indicator").getByRole("link", { name: /Opsummering/ }).click();
  await admin.getByRole("button", { name: "Gem tilbud" }).click();
  await expect(admin).toHaveURL(new RegExp(`/tilbud/${offerId}$`));
  await expect(admin.locator(".planner-details")).toContainText("Rettet af browsertesten.");
  const o = await api<{ description: string; rules: { groups: unknown[] } }>(demo.admin, "GET", `/api/offers/${offerId}`);
  expect(o.description).toBe("Rettet af browsertesten.");
  expect(o.rules.groups).toHaveLength(2);
});

test("a group offer is created with its sessions and seats", async ({ admin }) => {
  // a Tuesday at least a week ahead, 10:00 in Copenhagen
  const day = new Date(Date.now() + 8 * 86400_000);
  while (day.getUTCDay() !== 2) day.setUTCDate(day.getUTCDate() + 1);
  const date = day.toISOString().slice(0, 10);
  const name = `E2E fællesmøde ${stamp}`;
  await admin.goto("/tilbud/ny");
  await admin.getByLabel("Navn på tilbud").fill(name);
  await admin.getByLabel("Samtaletype", { exact: true }).selectOption("Jobsamtale");
  await admin.getByLabel("Fællesmøde").check();
  await admin.getByRole("button", { name: "Næste" }).click();
  await expect(admin.getByLabel(/^Mulige starttider/)).toHaveCount(0);
  await admin.getByLabel("Team").selectOption({ label: "Unge" });
  await admin.getByRole("button", { name: "Næste" }).click();
  await expect(admin.locator(".planner-error-summary")).toContainText("mindst ét gruppemøde");
  await admin.getByRole("button", { name: "Tilføj møde" }).click();
  await admin.getByRole("button", { name: "Næste" }).click();
  await expect(admin.getByLabel("Dato", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByLabel("Dato", { exact: true })).toBeFocused();
  await admin.getByLabel("Dato", { exact: true }).fill(date);
  await admin.getByLabel("Tidspunkt", { exact: true }).fill("10:00");
  await admin.locator(".planner-session").getByLabel("Katrine Berg").check();
  await admin.getByLabel("Antal indkaldelser", { exact: true }).fill("5");
  await admin.getByLabel("Antal pladser til ombooking").fill("1");
  await expectAccessible(admin, "wizard step 2 of a group offer");
  await admin.getByRole("button", { name: "Næste" }).click();
  await ruleRow(admin, 0, 0).getByLabel("Betingelse").selectOption(">=");
  await ruleRow(admin, 0, 0).getByLabel("Kriterium").fill("18");
  await expect(admin.locator("[data-sentence]")).toHaveText("alder er mindst 18");
  await admin.getByRole("button", { name: "Næste" }).click();
  await expect(admin.locator(".planner-wizard")).toContainText("5 pladser, 1 til ombooking");
  await admin.getByRole("button", { name: "Gem tilbud" }).click();
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(admin.locator(".planner-details")).toContainText("Fællesmøde");
  await expect(admin.locator(".planner-details")).toContainText("10.00");
  const id = Number(new URL(admin.url()).pathname.split("/")[2]);
  const o = await api<{ sessions: { start: string; seats: number; rebookSeats: number; advisors: number[] }[] }>(demo.admin, "GET", `/api/offers/${id}`);
  expect(o.sessions).toHaveLength(1);
  expect(o.sessions[0]).toMatchObject({ seats: 5, rebookSeats: 1 });
  expect(new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen", dateStyle: "short", timeStyle: "short" }).format(new Date(o.sessions[0].start))).toBe(`${date} 10:00`);
  await api(demo.admin, "POST", `/api/offers/${id}/deactivate`);
});

test("a summons template pre-fills the wizard's fields", async ({ admin }) => {
  const tpl = `E2E skabelon ${stamp}`;
  await api(demo.admin, "POST", "/api/templates", {
    name: tpl, fields: { description: "Fra skabelonen.", meetingType: "Opfølgningssamtale", channel: "phone", caller: "citizen_calls", durationMinutes: 45, reportingMinutes: 10 },
  });
  await admin.goto("/tilbud/ny");
  await admin.getByLabel("Indkaldelseskabelon").selectOption({ label: tpl });
  await expect(admin.getByLabel("Beskrivelse af tilbud")).toHaveValue("Fra skabelonen.");
  await expect(admin.getByLabel("Samtaletype", { exact: true })).toHaveValue("Opfølgningssamtale");
  await expect(admin.getByLabel("Telefon", { exact: true })).toBeChecked();
  await expect(admin.getByLabel("Borger ringer til vejleder")).toBeChecked();
  await expect(admin.getByLabel("Telefonnummer, borgeren ringer til")).toHaveValue("");
  await expectAccessible(admin, "wizard step 1 with a template and a phone meeting");
  await admin.getByLabel("Navn på tilbud").fill(`E2E fra skabelon ${stamp}`);
  await admin.getByLabel("Telefonnummer, borgeren ringer til").fill("12");
  await admin.getByRole("button", { name: "Næste" }).click();
  await expect(admin.locator("#f-phone-error")).toContainText("8 cifre");
  await admin.getByLabel("Telefonnummer, borgeren ringer til").fill("+45 70 10 20 30");
  await admin.getByRole("button", { name: "Næste" }).click();
  await expect(admin.getByLabel("Varighed (antal minutter)")).toHaveValue("45");
  await expect(admin.getByLabel("Afrapportering (antal minutter)")).toHaveValue("10");
});
