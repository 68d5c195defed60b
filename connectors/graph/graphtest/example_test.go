package graphtest_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/planner-dk/planner/connectors/graph/graphtest"
)

// ExampleNew starts a double, gets a token and reads a mailbox's calendar
// view through delta.
func ExampleNew() {
	s, err := graphtest.New(graphtest.Options{})
	if err != nil {
		panic(err)
	}
	defer s.Close()
	s.AddApp("contoso.onmicrosoft.com", "app", "secret")
	s.AddMailbox("contoso.onmicrosoft.com", "advisor@contoso.dk")
	_, _ = s.CreateEvent("advisor@contoso.dk", graphtest.Event{
		Subject: "Samtale", Start: time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC), End: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC),
	})

	resp, err := http.PostForm(s.TokenURL("contoso.onmicrosoft.com"), url.Values{
		"grant_type": {"client_credentials"}, "client_id": {"app"}, "client_secret": {"secret"},
		"scope": {"https://graph.microsoft.com/.default"},
	})
	if err != nil {
		panic(err)
	}
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&tok)
	resp.Body.Close()

	req, _ := http.NewRequest("GET", s.GraphURL()+"/users/advisor@contoso.dk/calendarView/delta?startDateTime=2026-11-30T00:00:00Z&endDateTime=2026-12-07T00:00:00Z", nil)
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	var page struct {
		DeltaLink string `json:"@odata.deltaLink"`
		Value     []struct {
			Subject string `json:"subject"`
			Start   struct{ DateTime, TimeZone string }
		} `json:"value"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&page)
	fmt.Println(resp.StatusCode, page.Value[0].Subject, page.Value[0].Start.DateTime, page.Value[0].Start.TimeZone, page.DeltaLink != "")
	// Output: 200 Samtale 2026-12-01T08:00:00.0000000 UTC true
}
