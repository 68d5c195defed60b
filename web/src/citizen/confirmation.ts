// confirmation: the page after a booking, a rebooking or an instant
// booking — what was booked, read back from the citizen's own bookings.

import { html, nothing, render } from "lit-html";
import { get } from "../lib/api";
import { define } from "../lib/i18n";
import type { Route } from "../lib/router";
import { errorAlert, warningAlert } from "../lib/ui";
import { bookingDetails } from "./meetings";
import type { Booking } from "./types";

const t = define({
  title: ["Dit møde er booket", "Your meeting is booked"],
  moved: ["Dit møde er flyttet", "Your meeting is moved"],
  body: ["Du får mødet at se under Mine møder og på Jobnet.", "You see the meeting under My meetings and on Jobnet."],
  gone: ["Mødet findes ikke længere blandt dine møder.", "The meeting is no longer among your meetings."],
  back: ["Gå til Mine møder", "Go to My meetings"],
});

export const confirmation: Route = {
  path: "/borger/bekraeftelse/:id",
  title: () => (new URLSearchParams(location.search).has("flyttet") ? t("moved") : t("title")),
  async render(ctx) {
    const id = Number(ctx.params.id);
    const moved = ctx.query.has("flyttet");
    let b: Booking | undefined;
    let err: unknown;
    try {
      b = (await get<{ bookings: Booking[] }>("/api/portal/bookings")).bookings.find((x) => x.summonsId === id);
    } catch (e) {
      err = e;
    }
    render(
      html`<h1 tabindex="-1">${moved ? t("moved") : t("title")}</h1>
        ${errorAlert(err)}
        ${b
          ? html`<div class="alert alert-success" role="status"><div class="alert-body"><p class="alert-heading">${b.title}</p><p class="alert-text">${t("body")}</p></div></div>
              ${bookingDetails(b)}`
          : err
            ? nothing
            : warningAlert(t("gone"))}
        <p><a class="button button-primary" href="/borger/">${t("back")}</a></p>`,
      ctx.main,
    );
  },
};
