// Search by CPR (the citizen card) or summons number (§2), the free-times
// overview (§8), the calendar connections (§9) and the explain view.
import { api, demo, expect, expectAccessible, shot, test } from "./fixtures";

interface Row {
  summonsId: number;
  number: string;
  meetingId: number;
  citizenId: number;
  citizenName: string;
  cprFull: string;
  form: string;
  start: string;
}
interface Offer {
  id: number;
  name: string;
  form: string;
  advisors: number[];
}
interface Advisor {
  id: number;
  name: string;
}

async function firstSent(form?: string): Promise<Row> {
  const rows = (await api<{ rows: Row[] }>(demo.admin, "POST", "/api/summonses/query", { list: "follow_up", limit: 500 })).rows;
  const row = rows.find((r) => !form || r.form === form);
  expect(row, `a sent ${form ?? ""} summons in the demo`).toBeTruthy();
  return row!;
}

test("search by summons number opens the summons with its participants and revision log", async ({ advisor: page }) => {
  const row = await firstSent("individual");
  await page.goto("/soeg");
  await expect(page.getByRole("heading", { level: 1, name: "Søg" })).toBeVisible();
  await expectAccessible(page, "the search page");
  await page.getByLabel("CPR-nr. eller indkaldelsesnr.").fill(row.number);
  await page.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/soeg/indkaldelse/${row.number}$`));
  await expect(page.getByRole("heading", { level: 1, name: `Indkaldelse ${row.number}` })).toBeVisible();
  await expect(page.locator("[data-fact=state]")).toHaveText("Eksternt kommunikeret");
  await expect(page.locator("#summons-participants tbody tr")).toHaveCount(1);
  await expect(page.locator("#summons-participants")).toContainText(row.citizenName);
  await expect(page.locator("#summons-audit")).toContainText("Oprettet");
  await expectAccessible(page, "the summons view");
});

test("search by a group meeting's number lists all its participants", async ({ advisor: page }) => {
  // two young citizens summoned to the demo's group workshop and sent
  const group = (await api<{ offers: Offer[] }>(demo.admin, "GET", "/api/offers")).offers.find((o) => o.form === "group")!;
  const surname = `Gruppe${Date.now().toString(36).replace(/\d/g, (d) => "abcdefghij"[Number(d)])}`;
  const ids: number[] = [];
  for (const [i, first] of ["Gry", "Hugo"].entries()) {
    const c = await api<{ id: number }>(demo.admin, "POST", "/api/citizens", { cpr: `${10 + i}0${1 + (Date.now() % 9)}04-${4000 + Math.floor(Math.random() * 999)}`, name: `${first} ${surname}` });
    ids.push(c.id);
  }
  await api(demo.admin, "POST", "/api/summonses/bulk", { offerId: group.id, citizens: ids });
  const pending = (await api<{ rows: Row[] }>(demo.admin, "POST", "/api/summonses/query", { list: "pending", search: surname })).rows;
  expect(pending).toHaveLength(2);
  await api(demo.admin, "POST", "/api/summonses/send", { ids: pending.map((r) => r.summonsId) });
  const one = pending[0];
  const same = (await api<{ rows: Row[] }>(demo.admin, "POST", "/api/summonses/query", { list: "follow_up", search: one.number })).rows;
  expect(same.length).toBeGreaterThanOrEqual(2);
  await page.goto("/soeg");
  await page.getByLabel("CPR-nr. eller indkaldelsesnr.").fill(one.number);
  await page.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(page.getByRole("heading", { name: `Deltagere (${same.length})` })).toBeVisible();
  await expect(page.locator("#summons-participants tbody tr")).toHaveCount(same.length);
  for (const r of pending) await expect(page.locator("#summons-participants")).toContainText(r.citizenName);
  await expect(page.locator("[data-fact=state]")).toHaveText("Eksternt kommunikeret");
});

test("search by CPR opens the citizen card with the CPR in full, never in the address", async ({ advisor: page }) => {
  const row = await firstSent();
  await page.goto("/soeg");
  await page.getByLabel("CPR-nr. eller indkaldelsesnr.").fill(row.cprFull);
  await page.getByRole("button", { name: "Søg", exact: true }).click();
  const card = page.getByRole("region", { name: new RegExp(`Borgerkort: ${row.citizenName}`) });
  await expect(card).toBeVisible();
  await expect(card.locator("[data-fact=cpr]")).toHaveText(row.cprFull);
  await expect(card.locator("[data-fact=name]")).toHaveText(row.citizenName);
  await expect(card.locator("#citizen-summonses")).toContainText(row.number);
  expect(page.url()).not.toContain(row.cprFull);
  expect(page.url()).not.toContain(row.cprFull.replace("-", ""));
  expect(page.url()).toMatch(/\/soeg$/);
  // the card keeps the phone number and latest note the meeting dialog's participant list shows (issue 22)
  await card.getByLabel("Telefon").fill("ring mig");
  await card.getByRole("button", { name: "Gem kontakt og notat" }).click();
  await expect(card.getByLabel("Telefon")).toHaveAttribute("aria-invalid", "true");
  await expect(card.getByLabel("Telefon")).toBeFocused();
  await card.getByLabel("Telefon").fill("+45 70 12 34 56");
  await card.getByLabel("Seneste notat").fill("Har fået ny bolig");
  await card.getByRole("button", { name: "Gem kontakt og notat" }).click();
  await expect(card.locator(".alert-success")).toContainText("Telefon, notat og markeringer er gemt.");
  await expect(card.locator("[data-fact=cpr]")).toHaveText(row.cprFull);
  await expectAccessible(page, "the citizen card");
  await shot(page, "citizen-card");
  // a summons of the card opens it; going back returns to the card (kept in memory)
  await card.getByRole("link", { name: row.number }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Indkaldelse ${row.number}` })).toBeVisible();
  expect(page.url()).not.toContain(row.cprFull.slice(0, 6));
  await page.goBack();
  await expect(page.getByRole("region", { name: new RegExp("Borgerkort") }).locator("[data-fact=cpr]")).toHaveText(row.cprFull);
  // a reload starts with an empty search
  await page.reload();
  await expect(page.getByLabel("CPR-nr. eller indkaldelsesnr.")).toHaveValue("");
  await expect(page.getByRole("region", { name: /Borgerkort/ })).toHaveCount(0);
});

