package caldavtest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// pgCluster is the local PostgreSQL cluster that DAViCal and SOGo store
// their data in (INTEROP.md set-up step 2): the first one pg_lsclusters
// lists.
type pgCluster struct {
	Version, Name string
	Port          int
	HBA           string // its pg_hba.conf
}

// localCluster finds the first local cluster and starts it when it is down.
func localCluster() (pgCluster, error) {
	out, err := exec.Command("pg_lsclusters", "-h").Output()
	if err != nil {
		return pgCluster{}, fmt.Errorf("pg_lsclusters: %w (install postgresql)", err)
	}
	line, _, _ := strings.Cut(strings.TrimSpace(string(out)), "\n")
	f := strings.Fields(line)
	if len(f) < 4 {
		return pgCluster{}, fmt.Errorf("pg_lsclusters lists no cluster (install postgresql)")
	}
	var c pgCluster
	c.Version, c.Name = f[0], f[1]
	if _, err := fmt.Sscan(f[2], &c.Port); err != nil {
		return pgCluster{}, fmt.Errorf("pg_lsclusters: port %q: %w", f[2], err)
	}
	c.HBA = fmt.Sprintf("/etc/postgresql/%s/%s/pg_hba.conf", c.Version, c.Name)
	if f[3] != "online" {
		cmd := exec.Command("pg_ctlcluster", "--skip-systemctl-redirect", c.Version, c.Name, "start")
		if out, err := cmd.CombinedOutput(); err != nil {
			return pgCluster{}, fmt.Errorf("pg_ctlcluster %s %s start: %w\n%s", c.Version, c.Name, err, out)
		}
	}
	return c, nil
}

// psql runs SQL as the postgres superuser over the cluster's Unix socket
// (peer authentication, which a stock cluster allows root through runuser)
// and returns its unaligned output.
func (c pgCluster) psql(db, sql string, vars ...string) (string, error) {
	args := []string{"-u", "postgres", "--", "psql", "-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1",
		"-p", fmt.Sprint(c.Port), "-d", db}
	for _, v := range vars {
		args = append(args, "-v", v)
	}
	cmd := exec.Command("runuser", args...)
	cmd.Stdin = strings.NewReader(sql)
	cmd.Dir = "/"
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("psql %s: %w\n%s", db, err, stderr.String())
	}
	return strings.TrimSpace(out.String()), nil
}

// ensureHBA adds lines at the top of pg_hba.conf that are not there yet
// and reloads the cluster.
func (c pgCluster) ensureHBA(lines ...string) error {
	b, err := os.ReadFile(c.HBA)
	if err != nil {
		return err
	}
	have := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		have[strings.Join(strings.Fields(l), " ")] = true
	}
	var add []string
	for _, l := range lines {
		if !have[strings.Join(strings.Fields(l), " ")] {
			add = append(add, l)
		}
	}
	if len(add) == 0 {
		return nil
	}
	body := "# caldavtest (Planner's interop tests)\n" + strings.Join(add, "\n") + "\n" + string(b)
	if err := os.WriteFile(c.HBA, []byte(body), 0o640); err != nil {
		return err
	}
	if _, err := c.psql("postgres", "SELECT pg_reload_conf()"); err != nil {
		return err
	}
	time.Sleep(200 * time.Millisecond) // the postmaster rereads the file
	return nil
}

// withLock runs f holding an exclusive lock on a file shared by every test
// binary on the machine, so two packages' tests never set up the same
// database at once.
func withLock(name string, f func() error) error {
	lf, err := os.OpenFile("/tmp/caldavtest-"+name+".lock", os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return err
	}
	defer lf.Close()
	if err := syscall.Flock(int(lf.Fd()), syscall.LOCK_EX); err != nil {
		return err
	}
	defer syscall.Flock(int(lf.Fd()), syscall.LOCK_UN)
	return f()
}

// sqlQuote quotes s as an SQL string literal.
func sqlQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// mustRoot fails the test with instructions unless it runs as root: the
// servers' set-up writes PostgreSQL's configuration and starts processes
// as their package users.
func mustRoot(tb testing.TB, k Kind, packages string) {
	tb.Helper()
	if os.Geteuid() != 0 {
		tb.Fatalf("caldavtest: %s needs root to set up (PostgreSQL roles, pg_hba.conf, a server as its package user); run the tests as root, with: apt-get install -y %s", k, packages)
	}
}
