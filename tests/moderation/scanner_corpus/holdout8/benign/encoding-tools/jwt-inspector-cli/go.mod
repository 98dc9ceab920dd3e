module example.test/jwtx

go 1.22
