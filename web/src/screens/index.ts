// index: every screen's route, in menu order.

import type { Route } from "../lib/router";
import { absence } from "./absence";
import { calendar } from "./calendar";
import { front } from "./front";

/** routes are the screens the router knows. */
export const routes: Route[] = [front, calendar, absence];
