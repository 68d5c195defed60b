package planner

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// reasonPair is one place in the sources that gives a validation reason in
// English and in Danish.
type reasonPair struct {
	pos      string
	en, da   string // the text, "…" for a part that is not a literal
	known    bool   // both are texts the test can read (not forwarded values)
	daMissed bool   // a FieldError literal with a Reason but no ReasonDA
}

// TestEveryFieldErrorHasDanish reads every non-test Go file of the module
// and finds each place that makes a validation reason: a call of a
// function whose last two parameters are named reason and reasonDA (such as
// fieldErr here and the HTTP API's body errors), a return from a function
// whose results are so named, and every FieldError literal. Each Danish
// reason must be there and be Danish: a predicate that starts with a
// Danish verb, not the English text, with no English word outside the
// »«-quoted API names. The same English reason has the same Danish text
// everywhere.
func TestEveryFieldErrorHasDanish(t *testing.T) {
	pairs := readReasonPairs(t, "..")
	perDir := map[string]int{}
	for _, p := range pairs {
		perDir[filepath.Dir(strings.SplitN(p.pos, ":", 2)[0])]++
	}
	// The walk must reach every package that raises field errors the API
	// answers, or the test proves nothing.
	for _, dir := range []string{"planner", "planner/httpapi", "planner/sqlstore"} {
		if perDir[dir] == 0 {
			t.Errorf("found no validation reason in %s: the walk is broken", dir)
		}
	}
	if len(pairs) < 150 {
		t.Errorf("found %d validation reasons, want the 150 and more the code has", len(pairs))
	}
	danishOf := map[string]reasonPair{}
	for _, p := range pairs {
		if p.daMissed {
			t.Errorf("%s: FieldError with Reason %q has no ReasonDA", p.pos, p.en)
			continue
		}
		if !p.known {
			continue
		}
		if msg := notDanish(p.en, p.da); msg != "" {
			t.Errorf("%s: Danish reason %q of %q %s", p.pos, p.da, p.en, msg)
		}
		if prev, ok := danishOf[p.en]; ok && prev.da != p.da {
			t.Errorf("%s: %q is %q here but %q at %s", p.pos, p.en, p.da, prev.da, prev.pos)
		}
		danishOf[p.en] = p
	}
	t.Logf("%d places make %d distinct reasons", len(pairs), len(danishOf))
}

// TestNotDanish: the check itself tells Danish from English.
func TestNotDanish(t *testing.T) {
	tests := []struct {
		en, da string
		ok     bool
	}{
		{"must be after start", "skal ligge efter »start«", true},
		{"is required", "er påkrævet", true},
		{"must be after start", "", false},
		{"must be after start", "must be after start", false},
		{"must be after start", "skal be after start", false},
		{"is required", "Feltet er påkrævet.", false}, // a sentence, not a predicate
		{"must be and or or", "skal være »and« eller »or«", true},
	}
	for _, tc := range tests {
		if got := notDanish(tc.en, tc.da) == ""; got != tc.ok {
			t.Errorf("notDanish(%q, %q) ok = %v, want %v", tc.en, tc.da, got, tc.ok)
		}
	}
}

// danishVerbs start every Danish reason: it completes "Feltet »x« …".
var danishVerbs = []string{"er", "skal", "må", "kan", "gælder", "indeholder", "står", "findes", "ligger", "har", "overlapper", "peger", "gør"}

// englishWords are words a Danish reason never holds outside »«.
var englishWords = strings.Fields(`must is are the be only when with without not and or of an in on
	cannot required between least most after before known valid wrong large unknown field digits characters
	listed twice applies apply has holds contain string number date value`)

var quotedName = regexp.MustCompile(`»[^«]*«|%[a-z]`)

