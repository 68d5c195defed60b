package llngtest

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// Form is an HTML form of a page, for driving the portal without a
// browser: the login form, or the form that posts a SAML response to the
// service provider.
type Form struct {
	// Action is the absolute URL the form posts to.
	Action string
	// Method is GET or POST.
	Method string
	// Values holds the form's fields as the page fills them in: inputs
	// (checkboxes and radio buttons only when checked), selects' selected
	// options, textareas.
	Values url.Values
}

// ReadForm reads the page resp (closing its body) and returns its first
// form that has a field named field, or its first form when field is "".
// A relative action resolves against the page's URL.
func ReadForm(resp *http.Response, field string) (*Form, error) {
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	base := resp.Request.URL
	var found *Form
	var visit func(n *html.Node, f *Form)
	visit = func(n *html.Node, f *Form) {
		if found != nil {
			return
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "form":
				f = &Form{Method: strings.ToUpper(attr(n, "method")), Values: url.Values{}}
				if f.Method == "" {
					f.Method = http.MethodGet
				}
				action, err := base.Parse(attr(n, "action"))
				if err != nil {
					action = base
				}
				action.Fragment = ""
				f.Action = action.String()
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					visit(c, f)
				}
				if _, ok := f.Values[field]; ok || field == "" {
					found = f
				}
				return
			case "input":
				if f != nil && attr(n, "name") != "" {
					switch strings.ToLower(attr(n, "type")) {
					case "checkbox", "radio":
						if hasAttr(n, "checked") {
							f.Values.Add(attr(n, "name"), attrOr(n, "value", "on"))
						}
					case "submit", "button", "image", "reset", "file":
					default:
						f.Values.Add(attr(n, "name"), attr(n, "value"))
					}
				}
			case "textarea":
				if f != nil && attr(n, "name") != "" {
					f.Values.Add(attr(n, "name"), text(n))
				}
			case "select":
				if f != nil && attr(n, "name") != "" {
					if v, ok := selected(n); ok {
						f.Values.Add(attr(n, "name"), v)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, f)
		}
	}
	visit(doc, nil)
	if found == nil {
		return nil, fmt.Errorf("llngtest: no form with a field %q at %s (%s): %.2000s", field, base, resp.Status, body)
	}
	return found, nil
}

// Submit sends the form's values with client, as a browser would.
func (f *Form) Submit(client *http.Client) (*http.Response, error) {
	if f.Method == http.MethodGet {
		u, err := url.Parse(f.Action)
		if err != nil {
			return nil, err
		}
		u.RawQuery = f.Values.Encode()
		return client.Get(u.String())
	}
	return client.PostForm(f.Action, f.Values)
}

// Login signs user in on the portal's login page (a response from the
// portal that shows its login form, e.g. to an authorization or a SAML
// single sign-on request): it fills in the login and the password (the
// Demo backend's password is the login) and submits the form with client,
// which must keep cookies. The answer is the client's after the portal's
// redirects, as far as the client follows them.
func Login(client *http.Client, page *http.Response, user string) (*http.Response, error) {
	f, err := ReadForm(page, "password")
	if err != nil {
		return nil, err
	}
	f.Values.Set("user", user)
	f.Values.Set("password", user)
	return f.Submit(client)
}

func attr(n *html.Node, key string) string { return attrOr(n, key, "") }

func attrOr(n *html.Node, key, def string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return def
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func text(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// selected is a select's selected option's value, or its first option's.
func selected(sel *html.Node) (string, bool) {
	var first, chosen *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "option" {
				if first == nil {
					first = c
				}
				if chosen == nil && hasAttr(c, "selected") {
					chosen = c
				}
			}
			walk(c)
		}
	}
	walk(sel)
	if chosen == nil {
		chosen = first
	}
	if chosen == nil {
		return "", false
	}
	return attrOr(chosen, "value", strings.TrimSpace(text(chosen))), true
}
