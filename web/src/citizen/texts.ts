// texts: what the citizens' pages share — the channel's words and the
// reasons an offer has no free time (the API's `empty`, §7.2).

import { define } from "../lib/i18n";
import type { EmptyReason } from "./types";

export const t = define({
  "channel.digital": ["Digitalt møde", "Online meeting"],
  "channel.in_person": ["Fremmøde på jobcentret", "At the job centre"],
  "channel.phone": ["Telefonmøde", "Phone meeting"],
  "form.group": ["Fællesmøde", "Group meeting"],
  "form.individual": ["Individuel samtale", "Individual meeting"],
  "empty.booking_deadline": [
    "Der er ingen ledige tider før din frist for at booke møde. Kontakt jobcentret, så finder I en tid sammen.",
    "There is no free time before your deadline for booking a meeting. Contact the job centre to find a time together.",
  ],
  "empty.advisors_unavailable": [
    "Vejlederne til dette møde er optaget eller fraværende i hele perioden. Prøv igen om nogle dage, eller kontakt jobcentret.",
    "The advisors of this meeting are busy or away for the whole period. Try again in a few days, or contact the job centre.",
  ],
  "empty.offer_end": [
    "Der er ingen ledige tider, før tilbuddet slutter. Kontakt jobcentret, hvis du har brug for et møde.",
    "There is no free time before the offer ends. Contact the job centre if you need a meeting.",
  ],
  "empty.referral_end": [
    "Der er ingen ledige tider, før din henvisningsperiode slutter. Kontakt jobcentret.",
    "There is no free time before your referral period ends. Contact the job centre.",
  ],
  "empty.none": ["Der er ingen ledige tider lige nu. Prøv igen senere.", "There is no free time right now. Try again later."],
  minutes: ["{n} minutter", "{n} minutes"],
});

/** emptyText is the clear message for an offer without free times. */
export function emptyText(reason: EmptyReason): string {
  return reason ? t(`empty.${reason}` as "empty.none") : t("empty.none");
}

/** channelText names how the meeting is held. */
export function channelText(c: string): string {
  return t(`channel.${c}` as "channel.digital");
}
