// types: the API's JSON as the screens read it (planner/httpapi/openapi.json
// is the reference; only the fields the screens use are named here).

/** Role is a token's role. */
export type Role = "admin" | "advisor" | "operator" | "portal";

/** Team is a team of the job centre. */
export interface Team {
  id: number;
  parentId?: number;
  name: string;
  mail?: string;
  phone?: string;
}

/** Advisor is an advisor of the job centre. */
export interface Advisor {
  id: number;
  teamId: number;
  name: string;
  mail?: string;
  phone?: string;
}

/** Room is a meeting room. */
export interface Room {
  id: number;
  name: string;
  capacity: number;
}
