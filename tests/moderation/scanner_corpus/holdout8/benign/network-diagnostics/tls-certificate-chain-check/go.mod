module example.test/tlscheck

go 1.22
