// The pending list and the follow-up list (§6): send and delete selected,
// a group meeting selected as a whole, filters, sorting, paging, and a CPR
// searched for that never enters the address.
import type { Page } from "@playwright/test";
import { api, demo, expect, expectAccessible, shot, test } from "./fixtures";

interface Offer {
  id: number;
  name: string;
  form: string;
}
interface Row {
  summonsId: number;
  number: string;
  meetingId: number;
  citizenName: string;
  cprFull: string;
  advisorName: string;
  channel: string;
}

const rand = (lo: number, hi: number) => lo + Math.floor(Math.random() * (hi - lo + 1));
const two = (n: number) => String(n).padStart(2, "0");
/** cpr is a fresh CPR: born in 19yy (adult) or 20yy (under 30). */
function cpr(young: boolean): string {
  const yy = young ? rand(0, 5) : rand(60, 90);
  const serial = young ? rand(4000, 4999) : rand(2000, 3999);
  return `${two(rand(1, 28))}${two(rand(1, 12))}${two(yy)}-${serial}`;
}
/** tag makes a name part no other test or demo citizen has. */
const tag = () => `T${Date.now().toString(36)}${rand(100, 999)}`.replace(/\d/g, (d) => "abcdefghij"[Number(d)]);

async function offers(): Promise<Offer[]> {
  return (await api<{ offers: Offer[] }>(demo.admin, "GET", "/api/offers")).offers;
}

/** pendingFor makes citizens named "<first> <surname>" and bulk-summons them into the offer (pending). */
async function pendingFor(offer: Offer, surname: string, firsts: string[], young = false): Promise<Row[]> {
  const ids: number[] = [];
  for (const first of firsts) {
    const c = await api<{ id: number }>(demo.admin, "POST", "/api/citizens", { cpr: cpr(young), name: `${first} ${surname}`, contactGroup: "Dagpengemodtager" });
    ids.push(c.id);
  }
  const res = await api<{ summonses: unknown[]; unplaced: number[] }>(demo.admin, "POST", "/api/summonses/bulk", { offerId: offer.id, citizens: ids });
  expect(res.unplaced, "every citizen got a time").toEqual([]);
  return (await api<{ rows: Row[] }>(demo.admin, "POST", "/api/summonses/query", { list: "pending", search: surname, limit: 500 })).rows;
}

async function searchList(page: Page, text: string): Promise<void> {
  await page.getByLabel(/Søg på indkaldelsesnr/).fill(text);
  await page.getByRole("button", { name: "Søg", exact: true }).click();
}

