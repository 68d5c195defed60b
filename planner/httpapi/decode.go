package httpapi

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/planner-dk/planner/planner"
)

// decode reads a JSON body into v. A body it cannot take is a
// *planner.FieldError that names the place and never repeats the input:
// "body" with the line and column when it is not JSON, else the path of
// the unknown field or of the value of the wrong type or form, such as
// "sessions[1].start".
func decode(r *http.Request, v any) error {
	data, err := readBody(r)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return decodeErr(data, reflect.TypeOf(v), err)
	}
	if dec.More() {
		line, col := position(data, nextValue(data, dec.InputOffset()))
		return bodyErr(fmt.Sprintf("must hold one JSON value; more follows at line %d, column %d", line, col),
			fmt.Sprintf("må kun indeholde én JSON-værdi; der følger mere i linje %d, tegn %d", line, col))
	}
	return nil
}

// bodyErr is a FieldError about the body as a whole.
func bodyErr(reason, reasonDA string) *planner.FieldError {
	return &planner.FieldError{Field: "body", Reason: reason, ReasonDA: reasonDA}
}

// errUnknownField marks an object key that is no field of the request.
var errUnknownField = errors.New("unknown field")

// decodeErr explains why data did not decode into t.
func decodeErr(data []byte, t reflect.Type, err error) error {
	if se, ok := errors.AsType[*json.SyntaxError](err); ok {
		line, col := position(data, se.Offset-1)
		return bodyErr(fmt.Sprintf("is not JSON: syntax error at line %d, column %d", line, col),
			fmt.Sprintf("er ikke gyldig JSON: syntaksfejl i linje %d, tegn %d", line, col))
	}
	switch {
	case errors.Is(err, io.EOF):
		return bodyErr("is empty; the request needs a JSON object", "er tomt; forespørgslen skal indeholde et JSON-objekt")
	case errors.Is(err, io.ErrUnexpectedEOF):
		line, col := position(data, int64(len(data)))
		return bodyErr(fmt.Sprintf("is not JSON: it ends at line %d, column %d before the value is complete", line, col),
			fmt.Sprintf("er ikke gyldig JSON: det slutter i linje %d, tegn %d, før værdien er færdig", line, col))
	}
	path, cause := fault(data, t, "")
	if cause == nil { // the walk missed what the decoder saw: say what it can
		path, cause = "body", err
	}
	if path == "" {
		path = "body"
	}
	reason, reasonDA := reasonOf(cause)
	return &planner.FieldError{Field: path, Reason: reason, ReasonDA: reasonDA}
}

// reasonOf says in English and Danish what is wrong with a value.
func reasonOf(cause error) (reason, reasonDA string) {
	if fe, ok := errors.AsType[*planner.FieldError](cause); ok {
		return fe.Reason, fe.ReasonDA
	}
	if errors.Is(cause, errUnknownField) {
		return "is an unknown field", "er ukendt"
	}
	if te, ok := errors.AsType[*json.UnmarshalTypeError](cause); ok {
		return wantKind(te.Type)
	}
	if _, ok := errors.AsType[*time.ParseError](cause); ok {
		return "must be a time in RFC 3339 form, such as 2026-03-02T09:00:00+01:00",
			"skal være et tidspunkt i RFC 3339-format, fx 2026-03-02T09:00:00+01:00"
	}
	return "has a value of the wrong form", "har en værdi i forkert format"
}

