// index: every screen's route, in menu order.

import type { Route } from "../lib/router";
import { adminRoutes } from "./admin";
import { summonsView } from "./citizen-card";
import { connections } from "./connections";
import { explain } from "./explain";
import { freeTimes } from "./freetimes";
import { front } from "./front";
import { followUpList, pendingList } from "./lists";
import { search } from "./search";

/** routes are the screens the router knows. */
export const routes: Route[] = [front, pendingList, followUpList, freeTimes, explain, search, summonsView, connections, ...adminRoutes];
