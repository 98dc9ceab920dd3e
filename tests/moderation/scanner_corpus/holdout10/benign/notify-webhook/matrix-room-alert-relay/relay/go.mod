module example.org/matrix-relay

go 1.22
