module example.test/pbwire

go 1.22
