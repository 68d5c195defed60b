// admin-crud: one administration screen over one API collection — its
// table with edit and delete, and a form that creates or edits, showing
// the API's field errors at their fields. Teams, advisors, rooms and
// templates are each one of these.

import { html, nothing, render, type TemplateResult } from "lit-html";
import { del, get, post, put } from "../lib/api";
import { define } from "../lib/i18n";
import type { Ctx, Route } from "../lib/router";
import { announce, confirm, errorAlert, successAlert } from "../lib/ui";
import { adminNav, field, unplaced, type Field } from "./admin-form";

const t = define({
  edit: ["Rediger", "Edit"],
  editOf: ["Rediger {name}", "Edit {name}"],
  remove: ["Slet", "Delete"],
  removeOf: ["Slet {name}", "Delete {name}"],
  removeQ: ["Slet {name}?", "Delete {name}?"],
  removeBody: ["{name} slettes. Det kan ikke fortrydes.", "{name} is deleted. This cannot be undone."],
  removed: ["{name} er slettet.", "{name} is deleted."],
  saved: ["{name} er gemt.", "{name} is saved."],
  created: ["{name} er oprettet.", "{name} is created."],
  save: ["Gem", "Save"],
  create: ["Opret", "Create"],
  cancelEdit: ["Annuller", "Cancel"],
  actions: ["Handlinger", "Actions"],
  none: ["Der er ingen endnu.", "There are none yet."],
});

/** Column is one column of the table. */
export interface Column<T> {
  label: string;
  cell(item: T): string | TemplateResult;
}

/** Crud describes one administration screen. */
export interface Crud<T extends { id: number }> {
  path: string;
  title(): string;
  /** api is the collection, e.g. "/api/rooms"; listKey its answer's list. */
  api: string;
  listKey: string;
  /** load fetches what the fields need (e.g. the teams) before drawing. */
  prepare?(): Promise<void>;
  /** sort orders the table (e.g. the team tree). */
  sort?(items: T[]): T[];
  columns(): Column<T>[];
  fields(editing: T | undefined): Field[];
  name(item: T): string;
  newHeading(): string;
  editHeading(item: T): string;
  /** values are the form's inputs of an item (or a new one). */
  values(item: T | undefined): Record<string, string>;
  /** body is what is sent: the inputs onto the item as it was. */
  body(values: Record<string, string>, item: T | undefined): unknown;
  /** extra draws more of the form (e.g. working hours) under the fields. */
  extra?(item: T | undefined, err: unknown, redraw: () => void): TemplateResult | typeof nothing;
  /** extraKeys are the fields extra() shows errors of. */
  extraKeys?: string[];
  /** after draws under the form for an item being edited (e.g. its calendar). */
  after?(item: T, redraw: () => void, reload: () => Promise<void>): TemplateResult | typeof nothing;
  /** reset prepares extra()'s state for an item (or a new one). */
  reset?(item: T | undefined): void;
  /** editable says whether an item may be edited and deleted here (all when absent). */
  editable?(item: T): boolean;
  /** intro is drawn under the heading. */
  intro?(): TemplateResult;
}

