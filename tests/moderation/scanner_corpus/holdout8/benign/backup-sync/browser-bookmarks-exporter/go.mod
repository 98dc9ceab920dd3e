module example.test/bmexport

go 1.22
