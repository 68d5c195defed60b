// The registers the rules need (issue 22 point 3, guide B): other actors
// and the job centre's own person-group marks kept in the administration;
// a mark that binds is ticked on an advisor and on a citizen's card, and
// the citizen then gets that advisor's times only — end to end.
import { api, demo, expect, expectAccessible, shot, test } from "./fixtures";

const stamp = Date.now() % 100000;

test("an administrator keeps other actors and marks; a binding mark ties a citizen to one advisor", async ({ admin }) => {
  // other actors: a CVR of the wrong length is refused at its field
  await admin.goto("/admin/andre-aktoerer");
  await expect(admin.getByRole("heading", { level: 1, name: "Andre aktører" })).toBeVisible();
  await admin.getByLabel("Navn", { exact: true }).fill(`Jobhuset ${stamp}`);
  await admin.getByLabel("CVR-nummer").fill("123");
  await admin.keyboard.press("Enter"); // the keyboard submits the form
  await expect(admin.getByLabel("CVR-nummer")).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByLabel("CVR-nummer")).toBeFocused();
  await admin.getByLabel("CVR-nummer").fill("12345678");
  await admin.keyboard.press("Enter");
  await expect(admin.locator("[data-list]")).toContainText(`Jobhuset ${stamp}`);
  await expectAccessible(admin, "the other actors");

  // a variant of a meeting type, then offered by the wizard for that type only
  await admin.goto("/admin/varianter");
  const variant = `Akademikere ${stamp}`;
  await admin.getByLabel("Samtaletype").selectOption("Jobsamtale");
  await admin.getByLabel("Navn", { exact: true }).fill(variant);
  await admin.getByRole("button", { name: "Opret" }).click();
  await expect(admin.locator("[data-list]")).toContainText(variant);
  await expectAccessible(admin, "the meeting type variants");
  await admin.goto("/tilbud/ny");
  await admin.getByLabel("Samtaletype", { exact: true }).selectOption("Opfølgningssamtale");
  await expect(admin.getByLabel(/^Samtaletypevariant/).locator("option", { hasText: variant })).toHaveCount(0);
  await admin.getByLabel("Samtaletype", { exact: true }).selectOption("Jobsamtale");
  await admin.getByLabel(/^Samtaletypevariant/).selectOption(variant);

  // an own mark that binds
  await admin.goto("/admin/markeringer");
  const markName = `Fast vejleder ${stamp}`;
  await admin.getByLabel("Navn", { exact: true }).fill(markName);
  await admin.getByLabel("Binder borgeren til vejledere med samme markering").selectOption("true");
  await admin.getByRole("button", { name: "Opret" }).click();
  await expect(admin.locator("[data-list]")).toContainText(markName);
  await expect(admin.locator("[data-list] tr", { hasText: markName })).toContainText("Jobcentret");
  await expectAccessible(admin, "the person-group marks");
  await shot(admin, "admin-marks");
  const marks = await api<{ marks: { id: number; name: string; level: string }[] }>(demo.admin, "GET", "/api/marks");
  const mark = marks.marks.find((m) => m.name === markName)!;
  // the hub's marks (fetched from DFDG) are listed but not editable here
  expect(marks.marks.filter((x) => x.level !== "jobcenter").length, "the demo imported the hub's marks").toBeGreaterThan(0);
  for (const m of marks.marks.filter((x) => x.level !== "jobcenter")) {
    await expect(admin.getByRole("button", { name: `Rediger ${m.name}` })).toHaveCount(0);
  }

  // the advisor carries it
  const advisors = await api<{ advisors: { id: number; name: string; marks?: number[] }[] }>(demo.admin, "GET", "/api/advisors");
  const sarah = advisors.advisors.find((a) => a.name === "Sarah Jensen")!;
  await admin.goto("/admin/vejledere");
  await admin.getByRole("button", { name: "Rediger Sarah Jensen" }).click();
  await admin.getByLabel(new RegExp(`^${markName}`)).check();
  await admin.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(admin.locator(".alert-success").first()).toContainText("Sarah Jensen er gemt");
  expect((await api<{ advisors: { id: number; marks?: number[] }[] }>(demo.admin, "GET", "/api/advisors")).advisors.find((a) => a.id === sarah.id)?.marks).toContain(mark.id);

  // the citizen carries it, ticked on the card
  const cpr = `0504801${String(stamp % 1000).padStart(3, "0")}`;
  const citizen = await api<{ id: number }>(demo.admin, "POST", "/api/citizens", { cpr, name: `Bundet Borger ${stamp}` });
  await admin.goto("/soeg");
  await admin.getByLabel("CPR-nr. eller indkaldelsesnr.").fill(cpr);
  await admin.getByRole("button", { name: "Søg", exact: true }).click();
  await admin.getByLabel(new RegExp(`^${markName}`)).focus();
  await admin.keyboard.press("Space");
  await expect(admin.getByLabel(new RegExp(`^${markName}`))).toBeChecked();
  await admin.getByRole("button", { name: "Gem kontakt og notat" }).focus();
  await admin.keyboard.press("Enter");
  await expect(admin.locator(".planner-contact .alert-success")).toBeVisible();
  await expectAccessible(admin, "the citizen card with marks");

  // an offer for the marked citizens: they get Sarah's times only
  const base = await api<Record<string, unknown>>(demo.admin, "GET", "/api/offers/1");
  const { id: _id, sessions: _s, changedAt: _c, changedBy: _b, ...fields } = base;
  void _id, _s, _c, _b;
  const offer = await api<{ id: number }>(demo.admin, "POST", "/api/offers", {
    ...fields,
    name: `Samtale med fast vejleder ${stamp}`,
    active: true,
    rules: { groups: [{ match: "all", rules: [{ type: "mark", cond: "has", value: String(mark.id) }] }] },
  });
  const times = await api<{ times: { advisorId: number }[] }>(demo.portal, "GET", `/api/portal/offers/${offer.id}/free-times`, undefined, { "Planner-Citizen": cpr });
  expect(times.times.length).toBeGreaterThan(0);
  expect(new Set(times.times.map((x) => x.advisorId))).toEqual(new Set([sarah.id]));
  expect(citizen.id).toBeGreaterThan(0);
});
