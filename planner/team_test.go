package planner

import (
	"errors"
	"slices"
	"testing"
)

func TestNewTeamTree(t *testing.T) {
	tests := []struct {
		name  string
		teams []Team
		field string // "" means accepted
	}{
		{"§1 a tree of teams and sub-teams", []Team{
			{ID: 1, JobcenterID: 1, Name: "a"}, {ID: 2, JobcenterID: 1, ParentID: 1, Name: "b"},
		}, ""},
		{"§1 no teams at all", nil, ""},
		{"§1 a cycle is rejected", []Team{
			{ID: 1, JobcenterID: 1, ParentID: 2, Name: "a"}, {ID: 2, JobcenterID: 1, ParentID: 1, Name: "b"},
		}, "parentId"},
		{"§1 a cycle below a top team is rejected", []Team{
			{ID: 1, JobcenterID: 1, Name: "top"}, {ID: 2, JobcenterID: 1, ParentID: 3, Name: "a"},
			{ID: 3, JobcenterID: 1, ParentID: 4, Name: "b"}, {ID: 4, JobcenterID: 1, ParentID: 2, Name: "c"},
		}, "parentId"},
		{"§1 a team its own parent is rejected", []Team{{ID: 1, JobcenterID: 1, ParentID: 1, Name: "a"}}, "parentId"},
		{"§1 a missing parent is rejected", []Team{{ID: 1, JobcenterID: 1, ParentID: 9, Name: "a"}}, "parentId"},
		{"§1 a parent in another job centre is rejected", []Team{
			{ID: 1, JobcenterID: 2, Name: "a"}, {ID: 2, JobcenterID: 1, ParentID: 1, Name: "b"},
		}, "parentId"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewTeamTree(tc.teams)
			assertField(t, err, tc.field)
		})
	}
	t.Run("§1 a team twice is rejected", func(t *testing.T) {
		_, err := NewTeamTree([]Team{{ID: 1, JobcenterID: 1, Name: "a"}, {ID: 1, JobcenterID: 1, Name: "b"}})
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("err = %v, want ErrInvalid", err)
		}
	})
}

func TestTeamTreeWalk(t *testing.T) {
	tr := notifyTree(t, "top@jobcenter.dk")
	t.Run("§7 Path goes from the team to the top, nearest first", func(t *testing.T) {
		var got []TeamID
		for _, tm := range tr.Path(3) {
			got = append(got, tm.ID)
		}
		if want := []TeamID{3, 2, 1}; !slices.Equal(got, want) {
			t.Errorf("Path(3) = %v, want %v", got, want)
		}
		if got := tr.Path(99); got != nil {
			t.Errorf("Path(unknown) = %v, want nil", got)
		}
	})
	t.Run("§6 team filters include sub-teams", func(t *testing.T) {
		if got, want := tr.Subtree(1), []TeamID{1, 2, 3}; !slices.Equal(got, want) {
			t.Errorf("Subtree(1) = %v, want %v", got, want)
		}
		if got, want := tr.Subtree(4), []TeamID{4, 5}; !slices.Equal(got, want) {
			t.Errorf("Subtree(4) = %v, want %v", got, want)
		}
		if got, want := tr.Subtree(3), []TeamID{3}; !slices.Equal(got, want) {
			t.Errorf("Subtree(3) = %v, want %v", got, want)
		}
		if got := tr.Subtree(99); got != nil {
			t.Errorf("Subtree(unknown) = %v, want nil", got)
		}
	})
	t.Run("§1 Team finds a team by id", func(t *testing.T) {
		if tm, ok := tr.Team(2); !ok || tm.Name != "Ydelse" {
			t.Errorf("Team(2) = %+v, %v, want Ydelse, true", tm, ok)
		}
		if _, ok := tr.Team(99); ok {
			t.Errorf("Team(99) ok = true, want false")
		}
	})
}

func TestTeamTreeMailFor(t *testing.T) {
	tests := []struct {
		name     string
		top      string
		team     TeamID
		want     string
		wantFrom TeamID
	}{
		{"§7 a team's own address", "top@jobcenter.dk", 5, "unge@jobcenter.dk", 5},
		{"§7 mail address found two teams up", "top@jobcenter.dk", 3, "top@jobcenter.dk", 1},
		{"§7 the top team's own address", "top@jobcenter.dk", 1, "top@jobcenter.dk", 1},
		{"§7 no address up the tree → no mail", "", 3, "", 0},
		{"§7 an address in another branch is not used", "", 4, "", 0},
		{"§7 an unknown team → no mail", "top@jobcenter.dk", 99, "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			addr, from, ok := notifyTree(t, tc.top).MailFor(tc.team)
			if addr != tc.want || from != tc.wantFrom || ok != (tc.want != "") {
				t.Errorf("MailFor(%d) = %q, %d, %v, want %q, %d, %v", tc.team, addr, from, ok, tc.want, tc.wantFrom, tc.want != "")
			}
		})
	}
}

