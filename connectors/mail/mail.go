// Package mail sends Planner's notification mails (§7) over SMTP with
// wneessen/go-mail: STARTTLS required by default, AUTH PLAIN when a user is
// configured. A mail is built from a planner.Notification, which carries no
// citizen, so no CPR can reach one.
package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"time"

	gomail "github.com/wneessen/go-mail"

	"github.com/planner-dk/planner/planner"
)

// TLS says how the connection to the SMTP server is secured.
type TLS string

// TLS modes.
const (
	StartTLS         TLS = "starttls"      // STARTTLS required (the default)
	StartTLSIfOffers TLS = "opportunistic" // STARTTLS when the server offers it
	NoTLS            TLS = "none"          // plain text: a local relay only
)

// Config is where and as whom mail is sent.
type Config struct {
	Host               string
	Port               int    // 0 means 587
	Username, Password string // AUTH PLAIN when Username is set
	From               string // the sender address
	TLS                TLS    // "" means StartTLS
	// TLSConfig overrides the TLS settings (tests trust their own
	// certificate with it); nil verifies against the system's roots.
	TLSConfig *tls.Config
	Timeout   time.Duration // per mail; 0 means 30 s
}

// Sender sends notification mails.
type Sender struct{ cfg Config }

// New checks cfg and returns a Sender; it connects only when sending.
func New(cfg Config) (*Sender, error) {
	switch {
	case cfg.Host == "":
		return nil, fmt.Errorf("mail: host must be set")
	case cfg.From == "":
		return nil, fmt.Errorf("mail: from must be set")
	}
	switch cfg.TLS {
	case "":
		cfg.TLS = StartTLS
	case StartTLS, StartTLSIfOffers, NoTLS:
	default:
		return nil, fmt.Errorf("mail: tls %q: want starttls, opportunistic or none", cfg.TLS)
	}
	if cfg.Port == 0 {
		cfg.Port = 587
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 30 * time.Second
	}
	return &Sender{cfg: cfg}, nil
}

// Send mails notification n in lang, naming the offer and linking to its
// page when given.
func (s *Sender) Send(ctx context.Context, n planner.Notification, lang planner.Lang, offerName, offerURL string) error {
	subject, body := n.Text(lang, offerName, offerURL)
	m := gomail.NewMsg()
	if err := m.From(s.cfg.From); err != nil {
		return fmt.Errorf("mail: from: %w", err)
	}
	if err := m.To(n.To); err != nil {
		return fmt.Errorf("mail: recipient: %w", err)
	}
	m.Subject(subject)
	m.SetBodyString(gomail.TypeTextPlain, body)
	opts := []gomail.Option{gomail.WithPort(s.cfg.Port), gomail.WithTimeout(s.cfg.Timeout)}
	switch s.cfg.TLS {
	case StartTLS:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	case StartTLSIfOffers:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSOpportunistic))
	case NoTLS:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if s.cfg.TLSConfig != nil {
		opts = append(opts, gomail.WithTLSConfig(s.cfg.TLSConfig))
	}
	if s.cfg.Username != "" {
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthPlain),
			gomail.WithUsername(s.cfg.Username), gomail.WithPassword(s.cfg.Password))
	}
	c, err := gomail.NewClient(s.cfg.Host, opts...)
	if err != nil {
		return fmt.Errorf("mail: client: %w", err)
	}
	if err := c.DialAndSendWithContext(ctx, m); err != nil {
		if permanent(err) {
			return fmt.Errorf("mail: send %s mail: %w: %w", n.Trigger, ErrRefused, err)
		}
		return fmt.Errorf("mail: send %s mail: %w", n.Trigger, err)
	}
	return nil
}

// ErrRefused marks a mail the server refused for good (a 5xx reply to the
// recipient or the message): retrying cannot help. Other errors —
// timeouts, 4xx replies, refused credentials the operator can mend — are
// worth a retry.
var ErrRefused = errors.New("refused by the mail server")

// permanent reports whether err is a 5xx reply other than an
// authentication one.
func permanent(err error) bool {
	var se *gomail.SendError
	if !errors.As(err, &se) {
		return false
	}
	code := se.ErrorCode()
	return code >= 500 && code != 530 && code != 535
}
