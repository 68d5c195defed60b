package caldavtest

import (
	"crypto/rand"
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// DAViCal (INTEROP.md): Debian's davical under an Apache of its own —
// prefork and mod_php, from a config generated per Server, on a loopback
// port — storing into the local PostgreSQL cluster's davical database. The
// database is created once per machine; every Start adds a user of its own
// (so tests in parallel packages and repeated runs never see each other's
// calendars) and its own Apache, stopped by process id; the user is
// deleted again at cleanup. An Apache starts in well under a second, so
// nothing is shared between Starts.

const (
	davicalDir      = "/usr/share/davical"
	davicalPackages = "davical php-curl"
)

var davicalBins = []string{"/usr/sbin/apache2", "/usr/bin/php", davicalDir + "/htdocs/caldav.php", davicalDir + "/dba/create-database.sh"}

var (
	davicalOnce    sync.Once
	davicalCluster pgCluster
	davicalErr     error
)

// setupDAViCal installs the packages and prepares the database once per
// test binary; the work is done under a machine-wide lock.
func setupDAViCal(tb testing.TB) pgCluster {
	tb.Helper()
	mustRoot(tb, DAViCal, davicalPackages)
	ensurePackages(tb, DAViCal, davicalBins, davicalPackages)
	davicalOnce.Do(func() {
		davicalErr = withLock("davical", func() error {
			c, err := localCluster()
			if err != nil {
				return err
			}
			davicalCluster = c
			// README.Debian: DAViCal's two roles connect over the socket
			if err := c.ensureHBA("local davical davical_app trust", "local davical davical_dba trust"); err != nil {
				return fmt.Errorf("pg_hba.conf: %w", err)
			}
			have, err := c.psql("postgres", "SELECT count(*) FROM pg_database WHERE datname = 'davical'")
			if err != nil {
				return err
			}
			if have == "1" {
				// users a killed test binary left behind a day ago
				_, err := c.psql("davical", "DELETE FROM usr WHERE username LIKE 'advisor-%' AND joined < now() - interval '1 day'")
				return err
			}
			cmd := exec.Command("runuser", "-u", "postgres", "--", davicalDir+"/dba/create-database.sh", "davical", randomHex(12))
			cmd.Dir = "/"
			cmd.Env = append(os.Environ(), fmt.Sprintf("PGPORT=%d", c.Port))
			if out, err := cmd.CombinedOutput(); err != nil {
				return fmt.Errorf("create-database.sh: %w\n%s", err, tail(out, 2000))
			}
			return nil
		})
	})
	if davicalErr != nil {
		tb.Fatalf("caldavtest: DAViCal set-up: %v", davicalErr)
	}
	return davicalCluster
}

// initDAViCal creates the Server's own DAViCal user the way the admin UI
// does (INTEROP.md set-up step 3) and writes its Apache config.
func (s *Server) initDAViCal(tb testing.TB) {
	tb.Helper()
	c := setupDAViCal(tb)
	s.pg = c
	s.User = "advisor-" + randomHex(4)
	s.Password = "s3cret-" + randomHex(4)
	s.Home = "/caldav.php/" + s.User + "/"
	_, err := c.psql("davical", `INSERT INTO dav_principal (type_id, username, password, fullname, displayname, email, email_ok, user_active)
VALUES (1, :'user', :'pass', 'Planner Test', 'Planner Test', :'user' || '@planner.test', current_date, true)`,
		"user="+s.User, "pass="+saltedSHA1(s.Password, randomHex(4)))
	if err != nil {
		tb.Fatalf("caldavtest: DAViCal user: %v", err)
	}
	tb.Cleanup(func() {
		// the user's collections and objects go with it (ON DELETE CASCADE)
		if _, err := c.psql("davical", "DELETE FROM usr WHERE username = :'user'", "user="+s.User); err != nil {
			tb.Logf("caldavtest: delete DAViCal user: %v", err)
		}
	})
	// DAViCal's own PHP functions create the home collections (calendar,
	// .in, .out, addresses) and default relationships
	script := filepath.Join(s.dir, "home.php")
	if err := os.WriteFile(script, []byte(davicalHomePHP), 0o644); err != nil {
		tb.Fatal(err)
	}
	cmd := exec.Command("php", script, s.User)
	cmd.Dir = davicalDir + "/htdocs"
	cmd.Env = append(os.Environ(), fmt.Sprintf("PGPORT=%d", c.Port))
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("caldavtest: DAViCal home collections: %v\n%s", err, out)
	}
}

