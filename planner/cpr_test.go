package planner

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

func TestParseCPR(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Date
	}{
		{"§1 DDMMYY-SSSS is accepted", "010190-1234", NewDate(1990, 1, 1)},
		{"§1 DDMMYYSSSS is accepted", "0101901234", NewDate(1990, 1, 1)},
		{"§1 modulus 11 is not demanded (numbers without it since 2007)", "010190-1235", NewDate(1990, 1, 1)},
		// The century table of the CPR register (CPR-kontoret, "Personnummeret
		// i CPR-systemet"): the 7th digit and the year YY give the century.
		{"§1 7th digit 0, YY 00: 1900s", "150600-0123", NewDate(1900, 6, 15)},
		{"§1 7th digit 0, YY 99: 1900s", "150699-0123", NewDate(1999, 6, 15)},
		{"§1 7th digit 1, YY 36: 1900s", "150636-1123", NewDate(1936, 6, 15)},
		{"§1 7th digit 2, YY 58: 1900s", "150658-2123", NewDate(1958, 6, 15)},
		{"§1 7th digit 3, YY 00: 1900s", "150600-3123", NewDate(1900, 6, 15)},
		{"§1 7th digit 3, YY 99: 1900s", "150699-3123", NewDate(1999, 6, 15)},
		{"§1 7th digit 4, YY 00: 2000s", "150600-4123", NewDate(2000, 6, 15)},
		{"§1 7th digit 4, YY 36: 2000s", "150636-4123", NewDate(2036, 6, 15)},
		{"§1 7th digit 4, YY 37: 1900s", "150637-4123", NewDate(1937, 6, 15)},
		{"§1 7th digit 4, YY 99: 1900s", "150699-4123", NewDate(1999, 6, 15)},
		{"§1 7th digit 9, YY 00: 2000s", "150600-9123", NewDate(2000, 6, 15)},
		{"§1 7th digit 9, YY 36: 2000s", "150636-9123", NewDate(2036, 6, 15)},
		{"§1 7th digit 9, YY 37: 1900s", "150637-9123", NewDate(1937, 6, 15)},
		{"§1 7th digit 9, YY 99: 1900s", "150699-9123", NewDate(1999, 6, 15)},
		{"§1 7th digit 5, YY 00: 2000s", "150600-5123", NewDate(2000, 6, 15)},
		{"§1 7th digit 5, YY 57: 2000s", "150657-5123", NewDate(2057, 6, 15)},
		{"§1 7th digit 5, YY 58: 1800s", "150658-5123", NewDate(1858, 6, 15)},
		{"§1 7th digit 6, YY 57: 2000s", "150657-6123", NewDate(2057, 6, 15)},
		{"§1 7th digit 6, YY 99: 1800s", "150699-6123", NewDate(1899, 6, 15)},
		{"§1 7th digit 7, YY 57: 2000s", "150657-7123", NewDate(2057, 6, 15)},
		{"§1 7th digit 7, YY 58: 1800s", "150658-7123", NewDate(1858, 6, 15)},
		{"§1 7th digit 8, YY 57: 2000s", "150657-8123", NewDate(2057, 6, 15)},
		{"§1 7th digit 8, YY 58: 1800s", "150658-8123", NewDate(1858, 6, 15)},
		{"§1 29 February in a leap year (2000) is accepted", "290200-4123", NewDate(2000, 2, 29)},
		{"§1 29 February 1896 (1800s, leap) is accepted", "290296-5123", NewDate(1896, 2, 29)},
		{"§1 31 December is accepted", "311299-1234", NewDate(1999, 12, 31)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := ParseCPR(tc.in)
			if err != nil {
				t.Fatalf("ParseCPR(%q) err = %v, want nil", tc.in, err)
			}
			if got := c.BirthDate(); got != tc.want {
				t.Errorf("BirthDate = %s, want %s", got, tc.want)
			}
			if got, want := c.Digits(), strings.ReplaceAll(tc.in, "-", ""); got != want {
				t.Errorf("Digits = %q, want %q", got, want)
			}
		})
	}
}

