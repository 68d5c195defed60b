// admin-signin: how the job centre's staff sign in — its identity
// providers (OpenID Connect or SAML) with the map from their groups or
// roles to Planner's roles (route /admin/log-ind), and who has access: the
// people who signed in through them, and the API tokens (route
// /admin/adgang).

import { html, nothing, render } from "lit-html";
import { live } from "lit-html/directives/live.js";
import { del, get, put } from "../lib/api";
import { define } from "../lib/i18n";
import type { Ctx, Route } from "../lib/router";
import { announce, confirm, errorAlert, fmtDateTime, successAlert } from "../lib/ui";
import { crudRoute } from "./admin-crud";
import { adminNav, reasonAt } from "./admin-form";

const t = define({
  providers: ["Log ind", "Sign-in"],
  name: ["Navn på knappen", "Button name"],
  nameHint: ["Knappen på log ind-siden hedder »Log ind med …«.", "The sign-in page's button says \"Sign in with …\"."],
  kind: ["Protokol", "Protocol"],
  oidc: ["OpenID Connect (Entra ID, AD FS)", "OpenID Connect (Entra ID, AD FS)"],
  saml: ["SAML – OIOSAML 3 (Context Handler)", "SAML – OIOSAML 3 (Context Handler)"],
  issuer: ["Udsteder (issuer)", "Issuer"],
  issuerHint: ["OpenID Connect: udbyderens adresse, fx https://login.microsoftonline.com/<tenant-id>/v2.0. SAML: tomt (læses i metadata).", "OpenID Connect: the provider's address, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0. SAML: empty (read from the metadata)."],
  metadataUrl: ["Metadata-adresse (SAML)", "Metadata address (SAML)"],
  metadata: ["Metadata (SAML), hvis udbyderen ikke har en adresse", "Metadata (SAML), if the provider has no address"],
  clientId: ["Klient-id (OpenID Connect)", "Client id (OpenID Connect)"],
  clientSecret: ["Klienthemmelighed (OpenID Connect)", "Client secret (OpenID Connect)"],
  secretHint: ["Gemmes krypteret og vises aldrig igen. Lad feltet stå tomt for at beholde den gemte.", "Stored encrypted and never shown again. Leave it empty to keep the stored one."],
  subjectClaim: ["Claim der identificerer personen", "Claim that identifies the person"],
  subjectHint: ["Tomt: sub. Entra ID: oid.", "Empty: sub. Entra ID: oid."],
  roleClaim: ["Claim eller attribut med roller", "Claim or attribute with roles"],
  roleHint: ["Tomt: groups (OpenID Connect) eller OIOSAML-privilegierne (SAML). Entra ID med app-roller: roles.", "Empty: groups (OpenID Connect) or the OIOSAML privileges (SAML). Entra ID with app roles: roles."],
  roleMap: ["Roller i Planner", "Roles in Planner"],
  roleMapHint: [
    "Én linje pr. gruppe, rolle eller privilegium: værdien, et lighedstegn og admin, advisor eller operator. En person uden nogen af værdierne afvises.",
    "One line per group, role or privilege: the value, an equals sign and admin, advisor or operator. A person with none of the values is refused.",
  ],
  advisorClaim: ["Claim der knytter personen til en vejleder", "Claim that links the person to an advisor"],
  advisorHint: ["Fx upn eller email: personen knyttes til vejlederen med den mail (eller Exchange-bruger).", "E.g. upn or email: the person is linked to the advisor with that mail (or Exchange user)."],
  minAssurance: ["Mindste sikringsniveau (SAML)", "Lowest level of assurance (SAML)"],
  anyLevel: ["Intet krav", "No requirement"],
  disabled: ["Slået fra (vises ikke på log ind-siden)", "Turned off (not shown on the sign-in page)"],
  status: ["Status", "Status"],
  on: ["Aktiv", "Active"],
  off: ["Slået fra", "Turned off"],
  mapped: ["{n} roller", "{n} roles"],
  newProvider: ["Ny identitetsudbyder", "New identity provider"],
  editProvider: ["Rediger identitetsudbyder: {name}", "Edit identity provider: {name}"],
  register: ["Det skal identitetsudbyderen have", "What the identity provider needs"],
  redirect: ["Redirect URI", "Redirect URI"],
  spMetadata: ["Planners metadata (SP)", "Planner's metadata (SP)"],
  acs: ["Assertion Consumer Service (HTTP-POST)", "Assertion Consumer Service (HTTP-POST)"],
  slo: ["Single logout", "Single logout"],
  access: ["Adgang", "Access"],
  accessIntro: ["Hvem der har logget ind gennem jobcentrets identitetsudbydere, og jobcentrets API-nøgler.", "Who has signed in through the job centre's identity providers, and the job centre's API tokens."],
  people: ["Personer", "People"],
  noPeople: ["Ingen har logget ind gennem en identitetsudbyder endnu.", "No one has signed in through an identity provider yet."],
  person: ["Navn", "Name"],
  email: ["Mail", "Mail"],
  role: ["Rolle", "Role"],
  advisor: ["Vejleder", "Advisor"],
  lastSignIn: ["Seneste log ind", "Last sign-in"],
  admin: ["Administrator", "Administrator"],
  advisorRole: ["Vejleder", "Advisor"],
  operator: ["Drift", "Operations"],
  portal: ["Borgerportal", "Citizen portal"],
  blocked: ["Spærret", "Disabled"],
  active: ["Aktiv", "Active"],
  block: ["Spær", "Disable"],
  blockOf: ["Spær {name}", "Disable {name}"],
  unblock: ["Genåbn", "Enable"],
  unblockOf: ["Genåbn {name}", "Enable {name}"],
  blockedDone: ["{name} er spærret og logget ud.", "{name} is disabled and signed out."],
  unblockedDone: ["{name} kan logge ind igen.", "{name} can sign in again."],
  tokens: ["API-nøgler", "API tokens"],
  tokensHint: ["Nøgler til integrationer og drift. Selve nøglen vises kun, når den laves (planner token).", "Tokens for integrations and operations. The token itself is shown only when made (planner token)."],
  noTokens: ["Jobcentret har ingen API-nøgler.", "The job centre has no API tokens."],
  holder: ["Indehaver", "Holder"],
  created: ["Oprettet", "Created"],
  revoke: ["Tilbagekald", "Revoke"],
  revokeOf: ["Tilbagekald nøglen {name}", "Revoke the token {name}"],
  revokeQ: ["Tilbagekald nøglen {name}?", "Revoke the token {name}?"],
  revokeBody: ["Nøglen afvises fra nu af, også i de sessioner, der er logget ind med den.", "The token is refused from now on, also in the sessions signed in with it."],
  revoked: ["Nøglen {name} er tilbagekaldt.", "The token {name} is revoked."],
  actions: ["Handlinger", "Actions"],
});