test("send selected pending summonses: they leave the pending list and appear in the follow-up list", async ({ advisor: page }) => {
  const offer = (await offers()).find((o) => o.form === "individual")!;
  const surname = tag();
  const rows = await pendingFor(offer, surname, ["Anna", "Bjarne"]);
  expect(rows).toHaveLength(2);

  await page.goto("/afventer");
  await expect(page.getByRole("heading", { level: 1, name: "Afventerliste" })).toBeVisible();
  const fp = await api<{ pendingCounter: number }>(demo.admin, "GET", "/api/front-page");
  await expect(page.locator("[data-counter]")).toHaveText(`(${fp.pendingCounter})`);
  await searchList(page, surname);
  const table = page.locator("#pending-table");
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await expect(page.locator("[data-rows]")).toHaveText("Viser 1–2 af 2 rækker");
  await expect(table.locator("td[data-col=cpr]").first()).toHaveText(/^\d{6}-\d{4}$/);
  expect(page.url()).not.toContain(surname);
  await expectAccessible(page, "the pending list");
  await page.getByLabel(`Vælg ${rows[0].number} ${rows[0].citizenName}`).check();
  await page.getByLabel(`Vælg ${rows[1].number} ${rows[1].citizenName}`).check();
  await expect(page.locator("[data-selected]")).toHaveText("2 valgt");
  await page.evaluate(() => window.scrollTo(0, document.querySelector(".planner-filters")!.getBoundingClientRect().top + window.scrollY - 16));
  await shot(page, "pending-list");
  await page.getByRole("button", { name: "Indkald valgte" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 indkaldelser er sendt til Jobnet." })).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table).toContainText("Ingen indkaldelser passer til filtreringen.");

  await page.getByRole("link", { name: "Opfølgningsliste" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Opfølgningsliste" })).toBeVisible();
  await searchList(page, surname);
  const follow = page.locator("#follow_up-table");
  await expect(follow.locator("tbody tr")).toHaveCount(2);
  for (const r of rows) await expect(follow).toContainText(r.number);
  const sent = await api<{ rows: Row[] }>(demo.admin, "POST", "/api/summonses/query", { list: "follow_up", search: surname });
  expect(sent.rows.map((r) => r.number).sort()).toEqual(rows.map((r) => r.number).sort());
});

test("delete selected asks for confirmation first", async ({ advisor: page }) => {
  const offer = (await offers()).find((o) => o.form === "individual")!;
  const surname = tag();
  const [row] = await pendingFor(offer, surname, ["Carla"]);
  await page.goto("/afventer");
  await searchList(page, surname);
  const table = page.locator("#pending-table");
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await page.getByLabel(`Vælg ${row.number} ${row.citizenName}`).check();
  await page.getByRole("button", { name: "Slet valgte" }).click();
  const dialog = page.getByRole("dialog", { name: "Slet internt oprettede aftaler" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Er du sikker på, at du vil slette de 1 valgte internt oprettede aftaler?");
  await expectAccessible(page, "the delete confirmation");
  await dialog.getByRole("button", { name: "Annuller" }).click();
  await expect(dialog).toBeHidden();
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table).toContainText(row.number);

  await page.getByRole("button", { name: "Slet valgte" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Slet", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 indkaldelse er slettet." })).toBeVisible();
  await expect(table).toContainText("Ingen indkaldelser passer til filtreringen.");
  const left = await api<{ total: number }>(demo.admin, "POST", "/api/summonses/query", { list: "pending", search: surname });
  expect(left.total).toBe(0);
});

test("selecting a group meeting's summons selects all its participants; a single citizen can be removed from it", async ({ advisor: page }) => {
  const group = (await offers()).find((o) => o.form === "group")!;
  const surname = tag();
  const rows = await pendingFor(group, surname, ["Dina", "Erik", "Frida"], true);
  expect(rows).toHaveLength(3);
  expect(new Set(rows.map((r) => r.meetingId)).size, "one session holds all three").toBe(1);
  await page.goto("/afventer?size=25");
  await searchList(page, surname);
  const table = page.locator("#pending-table");
  await expect(table.locator("tbody tr")).toHaveCount(3);
  await page.getByLabel(`Vælg ${rows[1].number} ${rows[1].citizenName}`).check();
  for (const r of rows) await expect(page.getByLabel(`Vælg ${r.number} ${r.citizenName}`)).toBeChecked();
  await expect(page.locator("[data-selected]")).toHaveText("3 valgt");
  await page.getByLabel(`Vælg ${rows[2].number} ${rows[2].citizenName}`).uncheck();
  for (const r of rows) await expect(page.getByLabel(`Vælg ${r.number} ${r.citizenName}`)).not.toBeChecked();
  await expect(page.locator("[data-selected]")).toHaveText("Ingen rækker valgt");

  // a single citizen can be removed from the group meeting; the others stay (§6)
  await page.getByRole("link", { name: rows[0].number }).click();
  // the session may already hold citizens other tests booked: count ours and theirs
  const heading = page.getByRole("heading", { name: /^Deltagere \(\d+\)$/ });
  await expect(heading).toBeVisible();
  const before = Number(/\((\d+)\)/.exec((await heading.textContent()) ?? "")?.[1]);
  expect(before).toBeGreaterThanOrEqual(3);
  await page.getByRole("button", { name: new RegExp(`^Fjern fra mødet ?: ${rows[1].citizenName}$`) }).click();
  const dialog = page.getByRole("dialog", { name: "Fjern deltager fra fællesmødet" });
  await expect(dialog).toContainText(`fjerne ${rows[1].citizenName} fra fællesmødet`);
  await dialog.getByRole("button", { name: "Fjern", exact: true }).click();
  await expect(page.getByRole("heading", { name: `Deltagere (${before - 1})` })).toBeVisible();
  await expect(page.locator("#summons-participants")).not.toContainText(rows[1].citizenName);
  await expectAccessible(page, "a pending group meeting's summons");
  const left = (await api<{ rows: Row[] }>(demo.admin, "POST", "/api/summonses/query", { list: "pending", search: surname })).rows;
  expect(left.map((r) => r.summonsId).sort()).toEqual([rows[0].summonsId, rows[2].summonsId].sort());

  // clean up: the demo's group session keeps its seats for other tests
  await api(demo.admin, "POST", "/api/summonses/delete", { ids: left.map((r) => r.summonsId) });
});

test("filter and sort the follow-up list; a CPR searched for never enters the address", async ({ advisor: page }) => {
  await page.goto("/opfoelgning");
  await expect(page.getByRole("heading", { level: 1, name: "Opfølgningsliste" })).toBeVisible();
  const table = page.locator("#follow_up-table");
  await expect(table.locator("tbody tr").first()).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /Indkaldelsesdato/ })).toHaveAttribute("aria-sort", "ascending");
  await expectAccessible(page, "the follow-up list");
  await shot(page, "follow-up-list");

  // sort by name: ascending, then descending, as the API sorts
  await table.getByRole("button", { name: /^Navn/ }).click();
  const nameHeader = table.getByRole("columnheader", { name: /^Navn/ });
  await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/sort=name/);
  const asc = await api<{ rows: Row[] }>(demo.admin, "POST", "/api/summonses/query", { list: "follow_up", sort: "name", limit: 25 });
  await expect(table.locator("td[data-col=name]").first()).toHaveText(asc.rows[0].citizenName);
  await table.getByRole("button", { name: /^Navn/ }).click();
  await expect(nameHeader).toHaveAttribute("aria-sort", "descending");
  const desc = await api<{ rows: Row[] }>(demo.admin, "POST", "/api/summonses/query", { list: "follow_up", sort: "name", desc: true, limit: 25 });
  await expect(table.locator("td[data-col=name]").first()).toHaveText(desc.rows[0].citizenName);
  await expect(page).toHaveURL(/desc=true/);

  // every column sorts, "transferred to calendar" too
  await table.getByRole("button", { name: /^Overført til kalender/ }).click();
  await expect(table.getByRole("columnheader", { name: /^Overført til kalender/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(nameHeader).not.toHaveAttribute("aria-sort", /.*/);
  const byCalendar = await api<{ rows: Row[] }>(demo.admin, "POST", "/api/summonses/query", { list: "follow_up", sort: "in_calendar", limit: 25 });
  await expect(table.locator("td[data-col=number]").first()).toHaveText(byCalendar.rows[0].number);

  // filter on the responsible advisor and the channel
  await page.getByLabel("Ansvarlig vejleder").selectOption({ label: "Bo Poulsen" });
  await expect(page).toHaveURL(/advisor=\d+/);
  const bo = await api<{ total: number }>(demo.admin, "POST", "/api/summonses/query", {
    list: "follow_up",
    advisorId: Number(new URL(page.url()).searchParams.get("advisor")),
  });
  expect(bo.total).toBeGreaterThan(0);
  await expect(page.locator("[data-rows]")).toContainText(`af ${bo.total} rækker`);
  const advisorCells = table.locator("td[data-col=advisors] strong");
  await expect(advisorCells.first()).toHaveText("Bo Poulsen");
  for (const text of await advisorCells.allTextContents()) expect(text).toBe("Bo Poulsen");
  await page.getByLabel("Afholdelsesform").selectOption({ label: "Telefonisk" });
  await expect(table).toContainText("Ingen indkaldelser passer til filtreringen.");
  await page.getByRole("button", { name: "Nulstil" }).click();
  await expect(page).toHaveURL(/\/opfoelgning$/);
  await expect(page.getByLabel("Ansvarlig vejleder")).toHaveValue("");

  // the date filter names the field the API refused
  await page.getByLabel("Datofelt").selectOption({ label: "Indkaldelsesdato" });
  await page.getByLabel("Fra", { exact: true }).fill("2030-02-01");
  await page.getByLabel("Fra", { exact: true }).dispatchEvent("change");
  await page.getByLabel("Til", { exact: true }).fill("2030-01-01");
  await page.getByLabel("Til", { exact: true }).dispatchEvent("change");
  await expect(page.getByLabel("Til", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#follow_up-to-error")).toContainText("må ikke ligge før");
  await page.getByRole("button", { name: "Nulstil" }).click();

  // search by a CPR: rows found, the number in full in the table, never in the address
  const someone = (await api<{ rows: Row[] }>(demo.admin, "POST", "/api/summonses/query", { list: "follow_up", limit: 1 })).rows[0];
  await searchList(page, someone.cprFull);
  await expect(table.locator("td[data-col=cpr]").first()).toHaveText(someone.cprFull);
  for (const text of await table.locator("td[data-col=cpr]").allTextContents()) expect(text).toBe(someone.cprFull);
  expect(page.url()).not.toContain(someone.cprFull);
  expect(page.url()).not.toContain(someone.cprFull.replace("-", ""));
  await expectAccessible(page, "the follow-up list with a CPR searched for");

  // paging: 25 rows a page, the next page from the API's offset
  await page.getByRole("button", { name: "Nulstil" }).click();
  const all = await api<{ total: number; rows: Row[] }>(demo.admin, "POST", "/api/summonses/query", { list: "follow_up", limit: 25, offset: 25 });
  await expect(page.locator("[data-rows]")).toHaveText(`Viser 1–${Math.min(25, all.total)} af ${all.total} rækker`);
  if (all.total > 25) {
    await page.getByRole("button", { name: "Næste side" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(table.locator("td[data-col=number]").first()).toHaveText(all.rows[0].number);
  } else {
    await expect(page.getByRole("button", { name: "Næste side" })).toBeDisabled();
  }
});

test("the lists answer in English too", async ({ advisor: page }) => {
  await page.goto("/opfoelgning");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Follow-up list" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Name/ })).toBeVisible();
  await page.getByRole("button", { name: "Dansk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Opfølgningsliste" })).toBeVisible();
});