// davicalHomePHP runs CreateHomeCollections and CreateDefaultRelationships
// for the user named by its argument, as admin.php does for a new user.
const davicalHomePHP = `<?php
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = '80';
$_SERVER['SCRIPT_NAME'] = '/caldavtest.php';
$_SERVER['REQUEST_METHOD'] = 'GET';
set_include_path('/usr/share/davical/inc:/usr/share/awl/inc');
require_once('/usr/share/davical/htdocs/always.php');
require_once('auth-functions.php');
if (!CreateHomeCollections($argv[1]) || !CreateDefaultRelationships($argv[1])) {
  fwrite(STDERR, implode("\n", $c->messages) . "\n");
  exit(1);
}
`

// saltedSHA1 is AWL's session_salted_sha1: "*salt*{SSHA}" and the base64 of
// SHA-1(password+salt) followed by the salt.
func saltedSHA1(password, salt string) string {
	sum := sha1.Sum([]byte(password + salt))
	return "*" + salt + "*{SSHA}" + base64.StdEncoding.EncodeToString(append(sum[:], salt...))
}

// apacheConfig is the generated Apache config (INTEROP.md set-up step 4):
// prefork, mod_php, DAViCal's htdocs as the document root and
// /.well-known/caldav rewritten into caldav.php; Debian's /etc/apache2
// sites are not read.
func (s *Server) apacheConfig() (string, error) {
	php, err := filepath.Glob("/usr/lib/apache2/modules/libphp*.so")
	if err != nil || len(php) == 0 {
		return "", fmt.Errorf("mod_php not found under /usr/lib/apache2/modules (apt-get install -y %s)", davicalPackages)
	}
	conf := filepath.Join(s.dir, "httpd.conf")
	mods := "/usr/lib/apache2/modules/"
	body := fmt.Sprintf(`ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:%d
PidFile %[2]s/httpd.pid
Mutex file:%[2]s
ErrorLog %[2]s/server.log
LogLevel warn
User www-data
Group www-data
LoadModule mpm_prefork_module %[3]smod_mpm_prefork.so
LoadModule authz_core_module %[3]smod_authz_core.so
LoadModule mime_module %[3]smod_mime.so
LoadModule dir_module %[3]smod_dir.so
LoadModule rewrite_module %[3]smod_rewrite.so
LoadModule env_module %[3]smod_env.so
LoadModule php_module %[4]s
StartServers 2
MinSpareServers 2
MaxSpareServers 6
MaxRequestWorkers 12
KeepAlive On
TypesConfig /etc/mime.types
DocumentRoot %[5]s/htdocs
<Directory %[5]s/htdocs>
  DirectoryIndex index.php
  AllowOverride None
  Require all granted
</Directory>
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
PassEnv PGPORT
RewriteEngine On
RewriteRule ^/\.well-known/caldav$ /caldav.php/.well-known/caldav [PT]
`, s.port, s.dir, mods, php[0], davicalDir)
	return conf, os.WriteFile(conf, []byte(body), 0o644)
}

// davicalCommand is the Apache parent in the foreground; a non-default
// cluster port reaches libpq in mod_php through PGPORT.
func (s *Server) davicalCommand() (*exec.Cmd, error) {
	conf, err := s.apacheConfig()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command("/usr/sbin/apache2", "-f", conf, "-DFOREGROUND")
	cmd.Env = append(os.Environ(), fmt.Sprintf("PGPORT=%d", s.pg.Port))
	return cmd, nil
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}
