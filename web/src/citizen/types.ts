// types: the portal API's answers as the citizens' pages read them
// (planner/httpapi/openapi.json is the reference).

/** PortalOffer is an offer open to the citizen. */
export interface PortalOffer {
  id: number;
  name: string;
  description: string;
  form: "individual" | "group";
  channel: "digital" | "in_person" | "phone";
  durationMinutes: number;
  citizenChoosesAdvisor: boolean;
  /** booked: the citizen holds a coming booking of it, moved by rebooking, not booked again. */
  booked?: boolean;
}

/** FreeTime is one bookable time; booking posts it back as it is. */
export interface FreeTime {
  start: string;
  end: string;
  advisorId: number;
  meetingId?: number;
  sessionId?: number;
  freeSeats?: number;
}

/** EmptyReason is why an offer has no free time (§7.2). */
export type EmptyReason = "" | "booking_deadline" | "advisors_unavailable" | "offer_end" | "referral_end";

/** PortalTimes answers GET /api/portal/offers/{id}/free-times. */
export interface PortalTimes {
  times: FreeTime[];
  empty: EmptyReason;
  openMonth?: string;
  advisors?: { id: number; name: string }[];
}

/** Booking is one of the citizen's own booked meetings. */
export interface Booking {
  summonsId: number;
  number: string;
  meetingId: number;
  offerId?: number;
  title: string;
  form: "individual" | "group";
  channel: "digital" | "in_person" | "phone";
  start: string;
  end: string;
  advisorName: string;
  roomName?: string;
  state: "pending" | "sent";
  mayCancel: boolean;
  mayRebook: boolean;
  rebookUntil?: string;
  /** call says who calls on a phone meeting, and the number the citizen calls. */
  call?: { caller: "advisor_calls" | "citizen_calls"; phone?: string };
}

/** BookingAnswer answers a booking, a rebooking and an instant booking. */
export interface BookingAnswer {
  meeting: { id: number; start: string; end: string; title: string };
  summons: { id: number; number: string };
}
