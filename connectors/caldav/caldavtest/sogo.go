package caldavtest

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// SOGo (INTEROP.md): Debian's sogod with a memcached of its own and an SQL
// user source, both on loopback ports, storing into the local PostgreSQL
// cluster's sogo database (single-store tables). Every setting is a
// command-line default, so /etc/sogo/sogo.conf is neither read for them nor
// edited. sogod refuses to run as root: it runs as the package's user sogo
// through setpriv, in the foreground (-WONoDetach YES). Every Start has its
// own user (deleted again at cleanup), memcached and sogod, stopped by
// process id; a sogod is ready within a second or two, so nothing is shared
// between Starts.

const (
	sogoPackages = "sogo memcached"
	sogoDBPass   = "sogo-interop"
)

var sogoBins = []string{"/usr/sbin/sogod", "/usr/bin/memcached", "/usr/bin/setpriv"}

var (
	sogoOnce    sync.Once
	sogoCluster pgCluster
	sogoErr     error
)

// setupSOGo installs the packages and prepares the role, the database and
// the user-source table once per test binary, under a machine-wide lock.
func setupSOGo(tb testing.TB) pgCluster {
	tb.Helper()
	mustRoot(tb, SOGo, sogoPackages)
	ensurePackages(tb, SOGo, sogoBins, sogoPackages)
	sogoOnce.Do(func() {
		sogoErr = withLock("sogo", func() error {
			c, err := localCluster()
			if err != nil {
				return err
			}
			sogoCluster = c
			if _, err := c.psql("postgres", `SELECT 'CREATE ROLE sogo LOGIN' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sogo')
\gexec
ALTER ROLE sogo LOGIN PASSWORD `+sqlQuote(sogoDBPass)+`;
SELECT 'CREATE DATABASE sogo OWNER sogo' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'sogo')
\gexec
`); err != nil {
				return err
			}
			// sogod logs in over 127.0.0.1 with the password
			if err := c.sogoLogin(); err != nil {
				if err := c.ensureHBA("host sogo sogo 127.0.0.1/32 scram-sha-256"); err != nil {
					return err
				}
				if err := c.sogoLogin(); err != nil {
					return err
				}
			}
			if _, err := c.psql("sogo", `CREATE TABLE IF NOT EXISTS sogo_users (
  c_uid varchar(255) PRIMARY KEY, c_name varchar(255) NOT NULL, c_password varchar(255) NOT NULL,
  c_cn varchar(255), mail varchar(255));
ALTER TABLE sogo_users ADD COLUMN IF NOT EXISTS created timestamptz NOT NULL DEFAULT now();
ALTER TABLE sogo_users OWNER TO sogo;`); err != nil {
				return err
			}
			// users a killed test binary left behind a day ago
			_, err = c.psql("sogo", sogoDeleteUsers, "user=")
			return err
		})
	})
	if sogoErr != nil {
		tb.Fatalf("caldavtest: SOGo set-up: %v", sogoErr)
	}
	return sogoCluster
}

// sogoLogin checks that the sogo role can log in over TCP as sogod will.
func (c pgCluster) sogoLogin() error {
	cmd := exec.Command("psql", "-X", "-tA", "-h", "127.0.0.1", "-p", fmt.Sprint(c.Port), "-U", "sogo", "-d", "sogo", "-c", "SELECT 1")
	cmd.Env = append(os.Environ(), "PGPASSWORD="+sogoDBPass, "PGCONNECT_TIMEOUT=5")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("sogo cannot log in to PostgreSQL over 127.0.0.1: %w\n%s", err, out)
	}
	return nil
}

// sogoProc is what a SOGo Server runs besides sogod.
type sogoProc struct {
	home     string // sogod's HOME, owned by sogo
	memcache *exec.Cmd
	mcPort   int
	uid, gid uint32
}

