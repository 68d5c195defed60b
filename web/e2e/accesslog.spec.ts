// The access log's answers (issue 21): the administration's "who used
// whose data", and the citizen's own report on the citizens' pages.
import { api, demo, expect, expectAccessible, shot, test } from "./fixtures";

interface Citizen {
  id: number;
  cpr: string;
  name: string;
}

test("an administrator sees who used a citizen's data, the question itself logged", async ({ admin }) => {
  // a citizen of the follow-up list, whose full CPR number the list holds
  const list = await api<{ rows: { cprFull: string; citizenId: number }[] }>(demo.admin, "POST", "/api/summonses/query", { list: "follow_up", limit: 5 });
  expect(list.rows.length).toBeGreaterThan(0);
  const { cprFull: cpr, citizenId } = list.rows[0];
  await api<Citizen>(demo.admin, "GET", `/api/citizens/${citizenId}`); // this use is logged, as "demo admin"
  await admin.goto("/admin/adgangslog");
  await expect(admin.getByRole("heading", { level: 1, name: "Adgangslog" })).toBeVisible();
  await admin.getByLabel("Borgerens CPR-nummer").fill(cpr);
  await admin.getByRole("button", { name: "Søg i loggen" }).click();
  const table = admin.locator("table[data-accesslog]");
  await expect(table).toContainText("Borgerkort vist");
  await expect(table).toContainText("demo admin");
  await expect(table).toContainText(cpr);
  await expectAccessible(admin, "the access log");
  await shot(admin, "admin-accesslog");
  // asking without a citizen or a person is refused at the field
  await admin.getByLabel("Borgerens CPR-nummer").fill("");
  await admin.getByRole("button", { name: "Søg i loggen" }).click();
  await expect(admin.getByLabel("Borgerens CPR-nummer")).toHaveAttribute("aria-invalid", "true");
});

test("a citizen sees when the job centre used their details, without staff names", async ({ page }) => {
  await page.goto("/borger/login");
  const first = await page.locator("#citizen option").first().getAttribute("value");
  await api(demo.admin, "GET", `/api/citizens/${first}`); // the job centre looks at the citizen
  await page.getByLabel("Borger").selectOption(first ?? "");
  await page.getByRole("button", { name: "Fortsæt" }).click();
  await page.getByRole("link", { name: "Se, hvornår jobcentret har brugt dine oplysninger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Brug af dine oplysninger" })).toBeVisible();
  const table = page.locator("table[data-uses]");
  await expect(table).toContainText("Sagsbehandling: dine oplysninger blev vist");
  await expect(table).not.toContainText("demo admin");
  await expectAccessible(page, "the citizen's report of the uses of their data");
  await shot(page, "citizen-data-uses");
});
