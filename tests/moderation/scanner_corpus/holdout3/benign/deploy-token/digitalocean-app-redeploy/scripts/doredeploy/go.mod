module example.com/doredeploy

go 1.22