func TestParseCPRRejects(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"§1 31 April is impossible", "310490-1234"},
		{"§1 29 February 1901 (7th digit 0) is impossible in a common year", "290201-0123"},
		{"§1 29 February 2001 (7th digit 4) is impossible in a common year", "290201-4123"},
		{"§1 29 February 1900 is impossible (no leap year)", "290200-1234"},
		{"§1 the all-zero number is impossible", "000000-0000"},
		{"§1 day 00 is impossible", "000190-1234"},
		{"§1 day 32 is impossible", "320190-1234"},
		{"§1 month 00 is impossible", "010090-1234"},
		{"§1 month 13 is impossible", "011390-1234"},
		{"§1 nine digits", "010190-123"},
		{"§1 eleven digits", "01019012345"},
		{"§1 a letter", "010190-12a4"},
		{"§1 a dash in the wrong place", "01019-01234"},
		{"§1 a space instead of the dash", "010190 1234"},
		{"§1 a plus instead of the dash", "010190+1234"},
		{"§1 surrounding spaces", " 0101901234"},
		{"§1 non-ASCII digits", "٠١٠١٩٠١٢٣٤"},
		{"§1 empty", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := ParseCPR(tc.in)
			var fe *FieldError
			if !errors.As(err, &fe) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("ParseCPR(%q) err = %v, want a FieldError matching ErrInvalid", tc.in, err)
			}
			if fe.Field != "cpr" {
				t.Errorf("Field = %q, want %q", fe.Field, "cpr")
			}
			if !c.IsZero() {
				t.Errorf("IsZero() = false, want the zero CPR on error")
			}
			// §6 of STYLE: errors name the field, never the value.
			if msg := err.Error(); containsDigitsOf(msg, tc.in) {
				t.Errorf("err = %q, want no digits of the input", msg)
			}
		})
	}
}

// containsDigitsOf reports whether msg contains any run of four or more
// digits of in: its birth date part or its serial.
func containsDigitsOf(msg, in string) bool {
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, in)
	for i := 0; i+4 <= len(digits); i++ {
		if strings.Contains(msg, digits[i:i+4]) {
			return true
		}
	}
	return false
}

func TestCPRAge(t *testing.T) {
	tests := []struct {
		name string
		cpr  string
		on   Date
		want int
	}{
		{"§4.2 age: the day before the birthday", "150690-1234", NewDate(2026, 6, 14), 35},
		{"§4.2 age: on the birthday", "150690-1234", NewDate(2026, 6, 15), 36},
		{"§4.2 age: the day after the birthday", "150690-1234", NewDate(2026, 6, 16), 36},
		{"§4.2 age: a month before the birthday", "150690-1234", NewDate(2026, 5, 15), 35},
		{"§4.2 age: born 29 February, 28 February of a common year", "290200-4123", NewDate(2026, 2, 28), 25},
		{"§4.2 age: born 29 February, older on 1 March of a common year", "290200-4123", NewDate(2026, 3, 1), 26},
		{"§4.2 age: born 29 February, on 29 February of a leap year", "290200-4123", NewDate(2028, 2, 29), 28},
		{"§4.2 age: born 29 February, 28 February of a leap year", "290200-4123", NewDate(2028, 2, 28), 27},
		{"§4.2 age: born 31 December, on 1 January", "311299-1234", NewDate(2026, 1, 1), 26},
		{"§4.2 age: on the day of birth", "010190-1234", NewDate(1990, 1, 1), 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := MustParseCPR(tc.cpr).Age(tc.on); got != tc.want {
				t.Errorf("Age(%s) = %d, want %d", tc.on, got, tc.want)
			}
		})
	}
}

// holder has a CPR in an unexported field: fmt and slog's text handler
// print such a field by reflection, without calling its methods.
type holder struct {
	name string
	cpr  CPR
}

