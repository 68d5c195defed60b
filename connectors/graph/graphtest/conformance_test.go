package graphtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// The conformance fixtures in testdata/conformance are request/response
// shapes we wrote from Microsoft's documented examples (each names its
// source). A string value "~name" in a template is a matcher (see
// matchers); a key "!name" must be absent; ["~each", T] matches every
// element against T, ["~oneOf", A, B…] every element against one of the
// alternatives, each alternative at least once; a trailing "~len:N" fixes
// the length. Other values must be equal. Extra fields are allowed (Graph
// sends more than any example shows), absent ones are not.

type conformanceCase struct {
	Name   string `json:"name"`
	Source string `json:"source"`
	Setup  string `json:"setup"`
	Steps  []struct {
		Before  string `json:"before"`
		Request struct {
			Method  string            `json:"method"`
			URL     string            `json:"url"`
			Headers map[string]string `json:"headers"`
			Form    map[string]string `json:"form"`
			Body    json.RawMessage   `json:"body"`
		} `json:"request"`
		Response struct {
			Status  int               `json:"status"`
			Headers map[string]string `json:"headers"`
			Body    json.RawMessage   `json:"body"`
		} `json:"response"`
	} `json:"steps"`
}

var conformanceSetups = map[string]func(f *fixture){
	"": func(*fixture) {},
	"fiveEvents": func(f *fixture) {
		for d := 1; d <= 5; d++ {
			mustCreate(f.tb, f.Server, upnA, Event{Subject: fmt.Sprintf("Event %d", d), Start: at(d, 8), End: at(d, 9), Body: "<p>Hi</p>", BodyType: "html"})
		}
	},
	"throttleOne": func(f *fixture) { f.Throttle(upnA, RateLimit{Requests: 1, Per: time.Minute}) },
	"changeOneDeleteOne": func(f *fixture) {
		evs := f.View(upnA, winFrom, winTo)
		if err := f.UpdateEvent(upnA, evs[0].ID, func(e *Event) { e.Subject = "Changed" }); err != nil {
			f.tb.Fatal(err)
		}
		if err := f.DeleteEvent(upnA, evs[1].ID); err != nil {
			f.tb.Fatal(err)
		}
	},
}

func TestConformance(t *testing.T) {
	files, _ := filepath.Glob("testdata/conformance/*.json")
	if len(files) == 0 {
		t.Fatal("no conformance fixtures")
	}
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var tc conformanceCase
		if err := json.Unmarshal(raw, &tc); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		t.Run(tc.Name, func(t *testing.T) { runConformance(t, tc) })
	}
}

func runConformance(t *testing.T, tc conformanceCase) {
	f := mustStart(t, Options{})
	setup, ok := conformanceSetups[tc.Setup]
	if !ok {
		t.Fatalf("unknown setup %q", tc.Setup)
	}
	setup(f)
	vars := map[string]string{"{upn}": upnA, "{tenant}": tenantA, "{appID}": appID, "{secret}": secret}
	for i, step := range tc.Steps {
		if step.Before != "" {
			conformanceSetups[step.Before](f)
		}
		resp, body := sendStep(t, f, step.Request.Method, expand(step.Request.URL, vars), step.Request.Headers, step.Request.Form, step.Request.Body, vars)
		where := fmt.Sprintf("step %d (%s %s)", i+1, step.Request.Method, step.Request.URL)
		if resp.StatusCode != step.Response.Status {
			t.Fatalf("%s: status = %d, want %d; body %s", where, resp.StatusCode, step.Response.Status, body)
		}
		m := &matcher{base: f.URL, upn: upnA}
		for name, want := range step.Response.Headers {
			if strings.HasPrefix(name, "!") {
				if resp.Header.Get(name[1:]) != "" {
					t.Errorf("%s: header %s present", where, name[1:])
				}
				continue
			}
			m.match("header "+name, resp.Header.Get(name), expand(want, vars))
		}
		var got, want any
		if len(step.Response.Body) > 0 {
			if err := json.Unmarshal(body, &got); err != nil {
				t.Fatalf("%s: body %q: %v", where, body, err)
			}
			_ = json.Unmarshal([]byte(expand(string(step.Response.Body), vars)), &want)
			m.match("body", got, want)
		}
		for _, e := range m.errs {
			t.Errorf("%s: %s", where, e)
		}
		if obj, ok := got.(map[string]any); ok {
			for key, v := range map[string]string{"id": "{id}", "@odata.nextLink": "{nextLink}", "@odata.deltaLink": "{deltaLink}"} {
				if s, ok := obj[key].(string); ok {
					vars[v] = s
				}
			}
		}
	}
}

func expand(s string, vars map[string]string) string {
	for k, v := range vars {
		s = strings.ReplaceAll(s, k, v)
	}
	return s
}

