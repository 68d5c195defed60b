package web

import "net/http"

// LangCookie holds the visitor's choice of language, "da" (the default)
// or "en"; the screens read and set the same cookie, so one switch serves
// the sign-in pages and the application alike.
const LangCookie = "planner_lang"

// lang is the request's language.
func lang(r *http.Request) string {
	if q := r.URL.Query().Get("lang"); q == "en" || q == "da" {
		return q
	}
	if c, err := r.Cookie(LangCookie); err == nil && c.Value == "en" {
		return "en"
	}
	return "da"
}

// translate is the text of key in l, Danish when English has none.
func translate(l, key string) string {
	m, ok := texts[key]
	if !ok {
		return key
	}
	if l == "en" && m[1] != "" {
		return m[1]
	}
	return m[0]
}

// texts are the server-rendered pages' texts, Danish then English; the
// screens' own are in src/i18n.
var texts = map[string][2]string{
	"app.name":           {"Planner", "Planner"},
	"app.skip":           {"Gå til indhold", "Skip to content"},
	"app.noscript":       {"Planner kræver JavaScript i browseren.", "Planner needs JavaScript in the browser."},
	"app.loading":        {"Indlæser …", "Loading …"},
	"lang.other":         {"English", "Dansk"},
	"lang.otherCode":     {"en", "da"},
	"signin.title":       {"Log ind på Planner", "Sign in to Planner"},
	"signin.intro":       {"Log ind med din API-nøgle. Demoen skriver en nøgle for hver rolle, når den starter.", "Sign in with your API token. The demo prints one for each role when it starts."},
	"signin.token":       {"API-nøgle", "API token"},
	"signin.submit":      {"Log ind", "Sign in"},
	"signin.unknown":     {"Nøglen kendes ikke. Tjek, at du har kopieret hele nøglen.", "The token is not known. Check that you copied all of it."},
	"signin.portal":      {"Det er borgerportalens nøgle. Borgernes sider findes under /borger/.", "That is the citizen portal's token. The citizens' pages are under /borger/."},
	"signin.foreign":     {"Formularen kom ikke fra Planner. Prøv igen fra denne side.", "The form did not come from Planner. Try again from this page."},
	"signin.unavailable": {"Planner kan ikke logge dig ind lige nu. Prøv igen om lidt; sker det igen, så kontakt IT.", "Planner cannot sign you in right now. Try again in a moment; if it happens again, contact IT."},
	"signin.citizens":    {"Borgernes sider (Jobnet-demo)", "The citizens' pages (Jobnet demo)"},
	"citizen.title":      {"Mine møder — log ind", "My meetings — sign in"},
	"citizen.intro":      {"Dette er demoens stand-in for Jobnet. En rigtig borger logger ind med MitID på Jobnet. Vælg en af demoens borgere.", "This is the demo's stand-in for Jobnet. A real citizen signs in with MitID on Jobnet. Pick one of the demo's citizens."},
	"citizen.who":        {"Borger", "Citizen"},
	"citizen.submit":     {"Fortsæt", "Continue"},
	"citizen.choose":     {"Vælg en af borgerne på listen.", "Pick one of the citizens in the list."},
	"citizen.closed":     {"Borgernes sider er ikke åbne her. Borgere booker deres møder på Jobnet.", "The citizens' pages are not open here. Citizens book their meetings on Jobnet."},
	"citizen.header":     {"Jobnet (demo)", "Jobnet (demo)"},
}