// TestCPRNeverLeaks formats a CPR every way a log line or an answer might
// (STYLE §6: a CPR redacts itself).
func TestCPRNeverLeaks(t *testing.T) {
	c := MustParseCPR("010190-4321")
	cit := Citizen{CPR: c, Name: "Test"}
	h := holder{name: "Test", cpr: c}
	var jsonLog, textLog bytes.Buffer
	// No time attribute: a timestamp's digits could hold the serial by chance.
	noTime := &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}
	slog.New(slog.NewJSONHandler(&jsonLog, noTime)).Info("booking", "cpr", c, "citizen", cit, "holder", h, "ptr", &c)
	slog.New(slog.NewTextHandler(&textLog, noTime)).Info("booking", "cpr", c, "citizen", cit, "holder", h, "ptr", &c)
	js, err := json.Marshal(map[string]any{"cpr": c, "citizen": cit, "list": []CPR{c}})
	if err != nil {
		t.Fatal(err)
	}
	forms := map[string]string{
		"%v": fmt.Sprintf("%v", c), "%s": fmt.Sprintf("%s", c), "%q": fmt.Sprintf("%q", c),
		"%d": fmt.Sprintf("%d", c), "%x": fmt.Sprintf("%x", c), "%X": fmt.Sprintf("%X", c),
		"%#v": fmt.Sprintf("%#v", c), "%+v": fmt.Sprintf("%+v", c), "%10s": fmt.Sprintf("%10s", c),
		"pointer %v": fmt.Sprintf("%v", &c), "pointer %s": fmt.Sprintf("%s", &c),
		"struct %v": fmt.Sprintf("%v", cit), "struct %+v": fmt.Sprintf("%+v", cit), "struct %#v": fmt.Sprintf("%#v", cit),
		"struct %s": fmt.Sprintf("%s", any(cit)), "struct %x": fmt.Sprintf("%x", any(cit)), "struct %d": fmt.Sprintf("%d", any(cit)),
		"unexported field %v":  fmt.Sprintf("%v", h),
		"unexported field %+v": fmt.Sprintf("%+v", h),
		"unexported field %#v": fmt.Sprintf("%#v", h),
		"unexported field %s":  fmt.Sprintf("%s", any(h)),
		"unexported field %x":  fmt.Sprintf("%x", any(h)),
		"slice %v":             fmt.Sprintf("%v", []CPR{c}),
		"map %v":               fmt.Sprintf("%v", map[CPR]int{c: 1}),
		"Print":                fmt.Sprint(c, cit),
		"String":               c.String(),
		"GoString":             c.GoString(),
		"error":                fmt.Errorf("booking for %v failed", c).Error(),
		"slog JSON":            jsonLog.String(),
		"slog text":            textLog.String(),
		"json.Marshal":         string(js),
	}
	for name, s := range forms {
		if strings.Contains(s, "4321") || strings.Contains(s, "0101904321") {
			t.Errorf("%s = %s, want no serial digits", name, s)
		}
	}
	for _, name := range []string{"%v", "%s", "%d", "String", "pointer %v"} {
		if forms[name] != "010190-xxxx" {
			t.Errorf("%s = %q, want %q", name, forms[name], "010190-xxxx")
		}
	}
	if want := `"010190-xxxx"`; forms["%q"] != want {
		t.Errorf("%%q = %s, want %s", forms["%q"], want)
	}
	if c.Digits() != "0101904321" {
		t.Errorf("Digits = %q, want %q", c.Digits(), "0101904321")
	}
}

func TestCPRZero(t *testing.T) {
	var c CPR
	if !c.IsZero() || c.String() != "" || c.Digits() != "" || !c.BirthDate().IsZero() {
		t.Errorf("zero CPR = %q, %q, %s, want empty", c.String(), c.Digits(), c.BirthDate())
	}
	if MustParseCPR("010190-1234") != MustParseCPR("0101901234") {
		t.Errorf("CPR == CPR = false for both forms of one number, want true")
	}
	if MustParseCPR("010190-1234") == MustParseCPR("010190-1235") {
		t.Errorf("CPR == CPR = true for two numbers, want false")
	}
}