// initSOGo adds the Server's user to the user source and starts its
// memcached.
func (s *Server) initSOGo(tb testing.TB) {
	tb.Helper()
	c := setupSOGo(tb)
	s.pg = c
	s.User = "advisor-" + randomHex(4)
	s.Password = "s3cret-" + randomHex(4)
	s.Home = "/SOGo/dav/" + s.User + "/Calendar/"
	_, err := c.psql("sogo", `INSERT INTO sogo_users (c_uid, c_name, c_password, c_cn, mail)
VALUES (:'user', :'user', :'pass', 'Planner Test', :'user' || '@planner.test')
ON CONFLICT (c_uid) DO UPDATE SET c_password = EXCLUDED.c_password`, "user="+s.User, "pass="+s.Password)
	if err != nil {
		tb.Fatalf("caldavtest: SOGo user: %v", err)
	}
	tb.Cleanup(func() {
		if _, err := c.psql("sogo", sogoDeleteUsers, "user="+s.User); err != nil {
			tb.Logf("caldavtest: delete SOGo user: %v", err)
		}
	})
	p := &sogoProc{}
	s.sogo = p
	uid, gid, err := lookupUser("sogo")
	if err != nil {
		tb.Fatal(err)
	}
	p.uid, p.gid = uid, gid
	// t.TempDir is private to root; sogod needs a HOME it can write
	if p.home, err = os.MkdirTemp("", "caldavtest-sogo-"); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { os.RemoveAll(p.home) })
	if err := os.Chown(p.home, int(uid), int(gid)); err != nil {
		tb.Fatal(err)
	}
	if err := s.startMemcached(); err != nil {
		tb.Fatalf("caldavtest: memcached: %v", err)
	}
	tb.Cleanup(func() { stopGroup(p.memcache, nil, 2*time.Second) })
}

// sogoDeleteUsers removes the test user :user, and any test user made more
// than a day ago (by a test binary killed before its cleanup), with what
// SOGo stored for them.
const sogoDeleteUsers = `SET caldavtest.uid = :'user';
DO $$
DECLARE
  u text;
  t text;
BEGIN
  FOR u IN SELECT c_uid FROM sogo_users WHERE c_uid = current_setting('caldavtest.uid')
      OR (c_uid LIKE 'advisor-%' AND created < now() - interval '1 day') LOOP
    FOREACH t IN ARRAY ARRAY['sogo_store', 'sogo_acl', 'sogo_quick_appointment', 'sogo_quick_contact'] LOOP
      IF to_regclass(t) IS NOT NULL THEN
        EXECUTE format('DELETE FROM %I WHERE c_folder_id IN (SELECT c_folder_id FROM sogo_folder_info WHERE c_path2 = %L)', t, u);
      END IF;
    END LOOP;
    IF to_regclass('sogo_folder_info') IS NOT NULL THEN
      DELETE FROM sogo_folder_info WHERE c_path2 = u;
    END IF;
    IF to_regclass('sogo_cache_folder') IS NOT NULL THEN
      DELETE FROM sogo_cache_folder WHERE c_uid = u;
    END IF;
    IF to_regclass('sogo_user_profile') IS NOT NULL THEN
      DELETE FROM sogo_user_profile WHERE c_uid = u;
    END IF;
    DELETE FROM sogo_users WHERE c_uid = u;
  END LOOP;
END $$;`

func lookupUser(name string) (uint32, uint32, error) {
	u, err := user.Lookup(name)
	if err != nil {
		return 0, 0, fmt.Errorf("user %s: %w (apt-get install -y %s)", name, err, sogoPackages)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	return uint32(uid), uint32(gid), nil
}

// startMemcached runs a memcached of the Server's own on a loopback port,
// as the sogo user (memcached refuses root); it dies with the test binary.
func (s *Server) startMemcached() error {
	port, err := freePort()
	if err != nil {
		return err
	}
	p := s.sogo
	p.mcPort = port
	cmd := exec.Command("/usr/bin/memcached", "-l", "127.0.0.1", "-p", fmt.Sprint(port), "-U", "0", "-m", "32")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL,
		Credential: &syscall.Credential{Uid: p.uid, Gid: p.gid}}
	if err := cmd.Start(); err != nil {
		return err
	}
	p.memcache = cmd
	go cmd.Wait()
	return nil
}

