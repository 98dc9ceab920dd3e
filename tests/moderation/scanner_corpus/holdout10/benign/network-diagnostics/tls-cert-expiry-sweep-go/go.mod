module example.com/certsweep

go 1.22
