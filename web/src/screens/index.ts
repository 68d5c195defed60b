// index: every screen's route, in menu order.

import type { Route } from "../lib/router";
import { front } from "./front";
import { followUpList, pendingList } from "./lists";
import { freeTimes } from "./freetimes";
import { explain } from "./explain";
import { search } from "./search";
import { summonsView } from "./citizen-card";
import { connections } from "./connections";

/** routes are the screens the router knows. */
export const routes: Route[] = [front, pendingList, followUpList, freeTimes, explain, search, summonsView, connections];
