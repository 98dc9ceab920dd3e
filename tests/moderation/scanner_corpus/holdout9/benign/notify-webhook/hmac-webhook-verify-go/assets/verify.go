package webhook

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
)

var seen sync.Map

func Verify(secret []byte) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "read error", http.StatusBadRequest)
				return
			}
			sig := strings.TrimPrefix(r.Header.Get("X-Hub-Signature-256"), "sha256=")
			mac := hmac.New(sha256.New, secret)
			mac.Write(body)
			want := mac.Sum(nil)
			got, err := hex.DecodeString(sig)
			if err != nil || !hmac.Equal(got, want) {
				http.Error(w, "bad signature", http.StatusUnauthorized)
				return
			}
			id := r.Header.Get("X-GitHub-Delivery")
			if t, dup := seen.LoadOrStore(id, time.Now()); dup && time.Since(t.(time.Time)) < 10*time.Minute {
				http.Error(w, "replay", http.StatusConflict)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}