func sendStep(t *testing.T, f *fixture, method, target string, headers, form map[string]string, body json.RawMessage, vars map[string]string) (*http.Response, []byte) {
	t.Helper()
	if !strings.HasPrefix(target, "http") {
		target = f.URL + target
	}
	var rd io.Reader
	if form != nil {
		v := url.Values{}
		for k, x := range form {
			v.Set(k, expand(x, vars))
		}
		rd = strings.NewReader(v.Encode())
	} else if len(body) > 0 {
		rd = bytes.NewReader([]byte(expand(string(body), vars)))
	}
	req, _ := http.NewRequest(method, target, rd)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	} else {
		req.Header.Set("Authorization", "Bearer "+f.token)
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range headers {
		req.Header.Set(k, expand(v, vars))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, target, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, b
}

var matchers = map[string]string{
	"uuid":      `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`,
	"id":        `^AAMkAG[A-Za-z0-9_=-]+$`,
	"etag":      `^W/"[A-Za-z0-9+/=]+"$`,
	"changeKey": `^[A-Za-z0-9+/=]+$`,
	"dateTime7": `^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}$`,
	"stamp":     `^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$`,
	"date":      `^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$`,
	"iCalUId":   `^040000008200E00074C5B7101A82E008[0-9A-F]+$`,
	"digits":    `^\d+$`,
	"nonempty":  `.`,
}

type matcher struct {
	base, upn string
	errs      []string
}

func (m *matcher) fail(path, format string, args ...any) {
	m.errs = append(m.errs, path+": "+fmt.Sprintf(format, args...))
}

func (m *matcher) match(path string, got, want any) {
	switch w := want.(type) {
	case string:
		m.matchString(path, got, w)
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			m.fail(path, "got %T, want an object", got)
			return
		}
		keys := make([]string, 0, len(w))
		for k := range w {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if strings.HasPrefix(k, "!") {
				if _, present := g[k[1:]]; present {
					m.fail(path+"."+k[1:], "present, want absent")
				}
				continue
			}
			v, present := g[k]
			if !present {
				m.fail(path+"."+k, "absent")
				continue
			}
			m.match(path+"."+k, v, w[k])
		}
	case []any:
		m.matchArray(path, got, w)
	default:
		if fmt.Sprint(got) != fmt.Sprint(want) || (got == nil) != (want == nil) {
			m.fail(path, "= %v, want %v", got, want)
		}
	}
}

func (m *matcher) matchString(path string, got any, w string) {
	name, ok := strings.CutPrefix(w, "~")
	if !ok {
		if got != w {
			m.fail(path, "= %v, want %q", got, w)
		}
		return
	}
	switch {
	case name == "null":
		if got != nil {
			m.fail(path, "= %v, want null", got)
		}
		return
	case name == "string|null" && got == nil:
		return
	case name == "number" || name == "bool" || name == "array":
		kinds := map[string]string{"number": "float64", "bool": "bool", "array": "[]interface {}"}
		if fmt.Sprintf("%T", got) != kinds[name] {
			m.fail(path, "is %T, want a %s", got, name)
		}
		return
	}
	s, isString := got.(string)
	if !isString {
		m.fail(path, "is %T, want a string", got)
		return
	}
	var re string
	switch {
	case name == "string" || name == "string|null":
		return
	case strings.HasPrefix(name, "re:"):
		re = name[3:]
	case strings.HasPrefix(name, "link:"): // an absolute link on the double's own address
		re = "^" + regexp.QuoteMeta(m.base+"/v1.0/users/"+m.upn+"/calendarView/delta?$"+name[5:]+"=") + `[A-Za-z0-9_-]+$`
	default:
		re = matchers[name]
	}
	if re == "" {
		m.fail(path, "unknown matcher %q", w)
	} else if !regexp.MustCompile(re).MatchString(s) {
		m.fail(path, "= %q, want %s", s, w)
	}
}

func (m *matcher) matchArray(path string, got any, w []any) {
	g, ok := got.([]any)
	if !ok {
		m.fail(path, "got %T, want an array", got)
		return
	}
	if n := len(w); n > 0 {
		if s, ok := w[n-1].(string); ok && strings.HasPrefix(s, "~len:") {
			if fmt.Sprint(len(g)) != s[5:] {
				m.fail(path, "has %d elements, want %s", len(g), s[5:])
			}
			w = w[:n-1]
		}
	}
	mode := ""
	if len(w) > 0 {
		mode, _ = w[0].(string)
	}
	if mode != "~each" && mode != "~oneOf" {
		if len(g) != len(w) {
			m.fail(path, "has %d elements, want %d", len(g), len(w))
			return
		}
		for i := range w {
			m.match(fmt.Sprintf("%s[%d]", path, i), g[i], w[i])
		}
		return
	}
	alts, used := w[1:], make([]bool, len(w)-1)
	for i, el := range g {
		matched := false
		for j, alt := range alts {
			probe := &matcher{base: m.base, upn: m.upn}
			if probe.match("", el, alt); len(probe.errs) == 0 {
				matched, used[j] = true, true
				break
			} else if mode == "~each" {
				m.errs = append(m.errs, fmt.Sprintf("%s[%d]%s", path, i, strings.Join(probe.errs, "; ")))
				matched = true
			}
		}
		if !matched {
			m.fail(fmt.Sprintf("%s[%d]", path, i), "matches none of the alternatives: %v", el)
		}
	}
	for j, u := range used {
		if mode == "~oneOf" && !u {
			m.fail(path, "no element matches alternative %d", j+1)
		}
	}
}

// TestMatcherCatchesDrift proves the conformance matcher fails on the
// drifts it exists to catch.
func TestMatcherCatchesDrift(t *testing.T) {
	tests := []struct {
		name      string
		got, want string
	}{
		{"a missing field", `{"a":1}`, `{"a":1,"b":"~string"}`},
		{"a field that must be absent", `{"a":1,"b":2}`, `{"a":1,"!b":true}`},
		{"a date without 7 digits", `{"d":"2026-12-01T08:00:00"}`, `{"d":"~dateTime7"}`},
		{"a wrong length", `[1,2]`, `["~each","~number","~len:3"]`},
		{"an unused alternative", `[{"x":1}]`, `["~oneOf",{"x":1},{"y":2}]`},
		{"a null where a string is due", `{"s":null}`, `{"s":"~string"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got, want any
			_ = json.Unmarshal([]byte(tc.got), &got)
			_ = json.Unmarshal([]byte(tc.want), &want)
			m := &matcher{}
			if m.match("x", got, want); len(m.errs) == 0 {
				t.Fatalf("%s matched %s", tc.got, tc.want)
			}
		})
	}
}
