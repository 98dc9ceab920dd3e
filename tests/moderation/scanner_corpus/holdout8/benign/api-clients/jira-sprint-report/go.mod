module example.test/sprintreport

go 1.22
