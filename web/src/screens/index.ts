// index: every screen's route, in menu order.

import type { Route } from "../lib/router";
import { front } from "./front";
import { offerPage } from "./offer";
import { offers } from "./offers";
import { wizardEdit, wizardNew } from "./wizard";

/** routes are the screens the router knows. */
export const routes: Route[] = [front, offers, wizardNew, wizardEdit, offerPage];
