// ui: the pieces every screen shares, in DKFDS's markup: alerts, field
// errors, a confirmation dialog, an announcement for screen readers, and
// dates and times in the job centre's zone.

import { html, nothing, render, type TemplateResult } from "lit-html";
import { ApiError } from "./api";
import { define, locale } from "./i18n";

const t = define({
  "error.heading": ["Der opstod en fejl", "Something went wrong"],
  "error.network": ["Planner svarer ikke. Prøv igen om lidt.", "Planner does not answer. Try again shortly."],
  "dialog.ok": ["OK", "OK"],
  "dialog.cancel": ["Annuller", "Cancel"],
  "dialog.close": ["Luk", "Close"],
});

/** zone is the job centre's time zone (every demo and deployment is Danish). */
export const zone = "Europe/Copenhagen";

/** message is what to tell the user about a failed action. */
export function message(err: unknown): string {
  if (err instanceof ApiError) return err.detail ? err.detail : err.title;
  if (err instanceof TypeError) return t("error.network");
  return String(err);
}

/** errorAlert draws a DKFDS error alert for err (nothing without one). */
export function errorAlert(err: unknown): TemplateResult | typeof nothing {
  if (!err) return nothing;
  return html`<div class="alert alert-error" role="alert" tabindex="-1">
    <div class="alert-body">
      <p class="alert-heading">${err instanceof ApiError ? err.title : t("error.heading")}</p>
      <p class="alert-text">${message(err)}</p>
    </div>
  </div>`;
}

/** successAlert draws a DKFDS success alert. */
export function successAlert(text: string): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<div class="alert alert-success" role="status" tabindex="-1"><div class="alert-body"><p class="alert-text">${text}</p></div></div>`;
}

/** infoAlert draws a DKFDS info alert. */
export function infoAlert(text: string): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<div class="alert alert-info" role="status"><div class="alert-body"><p class="alert-text">${text}</p></div></div>`;
}

/** warningAlert draws a DKFDS warning alert. */
export function warningAlert(text: string): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<div class="alert alert-warning" role="alert"><div class="alert-body"><p class="alert-text">${text}</p></div></div>`;
}

/**
 * fieldError is the API's reason for one field, drawn under its label as
 * DKFDS does; the input should carry aria-describedby=`${id}-error` and
 * aria-invalid when there is one (see invalid()).
 */
export function fieldError(err: unknown, field: string, id: string): TemplateResult | typeof nothing {
  if (!(err instanceof ApiError)) return nothing;
  const reason = err.reason(field);
  if (!reason) return nothing;
  return html`<span class="form-error-message" id="${id}-error">${reason}</span>`;
}

/** invalid tells whether the API refused field. */
export function invalid(err: unknown, field: string): boolean {
  return err instanceof ApiError && err.reason(field) !== "";
}

/** announce says text to screen readers through the page's live region. */
export function announce(text: string): void {
  const live = document.getElementById("announce");
  if (!live) return;
  live.textContent = "";
  window.setTimeout(() => (live.textContent = text), 50);
}

/**
 * confirm asks a yes/no question in a modal <dialog> (focus kept inside,
 * Escape cancels) and answers true for yes.
 */
export function confirm(opts: { title: string; body: string | TemplateResult; ok: string; cancel?: string; danger?: boolean }): Promise<boolean> {
  return new Promise((resolve) => {
    const dlg = document.createElement("dialog");
    dlg.className = "fds-modal planner-dialog";
    dlg.setAttribute("aria-labelledby", "dialog-title");
    document.body.append(dlg);
    const done = (v: boolean) => {
      dlg.close();
      dlg.remove();
      resolve(v);
    };
    dlg.addEventListener("cancel", (e) => {
      e.preventDefault();
      done(false);
    });
    render(
      html`<div class="modal-content">
        <div class="modal-header"><h2 class="modal-heading" id="dialog-title">${opts.title}</h2></div>
        <div class="modal-body">${typeof opts.body === "string" ? html`<p>${opts.body}</p>` : opts.body}</div>
        <div class="modal-footer">
          <button class="button ${opts.danger ? "button-primary planner-danger" : "button-primary"}" type="button" data-ok @click=${() => done(true)}>${opts.ok}</button>
          <button class="button button-secondary" type="button" @click=${() => done(false)}>${opts.cancel ?? t("dialog.cancel")}</button>
        </div>
      </div>`,
      dlg,
    );
    dlg.showModal();
    dlg.querySelector<HTMLButtonElement>("[data-ok]")?.focus();
  });
}

/** fmtDate is a date (YYYY-MM-DD or an instant) as "3. dec. 2026". */
export function fmtDate(d: string | Date | undefined): string {
  if (!d) return "";
  const v = typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d) ? new Date(`${d}T12:00:00Z`) : new Date(d);
  return new Intl.DateTimeFormat(locale(), { day: "numeric", month: "short", year: "numeric", timeZone: zone }).format(v);
}

/** fmtTime is an instant's clock time, "09:30". */
export function fmtTime(d: string | Date): string {
  return new Intl.DateTimeFormat(locale(), { hour: "2-digit", minute: "2-digit", timeZone: zone }).format(new Date(d));
}

/** fmtDateTime is an instant as "3. dec. 2026 09:30". */
export function fmtDateTime(d: string | Date | undefined): string {
  if (!d) return "";
  return `${fmtDate(d)} ${fmtTime(d)}`;
}

/** isoDate is an instant's date in the job centre's zone, "2026-12-03". */
export function isoDate(d: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: zone }).format(d);
}
