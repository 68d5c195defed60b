// index: every screen's route, in menu order.

import type { Route } from "../lib/router";
import { adminRoutes } from "./admin";
import { front } from "./front";

/** routes are the screens the router knows. */
export const routes: Route[] = [front, ...adminRoutes];
