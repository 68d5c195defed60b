// The administration (route /admin, administrators only): teams, advisors
// with working hours and a calendar connection whose secret is never shown
// back, rooms, templates, the job centre's settings and Graph app; the
// API's field errors at their fields.
import { api, demo, expect, expectAccessible, shot, test } from "./fixtures";

const stamp = () => Date.now().toString(36).slice(-5);

test("an advisor cannot open the administration", async ({ advisor }) => {
  await advisor.goto("/admin");
  await expect(advisor.getByRole("heading", { level: 1, name: "Siden findes ikke" })).toBeVisible();
  await expect(advisor.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Administration" })).toHaveCount(0);
  await advisor.goto("/admin/vejledere");
  await expect(advisor.getByRole("heading", { level: 1, name: "Siden findes ikke" })).toBeVisible();
});

test("an administrator creates a team under another and edits it", async ({ admin }) => {
  const name = `Team E2E ${stamp()}`;
  await admin.goto("/");
  await admin.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Administration" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  await expectAccessible(admin, "the administration's overview");
  await admin.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Teams" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Teams" })).toBeVisible();
  await expect(admin.locator("[data-list]")).toContainText("Team Syd");
  await expectAccessible(admin, "the teams");

  // a field error at its field: a team without a name
  await admin.getByRole("button", { name: "Opret" }).click();
  await expect(admin.getByLabel("Navn", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(admin.locator("#f-name-error")).toContainText("er påkrævet");
  await expectAccessible(admin, "the team form with a field error");

  await admin.getByLabel("Navn", { exact: true }).fill(name);
  await admin.getByLabel("Overordnet team").selectOption({ label: "— Ydelse" });
  await admin.getByLabel("Mail").fill("e2e@demo.example");
  await admin.getByLabel("Telefon").fill("70 00 00 00");
  await admin.getByLabel("Teamets egne arbejdstider").check();
  await admin.getByLabel("Tirsdag til").fill("12:00");
  await admin.getByRole("button", { name: "Opret" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `${name} er oprettet.` })).toBeVisible();
  const row = admin.locator("[data-list] tr", { hasText: name });
  await expect(row).toContainText("Ydelse");
  await expect(row).toContainText("e2e@demo.example");

  await row.getByRole("button", { name: `Rediger ${name}` }).click();
  await expect(admin.getByRole("heading", { name: `Rediger team: ${name}` })).toBeFocused();
  await admin.getByLabel("Mail").fill("not a mail");
  await admin.getByRole("button", { name: "Gem" }).click();
  await expect(admin.getByLabel("Mail")).toHaveAttribute("aria-invalid", "true");
  await admin.getByLabel("Mail").fill("e2e-ny@demo.example");
  await admin.getByRole("button", { name: "Gem" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `${name} er gemt.` })).toBeVisible();
  await expect(row).toContainText("e2e-ny@demo.example");
  const teams = await api<{ teams: { name: string; mail?: string }[] }>(demo.admin, "GET", "/api/teams");
  const saved = (teams.teams as { name: string; mail?: string; hours?: { days: { from: string; to: string }[][] } }[]).find((x) => x.name === name);
  expect(saved?.mail).toBe("e2e-ny@demo.example");
  expect(saved?.hours?.days[2]).toEqual([{ from: "08:00", to: "12:00" }]);

  await row.getByRole("button", { name: `Slet ${name}` }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Slet" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `${name} er slettet.` })).toBeVisible();
  await expect(row).toHaveCount(0);

  // a team in use (the demo's Unge has advisors and an offer) is not deleted, and the screen says why (issue 23)
  const unge = admin.locator("[data-list] tr", { hasText: "Unge" }).first();
  await unge.getByRole("button", { name: "Slet Unge" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Slet" }).click();
  await expect(admin.locator(".alert-error")).toContainText("stadig i brug");
  await expect(admin.locator(".alert-error")).toBeFocused();
  await expect(unge).toBeVisible();
});

test("an administrator creates an advisor with working hours and a calendar connection whose secret is never shown", async ({ admin }) => {
  const name = `Vejleder E2E ${stamp()}`;
  await admin.goto("/admin/vejledere");
  await expect(admin.getByRole("heading", { level: 1, name: "Vejledere" })).toBeVisible();
  await expect(admin.locator("[data-list]")).toContainText("Bo Poulsen");
  await admin.getByLabel("Navn", { exact: true }).fill(name);
  await admin.getByLabel("Team", { exact: true }).selectOption({ label: "— — Team Syd" });
  await admin.getByLabel("Mail").fill("vejleder-e2e@demo.example");
  await admin.getByLabel("Egne arbejdstider").check();
  // Monday 09:00–14:00, no Friday
  await admin.getByLabel("Mandag fra").fill("09:00");
  await admin.getByLabel("Mandag til").fill("14:00");
  await admin.getByLabel("Fredag", { exact: true }).uncheck();
  await expectAccessible(admin, "the advisor form with working hours");
  await admin.getByRole("button", { name: "Opret" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `${name} er oprettet.` })).toBeVisible();
  const list = await api<{ advisors: { id: number; name: string; hours?: { days: { from: string; to: string }[][] } }[] }>(demo.admin, "GET", "/api/advisors");
  const created = list.advisors.find((a) => a.name === name)!;
  expect(created.hours?.days[1]).toEqual([{ from: "09:00", to: "14:00" }]);
  expect(created.hours?.days[5]).toEqual([]);
  expect(created.hours?.days[2]).toEqual([{ from: "08:00", to: "15:30" }]);

  // the new advisor opens for editing, with the calendar connection
  await expect(admin.getByRole("heading", { name: `Rediger vejleder: ${name}` })).toBeVisible();
  await admin.getByLabel("Kalendertype").selectOption("caldav");
  await admin.getByLabel("Adresse (URL)").fill(`${demo.caldav}e2e/`);
  await admin.getByLabel("Brugernavn").fill("vejleder-e2e");
  await admin.getByLabel("Adgangskode").fill("hemmelig-e2e");
  await admin.getByRole("button", { name: "Gem kalenderforbindelse" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Kalenderforbindelsen er gemt." })).toBeVisible();
  await expect(admin.locator("[data-list] tr", { hasText: name })).toContainText("CalDAV, vejleder-e2e");
  // the secret is never displayed back: not in the field, not on the page, not in the API
  await expect(admin.getByLabel("Adgangskode")).toHaveValue("");
  await expect(admin.getByText(/Adgangskoden vises aldrig/)).toBeVisible();
  expect(await admin.content()).not.toContain("hemmelig-e2e");
  const raw = await (await fetch(`${demo.url}/api/advisors`, { headers: { Authorization: `Bearer ${demo.admin}` } })).text();
  expect(raw).not.toContain("hemmelig-e2e");
  await expectAccessible(admin, "the advisor's calendar connection");
  await admin.evaluate(() => window.scrollTo(0, 0));
  await shot(admin, "admin-advisors");

  // a changed user keeps working without retyping the secret; a bad URL is refused at its field
  await admin.getByLabel("Adresse (URL)").fill("ikke en adresse");
  await admin.getByRole("button", { name: "Gem kalenderforbindelse" }).click();
  await expect(admin.getByLabel("Adresse (URL)")).toHaveAttribute("aria-invalid", "true");
  await expect(admin.locator("#cal-url-error")).not.toBeEmpty();

  // edit the advisor: back to the team's hours
  await admin.getByLabel("Egne arbejdstider").uncheck();
  await admin.getByLabel("Telefon").fill("70 11 22 33");
  await admin.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: `${name} er gemt.` })).toBeVisible();
  const after = (await api<{ advisors: { name: string; phone?: string; hours?: unknown; calendar?: { kind?: string } }[] }>(demo.admin, "GET", "/api/advisors")).advisors.find((a) => a.name === name)!;
  expect(after.phone).toBe("70 11 22 33");
  expect(after.hours ?? null).toBeNull();
  expect(after.calendar?.kind).toBe("caldav"); // editing the advisor keeps the calendar

  // remove the calendar, then the advisor
  await admin.getByRole("button", { name: "Fjern kalenderforbindelse" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Fjern kalenderforbindelse" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Kalenderforbindelsen er fjernet." })).toBeVisible();
  await admin.locator("[data-list] tr", { hasText: name }).getByRole("button", { name: `Slet ${name}` }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Slet" }).click();
  await expect(admin.locator("[data-list] tr", { hasText: name })).toHaveCount(0);
});

