package web

import (
	"fmt"
	"net/http"
	"time"
)

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
	"signin.intro":       {"Log ind med din API-nøgle. En administrator laver nøgler med »planner token«; »planner demo« skriver en for hver rolle, når den starter.", "Sign in with your API token. An administrator makes tokens with \"planner token\"; \"planner demo\" prints one for each role when it starts."},
	"signin.token":       {"API-nøgle", "API token"},
	"signin.submit":      {"Log ind", "Sign in"},
	"signin.unknown":     {"Nøglen kendes ikke. Tjek, at du har kopieret hele nøglen.", "The token is not known. Check that you copied all of it."},
	"signin.portal":      {"Det er borgerportalens nøgle. Borgernes sider findes under /borger/.", "That is the citizen portal's token. The citizens' pages are under /borger/."},
	"signin.foreign":     {"Formularen kom ikke fra Planner. Prøv igen fra denne side.", "The form did not come from Planner. Try again from this page."},
	"signin.unavailable": {"Planner kan ikke logge dig ind lige nu. Prøv igen om lidt; sker det igen, så kontakt IT.", "Planner cannot sign you in right now. Try again in a moment; if it happens again, contact IT."},
	"signin.tokenOff":    {"Log ind med din kommunes login ovenfor. Log ind med API-nøgle er slået fra.", "Sign in with your municipality's sign-in above. Sign-in with an API token is off."},
	"signin.with":        {"Log ind med %s", "Sign in with %s"},
	"signin.or":          {"Eller log ind med en API-nøgle", "Or sign in with an API token"},
	"sso.unknown":        {"Den identitetsudbyder findes ikke eller er slået fra.", "That identity provider does not exist or is turned off."},
	"sso.unreachable":    {"Planner kan ikke nå identitetsudbyderen lige nu. Prøv igen om lidt; sker det igen, så kontakt IT.", "Planner cannot reach the identity provider right now. Try again in a moment; if it happens again, contact IT."},
	"sso.continue":       {"Du er logget ind", "You are signed in"},
	"sso.signedOut":      {"Du er logget ud af Planner", "You are signed out of Planner"},
	"sso.onward":         {"Fortsæt", "Continue"},
	"sso.refusedTitle":   {"Du blev ikke logget ind", "You were not signed in"},
	"sso.refused":        {"Planner afviste svaret fra din identitetsudbyder. Det er ikke noget, du har gjort forkert: giv IT oplysningerne herunder.", "Planner refused your identity provider's answer. It is not something you did wrong: give IT the details below."},
	"sso.noRole":         {"Du har ingen rolle i Planner. Bed IT om at give dig en af Planners grupper eller roller hos din identitetsudbyder, og log ind igen.", "You have no role in Planner. Ask IT to give you one of Planner's groups or roles at your identity provider, then sign in again."},
	"sso.disabled":       {"Din adgang til Planner er spærret. Kontakt Planners administrator i dit jobcenter.", "Your access to Planner is disabled. Contact Planner's administrator at your job centre."},
	"sso.tellIT":         {"Det skal IT have", "What to tell IT"},
	"sso.provider":       {"Identitetsudbyder", "Identity provider"},
	"sso.rule":           {"Regel", "Rule"},
	"sso.reference":      {"Reference (findes i Planners log)", "Reference (in Planner's log)"},
	"sso.time":           {"Tidspunkt", "Time"},
	"sso.again":          {"Prøv at logge ind igen", "Try to sign in again"},
	"signin.citizens":    {"Borgernes sider (Jobnet-demo)", "The citizens' pages (Jobnet demo)"},
	"citizen.title":      {"Mine møder — log ind", "My meetings — sign in"},
	"citizen.intro":      {"Dette er demoens stand-in for Jobnet. En rigtig borger logger ind med MitID på Jobnet. Vælg en af demoens borgere.", "This is the demo's stand-in for Jobnet. A real citizen signs in with MitID on Jobnet. Pick one of the demo's citizens."},
	"citizen.who":        {"Borger", "Citizen"},
	"citizen.submit":     {"Fortsæt", "Continue"},
	"citizen.choose":     {"Vælg en af borgerne på listen.", "Pick one of the citizens in the list."},
	"citizen.closed":     {"Borgernes sider er ikke åbne her. Borgere booker deres møder på Jobnet.", "The citizens' pages are not open here. Citizens book their meetings on Jobnet."},
	"citizen.header":     {"Jobnet (demo)", "Jobnet (demo)"},
}

// copenhagen is the zone the pages write times in.
var copenhagen = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		return time.UTC
	}
	return loc
}()

// danishMonths are the months as Danes abbreviate them in a date.
var danishMonths = [...]string{"jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."}

// danishTime writes an instant as the page's language does, in Danish
// time: "7. dec. 2026 kl. 22.15", or "7 Dec 2026, 22:15".
func danishTime(l string, t time.Time) string {
	t = t.In(copenhagen)
	if l == "en" {
		return t.Format("2 Jan 2006, 15:04")
	}
	return fmt.Sprintf("%d. %s %d kl. %02d.%02d", t.Day(), danishMonths[t.Month()-1], t.Year(), t.Hour(), t.Minute())
}