/** crudRoute makes the route of a Crud screen (administrators only). */
export function crudRoute<T extends { id: number }>(c: Crud<T>): Route {
  return {
    path: c.path,
    title: c.title,
    roles: ["admin"],
    async render(ctx: Ctx) {
      let items: T[] = [];
      let editing: T | undefined;
      let values = c.values(undefined);
      let err: unknown;
      let listErr: unknown;
      let done = "";
      c.reset?.(undefined);
      const draw = () => {
        const fields = c.fields(editing);
        const keys = [...fields.map((f) => f.key), ...(c.extraKeys ?? [])];
        const sorted = c.sort ? c.sort(items) : items;
        render(
          html`${adminNav(c.path)}
            <h1 tabindex="-1">${c.title()}</h1>
            ${c.intro?.() ?? nothing}
            ${errorAlert(listErr)} ${successAlert(done)}
            ${sorted.length === 0
              ? html`<p>${t("none")}</p>`
              : html`<div class="table--responsive-scroll">
                  <table class="table table--compact planner-admin-table" data-list>
                    <thead>
                      <tr>
                        ${c.columns().map((col) => html`<th scope="col">${col.label}</th>`)}
                        <th scope="col"><span class="sr-only">${t("actions")}</span></th>
                      </tr>
                    </thead>
                    <tbody>
                      ${sorted.map(
                        (it) => html`<tr data-id=${it.id}>
                          ${c.columns().map((col, i) => (i === 0 ? html`<th scope="row">${col.cell(it)}</th>` : html`<td>${col.cell(it)}</td>`))}
                          <td class="planner-row-actions">
                            ${c.editable && !c.editable(it)
                              ? nothing
                              : html`<button type="button" class="button button-tertiary" aria-label=${t("editOf", { name: c.name(it) })} @click=${() => edit(it)}>${t("edit")}</button>
                                  <button type="button" class="button button-tertiary" aria-label=${t("removeOf", { name: c.name(it) })} @click=${() => remove(it)}>${t("remove")}</button>`}
                          </td>
                        </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>`}
            <section class="planner-admin-form" aria-labelledby="form-h">
              <h2 id="form-h" tabindex="-1">${editing ? c.editHeading(editing) : c.newHeading()}</h2>
              ${errorAlert(unplaced(err, keys))}
              <form novalidate @submit=${submit}>
                ${fields.map((f) => field("f", f, values, err, (k, v) => (values[k] = v)))}
                ${c.extra?.(editing, err, draw) ?? nothing}
                <div class="planner-form-actions">
                  <button class="button button-primary" type="submit">${editing ? t("save") : t("create")}</button>
                  ${editing ? html`<button class="button button-secondary" type="button" @click=${() => edit(undefined)}>${t("cancelEdit")}</button>` : nothing}
                </div>
              </form>
              ${editing ? (c.after?.(editing, draw, load) ?? nothing) : nothing}
            </section>`,
          ctx.main,
        );
      };
      const load = async () => {
        try {
          await c.prepare?.();
          const answer = await get<Record<string, T[]>>(c.api);
          items = answer[c.listKey] ?? [];
          if (editing) editing = items.find((x) => x.id === editing!.id);
          listErr = undefined;
        } catch (e) {
          listErr = e;
        }
        draw();
      };
      const edit = (it: T | undefined) => {
        editing = it;
        values = c.values(it);
        c.reset?.(it);
        err = undefined;
        done = "";
        draw();
        ctx.main.querySelector<HTMLElement>("#form-h")?.focus();
      };
      const submit = async (e: Event) => {
        e.preventDefault();
        const body = c.body(values, editing);
        try {
          const saved = editing ? await put<T>(`${c.api}/${editing.id}`, body) : await post<T>(c.api, body);
          done = editing ? t("saved", { name: c.name(saved) }) : t("created", { name: c.name(saved) });
          err = undefined;
          const wasNew = !editing;
          await load();
          // a new item opens for editing: what only an existing one has (an advisor's calendar) follows
          const fresh = items.find((x) => x.id === saved.id);
          if (wasNew && c.after && fresh) {
            editing = fresh;
            values = c.values(fresh);
            c.reset?.(fresh);
          } else if (wasNew) {
            values = c.values(undefined);
            c.reset?.(undefined);
          }
          draw();
          announce(done);
        } catch (x) {
          err = x;
          draw();
          const bad = ctx.main.querySelector<HTMLElement>("[aria-invalid=true]") ?? ctx.main.querySelector<HTMLElement>(".planner-admin-form [role=alert]");
          bad?.focus();
        }
      };
      const remove = async (it: T) => {
        const name = c.name(it);
        if (!(await confirm({ title: t("removeQ", { name }), body: t("removeBody", { name }), ok: t("remove"), danger: true }))) return;
        let refused: unknown;
        try {
          await del(`${c.api}/${it.id}`);
          if (editing?.id === it.id) edit(undefined);
          done = t("removed", { name });
          announce(done);
        } catch (x) {
          refused = x;
          done = "";
        }
        await load();
        if (refused) {
          // issue 23: a deletion refused (still in use) is said, not cleared by the reload
          listErr = refused;
          draw();
          ctx.main.querySelector<HTMLElement>(".alert-error")?.focus();
          return;
        }
        ctx.main.querySelector<HTMLElement>("h1")?.focus();
      };
      draw();
      await load();
    },
  };
}