test("an administrator creates and edits a room and a template, with field errors at the fields", async ({ admin }) => {
  const room = `Lokale E2E ${stamp()}`;
  await admin.goto("/admin/lokaler");
  await expect(admin.getByRole("heading", { level: 1, name: "Lokaler" })).toBeVisible();
  await admin.getByLabel("Navn").fill(room);
  await admin.getByLabel("Pladser").fill("0");
  await admin.getByRole("button", { name: "Opret" }).click();
  await expect(admin.getByLabel("Pladser")).toHaveAttribute("aria-invalid", "true");
  await expect(admin.locator("#f-capacity-error")).toContainText("skal være mindst 1");
  await expectAccessible(admin, "the room form with a field error");
  await admin.getByLabel("Pladser").fill("8");
  await admin.getByRole("button", { name: "Opret" }).click();
  const row = admin.locator("[data-list] tr", { hasText: room });
  await expect(row).toContainText("8");
  await row.getByRole("button", { name: `Rediger ${room}` }).click();
  await admin.getByLabel("Pladser").fill("12");
  await admin.getByRole("button", { name: "Gem" }).click();
  await expect(row).toContainText("12");

  const tpl = `Skabelon E2E ${stamp()}`;
  await admin.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Skabeloner" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Skabeloner" })).toBeVisible();
  await admin.getByLabel("Skabelonens navn").fill(tpl);
  await admin.getByLabel("Mødetype").fill("Jobsamtale");
  await admin.getByLabel("Mødeform").selectOption("individual");
  await admin.getByLabel("Afholdelsesform").selectOption("phone");
  await admin.getByLabel("Varighed (minutter)").fill("45");
  await admin.getByRole("button", { name: "Opret" }).click();
  const trow = admin.locator("[data-list] tr", { hasText: tpl });
  await expect(trow).toContainText("Individuel samtale");
  await expect(trow).toContainText("45");
  await expectAccessible(admin, "the templates");
  await trow.getByRole("button", { name: `Rediger ${tpl}` }).click();
  await admin.getByLabel("Varighed (minutter)").fill("30");
  await admin.getByRole("button", { name: "Gem" }).click();
  await expect(trow).toContainText("30");
  const tpls = await api<{ templates: { name: string; fields: { channel?: string; durationMinutes?: number } }[] }>(demo.admin, "GET", "/api/templates");
  expect(tpls.templates.find((x) => x.name === tpl)?.fields).toMatchObject({ channel: "phone", durationMinutes: 30 });

  // delete both again (the other tests share the demo)
  await trow.getByRole("button", { name: `Slet ${tpl}` }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Slet" }).click();
  await expect(trow).toHaveCount(0);
  await admin.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Lokaler" }).click();
  await admin.locator("[data-list] tr", { hasText: room }).getByRole("button", { name: `Slet ${room}` }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Slet" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `${room} er slettet.` })).toBeVisible();
  await expect(admin.locator("[data-list] tr", { hasText: room })).toHaveCount(0);
});

