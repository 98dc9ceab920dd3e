module example.com/hexdiff

go 1.22
