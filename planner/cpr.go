package planner

import (
	"fmt"
	"log/slog"
	"regexp"
	"time"
)

// CPR is a Danish personal identification number (CPR-nummer), DDMMYY-SSSS.
//
// A CPR redacts itself: String, Format (every verb, %v %s %q %#v included),
// LogValue and MarshalJSON show only the birth date and "-xxxx", so a CPR
// cannot leak into a log line, an error or a JSON answer by accident. Digits
// returns the full number for the few places that need it (the store, the
// Jobnet push), where its use is explicit and easy to review.
//
// The zero CPR is "no CPR".
type CPR struct {
	// code is the ten digits read as a number, plus one, times cprMix; 0 is
	// the zero CPR. fmt and slog's text handler print a struct's unexported
	// fields by reflection, without calling their methods, so a CPR held in
	// an unexported field would show its digits if they were stored as
	// such. The scramble is no secret, only a guard against that accident.
	code uint64
}

// cprMix is odd, so multiplying by it is a bijection on uint64; cprUnmix is
// its inverse modulo 2^64.
const (
	cprMix   = 0x9E3779B97F4A7C15
	cprUnmix = 0xF1DE83E19937733D
)

// ParseCPR accepts "DDMMYY-SSSS" and "DDMMYYSSSS". The century comes from the
// 7th digit by the CPR register's table; an impossible birth date is an error.
// Modulus 11 is not checked: numbers without it are issued since 2007.
// Errors name the field "cpr" and never repeat the input.
func ParseCPR(s string) (CPR, error) {
	var d []byte
	switch len(s) {
	case 10:
		d = []byte(s)
	case 11:
		if s[6] != '-' {
			return CPR{}, fieldErr("cpr", "must be DDMMYY-SSSS or DDMMYYSSSS", "skal have formen DDMMÅÅ-SSSS eller DDMMÅÅSSSS")
		}
		d = append([]byte(s[:6]), s[7:]...)
	default:
		return CPR{}, fieldErr("cpr", "must be DDMMYY-SSSS or DDMMYYSSSS", "skal have formen DDMMÅÅ-SSSS eller DDMMÅÅSSSS")
	}
	for _, c := range d {
		if c < '0' || c > '9' {
			return CPR{}, fieldErr("cpr", "must contain only digits and one optional dash", "må kun indeholde cifre og eventuelt én bindestreg")
		}
	}
	var n uint64
	for _, x := range d {
		n = n*10 + uint64(x-'0')
	}
	c := CPR{code: (n + 1) * cprMix}
	if _, ok := c.birth(); !ok {
		return CPR{}, fieldErr("cpr", "holds an impossible birth date", "indeholder en fødselsdato, der ikke findes")
	}
	return c, nil
}

// MustParseCPR is ParseCPR for tests and literals; it panics on a bad number.
func MustParseCPR(s string) CPR {
	c, err := ParseCPR(s)
	if err != nil {
		panic(err)
	}
	return c
}

// IsZero reports whether c is the zero CPR.
func (c CPR) IsZero() bool { return c.code == 0 }

// Digits returns the full ten digits, unmasked. Use it only to store the
// number or send it to a system that must have it.
func (c CPR) Digits() string {
	if c.IsZero() {
		return ""
	}
	var b [10]byte
	n := c.code*cprUnmix - 1
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[:])
}

// BirthDate returns the birth date encoded in c (zero for the zero CPR).
func (c CPR) BirthDate() Date {
	d, _ := c.birth()
	return d
}

// Age returns the age in whole years on the given date. A person born on
// 29 February becomes a year older on 1 March in other years.
func (c CPR) Age(on Date) int {
	b := c.BirthDate()
	age := on.Year - b.Year
	if on.Month < b.Month || (on.Month == b.Month && on.Day < b.Day) {
		age--
	}
	return age
}

// birth decodes the birth date, using the century table of the CPR register:
//
//	7th digit  YY 00-36   YY 37-57   YY 58-99
//	0-3        19YY       19YY       19YY
//	4, 9       20YY       19YY       19YY
//	5-8        20YY       20YY       18YY
func (c CPR) birth() (Date, bool) {
	digits := c.Digits()
	if len(digits) != 10 {
		return Date{}, false
	}
	n := func(i int) int { return int(digits[i]-'0')*10 + int(digits[i+1]-'0') }
	day, month, yy := n(0), n(2), n(4)
	century := 1900
	switch s7 := digits[6] - '0'; {
	case s7 <= 3:
	case s7 == 4 || s7 == 9:
		if yy <= 36 {
			century = 2000
		}
	default: // 5-8
		switch {
		case yy <= 57:
			century = 2000
		default:
			century = 1800
		}
	}
	y := century + yy
	if month < 1 || month > 12 || day < 1 {
		return Date{}, false
	}
	t := time.Date(y, time.Month(month), day, 12, 0, 0, 0, time.UTC)
	if t.Day() != day { // 31 April, 29 February in a common year, …
		return Date{}, false
	}
	return Date{y, time.Month(month), day}, true
}

// String returns the masked form "DDMMYY-xxxx" ("" for the zero CPR).
func (c CPR) String() string {
	if c.IsZero() {
		return ""
	}
	return c.Digits()[:6] + "-xxxx"
}

// GoString implements fmt.GoStringer with the masked form.
func (c CPR) GoString() string { return "planner.CPR(" + c.String() + ")" }

// Format implements fmt.Formatter: every verb prints the masked form.
func (c CPR) Format(f fmt.State, verb rune) {
	switch verb {
	case 'q':
		fmt.Fprintf(f, "%q", c.String())
	case 'v':
		if f.Flag('#') {
			fmt.Fprint(f, c.GoString())
			return
		}
		fmt.Fprint(f, c.String())
	default:
		fmt.Fprint(f, c.String())
	}
}

// LogValue implements slog.LogValuer with the masked form.
func (c CPR) LogValue() slog.Value { return slog.StringValue(c.String()) }

// MarshalJSON writes the masked form. An API that must return the full
// number writes Digits explicitly into its own field.
func (c CPR) MarshalJSON() ([]byte, error) {
	return []byte(`"` + c.String() + `"`), nil
}

// UnmarshalJSON reads a full CPR in either accepted form, or "" / null.
func (c *CPR) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" || s == `""` {
		*c = CPR{}
		return nil
	}
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return fieldErr("cpr", "must be a string", "skal være en tekst i anførselstegn")
	}
	v, err := ParseCPR(s[1 : len(s)-1])
	if err != nil {
		return err
	}
	*c = v
	return nil
}

var cprShaped = regexp.MustCompile(`\d{6}-?\d{4}`)

// RedactCPR replaces anything shaped like a CPR number in text that came
// from another system (a server's error, a quoted calendar line) before it is
// logged or stored: no CPR in a log line or an error text.
func RedactCPR(s string) string { return cprShaped.ReplaceAllString(s, "[redacted]") }