func TestCPRJSON(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // Digits; "" is the zero CPR
		err  bool
	}{
		{"§1 a full number is read", `{"CPR":"010190-4321"}`, "0101904321", false},
		{"§1 without a dash", `{"CPR":"0101904321"}`, "0101904321", false},
		{"an empty string is no CPR", `{"CPR":""}`, "", false},
		{"null is no CPR", `{"CPR":null}`, "", false},
		{"§1 an impossible date is rejected", `{"CPR":"310490-4321"}`, "", true},
		{"a number is rejected", `{"CPR":101904321}`, "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var v struct{ CPR CPR }
			err := json.Unmarshal([]byte(tc.in), &v)
			if tc.err {
				if !errors.Is(err, ErrInvalid) || strings.Contains(err.Error(), "4321") {
					t.Errorf("err = %v, want ErrInvalid without the number", err)
				}
				return
			}
			if err != nil || v.CPR.Digits() != tc.want {
				t.Errorf("Digits, err = %q, %v, want %q, nil", v.CPR.Digits(), err, tc.want)
			}
		})
	}
}

// FuzzParseCPR: parsing never panics; an accepted CPR is ten digits with a
// real birth date, round-trips through Digits, and every printed form is
// the birth date and "-xxxx" only. Seeds beyond these live in
// testdata/fuzz/FuzzParseCPR.
func FuzzParseCPR(f *testing.F) {
	for _, s := range []string{
		"010190-1234", "0101901234", "290200-4123", "290296-5123", "310490-1234", "290201-0123",
		"150636-4123", "150637-9123", "150657-5123", "150658-8123", "121212-1212",
		"000000-0000", "011390-1234", "", "-", "0101901234x", "010190+1234", "٠١٠١٩٠١٢٣٤",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCPR(s)
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != "cpr" || !errors.Is(err, ErrInvalid) {
				t.Fatalf("err = %v, want a FieldError on cpr matching ErrInvalid", err)
			}
			if !c.IsZero() {
				t.Fatalf("IsZero() = false on error, want true")
			}
			return
		}
		d := c.Digits()
		if len(d) != 10 || strings.Trim(d, "0123456789") != "" {
			t.Fatalf("Digits = %q, want ten ASCII digits", d)
		}
		if again, err := ParseCPR(d); err != nil || again != c {
			t.Fatalf("ParseCPR(Digits()) = %v, %v, want %v, nil", again, err, c)
		}
		b := c.BirthDate()
		if _, err := ParseDate(b.String()); err != nil || b.Year < 1858 || b.Year > 2057 {
			t.Fatalf("BirthDate = %s, want a real date in 1858–2057", b)
		}
		// The birth date part may by chance hold the serial's digits
		// (121212-1212), so the check is on the exact shape, not a substring.
		masked := d[:6] + "-xxxx"
		if m := c.String(); m != masked {
			t.Fatalf("String() = %q, want %q", m, masked)
		}
		js, _ := json.Marshal(c)
		printed := fmt.Sprintf("%v|%s|%d|%x|%+v|%q|%s", c, c, c, c, c, c, js)
		if want := strings.Repeat(masked+"|", 5) + fmt.Sprintf("%q|%q", masked, masked); printed != want {
			t.Fatalf("printed = %q, want %q", printed, want)
		}
		if strings.Contains(fmt.Sprintf("%v %+v", holder{cpr: c}, holder{cpr: c}), d) {
			t.Fatalf("an unexported CPR field prints the digits")
		}
	})
}

func TestRedactCPR(t *testing.T) {
	got := RedactCPR("rejected: cpr 010190-1234 and 0101901234 unknown; order 12345")
	if got != "rejected: cpr [redacted] and [redacted] unknown; order 12345" {
		t.Fatalf("RedactCPR = %q", got)
	}
}
