package examples

import (
	"errors"
	"net/http"
	"net/url"
)

var allowed = map[string]bool{"images.example.org": true}

// FetchVulnerable is for review training only: it fetches any URL the caller sends.
func FetchVulnerable(u string) (*http.Response, error) { return http.Get(u) }

func Fetch(u string) (*http.Response, error) {
	parsed, err := url.Parse(u)
	if err != nil || parsed.Scheme != "https" || !allowed[parsed.Hostname()] {
		return nil, errors.New("host not allowed")
	}
	return http.Get(parsed.String())
}
