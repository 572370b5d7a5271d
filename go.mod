module github.com/timelinehq/timeline

go 1.26

require (
	github.com/olebedev/when v1.1.0
	github.com/stretchr/testify v1.12.1
)

require (
	github.com/AlekSi/pointer v1.0.0 // indirect
	github.com/pkg/errors v0.8.1 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
