// index: every screen's route, in menu order.

import type { Route } from "../lib/router";
import { adminRoutes } from "./admin";
import { summonsView } from "./citizen-card";
import { connections } from "./connections";
import { explain } from "./explain";
import { freeTimes } from "./freetimes";
import { front } from "./front";
import { followUpList, pendingList } from "./lists";
import { offerPage } from "./offer";
import { offers } from "./offers";
import { search } from "./search";
import { wizardEdit, wizardNew } from "./wizard";

/** routes are the screens the router knows. */
export const routes: Route[] = [
  front,
  offers,
  wizardNew,
  wizardEdit,
  offerPage,
  pendingList,
  followUpList,
  freeTimes,
  explain,
  search,
  summonsView,
  connections,
  ...adminRoutes,
];
