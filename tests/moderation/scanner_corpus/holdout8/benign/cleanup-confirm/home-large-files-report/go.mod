module example.test/spacereport

go 1.22