// notDanish says what is wrong with da as the Danish text of en, or "".
func notDanish(en, da string) string {
	switch {
	case da == "" || da == "…":
		return "is missing"
	case da == en:
		return "is the English text"
	}
	words := strings.FieldsFunc(quotedName.ReplaceAllString(da, " "), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 || !slices.Contains(danishVerbs, strings.Fields(da)[0]) {
		return "does not start with a Danish verb (" + strings.Join(danishVerbs, ", ") + ")"
	}
	for _, w := range words {
		if slices.Contains(englishWords, w) {
			return "holds the English word " + strconv.Quote(w)
		}
	}
	return ""
}

// readReasonPairs parses the module's non-test sources under root.
func readReasonPairs(t *testing.T, root string) []reasonPair {
	t.Helper()
	fset := token.NewFileSet()
	var files []*ast.File
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != root && (strings.HasPrefix(name, ".") || name == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		files = append(files, f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The functions that take or give a reason pair, by name.
	takers := map[string]bool{}
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && endsInReasonPair(fd.Type.Params) {
				takers[fd.Name.Name] = true
			}
		}
	}
	var pairs []reasonPair
	pos := func(n ast.Node) string {
		p := fset.Position(n.Pos())
		rel, _ := filepath.Rel(root, p.Filename)
		return rel + ":" + strconv.Itoa(p.Line)
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if takers[calleeName(n.Fun)] && len(n.Args) >= 2 {
					pairs = append(pairs, pairOf(pos(n), n.Args[len(n.Args)-2], n.Args[len(n.Args)-1]))
				}
			case *ast.FuncDecl:
				if n.Body != nil && endsInReasonPair(n.Type.Results) {
					pairs = append(pairs, returnPairs(n.Body, pos)...)
				}
			case *ast.CompositeLit:
				if calleeName(n.Type) == "FieldError" {
					if p, ok := literalPair(pos(n), n); ok {
						pairs = append(pairs, p)
					}
				}
			}
			return true
		})
	}
	return pairs
}

// endsInReasonPair reports whether a field list ends in reason, reasonDA.
func endsInReasonPair(fl *ast.FieldList) bool {
	if fl == nil {
		return false
	}
	var names []string
	for _, f := range fl.List {
		for _, n := range f.Names {
			names = append(names, n.Name)
		}
	}
	return len(names) >= 2 && names[len(names)-2] == "reason" && names[len(names)-1] == "reasonDA"
}

// returnPairs are the two-value returns of a function body, not those of
// the function literals inside it.
func returnPairs(body *ast.BlockStmt, pos func(ast.Node) string) []reasonPair {
	var out []reasonPair
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 2 {
				out = append(out, pairOf(pos(n), n.Results[0], n.Results[1]))
			}
		}
		return true
	})
	return out
}

// literalPair reads the Reason and ReasonDA of a FieldError literal; ok is
// false for one without a Reason (a target for errors.As).
func literalPair(pos string, lit *ast.CompositeLit) (reasonPair, bool) {
	var en, da ast.Expr
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return reasonPair{pos: pos, en: "(unkeyed)", daMissed: true}, true
		}
		switch key, _ := kv.Key.(*ast.Ident); {
		case key == nil:
		case key.Name == "Reason":
			en = kv.Value
		case key.Name == "ReasonDA":
			da = kv.Value
		}
	}
	switch {
	case en == nil && da == nil:
		return reasonPair{}, false
	case da == nil:
		text, _ := textOf(en)
		return reasonPair{pos: pos, en: text, daMissed: true}, true
	}
	return pairOf(pos, en, da), true
}

// pairOf reads an English and a Danish expression. Forwarded values (a
// variable, a field, a call) are checked where they are made.
func pairOf(pos string, en, da ast.Expr) reasonPair {
	p := reasonPair{pos: pos}
	var okEN, okDA bool
	p.en, okEN = textOf(en)
	p.da, okDA = textOf(da)
	p.known = okEN && okDA
	return p
}

// textOf returns the text of a string literal, a concatenation holding
// one, or fmt.Sprintf of a literal format; ok is false for anything else.
func textOf(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if s, err := strconv.Unquote(e.Value); err == nil {
			return s, true
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			x, okX := textOf(e.X)
			y, okY := textOf(e.Y)
			if okX || okY {
				return orEllipsis(x, okX) + orEllipsis(y, okY), true
			}
		}
	case *ast.CallExpr:
		if calleeName(e.Fun) == "Sprintf" && len(e.Args) > 0 {
			return textOf(e.Args[0])
		}
	}
	return "", false
}

func orEllipsis(s string, ok bool) string {
	if ok {
		return s
	}
	return "…"
}

// calleeName is the name of f, or of pkg.f.
func calleeName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	}
	return ""
}
