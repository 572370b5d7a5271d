module github.com/timelinehq/timeline

go 1.26

require (
	github.com/google/go-cmp v0.7.0
	github.com/jdkato/prose/v3 v3.2.3
	github.com/olebedev/when v1.1.0
	github.com/rogpeppe/go-internal v1.16.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.14.0
)

require (
	github.com/AlekSi/pointer v1.0.0 // indirect
	github.com/pkg/errors v0.8.1 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/sys v0.26.0 // indirect
	golang.org/x/tools v0.26.0 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
