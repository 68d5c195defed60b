// admin: the administration's overview (route /admin, administrators
// only) and its screens' routes.

import { html, render } from "lit-html";
import { define } from "../lib/i18n";
import type { Route } from "../lib/router";
import { adminAdvisors } from "./admin-advisors";
import { adminNav, adminPages } from "./admin-form";
import { adminSettings } from "./admin-settings";
import { adminAccess, adminProviders } from "./admin-signin";
import { adminAccessLog } from "./admin-accesslog";
import { adminMarks, adminOtherActors, adminVariants } from "./admin-registers";
import { adminRooms, adminTeams, adminTemplates } from "./admin-simple";

const t = define({
  title: ["Administration", "Administration"],
  intro: ["Her opsætter du jobcentrets teams, vejledere, lokaler, skabeloner, samtaletypevarianter, andre aktører, persongruppemarkeringer, indstillinger, log ind og adgang.", "Here you set up the job centre's teams, advisors, rooms, templates, meeting type variants, other actors, person-group marks, settings, sign-in and access."],
});

const overview: Route = {
  path: "/admin",
  title: () => t("title"),
  roles: ["admin"],
  render(ctx) {
    render(
      html`${adminNav("/admin")}
        <h1>${t("title")}</h1>
        <p>${t("intro")}</p>
        <ul class="nav-list planner-admin-links">
          ${adminPages.slice(1).map((p) => html`<li><a href=${p.path}>${p.label()}</a></li>`)}
        </ul>`,
      ctx.main,
    );
  },
};

/** adminRoutes are the administration's screens. */
export const adminRoutes: Route[] = [overview, adminTeams, adminAdvisors, adminRooms, adminTemplates, adminVariants, adminOtherActors, adminMarks, adminSettings, adminProviders, adminAccess, adminAccessLog];
