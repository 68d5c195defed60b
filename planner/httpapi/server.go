// Package httpapi is Planner's HTTP JSON API over planner.Service: its
// routes, bearer-token authentication bound to one job centre, and
// problem+json errors.
package httpapi

import (
	"context"
	_ "embed"
	"encoding/json"
	"log/slog"
	"net/http"
	"slices"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/session"
)

// Pinger is what readiness asks: the database answers.
type Pinger interface {
	Ping(ctx context.Context) error
}

// Server is the API as an http.Handler.
type Server struct {
	mux    *http.ServeMux
	routes []string // "METHOD /path" of every route, for the OpenAPI check
	logger *slog.Logger
	svc    *planner.Service
	store  planner.Store
	db     Pinger
	m      *metrics // nil without a registry

	// AfterWrite, when set before serving, is called after every
	// successful request that may have changed data (any method but GET
	// and HEAD): the daemon enqueues the new outbox rows' tasks there
	// (DESIGN.md data flow, step 2, best effort — the sweeper catches
	// what it misses). It must not block.
	AfterWrite func(ctx context.Context)

	// Sessions, when set before serving, lets the UI's session cookie
	// stand for a bearer token (package session); without it only bearer
	// tokens are accepted.
	Sessions *session.Codec
}

// New returns a Server on svc; db answers /readyz; with a registry the API
// records its metrics there and serves them at /metrics.
func New(svc *planner.Service, db Pinger, logger *slog.Logger, reg *prometheus.Registry) *Server {
	s := &Server{mux: http.NewServeMux(), logger: logger, svc: svc, store: svc.Store, db: db}
	if reg != nil {
		s.m = newMetrics(reg)
	}
	s.register()
	return s
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// Routes returns "METHOD /path" of every route, in registration order.
func (s *Server) Routes() []string { return slices.Clone(s.routes) }

// openAPI is the API's OpenAPI 3.1 document; a test keeps it in step with
// the routes.
//
//go:embed openapi.json
var openAPI []byte

// register lists every route of the API.
func (s *Server) register() {
	s.open("GET /healthz", s.healthz)
	s.open("GET /readyz", s.readyz)
	s.open("GET /openapi.json", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(openAPI)
	})
	if s.m != nil {
		s.mux.Handle("GET /metrics", s.m.handler)
		s.routes = append(s.routes, "GET /metrics")
	}

	s.handle("GET /api/session", s.whoAmI, planner.RoleAdmin, planner.RoleAdvisor, planner.RoleOperator, planner.RolePortal)
	s.handle("GET /api/teams", s.listTeams, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/teams", s.createTeam, planner.RoleAdmin)
	s.handle("GET /api/advisors", s.listAdvisors, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/advisors", s.createAdvisor, planner.RoleAdmin)
	s.handle("PUT /api/advisors/{id}", s.updateAdvisor, planner.RoleAdmin)
	s.handle("DELETE /api/advisors/{id}", deleteBy(s.store.DeleteAdvisor), planner.RoleAdmin)
	s.handle("PUT /api/advisors/{id}/calendar", s.setCalendar, planner.RoleAdmin)
	s.handle("DELETE /api/advisors/{id}/calendar", s.deleteCalendar, planner.RoleAdmin)
	s.handle("PUT /api/jobcenters/{id}/graph-app", s.setGraphApp, planner.RoleAdmin)
	s.handle("GET /api/jobcenters/{id}/graph-app", s.getGraphApp, planner.RoleAdmin)
	s.handle("GET /api/jobcenters/{id}/settings", s.getSettings, planner.RoleAdmin)
	s.handle("GET /api/identity-providers", s.listProviders, planner.RoleAdmin)
	s.handle("POST /api/identity-providers", s.createProvider, planner.RoleAdmin)
	s.handle("PUT /api/identity-providers/{id}", s.updateProvider, planner.RoleAdmin)
	s.handle("DELETE /api/identity-providers/{id}", deleteBy(s.store.DeleteIdentityProvider), planner.RoleAdmin)
	s.handle("GET /api/people", s.listPeople, planner.RoleAdmin)
	s.handle("PUT /api/people/{id}", s.updatePerson, planner.RoleAdmin)
	s.handle("GET /api/tokens", s.listTokens, planner.RoleAdmin)
	s.handle("POST /api/access-log/query", s.accessLogQuery, planner.RoleAdmin)
	s.handle("DELETE /api/tokens/{id}", deleteBy(s.store.DeleteToken), planner.RoleAdmin)
	s.handle("PUT /api/jobcenters/{id}/settings", s.putSettings, planner.RoleAdmin)
	s.handle("GET /api/advisors/{id}/calendar/status", s.getCalendarStatus, planner.RoleAdmin, planner.RoleAdvisor, planner.RoleOperator)
	s.handle("PUT /api/teams/{id}", replace(bindTeam, s.store.UpdateTeam), planner.RoleAdmin)
	s.handle("DELETE /api/teams/{id}", deleteBy(s.store.DeleteTeam), planner.RoleAdmin)
	s.handle("PUT /api/rooms/{id}", replace(bindRoom, s.store.UpdateRoom), planner.RoleAdmin)
	s.handle("DELETE /api/rooms/{id}", deleteBy(s.store.DeleteRoom), planner.RoleAdmin)
	s.handle("PUT /api/citizens/{id}", s.citizenChange(planner.AccessCitizenUpdate, replace(bindCitizen, s.store.UpdateCitizen)), planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("DELETE /api/citizens/{id}", s.citizenChange(planner.AccessCitizenDelete, deleteBy(s.store.DeleteCitizen)), planner.RoleAdmin)
	s.handle("PUT /api/templates/{id}", replace(bindTemplate, s.store.UpdateTemplate), planner.RoleAdmin)
	s.handle("DELETE /api/templates/{id}", deleteBy(s.store.DeleteTemplate), planner.RoleAdmin)
	s.handle("GET /api/other-actors", s.listOtherActors, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/other-actors", s.createOtherActor, planner.RoleAdmin)
	s.handle("PUT /api/other-actors/{id}", replace(bindOtherActor, s.store.UpdateOtherActor), planner.RoleAdmin)
	s.handle("DELETE /api/other-actors/{id}", deleteBy(s.store.DeleteOtherActor), planner.RoleAdmin)
	s.handle("GET /api/variants", s.listVariants, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/variants", s.createVariant, planner.RoleAdmin)
	s.handle("PUT /api/variants/{id}", replace(bindVariant, s.store.UpdateVariant), planner.RoleAdmin)
	s.handle("DELETE /api/variants/{id}", deleteBy(s.store.DeleteVariant), planner.RoleAdmin)
	s.handle("GET /api/marks", s.listMarks, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/marks", s.createMark, planner.RoleAdmin)
	s.handle("PUT /api/marks/{id}", replace(bindMark, s.store.UpdateMark), planner.RoleAdmin)
	s.handle("DELETE /api/marks/{id}", deleteBy(s.store.DeleteMark), planner.RoleAdmin)
	s.handle("GET /api/notifications", s.listNotifications, planner.RoleAdmin, planner.RoleOperator)
	s.handle("GET /api/rooms", s.listRooms, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/rooms", s.createRoom, planner.RoleAdmin)
	s.handle("POST /api/citizens", s.createCitizen, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("GET /api/citizens/{id}", s.getCitizen, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("GET /api/templates", s.listTemplates, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/templates", s.createTemplate, planner.RoleAdmin)
	s.handle("GET /api/offers", s.listOffers, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/offers", s.createOffer, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/offers/validate", s.validateOfferStep, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("GET /api/offers/{id}", s.getOffer, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("PUT /api/offers/{id}", s.updateOffer, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/offers/{id}/activate", s.setOfferActive(true), planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/offers/{id}/deactivate", s.setOfferActive(false), planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("GET /api/summonses", s.summonsList, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/summonses/query", s.summonsQuery, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/summonses", s.summonsChange(s.summonedCitizen, s.createSummons), planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/summonses/bulk", s.summonsChange(s.bulkCitizens, s.bulkSummon), planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/summonses/send", s.summonsChange(s.listedSummonsCitizens, s.sendSummonses), planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/summonses/delete", s.summonsChange(s.listedSummonsCitizens, s.deleteSummonses), planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/summonses/{id}/remove", s.summonsChange(s.pathSummonsCitizens, s.removeParticipant), planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("PUT /api/meetings/{id}", s.summonsChange(s.meetingCitizens, s.moveMeeting), planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("DELETE /api/meetings/{id}", s.summonsChange(s.meetingCitizens, s.deleteMeeting), planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("PUT /api/meetings/{id}/seats", s.setMeetingSeats, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("GET /api/meetings/{id}/audit", s.meetingAudit, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("GET /api/meetings/{id}", s.meetingDialog, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("GET /api/meetings/{id}/participants.xlsx", s.meetingXLSX, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/meetings/{id}/participants", s.summonsChange(s.addedCitizen, s.addParticipant), planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/absences", s.createAbsence, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/absences/rebooking", s.summonsChange(s.rebookedCitizens, s.applyRebooking), planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("DELETE /api/absences/{id}", s.deleteAbsence, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("PUT /api/absences/{id}", s.updateAbsence, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("GET /api/front-page", s.frontPage, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("GET /api/calendar", s.calendar, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/search", s.search, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("GET /api/free-times-overview", s.freeTimesOverview, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("GET /api/offers/{id}/free-times", s.offerFreeTimes, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("GET /api/offers/{id}/explain", s.explainTime, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("GET /api/offers/{id}/page", s.offerPage, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("GET /api/offers/{id}/participants.xlsx", s.participantsXLSX, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("POST /api/offers/{id}/participants", s.offerParticipants, planner.RoleAdmin, planner.RoleAdvisor)
	s.handle("GET /api/rule-types", s.ruleTypes, planner.RoleAdmin, planner.RoleAdvisor)

	s.handle("GET /api/portal/offers", s.portalOffers, planner.RolePortal)
	s.handle("GET /api/portal/offers/{id}/free-times", s.portalFreeTimes, planner.RolePortal)
	s.handle("POST /api/portal/offers/{id}/browsed", s.portalBrowsed, planner.RolePortal)
	s.handle("POST /api/portal/bookings", s.portalBook, planner.RolePortal)
	s.handle("POST /api/jobnet/receipts", s.jobnetReceipt, planner.RolePortal)
	s.handle("DELETE /api/portal/bookings/{id}", s.portalCancel, planner.RolePortal)
	s.handle("POST /api/portal/bookings/{id}/rebook", s.portalRebook, planner.RolePortal)
	s.handle("POST /api/portal/instant-bookings", s.portalInstant, planner.RolePortal)
	s.handle("GET /api/portal/bookings", s.portalBookings, planner.RolePortal)
	s.handle("GET /api/portal/access-log", s.portalAccessLog, planner.RolePortal)
}

// open registers a route that needs no token.
func (s *Server) open(pattern string, h http.HandlerFunc) {
	s.routes = append(s.routes, pattern)
	s.mux.HandleFunc(pattern, s.m.instrument(pattern, h))
}

// healthz answers while the process serves.
func (s *Server) healthz(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, statusAnswer{Status: "ok"})
}

// readyz answers 200 when the database answers, else 503 as problem+json.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	if err := s.db.Ping(r.Context()); err != nil {
		s.logger.WarnContext(r.Context(), "Not ready", "error", err)
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusServiceUnavailable)
		_ = json.NewEncoder(w).Encode(Problem{Type: "/problems/not-ready", Title: "Database unreachable",
			TitleDA: "Databasen svarer ikke", Status: http.StatusServiceUnavailable})
		return
	}
	writeJSON(w, http.StatusOK, statusAnswer{Status: "ready"})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
