// Package caldavtest starts real CalDAV servers — Radicale and Xandikos from
// Debian's packages — on loopback ports with temporary storage, for the
// connector's interop tests (PROTOCOLS.md §2.5). It installs the packages with
// apt-get when they are missing and the process may; otherwise the test fails
// with instructions, never skips.
package caldavtest

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Kind names a CalDAV server implementation.
type Kind string

// The servers the suite runs against.
const (
	Radicale Kind = "radicale"
	Xandikos Kind = "xandikos"
)

// Kinds lists every server kind, for table tests.
var Kinds = []Kind{Radicale, Xandikos}

// Server is a CalDAV server process on a loopback port. Xandikos has no
// authentication, so a Basic-auth proxy (see proxy.go) fronts it and URL
// points at the proxy; both kinds then demand the same credentials.
type Server struct {
	Kind     Kind
	URL      string // base URL, no trailing slash
	User     string
	Password string
	Home     string // calendar home path, with trailing slash

	dir     string // storage, kept across Restart
	port    int    // the server process's own port
	cmd     *exec.Cmd
	exited  chan struct{}
	proxy   *authProxy
	logPath string
}

var installOnce sync.Once

// ensureInstalled makes the server binaries available, installing Debian's
// packages when running as root.
func ensureInstalled(tb testing.TB, k Kind) string {
	tb.Helper()
	bin := string(k)
	if p, err := exec.LookPath(bin); err == nil {
		return p
	}
	installOnce.Do(func() {
		if os.Geteuid() != 0 {
			return
		}
		cmd := exec.Command("apt-get", "-o", "DPkg::Lock::Timeout=300", "install", "-y", "-q", "radicale", "xandikos")
		cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
		if out, err := cmd.CombinedOutput(); err != nil {
			tb.Logf("apt-get install radicale xandikos: %v\n%s", err, out)
		}
	})
	p, err := exec.LookPath(bin)
	if err != nil {
		tb.Fatalf("caldavtest: %s is not installed and could not be installed; run: apt-get install -y radicale xandikos", bin)
	}
	return p
}

// Start starts a server of kind k with fresh storage and stops it when the
// test ends.
func Start(tb testing.TB, k Kind) *Server {
	tb.Helper()
	s := &Server{Kind: k, User: "advisor", Password: "s3cret-" + string(k), dir: tb.TempDir()}
	s.logPath = filepath.Join(s.dir, "server.log")
	bin := ensureInstalled(tb, k)
	if k == Radicale {
		if err := os.WriteFile(filepath.Join(s.dir, "users"), []byte(s.User+":"+s.Password+"\n"), 0o600); err != nil {
			tb.Fatal(err)
		}
		s.Home = "/" + s.User + "/"
	} else {
		s.Home = "/user/calendars/"
	}
	if err := s.start(bin); err != nil {
		tb.Fatalf("caldavtest: start %s: %v", k, err)
	}
	if k == Xandikos {
		p, err := newAuthProxy(s.User, s.Password, fmt.Sprintf("http://127.0.0.1:%d", s.port))
		if err != nil {
			tb.Fatal(err)
		}
		s.proxy = p
		s.URL = p.URL
	} else {
		s.URL = fmt.Sprintf("http://127.0.0.1:%d", s.port)
	}
	tb.Cleanup(func() {
		s.stop()
		if s.proxy != nil {
			s.proxy.Close()
		}
		if tb.Failed() {
			if b, err := os.ReadFile(s.logPath); err == nil && len(b) > 0 {
				tb.Logf("%s log:\n%s", k, tail(b, 4000))
			}
		}
	})
	return s
}

func (s *Server) start(bin string) error {
	if s.port == 0 {
		port, err := freePort()
		if err != nil {
			return err
		}
		s.port = port
	}
	addr := fmt.Sprintf("127.0.0.1:%d", s.port)
	var args []string
	var ready string
	switch s.Kind {
	case Radicale:
		// A bare --config ignores /etc/radicale/config (PROTOCOLS.md §2.5).
		args = []string{"--config",
			"--server-hosts", addr,
			"--auth-type", "htpasswd",
			"--auth-htpasswd-filename", filepath.Join(s.dir, "users"),
			"--auth-htpasswd-encryption", "plain", "--auth-delay", "0",
			"--rights-type", "owner_only",
			"--storage-filesystem-folder", filepath.Join(s.dir, "collections"),
			"--web-type", "none", "--logging-level", "warning"}
		ready = "/"
	case Xandikos:
		args = []string{"-d", filepath.Join(s.dir, "store"), "--autocreate",
			"-l", "127.0.0.1", "-p", fmt.Sprint(s.port), "--current-user-principal", "/user/"}
		ready = "/health"
	}
	logf, err := os.OpenFile(s.logPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	defer logf.Close()
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return err
	}
	s.cmd = cmd
	s.exited = make(chan struct{})
	go func() { cmd.Wait(); close(s.exited) }()
	return s.waitReady(fmt.Sprintf("http://%s%s", addr, ready))
}