test("a CPR without a citizen and a text that is neither number are answered at the field", async ({ advisor: page }) => {
  await page.goto("/soeg");
  const field = page.getByLabel("CPR-nr. eller indkaldelsesnr.");
  await field.fill("311299-9999");
  await page.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(page.locator("#search-q-error")).toHaveText("Der er ingen borger eller indkaldelse med det nummer i jobcentret.");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await field.fill("Anders");
  await page.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(page.locator("#search-q-error")).toHaveText(/CPR-nummer eller et indkaldelsesnummer/);
  await expectAccessible(page, "the search page with an error");
});

test("the free-times overview shows each offer's free places per ISO week, '-' for none, per advisor on demand", async ({ advisor: page }) => {
  const ov = (await api<{ offers: { offerId: number; name: string; weeks: { year: number; week: number; advisorId: number; count: number }[] }[] }>(demo.admin, "GET", "/api/free-times-overview?weeks=12")).offers;
  await page.goto("/ledige-tider");
  await expect(page.getByRole("heading", { level: 1, name: "Ledige tider" })).toBeVisible();
  const table = page.locator("#free-times");
  await expect(table.locator("thead th")).toHaveCount(2 + 12);
  await expect(table.locator("tbody.planner-offerrow, tbody[data-offer]")).toHaveCount(ov.length);
  const o = ov.find((x) => x.weeks.length > 0)!;
  const body = table.locator(`tbody[data-offer="${o.offerId}"]`);
  await expect(body.locator(".planner-offerrow th")).toContainText(o.name);
  // the week column of the first counted week holds the offer's total for that week
  const first = o.weeks[0];
  const headers = await table.locator("thead th").allTextContents();
  const col = headers.findIndex((h) => h.trim() === `Uge ${first.week}`);
  expect(col).toBeGreaterThan(1);
  const total = o.weeks.filter((w) => w.year === first.year && w.week === first.week).reduce((s, w) => s + w.count, 0);
  await expect(body.locator(".planner-offerrow td").nth(col - 1)).toHaveText(String(total));
  await expect(table.getByText("-", { exact: true }).first()).toBeAttached();
  const advisorRows = body.locator(".planner-advisorrow");
  await expect(advisorRows.first()).toBeHidden();
  await body.getByRole("button", { name: `Vis vejledere for ${o.name}` }).click();
  await expect(body.getByRole("button", { name: `Vis vejledere for ${o.name}` })).toHaveAttribute("aria-expanded", "true");
  await expect(advisorRows).toHaveCount(new Set(o.weeks.map((w) => w.advisorId)).size);
  await expect(advisorRows.first()).toBeVisible();
  await expectAccessible(page, "the free-times overview");
  await shot(page, "free-times");
});

