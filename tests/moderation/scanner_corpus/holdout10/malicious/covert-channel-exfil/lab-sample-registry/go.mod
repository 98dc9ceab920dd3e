module example.com/samples

go 1.22

require modernc.org/sqlite v1.33.1
