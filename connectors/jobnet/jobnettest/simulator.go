// Package jobnettest is a Jobnet simulator: its own small server speaking
// the contract of docs/jobnet.md, used by the tests and the demo. It keeps
// the summonses it accepted, answers a repeated idempotency key with the
// first answer, and can be told to fail, to stall, or to reject.
package jobnettest

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/planner-dk/planner/connectors/jobnet"
)

// Simulator is an http.Handler. It is safe for concurrent use.
type Simulator struct {
	token string
	now   func() time.Time

	mu        sync.Mutex
	marks     []jobnet.Mark
	summonses map[string]jobnet.Summons
	answers   map[string]answer // by idempotency key
	applied   int
	failUntil time.Time
	failCode  int
	failWhy   string
	stall     time.Duration
}

type answer struct {
	status int
	body   string
}

// New returns a simulator that demands the bearer token (none if empty);
// now nil means time.Now.
func New(token string, now func() time.Time) *Simulator {
	if now == nil {
		now = time.Now
	}
	return &Simulator{token: token, now: now, summonses: map[string]jobnet.Summons{}, answers: map[string]answer{}}
}

// Fail makes every change answer status with reason for d (a 5xx, or a
// 4xx to reject).
func (s *Simulator) Fail(status int, reason string, d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failCode, s.failWhy, s.failUntil = status, reason, s.now().Add(d)
}

// Stall makes every answer wait d (0 to stop stalling).
func (s *Simulator) Stall(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stall = d
}

// SetMarks sets the person-group marks the hub lists.
func (s *Simulator) SetMarks(marks []jobnet.Mark) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.marks = append([]jobnet.Mark(nil), marks...)
}

// Summons returns what Jobnet holds for a number.
func (s *Simulator) Summons(number string) (jobnet.Summons, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.summonses[number]
	return v, ok
}

// Held counts the summonses Jobnet holds now.
func (s *Simulator) Held() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.summonses)
}

// Applied counts the changes applied (a replayed key is not counted).
func (s *Simulator) Applied() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.applied
}

// ServeHTTP implements http.Handler.
func (s *Simulator) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	stall := s.stall
	s.mu.Unlock()
	if stall > 0 {
		select {
		case <-time.After(stall):
		case <-r.Context().Done():
			return
		}
	}
	a := s.answer(r)
	if a.body != "" && a.status >= 300 {
		w.Header().Set("Content-Type", "application/problem+json")
	} else if a.body != "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(a.status)
	io.WriteString(w, a.body)
}

func problem(status int, detail string) answer {
	b, _ := json.Marshal(map[string]any{"title": http.StatusText(status), "status": status, "detail": detail})
	return answer{status, string(b)}
}

func (s *Simulator) answer(r *http.Request) answer {
	if s.token != "" && r.Header.Get("Authorization") != "Bearer "+s.token {
		return problem(http.StatusUnauthorized, "missing or wrong token")
	}
	if r.URL.Path == "/v1/person-group-marks" {
		return s.markList(r)
	}
	number, ok := strings.CutPrefix(r.URL.Path, "/v1/summonses/")
	if !ok || number == "" || strings.Contains(number, "/") {
		return problem(http.StatusNotFound, "no such resource")
	}
	key := r.Header.Get("Idempotency-Key")
	if key == "" {
		return problem(http.StatusBadRequest, "Idempotency-Key is required")
	}
	var body jobnet.Summons
	if r.Method == http.MethodPut {
		if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&body); err != nil {
			return problem(http.StatusBadRequest, "body: not a summons")
		}
		if body.Number != number || len(body.Citizen.CPR) != 10 {
			return problem(http.StatusUnprocessableEntity, "number or cpr: does not match the resource")
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if a, ok := s.answers[key]; ok {
		return a // a retry: the first answer, nothing applied twice
	}
	if s.now().Before(s.failUntil) {
		a := problem(s.failCode, s.failWhy)
		if s.failCode < 500 && s.failCode != http.StatusTooManyRequests {
			s.answers[key] = a // a rejection is an answer; an outage is not
		}
		return a
	}
	var a answer
	switch r.Method {
	case http.MethodPut:
		if old, ok := s.summonses[number]; ok && old.Version > body.Version {
			a = answer{status: http.StatusOK} // a stale change arriving late: dropped
			break
		}
		_, existed := s.summonses[number]
		s.summonses[number] = body
		s.applied++
		a = answer{status: http.StatusCreated}
		if existed {
			a.status = http.StatusOK
		}
	case http.MethodDelete:
		if _, ok := s.summonses[number]; !ok {
			a = problem(http.StatusNotFound, "no such summons")
			break
		}
		delete(s.summonses, number)
		s.applied++
		a = answer{status: http.StatusNoContent}
	default:
		return problem(http.StatusMethodNotAllowed, "PUT or DELETE")
	}
	s.answers[key] = a
	return a
}

// markList answers GET /v1/person-group-marks, failing like the pushes
// while told to.
func (s *Simulator) markList(r *http.Request) answer {
	if r.Method != http.MethodGet {
		return problem(http.StatusMethodNotAllowed, "GET")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.now().Before(s.failUntil) {
		return problem(s.failCode, s.failWhy)
	}
	marks := s.marks
	if marks == nil {
		marks = []jobnet.Mark{}
	}
	b, _ := json.Marshal(map[string]any{"marks": marks})
	return answer{http.StatusOK, string(b)}
}