/** Provider is an identity provider as the API shows it. */
interface Provider {
  id: number;
  name: string;
  kind: "oidc" | "saml";
  issuer?: string;
  metadataUrl?: string;
  metadata?: string;
  clientId?: string;
  hasSecret: boolean;
  subjectClaim?: string;
  roleClaim?: string;
  roleMap: Record<string, string>;
  advisorClaim?: string;
  minAssurance?: string;
  disabled?: boolean;
  endpoints: { start: string; redirect?: string; spMetadata?: string; acs?: string; slo?: string };
}

/** The text areas' state: the role map as lines, the SAML metadata. */
const areas = { roleMap: "", metadata: "" };

/** mapLines writes a role map one "value=role" per line. */
function mapLines(m: Record<string, string> | undefined): string {
  return Object.entries(m ?? {})
    .map(([v, r]) => `${v}=${r}`)
    .join("\n");
}

/** parseMap reads the lines back; a line without "=" maps to "" (the API names the field). */
function parseMap(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const i = line.lastIndexOf("=");
    out[(i < 0 ? line : line.slice(0, i)).trim()] = i < 0 ? "" : line.slice(i + 1).trim();
  }
  return out;
}

function area(key: "roleMap" | "metadata", label: string, hint: string | undefined, err: unknown) {
  const id = `f-${key}`;
  const reason = reasonAt(err, key);
  const described = [hint ? `${id}-hint` : "", reason ? `${id}-error` : ""].filter(Boolean).join(" ");
  return html`<div class="form-group ${reason ? "form-error" : ""}">
    <label class="form-label" for=${id}>${label}</label>
    ${hint ? html`<span class="form-hint" id="${id}-hint">${hint}</span>` : nothing}
    ${reason ? html`<span class="form-error-message" id="${id}-error">${reason}</span>` : nothing}
    <textarea class="form-input" id=${id} name=${key} rows="4" .value=${live(areas[key])} aria-invalid=${reason ? "true" : "false"}
      aria-describedby=${described || nothing} @input=${(e: Event) => (areas[key] = (e.target as HTMLTextAreaElement).value)}></textarea>
  </div>`;
}

