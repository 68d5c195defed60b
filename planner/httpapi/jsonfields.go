package httpapi

import (
	"reflect"
	"strings"
)

// jsonField is one member of the JSON object of a struct type.
type jsonField struct {
	Name string
	Type reflect.Type
}

// jsonFields lists the JSON members of struct type t in field order, named
// as encoding/json names them: the tag's name, else the Go name; "-" and
// unexported fields left out; the fields of an untagged embedded struct
// promoted, a shallower field winning over a deeper one of the same name.
func jsonFields(t reflect.Type) []jsonField {
	var out []jsonField
	taken := map[string]bool{}
	level := []reflect.Type{t}
	for len(level) > 0 {
		var next []reflect.Type
		found := map[string]bool{}
		for _, st := range level {
			for i := range st.NumField() {
				f := st.Field(i)
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				if name == "-" && f.Tag.Get("json") == "-" {
					continue
				}
				ft := f.Type
				if f.Anonymous && name == "" {
					if ft.Kind() == reflect.Pointer {
						ft = ft.Elem()
					}
					if ft.Kind() == reflect.Struct {
						next = append(next, ft)
						continue
					}
				}
				if !f.IsExported() {
					continue
				}
				if name == "" {
					name = f.Name
				}
				if !taken[name] {
					out = append(out, jsonField{Name: name, Type: f.Type})
					found[name] = true
				}
			}
		}
		for name := range found {
			taken[name] = true
		}
		level = next
	}
	return out
}