func TestTeamTreeTopMail(t *testing.T) {
	tests := []struct {
		name     string
		teams    []Team
		want     string
		wantFrom TeamID
	}{
		{"§7 mail 1 goes to the top team's address", []Team{
			{ID: 1, JobcenterID: 1, Name: "top", Mail: "top@jobcenter.dk"},
			{ID: 2, JobcenterID: 1, ParentID: 1, Name: "a", Mail: "a@jobcenter.dk"},
		}, "top@jobcenter.dk", 1},
		{"§7 TopMail picks the shallowest address", []Team{
			{ID: 1, JobcenterID: 1, Name: "top"},
			{ID: 2, JobcenterID: 1, ParentID: 1, Name: "a"},
			{ID: 3, JobcenterID: 1, ParentID: 2, Name: "deep", Mail: "deep@jobcenter.dk"},
			{ID: 4, JobcenterID: 1, ParentID: 1, Name: "b", Mail: "b@jobcenter.dk"},
		}, "b@jobcenter.dk", 4},
		{"§7 TopMail breaks a tie at one depth by the lower team id", []Team{
			{ID: 1, JobcenterID: 1, Name: "top"},
			{ID: 7, JobcenterID: 1, ParentID: 1, Name: "a", Mail: "a@jobcenter.dk"},
			{ID: 3, JobcenterID: 1, ParentID: 1, Name: "b", Mail: "b@jobcenter.dk"},
		}, "b@jobcenter.dk", 3},
		{"§7 TopMail looks at every top team", []Team{
			{ID: 1, JobcenterID: 1, Name: "top"},
			{ID: 2, JobcenterID: 1, ParentID: 1, Name: "a", Mail: "a@jobcenter.dk"},
			{ID: 3, JobcenterID: 1, Name: "second top", Mail: "second@jobcenter.dk"},
		}, "second@jobcenter.dk", 3},
		{"§7 no address anywhere → no mail 1", []Team{
			{ID: 1, JobcenterID: 1, Name: "top"}, {ID: 2, JobcenterID: 1, ParentID: 1, Name: "a"},
		}, "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr, err := NewTeamTree(tc.teams)
			if err != nil {
				t.Fatal(err)
			}
			addr, from, ok := tr.TopMail()
			if addr != tc.want || from != tc.wantFrom || ok != (tc.want != "") {
				t.Errorf("TopMail() = %q, %d, %v, want %q, %d, %v", addr, from, ok, tc.want, tc.wantFrom, tc.want != "")
			}
		})
	}
}

func TestTeamTreePhoneFor(t *testing.T) {
	tr, err := NewTeamTree([]Team{
		{ID: 1, JobcenterID: 1, Name: "a", Phone: "43 21 00 00"},
		{ID: 2, JobcenterID: 1, ParentID: 1, Name: "b"},
		{ID: 3, JobcenterID: 1, ParentID: 2, Name: "c", Phone: "43 21 11 11"},
		{ID: 4, JobcenterID: 1, Name: "d"},
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		team TeamID
		want string
	}{
		{"§4.1 a team's own phone", 3, "43 21 11 11"},
		{"§4.1 the phone falls back up the tree", 2, "43 21 00 00"},
		{"§4.1 no phone up the tree", 4, ""},
		{"§4.1 an unknown team has no phone", 99, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tr.PhoneFor(tc.team); got != tc.want {
				t.Errorf("PhoneFor(%d) = %q, want %q", tc.team, got, tc.want)
			}
		})
	}
	offerTests := []struct {
		name    string
		o       Offer
		advisor Advisor
		want    string
	}{
		{"§4.1 the number defaults to the advisor's phone", Offer{TeamID: 2}, Advisor{Phone: "22 33 44 55"}, "22 33 44 55"},
		{"§4.1 then the offer team's phone, up the tree", Offer{TeamID: 2}, Advisor{}, "43 21 00 00"},
		{"§4.1 an override wins", Offer{TeamID: 2, Phone: "70 10 20 30"}, Advisor{Phone: "22 33 44 55"}, "70 10 20 30"},
	}
	for _, tc := range offerTests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.o.PhoneFor(tc.advisor, tr); got != tc.want {
				t.Errorf("Offer.PhoneFor = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTeamValidate(t *testing.T) {
	tests := []struct {
		name  string
		team  Team
		field string
	}{
		{"§1 a valid team", Team{Name: "Ydelse", Mail: "ydelse@jobcenter.dk", Phone: "+45 12 34 56 78"}, ""},
		{"§1 a team has a name", Team{Name: " "}, "name"},
		{"§7 a team's mail is an address", Team{Name: "Ydelse", Mail: "not an address"}, "mail"},
		{"§7 a team's mail is a bare address", Team{Name: "Ydelse", Mail: "Ydelse <ydelse@jobcenter.dk>"}, "mail"},
		{"§7 a team's mail has a domain with a dot", Team{Name: "Ydelse", Mail: "ydelse@localhost"}, "mail"},
		{"§4.1 a team's phone is a Danish number", Team{Name: "Ydelse", Phone: "+45 12 34 56 7"}, "phone"},
		{"§1 a team is not its own parent", Team{ID: 2, ParentID: 2, Name: "Ydelse"}, "parentId"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assertField(t, tc.team.Validate(), tc.field) })
	}
}
