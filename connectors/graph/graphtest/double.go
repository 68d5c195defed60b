package graphtest

import (
	"encoding/json"
	"net/http"
	"sort"
)

// mailboxInfo is one entry of GET /_double/mailboxes.
type mailboxInfo struct {
	Tenant string `json:"tenant"`
	UPN    string `json:"upn"`
	Events int    `json:"events"`
}

// serveDouble is the double's own read-only API for humans (not Graph):
//
//	GET /_double/mailboxes               [{"tenant","upn","events"}]
//	GET /_double/mailboxes/{upn}/events  {"value":[event…]}
//
// Events are the stored objects in Graph's event shape (UTC), with all
// their extended properties. No authentication.
func (s *Server) serveDouble(w http.ResponseWriter, r *http.Request, segs []string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if r.Method != http.MethodGet {
		http.Error(w, `{"error":"read-only"}`, http.StatusMethodNotAllowed)
		return
	}
	switch {
	case len(segs) == 1 && segs[0] == "mailboxes":
		s.mu.Lock()
		out := []mailboxInfo{}
		for _, m := range s.mailboxes {
			out = append(out, mailboxInfo{Tenant: m.tenant, UPN: m.upn, Events: len(m.objects)})
		}
		s.mu.Unlock()
		sort.Slice(out, func(i, j int) bool { return out[i].UPN < out[j].UPN })
		_ = json.NewEncoder(w).Encode(out)
	case len(segs) == 3 && segs[0] == "mailboxes" && segs[2] == "events":
		events := s.Events(segs[1])
		if events == nil && !s.hasMailbox(segs[1]) {
			http.Error(w, `{"error":"no such mailbox"}`, http.StatusNotFound)
			return
		}
		value := []wireEvent{}
		for _, e := range events {
			value = append(value, render(&e, utcZone, e.ExtendedProperties))
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"value": value})
	default:
		http.Error(w, `{"error":"not found"}`, http.StatusNotFound)
	}
}

func (s *Server) hasMailbox(upn string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, err := s.mailboxLocked(upn)
	return err == nil
}
