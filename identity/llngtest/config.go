package llngtest

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// The names under which the caller's relying party is registered: the
// configuration key of the SAML SP and of the OIDC RP.
const (
	spConfKey = "planner"
	rpConfKey = "planner"
)

// demoRoles are the demo accounts' roles (NoRole has none).
var demoRoles = []struct{ login, privilege, group string }{
	{Advisor, PrivilegeAdvisor, GroupAdvisors},
	{Admin, PrivilegeAdmin, GroupAdmins},
}

// OIOSAML 3's attribute names, and its URI name format.
const (
	attrNameFormatURI = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri"
	attrSpecVersion   = "https://data.gov.dk/model/core/specVersion"
	attrLoA           = "https://data.gov.dk/concept/core/nsis/loa"
	attrEmail         = "https://data.gov.dk/model/core/eid/email"
	attrFullName      = "https://data.gov.dk/model/core/eid/fullName"
	attrCVR           = "https://data.gov.dk/model/core/eid/professional/cvr"
	attrOrgName       = "https://data.gov.dk/model/core/eid/professional/orgName"
	attrPrivileges    = "https://data.gov.dk/model/core/eid/privilegesIntermediate"

	orgName = "Planner Test Jobcenter"
)

// portalStatic is where Debian installs the portal's static files.
const portalStatic = "/usr/share/lemonldap-ng/portal/htdocs/static"

// writeFiles writes the server's lemonldap-ng.ini, its PSGI application
// and its first configuration, lmConf-1.json, for opt, and makes its
// directories, all owned by the portal's user.
func (s *Server) writeFiles(opt Options) error {
	for _, d := range []string{"conf", "sessions/lock", "psessions/lock", "cache"} {
		if err := os.MkdirAll(filepath.Join(s.dir, d), 0o700); err != nil {
			return err
		}
	}
	logLevel := os.Getenv("LLNGTEST_LOGLEVEL")
	if logLevel == "" {
		logLevel = "info"
	}
	files := map[string]string{
		"lemonldap-ng.ini": fmt.Sprintf(`; llngtest: this server's local configuration
[all]
logLevel = %s
logger = Lemonldap::NG::Common::Logger::Std
userLogger = Lemonldap::NG::Common::Logger::Std

[configuration]
type = File
dirName = %s

[portal]
staticPrefix = /static
templateDir = /usr/share/lemonldap-ng/portal/templates
languages = en
`, logLevel, filepath.Join(s.dir, "conf")),
		"portal.psgi": portalPSGI,
		"serve.pl":    servePL,
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(s.dir, name), []byte(content), 0o600); err != nil {
			return err
		}
	}
	if s.user != nil {
		err := filepath.WalkDir(s.dir, func(p string, _ fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			return os.Lchown(p, int(s.user.uid), int(s.user.gid))
		})
		if err != nil {
			return err
		}
	}
	return s.writeConf(opt)
}

