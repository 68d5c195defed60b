// index: every screen's route, in menu order.

import type { Route } from "../lib/router";
import { absence } from "./absence";
import { adminRoutes } from "./admin";
import { calendar } from "./calendar";
import { summonsView } from "./citizen-card";
import { connections } from "./connections";
import { explain } from "./explain";
import { freeTimes } from "./freetimes";
import { front } from "./front";
import { followUpList, pendingList } from "./lists";
import { offerPage } from "./offer";
import { offers } from "./offers";
import { search } from "./search";
import { summon } from "./summon";
import { wizardEdit, wizardNew } from "./wizard";

/** routes are the screens the router knows. */
export const routes: Route[] = [
  front,
  calendar,
  absence,
  offers,
  wizardNew,
  wizardEdit,
  offerPage,
  summon,
  pendingList,
  followUpList,
  freeTimes,
  explain,
  search,
  summonsView,
  connections,
  ...adminRoutes,
];