// wantKind says which kind of JSON value t takes.
func wantKind(t reflect.Type) (reason, reasonDA string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case reflect.PointerTo(t).Implements(textUnmarshaler) || t.Kind() == reflect.String:
		return "must be a string", "skal være en tekst i anførselstegn"
	case t.Kind() == reflect.Bool:
		return "must be true or false", "skal være »true« eller »false«"
	case t.Kind() == reflect.Struct || t.Kind() == reflect.Map:
		return "must be an object", "skal være et JSON-objekt"
	case t.Kind() == reflect.Slice || t.Kind() == reflect.Array:
		return "must be a list", "skal være en liste"
	}
	return "must be a number", "skal være et tal"
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// fault walks data as the decoder would into t and returns the path of the
// first unknown field or value that does not decode, with the cause; nil
// when it finds none.
func fault(data []byte, t reflect.Type, path string) (string, error) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if bytes.Equal(bytes.TrimSpace(data), []byte("null")) {
		return "", nil
	}
	if pt := reflect.PointerTo(t); pt.Implements(jsonUnmarshaler) || pt.Implements(textUnmarshaler) {
		return leafFault(data, t, path)
	}
	switch t.Kind() {
	case reflect.Struct:
		return objectFault(data, t, path)
	case reflect.Map:
		var m map[string]json.RawMessage
		if err := json.Unmarshal(data, &m); err != nil {
			return leafFault(data, t, path)
		}
		keys := slices.Sorted(func(yield func(string) bool) {
			for k := range m {
				if !yield(k) {
					return
				}
			}
		})
		for _, k := range keys {
			if p, err := fault(m[k], t.Elem(), joinPath(path, k)); err != nil {
				return p, err
			}
		}
		return "", nil
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 { // []byte is a base64 string
			return leafFault(data, t, path)
		}
		var xs []json.RawMessage
		if err := json.Unmarshal(data, &xs); err != nil {
			return leafFault(data, t, path)
		}
		for i, x := range xs {
			if p, err := fault(x, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return p, err
			}
		}
		return "", nil
	}
	return leafFault(data, t, path)
}

// leafFault decodes data into a fresh t on its own.
func leafFault(data []byte, t reflect.Type, path string) (string, error) {
	if err := json.Unmarshal(data, reflect.New(t).Interface()); err != nil {
		return path, err
	}
	return "", nil
}

// objectFault walks a JSON object's members in document order against the
// fields of struct type t, matching names as encoding/json does.
func objectFault(data []byte, t reflect.Type, path string) (string, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return leafFault(data, t, path)
	}
	fields := jsonFields(t)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return "", nil
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return "", nil
		}
		f, ok := fieldNamed(fields, key)
		if !ok {
			return joinPath(path, key), errUnknownField
		}
		if p, err := fault(raw, f.Type, joinPath(path, f.Name)); err != nil {
			return p, err
		}
	}
	return "", nil
}

// fieldNamed finds the field a key decodes into: the exact name, else a
// case-insensitive match, as encoding/json takes it.
func fieldNamed(fields []jsonField, key string) (jsonField, bool) {
	for _, f := range fields {
		if f.Name == key {
			return f, true
		}
	}
	for _, f := range fields {
		if strings.EqualFold(f.Name, key) {
			return f, true
		}
	}
	return jsonField{}, false
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// position returns the 1-based line and column (in characters) of the
// byte at offset in data.
func position(data []byte, offset int64) (line, col int) {
	offset = max(0, min(offset, int64(len(data))))
	before := data[:offset]
	start := bytes.LastIndexByte(before, '\n') + 1
	return bytes.Count(before, []byte("\n")) + 1, utf8.RuneCount(before[start:]) + 1
}

// nextValue returns the offset of the first non-space byte at or after
// offset.
func nextValue(data []byte, offset int64) int64 {
	for offset < int64(len(data)) && strings.IndexByte(" \t\r\n", data[offset]) >= 0 {
		offset++
	}
	return offset
}

// readBody reads the request's body; one over maxBody is a field error.
func readBody(r *http.Request) ([]byte, error) {
	data, err := io.ReadAll(r.Body)
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return nil, bodyErr(fmt.Sprintf("is larger than %d bytes", maxBody), fmt.Sprintf("er større end %d byte", maxBody))
		}
		return nil, fmt.Errorf("read body: %w", err)
	}
	return data, nil
}
