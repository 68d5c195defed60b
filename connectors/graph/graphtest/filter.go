package graphtest

import (
	"fmt"
	"strings"
)

// The double parses the two OData forms a client uses to find and read
// extended properties (singlevaluelegacyextendedproperty-get.md):
//
//	$filter=singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq '…')
//	$expand=singleValueExtendedProperties($filter=id eq '…' [or id eq '…'])
//
// Keywords and the lambda variable are case-insensitive; strings are
// single-quoted with '' for a quote. In $filter the value test may also be
// startswith(ep/value,'…') or contains(ep/value,'…'). Anything else is
// ErrorInvalidUrlQueryFilter.

// propertyFilter is a parsed $filter: an id and an optional value test.
type propertyFilter struct {
	id      string
	valueOp string // "", "eq", "startswith" or "contains"
	value   string
}

type lexer struct {
	toks []string
	pos  int
}

// lex splits s into identifiers (with '/'), quoted strings (kept with
// their quotes) and the punctuation ( ) : ,.
func lex(s string) (*lexer, error) {
	var toks []string
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == ' ' || c == '\t':
			i++
		case strings.IndexByte("():,", c) >= 0:
			toks = append(toks, string(c))
			i++
		case c == '\'':
			var b strings.Builder
			b.WriteByte('\'')
			j := i + 1
			for ; j < len(s); j++ {
				if s[j] == '\'' {
					if j+1 < len(s) && s[j+1] == '\'' {
						b.WriteByte('\'')
						j++
						continue
					}
					break
				}
				b.WriteByte(s[j])
			}
			if j >= len(s) {
				return nil, fmt.Errorf("unterminated string")
			}
			toks = append(toks, b.String())
			i = j + 1
		default:
			j := i
			for j < len(s) && strings.IndexByte(" \t():,'", s[j]) < 0 {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		}
	}
	return &lexer{toks: toks}, nil
}

func (l *lexer) next() string {
	if l.pos >= len(l.toks) {
		return ""
	}
	l.pos++
	return l.toks[l.pos-1]
}

func (l *lexer) expect(want string) error {
	if got := l.next(); !strings.EqualFold(got, want) {
		return fmt.Errorf("expected %q, got %q", want, got)
	}
	return nil
}

func (l *lexer) str() (string, error) {
	t := l.next()
	if !strings.HasPrefix(t, "'") {
		return "", fmt.Errorf("expected a string, got %q", t)
	}
	return t[1:], nil
}

// parsePropertyFilter parses the $filter form.
func parsePropertyFilter(s string) (propertyFilter, error) {
	var f propertyFilter
	l, err := lex(s)
	if err != nil {
		return f, err
	}
	head := l.next()
	if !strings.EqualFold(head, "singleValueExtendedProperties/any") {
		return f, fmt.Errorf("unsupported filter %q", head)
	}
	if err := l.expect("("); err != nil {
		return f, err
	}
	v := l.next()
	if err := l.expect(":"); err != nil {
		return f, err
	}
	for {
		if err := f.clause(l, v); err != nil {
			return f, err
		}
		t := l.next()
		if t == ")" {
			break
		}
		if !strings.EqualFold(t, "and") {
			return f, fmt.Errorf("expected 'and' or ')', got %q", t)
		}
	}
	if l.pos != len(l.toks) || f.id == "" {
		return f, fmt.Errorf("the filter must name ep/id")
	}
	return f, nil
}

// clause parses one "v/id eq '…'", "v/value eq '…'" or a function test.
func (f *propertyFilter) clause(l *lexer, v string) error {
	t := l.next()
	switch {
	case strings.EqualFold(t, v+"/id") || strings.EqualFold(t, v+"/value"):
		if err := l.expect("eq"); err != nil {
			return err
		}
		s, err := l.str()
		if err != nil {
			return err
		}
		if strings.EqualFold(t, v+"/id") {
			f.id = s
		} else {
			f.valueOp, f.value = "eq", s
		}
		return nil
	case strings.EqualFold(t, "startswith") || strings.EqualFold(t, "contains"):
		if err := l.expect("("); err != nil {
			return err
		}
		if err := l.expect(v + "/value"); err != nil {
			return err
		}
		if err := l.expect(","); err != nil {
			return err
		}
		s, err := l.str()
		if err != nil {
			return err
		}
		f.valueOp, f.value = strings.ToLower(t), s
		return l.expect(")")
	}
	return fmt.Errorf("unsupported clause %q", t)
}

// matches reports whether props satisfy f. Ids match with the Name
// case-sensitive (type and GUID are not); values case-insensitively.
func (f propertyFilter) matches(props []ExtendedProperty) bool {
	for _, p := range props {
		if !propertyIDEqual(p.ID, f.id) {
			continue
		}
		v, want := strings.ToLower(p.Value), strings.ToLower(f.value)
		switch f.valueOp {
		case "":
			return true
		case "eq":
			return v == want
		case "startswith":
			return strings.HasPrefix(v, want)
		case "contains":
			return strings.Contains(v, want)
		}
	}
	return false
}

// propertyIDEqual compares "Type {GUID} Name X" ids: type and GUID
// case-insensitively, the name exactly.
func propertyIDEqual(a, b string) bool {
	at, ag, an, aok := splitPropertyID(a)
	bt, bg, bn, bok := splitPropertyID(b)
	if !aok || !bok {
		return a == b
	}
	return strings.EqualFold(at, bt) && strings.EqualFold(ag, bg) && an == bn
}

func splitPropertyID(id string) (typ, guid, name string, ok bool) {
	f := strings.SplitN(strings.TrimSpace(id), " ", 4)
	if len(f) != 4 || !strings.EqualFold(f[2], "Name") || !strings.HasPrefix(f[1], "{") {
		return "", "", "", false
	}
	return f[0], f[1], f[3], true
}

// parseExpand parses $expand and returns the property ids asked for.
func parseExpand(s string) ([]string, error) {
	l, err := lex(s)
	if err != nil {
		return nil, err
	}
	if err := l.expect("singleValueExtendedProperties"); err != nil {
		return nil, err
	}
	if err := l.expect("("); err != nil {
		return nil, err
	}
	opt := l.next()
	name, rest, _ := strings.Cut(opt, "=")
	if !strings.EqualFold(name, "$filter") || !strings.EqualFold(rest, "id") {
		return nil, fmt.Errorf("expected $filter=id, got %q", opt)
	}
	var ids []string
	for {
		if err := l.expect("eq"); err != nil {
			return nil, err
		}
		id, err := l.str()
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
		t := l.next()
		if t == ")" {
			break
		}
		if !strings.EqualFold(t, "or") {
			return nil, fmt.Errorf("expected 'or' or ')', got %q", t)
		}
		if err := l.expect("id"); err != nil {
			return nil, err
		}
	}
	if l.pos != len(l.toks) {
		return nil, fmt.Errorf("trailing input in $expand")
	}
	return ids, nil
}

// selectProperties returns the properties of props named in ids, or an
// empty non-nil slice.
func selectProperties(props []ExtendedProperty, ids []string) []ExtendedProperty {
	out := []ExtendedProperty{}
	for _, p := range props {
		for _, id := range ids {
			if propertyIDEqual(p.ID, id) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}
