module example.com/renderdeploy

go 1.22