test("an administrator changes the job centre's settings and sets the Graph app, whose secret is never shown", async ({ admin }) => {
  await admin.goto("/admin/jobcenter");
  await expect(admin.getByRole("heading", { level: 1, name: "Jobcenter" })).toBeVisible();
  await expectAccessible(admin, "the job centre's settings");
  const jc = (await api<{ jobcenterId: number }>(demo.admin, "GET", "/api/session")).jobcenterId;
  const before = await api<{ browseMail: boolean }>(demo.admin, "GET", `/api/jobcenters/${jc}/settings`);
  // a closing day that is no date: refused at its field
  await admin.getByLabel("Ekstra lukkedage").fill("i morgen");
  await admin.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(admin.getByLabel("Ekstra lukkedage")).toHaveAttribute("aria-invalid", "true");
  await admin.getByLabel("Ekstra lukkedage").fill("2026-12-28");
  await admin.getByLabel("Mail når en borger bladrer i måneder uden ledige tider").setChecked(!before.browseMail);
  await admin.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Indstillingerne er gemt." })).toBeVisible();
  const after = await api<{ browseMail: boolean; extraClosingDays?: string[] }>(demo.admin, "GET", `/api/jobcenters/${jc}/settings`);
  expect(after.browseMail).toBe(!before.browseMail);
  expect(after.extraClosingDays).toEqual(["2026-12-28"]);
  // put it back as it was, for the other tests
  await api(demo.admin, "PUT", `/api/jobcenters/${jc}/settings`, { ...after, browseMail: before.browseMail, extraClosingDays: [] });

  const graph = await api<{ tenantId?: string; clientId?: string; tokenUrl?: string; graphUrl?: string }>(demo.admin, "GET", `/api/jobcenters/${jc}/graph-app`).catch(() => undefined);
  await admin.getByLabel("Klienthemmelighed").fill("graph-hemmelig-e2e");
  await admin.getByRole("button", { name: "Gem Graph-app" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Graph-appen er gemt." })).toBeVisible();
  await expect(admin.getByLabel("Klienthemmelighed")).toHaveValue("");
  await expect(admin.getByText(/En hemmelighed er gemt og vises aldrig/)).toBeVisible();
  expect(await admin.content()).not.toContain("graph-hemmelig-e2e");
  if (graph) expect(await admin.getByLabel("Tenant-id (katalog)").inputValue()).toBe(graph.tenantId ?? "");
  await expectAccessible(admin, "the Graph app after saving");
});