export const adminProviders = crudRoute<Provider>({
  path: "/admin/log-ind",
  title: () => t("providers"),
  api: "/api/identity-providers",
  listKey: "providers",
  columns: () => [
    { label: t("name"), cell: (p) => p.name },
    { label: t("kind"), cell: (p) => (p.kind === "saml" ? "SAML" : "OpenID Connect") },
    { label: t("issuer"), cell: (p) => p.issuer || p.metadataUrl || "" },
    { label: t("roleMap"), cell: (p) => t("mapped", { n: Object.keys(p.roleMap ?? {}).length }) },
    { label: t("status"), cell: (p) => (p.disabled ? t("off") : t("on")) },
  ],
  fields: () => [
    { key: "name", label: t("name"), hint: t("nameHint"), required: true },
    { key: "kind", label: t("kind"), options: [{ value: "oidc", label: t("oidc") }, { value: "saml", label: t("saml") }] },
    { key: "issuer", label: t("issuer"), hint: t("issuerHint"), type: "url" },
    { key: "clientId", label: t("clientId") },
    { key: "clientSecret", label: t("clientSecret"), hint: t("secretHint"), type: "password", autocomplete: "new-password" },
    { key: "metadataUrl", label: t("metadataUrl"), type: "url" },
    { key: "subjectClaim", label: t("subjectClaim"), hint: t("subjectHint") },
    { key: "roleClaim", label: t("roleClaim"), hint: t("roleHint") },
    { key: "advisorClaim", label: t("advisorClaim"), hint: t("advisorHint") },
    {
      key: "minAssurance",
      label: t("minAssurance"),
      options: [{ value: "", label: t("anyLevel") }, { value: "Low", label: "Low" }, { value: "Substantial", label: "Substantial" }, { value: "High", label: "High" }],
    },
    { key: "disabled", label: t("status"), options: [{ value: "", label: t("on") }, { value: "yes", label: t("off") }] },
  ],
  extraKeys: ["roleMap", "metadata"],
  reset: (p) => {
    areas.roleMap = mapLines(p?.roleMap);
    areas.metadata = p?.metadata ?? "";
  },
  extra: (_p, err) => html`${area("roleMap", t("roleMap"), t("roleMapHint"), err)} ${area("metadata", t("metadata"), undefined, err)}`,
  after: (p) => {
    const abs = (path?: string) => (path ? `${location.origin}${path}` : "");
    const rows: [string, string][] =
      p.kind === "saml"
        ? [
            [t("spMetadata"), abs(p.endpoints.spMetadata)],
            [t("acs"), abs(p.endpoints.acs)],
            [t("slo"), abs(p.endpoints.slo)],
          ]
        : [[t("redirect"), abs(p.endpoints.redirect)]];
    return html`<h3>${t("register")}</h3>
      <dl class="planner-facts">
        ${rows.map(([k, v]) => html`<dt>${k}</dt><dd><code>${v}</code></dd>`)}
      </dl>`;
  },
  name: (p) => p.name,
  newHeading: () => t("newProvider"),
  editHeading: (p) => t("editProvider", { name: p.name }),
  values: (p) => ({
    name: p?.name ?? "",
    kind: p?.kind ?? "oidc",
    issuer: p?.issuer ?? "",
    clientId: p?.clientId ?? "",
    clientSecret: "",
    metadataUrl: p?.metadataUrl ?? "",
    subjectClaim: p?.subjectClaim ?? "",
    roleClaim: p?.roleClaim ?? "",
    advisorClaim: p?.advisorClaim ?? "",
    minAssurance: p?.minAssurance ?? "",
    disabled: p?.disabled ? "yes" : "",
  }),
  body: (v, p) => {
    const { endpoints: _e, hasSecret: _h, ...rest } = p ?? ({} as Partial<Provider>);
    return {
      ...rest,
      name: v.name,
      kind: v.kind,
      issuer: v.issuer,
      clientId: v.clientId,
      ...(v.clientSecret ? { clientSecret: v.clientSecret } : {}),
      metadataUrl: v.metadataUrl,
      metadata: areas.metadata,
      subjectClaim: v.subjectClaim,
      roleClaim: v.roleClaim,
      roleMap: parseMap(areas.roleMap),
      advisorClaim: v.advisorClaim,
      minAssurance: v.minAssurance,
      disabled: v.disabled === "yes",
    };
  },
});

/** Person is someone who signed in through a provider. */
interface Person {
  id: number;
  name: string;
  email?: string;
  role: string;
  advisorId?: number;
  disabled: boolean;
  lastSignIn: string;
}

