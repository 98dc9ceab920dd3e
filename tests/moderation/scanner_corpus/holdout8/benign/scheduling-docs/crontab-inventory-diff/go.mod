module example.test/croninv

go 1.22
