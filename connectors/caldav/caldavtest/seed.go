package caldavtest

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// Seed loads objects (each one VCALENDAR of one UID) into a calendar fast:
// loading thousands of events by PUT takes minutes (PROTOCOLS.md §2.5).
// Radicale takes the whole calendar in one PUT on the collection, splitting
// it into one item per UID named <UID>.ics and caching each as it writes
// (files written behind its back would be parsed on first read, which costs
// seconds per thousand). Xandikos serves a git tree, so the files, named
// <UID>.ics too, are committed. DAViCal and SOGo store into PostgreSQL
// through their own parsers, so their objects are PUT as <UID>.ics, a few
// at once. A UID must therefore be a safe file name.
func (s *Server) Seed(tb testing.TB, calendarURL string, objects [][]byte) {
	tb.Helper()
	switch s.Kind {
	case Radicale:
		s.seedRadicale(tb, calendarURL, objects)
		return
	case DAViCal, SOGo:
		s.seedPUT(tb, calendarURL, objects)
		return
	}
	u, err := url.Parse(calendarURL)
	if err != nil {
		tb.Fatal(err)
	}
	dir := filepath.Join(s.dir, "store", filepath.FromSlash(strings.Trim(u.Path, "/")))
	if _, err := os.Stat(dir); err != nil {
		tb.Fatalf("caldavtest: seed: calendar folder: %v", err)
	}
	for _, data := range objects {
		if err := os.WriteFile(filepath.Join(dir, uidOf(tb, data)+".ics"), data, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	for _, args := range [][]string{{"add", "-A"}, {"-c", "user.name=caldavtest", "-c", "user.email=caldavtest@localhost", "commit", "-q", "-m", "seed"}} {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			tb.Fatalf("caldavtest: seed: git %v: %v\n%s", args, err, out)
		}
	}
}

func (s *Server) seedRadicale(tb testing.TB, calendarURL string, objects [][]byte) {
	tb.Helper()
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Planner//caldavtest//EN\r\n")
	for _, data := range objects {
		depth := 0
		for _, line := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n") {
			switch {
			case line == "":
				continue
			case strings.HasPrefix(line, "BEGIN:"):
				depth++
			}
			if depth >= 2 {
				b.WriteString(line + "\r\n")
			}
			if strings.HasPrefix(line, "END:") {
				depth--
			}
		}
	}
	b.WriteString("END:VCALENDAR\r\n")
	req, err := http.NewRequest(http.MethodPut, calendarURL, strings.NewReader(b.String()))
	if err != nil {
		tb.Fatal(err)
	}
	req.Header.Set("Content-Type", "text/calendar; charset=utf-8")
	req.SetBasicAuth(s.User, s.Password)
	resp, err := (&http.Client{Timeout: 10 * time.Minute}).Do(req)
	if err != nil {
		tb.Fatalf("caldavtest: seed: PUT %s: %v", calendarURL, err)
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		tb.Fatalf("caldavtest: seed: PUT %s: %s", calendarURL, resp.Status)
	}
}

// uidOf reads an object's UID.
func uidOf(tb testing.TB, data []byte) string {
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(strings.TrimRight(line, "\r"), "UID:"); ok {
			return v
		}
	}
	tb.Fatalf("caldavtest: seed: object without UID")
	return ""
}

// seedPUT PUTs each object to <UID>.ics with four requests in flight.
func (s *Server) seedPUT(tb testing.TB, calendarURL string, objects [][]byte) {
	tb.Helper()
	work := make(chan []byte)
	errs := make(chan error, 4)
	var wg sync.WaitGroup
	client := s.client(time.Minute)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for data := range work {
				err := s.put(client, calendarURL+uidOf(tb, data)+".ics", data)
				for try := 0; err != nil && strings.Contains(err.Error(), ": 5") && try < 3; try++ {
					// DAViCal answers 500 now and then to PUTs in parallel
					time.Sleep(100 * time.Millisecond)
					err = s.put(client, calendarURL+uidOf(tb, data)+".ics", data)
				}
				if err != nil {
					errs <- err
					for range work {
					}
					return
				}
			}
		}()
	}
	for _, data := range objects {
		work <- data
	}
	close(work)
	wg.Wait()
	select {
	case err := <-errs:
		tb.Fatalf("caldavtest: seed: %v", err)
	default:
	}
}

func (s *Server) put(client *http.Client, u string, data []byte) error {
	req, err := http.NewRequest(http.MethodPut, u, strings.NewReader(string(data)))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "text/calendar; charset=utf-8")
	req.SetBasicAuth(s.User, s.Password)
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("PUT %s: %w", u, err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("PUT %s: %s", u, resp.Status)
	}
	return nil
}