test("the calendar connections show each advisor's kind, last read, lag and whether they are offered", async ({ advisor: page }) => {
  const advisors = (await api<{ advisors: Advisor[] }>(demo.admin, "GET", "/api/advisors")).advisors;
  await page.goto("/forbindelser");
  await expect(page.getByRole("heading", { level: 1, name: "Kalenderforbindelser" })).toBeVisible();
  const table = page.locator("#connections");
  await expect(table.locator("tbody tr")).toHaveCount(advisors.length);
  const bo = advisors.find((a) => a.name === "Bo Poulsen")!;
  const sarah = advisors.find((a) => a.name === "Sarah Jensen")!;
  const st = await api<{ offered: boolean; connected: boolean }>(demo.admin, "GET", `/api/advisors/${bo.id}/calendar/status`);
  const boRow = table.locator(`tr[data-advisor="${bo.id}"]`);
  await expect(boRow.locator("[data-col=kind]")).toHaveText("CalDAV");
  await expect(table.locator(`tr[data-advisor="${sarah.id}"] [data-col=kind]`)).toHaveText("Outlook (Microsoft 365)");
  await expect(boRow.locator("[data-col=offered]")).toHaveText(st.offered ? "Ja" : "Nej");
  await expect(boRow.locator("[data-col=lastRead]")).toHaveText(/\d{2}[.:]\d{2}/);
  await expect(boRow.locator("[data-col=lag]")).toHaveText(/\d+ (sek|min|t)\./);
  // it polls: every advisor's status is asked again within 10 seconds
  await expect(page.getByText(/^Opdateret \d{2}[.:]\d{2} — opdateres hvert 10\. sekund$/)).toBeVisible();
  const again = await page.waitForRequest((r) => r.url().endsWith(`/api/advisors/${bo.id}/calendar/status`), { timeout: 12_000 });
  expect(again.method()).toBe("GET");
  await expectAccessible(page, "the calendar connections");
  await shot(page, "connections");
});

test("the explain view answers free, or names what stands in the way", async ({ advisor: page }) => {
  const offer = (await api<{ offers: Offer[] }>(demo.admin, "GET", "/api/offers")).offers.find((o) => o.form === "individual")!;
  const advisors = (await api<{ advisors: Advisor[] }>(demo.admin, "GET", "/api/advisors")).advisors;
  const times = (await api<{ times: { advisorId: number; start: string }[] }>(demo.admin, "GET", `/api/offers/${offer.id}/free-times`)).times;
  expect(times.length).toBeGreaterThan(0);
  const free = times[0];
  const name = advisors.find((a) => a.id === free.advisorId)!.name;
  const local = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).format(new Date(free.start));
  const [date, time] = local.split(" ");

  await page.goto("/ledige-tider");
  await page.getByRole("link", { name: "Hvorfor er en tid ikke ledig?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hvorfor er tiden ikke ledig?" })).toBeVisible();
  await page.getByRole("button", { name: "Undersøg tiden" }).click();
  await expect(page.locator("#explain-offer-error")).toHaveText("Skal udfyldes");
  await expect(page.getByLabel("Onlinetilbud")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "the explain view with errors");

  await page.getByLabel("Onlinetilbud").selectOption(String(offer.id));
  await page.getByLabel("Vejleder").selectOption({ label: name });
  await page.getByLabel("Dato").fill(date);
  await page.getByLabel("Klokkeslæt").fill(time);
  await page.getByRole("button", { name: "Undersøg tiden" }).click();
  await expect(page.locator("#explain-answer")).toContainText(`er ledig hos ${name}`);
  await expect(page).toHaveURL(new RegExp(`offer=${offer.id}.*date=${date}`));

  // 03:00 is outside every advisor's working hours
  await page.getByLabel("Klokkeslæt").fill("03:00");
  await page.getByRole("button", { name: "Undersøg tiden" }).click();
  const answer = page.locator("#explain-answer");
  await expect(answer).toContainText(`er ikke ledig hos ${name}`);
  await expect(answer.locator("li[data-code=outside_hours]")).toContainText("uden for vejlederens arbejdstid");
  await expect(answer.locator("li[data-code=outside_hours] [data-detail]")).toHaveText(/^Detaljer: 03\.00–\d{2}\.\d{2} ligger ikke inden for vejlederens arbejdstid$/);
  await expectAccessible(page, "the explain view's answer");
  await shot(page, "explain");
});