func (s *Server) waitReady(url string) error {
	client := &http.Client{Timeout: time.Second, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-s.exited:
			b, _ := os.ReadFile(s.logPath)
			return fmt.Errorf("%s exited at start:\n%s", s.Kind, tail(b, 2000))
		default:
		}
		resp, err := client.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				return nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("%s not ready at %s after 30 s", s.Kind, url)
}

// stop ends the server process by its process id (its process group).
func (s *Server) stop() {
	if s.cmd == nil || s.cmd.Process == nil {
		return
	}
	pid := s.cmd.Process.Pid
	syscall.Kill(-pid, syscall.SIGTERM)
	select {
	case <-s.exited:
	case <-time.After(5 * time.Second):
		syscall.Kill(-pid, syscall.SIGKILL)
		<-s.exited
	}
	s.cmd = nil
}

// Stop stops the server process, keeping its storage, so a test can watch
// the client meet a dead server; Restart brings it back.
func (s *Server) Stop(tb testing.TB) {
	tb.Helper()
	s.stop()
}

// Restart stops the server and starts it again on the same port and
// storage, as after a crash or an upgrade.
func (s *Server) Restart(tb testing.TB) {
	tb.Helper()
	s.stop()
	if err := s.start(ensureInstalled(tb, s.Kind)); err != nil {
		tb.Fatalf("caldavtest: restart %s: %v", s.Kind, err)
	}
}

// Dir is the server's storage directory (Radicale: collections/collection-root).
func (s *Server) Dir() string { return s.dir }

// NewCalendar creates a calendar collection named name (MKCALENDAR) and
// returns its URL with a trailing slash.
func (s *Server) NewCalendar(tb testing.TB, name string) string {
	tb.Helper()
	return s.NewCalendarIn(tb, name, "")
}

// NewCalendarIn creates a calendar whose CALDAV:calendar-timezone is
// vtimezone (a VCALENDAR holding one VTIMEZONE; "" for none), as RFC 4791
// §5.3.1's MKCALENDAR example sets it.
func (s *Server) NewCalendarIn(tb testing.TB, name, vtimezone string) string {
	tb.Helper()
	u := s.URL + s.Home + name + "/"
	var body io.Reader
	if vtimezone != "" {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="utf-8"?><C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop><C:calendar-timezone>`)
		xml.EscapeText(&b, []byte(vtimezone))
		b.WriteString(`</C:calendar-timezone></D:prop></D:set></C:mkcalendar>`)
		body = strings.NewReader(b.String())
	}
	req, err := http.NewRequestWithContext(context.Background(), "MKCALENDAR", u, body)
	if err != nil {
		tb.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/xml; charset=utf-8")
	}
	req.SetBasicAuth(s.User, s.Password)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatalf("MKCALENDAR %s: %v", u, err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		tb.Fatalf("MKCALENDAR %s: %s", u, resp.Status)
	}
	return u
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return strings.TrimSpace(string(b))
}

// Seed loads objects (each one VCALENDAR of one UID) into a calendar fast:
// loading thousands of events by PUT takes minutes (PROTOCOLS.md §2.5).
// Radicale takes the whole calendar in one PUT on the collection, splitting
// it into one item per UID named <UID>.ics and caching each as it writes
// (files written behind its back would be parsed on first read, which costs
// seconds per thousand). Xandikos serves a git tree, so the files, named
// <UID>.ics too, are committed. A UID must therefore be a safe file name.
func (s *Server) Seed(tb testing.TB, calendarURL string, objects [][]byte) {
	tb.Helper()
	if s.Kind == Radicale {
		s.seedRadicale(tb, calendarURL, objects)
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