// writeConf writes the configuration for opt as the File backend's next
// one, conf/lmConf-N.json with N (cfgNum) one more than the last, owned by
// the portal's user. The file appears whole, by a rename: the portal never
// reads a part of it. The portal's workers load it before their next
// request (see portalPSGI). s.confMu must be held, or s not shared yet.
func (s *Server) writeConf(opt Options) error {
	num := s.cfgNum + 1
	conf, err := json.MarshalIndent(s.lmConf(num, opt), "", "  ")
	if err != nil {
		return err
	}
	dir := filepath.Join(s.dir, "conf")
	// a name that the File backend's lmConf-N.json pattern leaves out
	f, err := os.CreateTemp(dir, ".llngtest-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // after the rename, removes nothing
	_, err = f.Write(conf)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil && s.user != nil {
		err = os.Chown(f.Name(), int(s.user.uid), int(s.user.gid))
	}
	if err == nil {
		err = os.Rename(f.Name(), filepath.Join(dir, fmt.Sprintf("lmConf-%d.json", num)))
	}
	if err != nil {
		return err
	}
	s.cfgNum = num
	return nil
}

// servePL runs the PSGI application named by its argument with Plack's
// HTTP server, on the listening socket the test binary passes as file
// descriptor 3. Plack's server answers one connection at a time and waits
// up to its timeout for a request on each, so a browser's idle
// preconnected socket would stall it: the script forks workers (after the
// portal has loaded) that accept on the socket side by side, each killed
// when the script dies, as the script is when the test binary dies.
const servePL = `use strict;
use warnings;
use IO::Socket::INET;
use Plack::Util;
use Plack::Handler::HTTP::Server::PSGI;
require 'syscall.ph';

my $workers = 4;
my $sock = IO::Socket::INET->new_from_fd( 3, 'r' )
  or die "llngtest: no listening socket on fd 3: $!";
my $app = Plack::Util::load_psgi( $ARGV[0] );
my $server =
  Plack::Handler::HTTP::Server::PSGI->new( listen_sock => $sock, timeout => 30 );

my $master = $$;
my @kids;
for ( 1 .. $workers ) {
    my $pid = fork() // die "llngtest: fork: $!";
    if ( $pid == 0 ) {
        syscall( &SYS_prctl, 1, 9 );    # PR_SET_PDEATHSIG, SIGKILL
        exit 0 if getppid() != $master;
        srand();
        $server->run($app);
        exit 0;
    }
    push @kids, $pid;
}
$SIG{TERM} = sub { kill 'TERM', @kids; exit 0 };
1 while wait() > 0;
`

// portalPSGI serves the portal and its static files. LemonLDAP::NG sets its
// cookies with Domain=.<domain>, which browsers and Go's cookie jar refuse
// on an IP address, so the middleware drops the Domain attribute: the
// cookies are the host's own.
//
// OIOSAML 3 wants the assertion encrypted with AES-256 and its key wrapped
// with RSA-OAEP. Lasso encrypts with the symmetric key type of the SP's
// LassoProvider, AES-128-CBC unless set, and LemonLDAP::NG 2.16 has no
// option for it; so before the portal loads, the script wraps the method
// through which the portal sets the encryption mode of each provider it
// loads from metadata (Lemonldap::NG::Portal::Lib::SAML's
// setProviderEncryptionMode, a base class's method, looked up at each call)
// to set AES-256 (Lasso's AES-256 is CBC) and RSA-OAEP on that provider
// too. RSA-OAEP is Lasso's default key transport already; it is set all
// the same, so no default elsewhere changes it.
//
// Register writes a configuration with a higher cfgNum while the portal
// runs. LemonLDAP::NG's handler, which every portal request goes through
// first, reloads the configuration when its cfgNum is not the newest in the
// File backend, but it looks only when checkTime (600 s) has passed since
// it last did, in whole seconds, and in each worker on its own. So before
// each request the script looks itself: when the File backend's newest
// cfgNum (lastCfg, one readdir of the conf directory) is not the one the
// worker has loaded, it makes the handler's check due (lastCheck 0), and
// the handler reloads the configuration for that very request
// (Lemonldap::NG::Handler::Main::checkConf, which calls the portal's
// reloadConf: every plugin built again, the SAML SPs and OIDC RPs among
// them), as it would when checkTime has passed. A configuration written
// before a request is then the one that answers it, whichever worker takes
// it.
const portalPSGI = `use strict;
use warnings;
use Plack::Builder;
use Plack::App::File;
use Plack::Util;
use Lemonldap::NG::Portal::Lib::SAML;
use Lemonldap::NG::Portal::Main;

{
    no warnings 'redefine';
    my $setMode = \&Lemonldap::NG::Portal::Lib::SAML::setProviderEncryptionMode;
    *Lemonldap::NG::Portal::Lib::SAML::setProviderEncryptionMode = sub {
        my ( $self, $provider ) = @_;
        $setMode->(@_) or return 0;
        eval {
            Lasso::Provider::set_encryption_sym_key_type( $provider,
                Lasso::Constants::ENCRYPTION_SYM_KEY_TYPE_AES_256() );
            Lasso::Provider::set_key_encryption_method( $provider,
                Lasso::Constants::KEY_ENCRYPTION_METHOD_OAEP() );
        };
        return $self->checkLassoError($@);
    };
}

my $portal = Lemonldap::NG::Portal::Main->run( {} );

my $hostOnlyCookies = sub {
    my $app = shift;
    sub {
        Plack::Util::response_cb(
            $app->(@_),
            sub {
                my $h = $_[0]->[1];
                for ( my $i = 0 ; $i < @$h ; $i += 2 ) {
                    $h->[ $i + 1 ] =~ s/;\s*domain=[^;]*//gi
                      if lc( $h->[$i] ) eq 'set-cookie';
                }
                return;
            }
        );
    };
};

my $reloadNewConf = sub {
    my $app = shift;
    sub {
        my $h    = 'Lemonldap::NG::Handler::Main';
        my $last = $h->confAcc->lastCfg;
        $h->lastCheck(0) if $last and $last != $h->cfgNum;
        return $app->(@_);
    };
};

builder {
    enable 'AccessLog', format => 'combined';
    enable $hostOnlyCookies;
    mount '/static/' =>
      Plack::App::File->new( root => '` + portalStatic + `' )->to_app;
    mount '/javascript/' =>
      Plack::App::File->new( root => '/usr/share/javascript' )->to_app;
    mount '/' => $reloadNewConf->($portal);
};
`

// lmConf is the portal's configuration number num (lmConf-num.json) for
// opt, with the server's keys. Every key is read
// by LemonLDAP::NG 2.16's portal (Lemonldap::NG::Portal::Main::Init,
// ::Lib::SAML, ::Issuer::SAML, ::Lib::OpenIDConnect,
// ::Issuer::OpenIDConnect); those left out keep the defaults of
// Lemonldap::NG::Common::Conf::DefaultValues.
func (s *Server) lmConf(num int, opt Options) map[string]any {
	k := s.keys
	fileStorage := func(d string) map[string]any {
		return map[string]any{
			"Directory":      filepath.Join(s.dir, d) + "/",
			"LockDirectory":  filepath.Join(s.dir, d, "lock") + "/",
			"generateModule": "Lemonldap::NG::Common::Apache::Session::Generate::SHA256",
		}
	}
	privileges, groups := perlHash(func(r int) string { return demoRoles[r].privilege }),
		perlHash(func(r int) string { return demoRoles[r].group })
	c := map[string]any{
		"cfgNum":     num,
		"cfgAuthor":  "llngtest",
		"cfgDate":    fmt.Sprint(time.Now().Unix()),
		"cfgVersion": "2.16.1",

		"portal": s.URL,
		// the cookie's domain, required; the PSGI app drops it from the
		// cookies (see portalPSGI)
		"domain": "127.0.0.1",
		// cookies are per host, not per port: one name per server
		"cookieName":     fmt.Sprintf("llngtest%d", s.port),
		"securedCookie":  0,
		"sameSite":       "Lax", // None (the default with SAML) needs Secure, and so https
		"authentication": "Demo",
		"userDB":         "Same",
		"passwordDB":     "Demo",
		// the handler's rules, per virtual host: LemonLDAP::NG protects no
		// application here, its portal only
		"locationRules":   map[string]any{"127.0.0.1": map[string]string{"default": "accept"}},
		"exportedHeaders": map[string]any{},
		"applicationList": map[string]any{},
		// a login form with the login and the password only
		"portalDisplayRegister": 0,
		"portalCheckLogins":     0,

		"globalStorage":            "Apache::Session::File",
		"globalStorageOptions":     fileStorage("sessions"),
		"persistentStorage":        "Apache::Session::File",
		"persistentStorageOptions": fileStorage("psessions"),
		"localSessionStorage":      "Cache::FileCache",
		"localSessionStorageOptions": map[string]any{
			"namespace":          "lemonldap-ng-sessions",
			"default_expires_in": 600,
			"directory_umask":    "007",
			"cache_root":         filepath.Join(s.dir, "cache"),
			"cache_depth":        3,
		},

		// every user's role, as session variables: multi-valued with
		// multiValuesSeparator ("; "), undefined when none
		"macros": map[string]string{
			"plannerPrivileges": privileges + "->{$uid}",
			"plannerGroups":     groups + "->{$uid}",
		},

		"issuerDBSAMLActivation":              1,
		"samlServicePrivateKeySig":            k.samlSig.key,
		"samlServicePublicKeySig":             k.samlSig.cert,
		"samlServicePrivateKeyEnc":            k.samlEnc.key,
		"samlServicePublicKeyEnc":             k.samlEnc.cert,
		"samlServiceSignatureMethod":          "RSA_SHA256",
		"samlServiceUseCertificateInResponse": 1,
		"samlOrganizationName":                "llngtest",
		"samlOrganizationDisplayName":         "Planner test IdP",
		"samlOrganizationURL":                 s.URL,

		"issuerDBOpenIDConnectActivation": 1,
		"oidcServiceMetaDataIssuer":       s.Issuer,
		"oidcServicePrivateKeySig":        k.oidcSig.key,
		"oidcServicePublicKeySig":         k.oidcSig.cert,
		"oidcServiceKeyIdSig":             "llngtest-sig",
		// the claims go with the token whatever the scopes
		"oidcServiceIgnoreScopeForClaims": 1,
	}
	if len(opt.SAMLSPMetadata) > 0 {
		c["samlSPMetaDataXML"] = map[string]any{spConfKey: map[string]any{"samlSPMetaDataXML": string(opt.SAMLSPMetadata)}}
		c["samlSPMetaDataOptions"] = map[string]any{spConfKey: map[string]any{
			"samlSPMetaDataOptionsNameIDFormat":             "persistent",
			"samlSPMetaDataOptionsNameIDSessionKey":         "uid",
			"samlSPMetaDataOptionsSignSSOMessage":           1,
			"samlSPMetaDataOptionsCheckSSOMessageSignature": 1,
			"samlSPMetaDataOptionsSignSLOMessage":           1,
			"samlSPMetaDataOptionsCheckSLOMessageSignature": 1,
			"samlSPMetaDataOptionsEncryptionMode":           "assertion",
			"samlSPMetaDataOptionsSignatureMethod":          "RSA_SHA256",
			"samlSPMetaDataOptionsForceUTF8":                1,
			"samlSPMetaDataOptionsOneTimeUse":               0,
			"samlSPMetaDataOptionsNotOnOrAfterTimeout":      300,
		}}
		attr := func(name, friendly string) string {
			return "1;" + name + ";" + attrNameFormatURI + ";" + friendly
		}
		c["samlSPMetaDataExportedAttributes"] = map[string]any{spConfKey: map[string]string{
			"oiosamlSpecVersion": attr(attrSpecVersion, "specVersion"),
			"oiosamlLoA":         attr(attrLoA, "loa"),
			"mail":               attr(attrEmail, "email"),
			"cn":                 attr(attrFullName, "fullName"),
			"oiosamlCVR":         attr(attrCVR, "cvr"),
			"oiosamlOrgName":     attr(attrOrgName, "orgName"),
			// optional: a user without a role has no privileges
			"oiosamlPrivileges": "0;" + attrPrivileges + ";" + attrNameFormatURI + ";privilegesIntermediate",
		}}
		c["samlSPMetaDataMacros"] = map[string]any{spConfKey: map[string]string{
			"oiosamlSpecVersion": perlString("OIO-SAML-3.0"),
			"oiosamlLoA":         perlString("Substantial"),
			"oiosamlCVR":         perlString(CVR),
			"oiosamlOrgName":     perlString(orgName),
			// OIOSAML 3's basic privilege profile, base64-encoded
			// (MIME::Base64's encode_base64 is shared into the Safe jail)
			"oiosamlPrivileges": `$plannerPrivileges ? encode_base64(` +
				perlString(`<bpp:PrivilegeList xmlns:bpp="http://digst.dk/oiosaml/basic_privilege_profile"><PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:`+CVR+`">`) +
				` . join('', map { '<Privilege>' . $_ . '</Privilege>' } split(/; /, $plannerPrivileges)) . ` +
				perlString(`</PrivilegeGroup></bpp:PrivilegeList>`) + `, '') : undef`,
		}}
	}
	if len(opt.OIDCRedirectURIs) > 0 {
		c["oidcRPMetaDataOptions"] = map[string]any{rpConfKey: map[string]any{
			"oidcRPMetaDataOptionsDisplayName":            "Planner",
			"oidcRPMetaDataOptionsClientID":               opt.OIDCClientID,
			"oidcRPMetaDataOptionsClientSecret":           opt.OIDCClientSecret,
			"oidcRPMetaDataOptionsPublic":                 0,
			"oidcRPMetaDataOptionsRedirectUris":           strings.Join(opt.OIDCRedirectURIs, " "),
			"oidcRPMetaDataOptionsPostLogoutRedirectUris": strings.Join(opt.OIDCPostLogoutRedirectURIs, " "),
			"oidcRPMetaDataOptionsIDTokenSignAlg":         "RS256",
			"oidcRPMetaDataOptionsRequirePKCE":            1,
			"oidcRPMetaDataOptionsBypassConsent":          1,
			"oidcRPMetaDataOptionsLogoutBypassConfirm":    1,
			"oidcRPMetaDataOptionsIDTokenForceClaims":     1,
			"oidcRPMetaDataOptionsUserIDAttr":             "uid",
		}}
		c["oidcRPMetaDataExportedVars"] = map[string]any{rpConfKey: map[string]string{
			"name":   "cn",
			"email":  "mail",
			"groups": "plannerGroups;string;always",
			"upn":    "plannerUPN",
		}}
		c["oidcRPMetaDataMacros"] = map[string]any{rpConfKey: map[string]string{
			"plannerUPN": `$mail || $uid . '@planner.example'`,
		}}
	}
	return c
}

// perlString is s as a single-quoted Perl string.
func perlString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// perlHash is an anonymous Perl hash from each demo role's login to
// value(i).
func perlHash(value func(i int) string) string {
	var b strings.Builder
	b.WriteString("{")
	for i, r := range demoRoles {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(perlString(r.login) + " => " + perlString(value(i)))
	}
	b.WriteString("}")
	return b.String()
}
