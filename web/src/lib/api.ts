// api: the JSON API as the screens use it. The session cookie
// authenticates; every state-changing request carries the session's CSRF
// token; a problem+json answer becomes an ApiError whose fields name the
// offending inputs, in the visitor's language.

import { lang } from "./i18n";

/** FieldProblem is one input the API refused. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** ApiError is a refused request: the API's problem+json. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly fields: FieldProblem[],
    readonly type: string,
    readonly code = "",
  ) {
    super(detail || title);
  }
  /** reason returns the reason for one field, or "". */
  reason(field: string): string {
    return this.fields.find((f) => f.field === field)?.reason ?? "";
  }
}

let csrf = "";

// lastInput is when the user last pressed a key, clicked or touched: only
// requests within a minute of it renew the session's idle timeout, so a
// screen that refreshes itself does not keep an unattended session alive.
let lastInput = Date.now();
for (const ev of ["keydown", "pointerdown", "touchstart"]) {
  window.addEventListener(ev, () => (lastInput = Date.now()), { capture: true, passive: true });
}

/** setCSRF keeps the session's CSRF token (from GET /api/session). */
export function setCSRF(token: string): void {
  csrf = token;
}

interface Problem {
  type?: string;
  title?: string;
  title_da?: string;
  detail?: string;
  detail_da?: string;
  status?: number;
  field?: string;
  code?: string;
}

/** request sends one API request and answers its JSON (undefined for 204). */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && method !== "HEAD") headers["X-CSRF-Token"] = csrf;
  if (Date.now() - lastInput < 60_000) headers["X-Planner-Active"] = "1";
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: "same-origin" });
  if (res.status === 401) {
    // the citizens' pages have their own sign-in
    window.location.assign(location.pathname.startsWith("/borger/") ? "/borger/login" : `/login?next=${encodeURIComponent(location.pathname + location.search)}`);
    throw new ApiError(401, "Not signed in", "", [], "/problems/unauthenticated");
  }
  if (!res.ok) throw await problem(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

async function problem(res: Response): Promise<ApiError> {
  let p: Problem = {};
  try {
    p = (await res.json()) as Problem;
  } catch {
    /* not JSON: keep the status */
  }
  const da = lang() === "da";
  const title = (da && p.title_da) || p.title || res.statusText;
  const detail = (da && p.detail_da) || p.detail || "";
  const fields: FieldProblem[] = p.field ? [{ field: p.field, reason: detail }] : [];
  return new ApiError(res.status, title, detail, fields, p.type ?? "", p.code ?? "");
}

/** get is request("GET", …). */
export const get = <T>(path: string) => request<T>("GET", path);
/** post is request("POST", …). */
export const post = <T>(path: string, body?: unknown) => request<T>("POST", path, body);
/** put is request("PUT", …). */
export const put = <T>(path: string, body?: unknown) => request<T>("PUT", path, body);
/** del is request("DELETE", …). */
export const del = <T>(path: string) => request<T>("DELETE", path);

/** query builds a query string from the set values. */
export function query(params: Record<string, string | number | boolean | undefined | null | (string | number)[]>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    q.set(k, Array.isArray(v) ? v.join(",") : String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}
