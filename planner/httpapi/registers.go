package httpapi

import (
	"cmp"
	"net/http"
	"slices"
	"strings"

	"github.com/planner-dk/planner/planner"
)

// otherActorList answers GET /api/other-actors.
type otherActorList struct {
	OtherActors []planner.OtherActor `json:"otherActors"`
}

// markList answers GET /api/marks.
type markList struct {
	Marks []planner.Mark `json:"marks"`
}

// listOtherActors answers the job centre's register of other actors.
func (s *Server) listOtherActors(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	xs, err := s.store.FindOtherActors(r.Context(), a.JobcenterID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, otherActorList{orEmpty(xs)})
	return nil
}

// createOtherActor registers an other actor in the caller's job centre.
func (s *Server) createOtherActor(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var x planner.OtherActor
	if err := decode(r, &x); err != nil {
		return err
	}
	x.ID, x.JobcenterID = 0, a.JobcenterID
	if err := s.store.CreateOtherActor(r.Context(), &x); err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, x)
	return nil
}

func bindOtherActor(x *planner.OtherActor, id int64, jc planner.JobcenterID) {
	x.ID, x.JobcenterID = planner.OtherActorID(id), jc
}

// listMarks answers the person-group marks the job centre sees: the
// state's, its region's and its own, by level and name.
func (s *Server) listMarks(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	m, err := s.store.FindMarks(r.Context(), a.JobcenterID)
	if err != nil {
		return err
	}
	order := map[planner.MarkLevel]int{planner.MarkState: 0, planner.MarkRegion: 1, planner.MarkJobcenter: 2}
	xs := make([]planner.Mark, 0, len(m))
	for _, x := range m {
		xs = append(xs, x)
	}
	slices.SortFunc(xs, func(p, q planner.Mark) int {
		return cmp.Or(cmp.Compare(order[p.Level], order[q.Level]), strings.Compare(p.Name, q.Name), cmp.Compare(p.ID, q.ID))
	})
	writeJSON(w, http.StatusOK, markList{xs})
	return nil
}

// createMark adds one of the job centre's own marks; the state's and the
// regions' come from the national data hub.
func (s *Server) createMark(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var x planner.Mark
	if err := decode(r, &x); err != nil {
		return err
	}
	x.ID, x.JobcenterID, x.Level, x.Region, x.Code = 0, a.JobcenterID, planner.MarkJobcenter, "", ""
	if err := s.store.CreateMark(r.Context(), &x); err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, x)
	return nil
}

func bindMark(x *planner.Mark, id int64, jc planner.JobcenterID) {
	x.ID, x.JobcenterID, x.Level, x.Region, x.Code = planner.MarkID(id), jc, planner.MarkJobcenter, "", ""
}

// variantList answers GET /api/variants: the fixed meeting types and the
// job centre's variants of them.
type variantList struct {
	MeetingTypes []string          `json:"meetingTypes"`
	Variants     []planner.Variant `json:"variants"`
}

// listVariants answers the meeting types and the job centre's variants.
func (s *Server) listVariants(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	xs, err := s.store.FindVariants(r.Context(), a.JobcenterID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, variantList{planner.MeetingTypes(), orEmpty(xs)})
	return nil
}

// createVariant adds a variant of a meeting type to the caller's job centre.
func (s *Server) createVariant(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var x planner.Variant
	if err := decode(r, &x); err != nil {
		return err
	}
	x.ID, x.JobcenterID = 0, a.JobcenterID
	if err := s.store.CreateVariant(r.Context(), &x); err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, x)
	return nil
}

func bindVariant(x *planner.Variant, id int64, jc planner.JobcenterID) {
	x.ID, x.JobcenterID = planner.VariantID(id), jc
}
