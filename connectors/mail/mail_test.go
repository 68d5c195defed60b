package mail_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"io"
	"mime"
	"mime/quotedprintable"
	"net"
	netmail "net/mail"
	"strconv"
	"strings"
	"testing"

	"github.com/planner-dk/planner/connectors/mail"
	"github.com/planner-dk/planner/connectors/mail/mailtest"
	"github.com/planner-dk/planner/planner"
)

func hostPort(t *testing.T, addr string) (string, int) {
	h, p, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatal(err)
	}
	port, _ := strconv.Atoi(p)
	return h, port
}

// mail 4 (§7): a conflict notification to an advisor.
var conflict = planner.Notification{Trigger: planner.Conflict, To: "bo@glostrup.dk", JobcenterID: 1, MeetingID: 41, AdvisorID: 7}

// TestSend: issue 6 §4 — a notification goes over SMTP with STARTTLS and
// AUTH to a real server on loopback, in Danish, without any CPR.
func TestSend(t *testing.T) {
	srv := mailtest.Start(t, "planner", "s3cret")
	host, port := hostPort(t, srv.Addr)
	s, err := mail.New(mail.Config{Host: host, Port: port, Username: "planner", Password: "s3cret", From: "planner@glostrup.dk",
		TLSConfig: &tls.Config{RootCAs: srv.CertPool, ServerName: "127.0.0.1"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Send(context.Background(), conflict, planner.Danish, "Jobsamtale", "https://planner.example/offers/3"); err != nil {
		t.Fatal(err)
	}
	msgs := srv.Messages()
	if len(msgs) != 1 || msgs[0].From != "planner@glostrup.dk" || len(msgs[0].To) != 1 || msgs[0].To[0] != "bo@glostrup.dk" {
		t.Fatalf("messages = %+v", msgs)
	}
	msg, err := netmail.ReadMessage(bytes.NewReader(msgs[0].Data))
	if err != nil {
		t.Fatal(err)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	if err != nil || subject != "Planner: privat aftale oven i et borgermøde" {
		t.Errorf("subject = %q, %v", subject, err)
	}
	body, err := io.ReadAll(quotedprintable.NewReader(msg.Body))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"oven i et borgermøde i Planner", "Onlinetilbud: Jobsamtale", "https://planner.example/offers/3"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("mail lacks %q:\n%s", want, body)
		}
	}
}

func TestSendRefused(t *testing.T) {
	srv := mailtest.Start(t, "planner", "s3cret")
	host, port := hostPort(t, srv.Addr)
	tlsConf := &tls.Config{RootCAs: srv.CertPool, ServerName: "127.0.0.1"}
	t.Run("wrong password", func(t *testing.T) {
		s, _ := mail.New(mail.Config{Host: host, Port: port, Username: "planner", Password: "wrong", From: "planner@glostrup.dk", TLSConfig: tlsConf})
		if err := s.Send(context.Background(), conflict, planner.Danish, "", ""); err == nil {
			t.Fatal("a wrong password was accepted")
		}
	})
	t.Run("an unverified certificate", func(t *testing.T) {
		s, _ := mail.New(mail.Config{Host: host, Port: port, Username: "planner", Password: "s3cret", From: "planner@glostrup.dk"})
		if err := s.Send(context.Background(), conflict, planner.Danish, "", ""); err == nil {
			t.Fatal("a certificate no root vouches for was accepted")
		}
	})
	if n := len(srv.Messages()); n != 0 {
		t.Fatalf("%d mails accepted, want none", n)
	}
}

func TestConfig(t *testing.T) {
	for _, c := range []mail.Config{{From: "a@b.dk"}, {Host: "smtp.example"}, {Host: "smtp.example", From: "a@b.dk", TLS: "sometimes"}} {
		if _, err := mail.New(c); err == nil {
			t.Errorf("New(%+v) succeeded", c)
		}
	}
}