// sogoCommand is sogod in the foreground as user sogo. setpriv sets the
// parent-death signal after it has changed the credentials (a change of
// user clears the one set before), so sogod dies with the test binary; its
// workers follow their parent.
func (s *Server) sogoCommand() *exec.Cmd {
	p := s.sogo
	db := fmt.Sprintf("postgresql://sogo:%s@127.0.0.1:%d/sogo", sogoDBPass, s.pg.Port)
	userSources := fmt.Sprintf(`({type = sql; id = users; viewURL = "%s/sogo_users"; canAuthenticate = YES; isAddressBook = NO; userPasswordAlgorithm = plain;})`, db)
	args := []string{"--reuid=sogo", "--regid=sogo", "--init-groups", "--pdeathsig", "KILL", "/usr/sbin/sogod",
		"-WONoDetach", "YES",
		"-WOPort", fmt.Sprintf("127.0.0.1:%d", s.port),
		"-WOLogFile", "-",
		"-WOPidFile", filepath.Join(p.home, "sogo.pid"),
		"-WOWorkersCount", "3",
		"-SOGoMemcachedHost", fmt.Sprintf("127.0.0.1:%d", p.mcPort),
		"-SOGoUserSources", userSources,
		"-SOGoProfileURL", db + "/sogo_user_profile",
		"-OCSFolderInfoURL", db + "/sogo_folder_info",
		"-OCSSessionsFolderURL", db + "/sogo_sessions_folder",
		"-OCSEMailAlarmsFolderURL", db + "/sogo_alarms_folder",
		"-OCSStoreURL", db + "/sogo_store",
		"-OCSAclURL", db + "/sogo_acl",
		"-OCSCacheFolderURL", db + "/sogo_cache_folder",
		"-SOGoAppointmentSendEMailNotifications", "NO",
		"-SOGoTimeZone", "Europe/Copenhagen",
		"-SOGoLanguage", "English",
	}
	cmd := exec.Command("/usr/bin/setpriv", args...)
	cmd.Dir = p.home
	cmd.Env = append(os.Environ(), "HOME="+p.home)
	return cmd
}

// stopSOGo is SOGo's stop procedure (INTEROP.md, Limits): its watchdog
// forwards SIGTERM to the workers, but an idle worker acts only when a
// request wakes it. So: note the workers, TERM the parent, poke the port
// (one request per worker at once) until they are gone, and KILL whatever
// is left after 10 s.
func (s *Server) stopSOGo() {
	// A worker serving a kept-alive connection waits on it, not for new
	// ones, so no poke reaches it: the test binary's own idle connections
	// (the connectors' default transport) are closed first.
	if t, ok := http.DefaultTransport.(*http.Transport); ok {
		t.CloseIdleConnections()
	}
	pid := s.cmd.Process.Pid
	workers := childrenOf(pid)
	syscall.Kill(pid, syscall.SIGTERM)
	poke := &http.Client{Timeout: 300 * time.Millisecond, Transport: &http.Transport{DisableKeepAlives: true}}
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if isClosed(s.exited) && !anyAlive(workers) {
			return
		}
		// one request per worker at once: each wakes the one that takes it
		var wg sync.WaitGroup
		for range max(len(workers), 1) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if resp, err := poke.Get(fmt.Sprintf("http://127.0.0.1:%d/SOGo/", s.port)); err == nil {
					resp.Body.Close()
				}
			}()
		}
		wg.Wait()
		time.Sleep(50 * time.Millisecond)
	}
	for _, w := range workers {
		syscall.Kill(w, syscall.SIGKILL)
	}
	stopGroup(s.cmd, s.exited, time.Second)
}

// childrenOf lists the process ids whose parent is pid.
func childrenOf(pid int) []int {
	var kids []int
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		n, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if ppid, _ := procStat(n); ppid == pid {
			kids = append(kids, n)
		}
	}
	return kids
}

// procStat reads a process's parent id and state from /proc; state 0 when
// the process is gone.
func procStat(pid int) (ppid int, state byte) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, 0
	}
	// pid (comm) state ppid ...; comm may hold spaces
	rest := string(b[strings.LastIndexByte(string(b), ')')+1:])
	f := strings.Fields(rest)
	if len(f) < 2 {
		return 0, 0
	}
	ppid, _ = strconv.Atoi(f[1])
	return ppid, f[0][0]
}

func anyAlive(pids []int) bool {
	for _, p := range pids {
		if _, st := procStat(p); st != 0 && st != 'Z' {
			return true
		}
	}
	return false
}

func isClosed(ch chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}