/** Token is an API token, without its secret. */
interface Token {
  id: number;
  name: string;
  role: string;
  createdAt: string;
}

const roleName = (r: string) => ({ admin: t("admin"), advisor: t("advisorRole"), operator: t("operator"), portal: t("portal") })[r] ?? r;

export const adminAccess: Route = {
  path: "/admin/adgang",
  title: () => t("access"),
  roles: ["admin"],
  async render(ctx: Ctx) {
    let people: Person[] = [];
    let tokens: Token[] = [];
    let advisors: { id: number; name: string }[] = [];
    let err: unknown;
    let done = "";
    const draw = () =>
      render(
        html`${adminNav("/admin/adgang")}
          <h1 tabindex="-1">${t("access")}</h1>
          <p>${t("accessIntro")}</p>
          ${errorAlert(err)} ${successAlert(done)}
          <h2>${t("people")}</h2>
          ${people.length === 0
            ? html`<p>${t("noPeople")}</p>`
            : html`<div class="table--responsive-scroll">
                <table class="table table--compact planner-admin-table" data-people>
                  <thead>
                    <tr>
                      <th scope="col">${t("person")}</th>
                      <th scope="col">${t("email")}</th>
                      <th scope="col">${t("role")}</th>
                      <th scope="col">${t("advisor")}</th>
                      <th scope="col">${t("lastSignIn")}</th>
                      <th scope="col">${t("status")}</th>
                      <th scope="col"><span class="sr-only">${t("actions")}</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    ${people.map(
                      (p) => html`<tr data-id=${p.id}>
                        <th scope="row">${p.name}</th>
                        <td>${p.email ?? ""}</td>
                        <td>${roleName(p.role)}</td>
                        <td>${advisors.find((a) => a.id === p.advisorId)?.name ?? ""}</td>
                        <td>${fmtDateTime(p.lastSignIn)}</td>
                        <td>${p.disabled ? t("blocked") : t("active")}</td>
                        <td class="planner-row-actions">
                          <button type="button" class="button button-tertiary" aria-label=${p.disabled ? t("unblockOf", { name: p.name }) : t("blockOf", { name: p.name })}
                            @click=${() => toggle(p)}>${p.disabled ? t("unblock") : t("block")}</button>
                        </td>
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`}
          <h2>${t("tokens")}</h2>
          <p>${t("tokensHint")}</p>
          ${tokens.length === 0
            ? html`<p>${t("noTokens")}</p>`
            : html`<div class="table--responsive-scroll">
                <table class="table table--compact planner-admin-table" data-tokens>
                  <thead>
                    <tr>
                      <th scope="col">${t("holder")}</th>
                      <th scope="col">${t("role")}</th>
                      <th scope="col">${t("created")}</th>
                      <th scope="col"><span class="sr-only">${t("actions")}</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    ${tokens.map(
                      (k) => html`<tr data-id=${k.id}>
                        <th scope="row">${k.name}</th>
                        <td>${roleName(k.role)}</td>
                        <td>${fmtDateTime(k.createdAt)}</td>
                        <td class="planner-row-actions">
                          <button type="button" class="button button-tertiary" aria-label=${t("revokeOf", { name: k.name })} @click=${() => revoke(k)}>${t("revoke")}</button>
                        </td>
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`}`,
        ctx.main,
      );
    const load = async () => {
      try {
        [people, tokens, advisors] = await Promise.all([
          get<{ people: Person[] }>("/api/people").then((x) => x.people),
          get<{ tokens: Token[] }>("/api/tokens").then((x) => x.tokens),
          get<{ advisors: { id: number; name: string }[] }>("/api/advisors").then((x) => x.advisors),
        ]);
        err = undefined;
      } catch (e) {
        err = e;
      }
      draw();
    };
    const toggle = async (p: Person) => {
      try {
        await put(`/api/people/${p.id}`, { disabled: !p.disabled });
        done = p.disabled ? t("unblockedDone", { name: p.name }) : t("blockedDone", { name: p.name });
        announce(done);
      } catch (e) {
        err = e;
        done = "";
      }
      await load();
    };
    const revoke = async (k: Token) => {
      if (!(await confirm({ title: t("revokeQ", { name: k.name }), body: t("revokeBody"), ok: t("revoke"), danger: true }))) return;
      try {
        await del(`/api/tokens/${k.id}`);
        done = t("revoked", { name: k.name });
        announce(done);
      } catch (e) {
        err = e;
        done = "";
      }
      await load();
      ctx.main.querySelector<HTMLElement>("h1")?.focus();
    };
    draw();
    await load();
  },
};
