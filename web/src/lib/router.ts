// router: the screens' addresses in the History API. A route draws into
// <main>; leaving it aborts its signal, which stops its polling and
// requests. After a navigation the new screen's heading takes the focus
// and the title is announced, as a page load would be for a screen reader.

import type { Role } from "./types";

/** Me is the signed-in session, from GET /api/session. */
export interface Me {
  role: Role;
  name: string;
  jobcenterId: number;
  jobcenter: string;
  kind?: string;
  csrf?: string;
}

/** Ctx is what a screen draws with. */
export interface Ctx {
  me: Me;
  main: HTMLElement;
  params: Record<string, string>;
  query: URLSearchParams;
  signal: AbortSignal;
  /** navigate goes to another screen (a path with its query). */
  navigate(to: string, replace?: boolean): void;
  /** every calls fn every ms milliseconds until the screen is left. */
  every(ms: number, fn: () => void | Promise<void>): void;
}

/** Route is one screen. */
export interface Route {
  /** path is "/kalender" or "/tilbud/:id"; ":name" parts become params. */
  path: string;
  title(): string;
  /** roles that may open it (all staff roles when absent). */
  roles?: Role[];
  render(ctx: Ctx): void | Promise<void>;
}

/** Router matches the address against its routes and draws the screen. */
export class Router {
  private current?: AbortController;

  constructor(
    private readonly routes: Route[],
    private readonly me: Me,
    private readonly main: HTMLElement,
    private readonly notFound: Route,
    private readonly onChange: (path: string) => void,
  ) {
    window.addEventListener("popstate", () => void this.show(false));
    document.addEventListener("click", (e) => this.intercept(e));
  }

  /** navigate pushes a new address and draws it. */
  navigate(to: string, replace = false): void {
    if (replace) history.replaceState(null, "", to);
    else history.pushState(null, "", to);
    void this.show(true);
  }

  /** show draws the screen of the current address. */
  async show(focus: boolean): Promise<void> {
    this.current?.abort();
    const ctl = new AbortController();
    this.current = ctl;
    const { route, params } = this.match(location.pathname);
    // a fresh element per visit: lit-html keeps its state on the element it
    // renders into, so a screen never draws into an old screen's nodes
    const view = document.createElement("div");
    view.className = "planner-screen";
    const ctx: Ctx = {
      me: this.me,
      main: view,
      params,
      query: new URLSearchParams(location.search),
      signal: ctl.signal,
      navigate: (to, replace) => this.navigate(to, replace),
      every: (ms, fn) => {
        const id = window.setInterval(() => {
          if (!ctl.signal.aborted && document.visibilityState === "visible") void fn();
        }, ms);
        ctl.signal.addEventListener("abort", () => window.clearInterval(id));
      },
    };
    this.main.replaceChildren(view);
    document.title = `${route.title()} — Planner`;
    this.onChange(location.pathname);
    await route.render(ctx);
    if (focus && !ctl.signal.aborted) {
      const h1 = this.main.querySelector("h1");
      if (h1) {
        h1.setAttribute("tabindex", "-1");
        h1.focus();
      }
    }
  }

  private match(path: string): { route: Route; params: Record<string, string> } {
    for (const r of this.routes) {
      const want = r.path.split("/");
      const got = path.replace(/\/+$/, "").split("/");
      if (r.path === "/" && (path === "/" || path === "")) return { route: this.allowed(r), params: {} };
      if (want.length !== got.length) continue;
      const params: Record<string, string> = {};
      if (want.every((w, i) => (w.startsWith(":") ? ((params[w.slice(1)] = decodeURIComponent(got[i])), got[i] !== "") : w === got[i]))) {
        return { route: this.allowed(r), params };
      }
    }
    return { route: this.notFound, params: {} };
  }

  private allowed(r: Route): Route {
    return !r.roles || r.roles.includes(this.me.role) ? r : this.notFound;
  }

  /** intercept follows same-site links without a page load. */
  private intercept(e: MouseEvent): void {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.("a");
    if (!a || a.target || a.hasAttribute("download") || a.origin !== location.origin) return;
    if (a.pathname.startsWith("/api/") || a.pathname.startsWith("/borger/") || a.pathname === "/login") return;
    e.preventDefault();
    this.navigate(a.pathname + a.search);
  }
}
