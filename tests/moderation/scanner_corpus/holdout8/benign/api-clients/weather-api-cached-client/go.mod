module example.test/weather

go 1.22
