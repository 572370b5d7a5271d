module github.com/timelinehq/timeline

go 1.26

require (
	github.com/jdkato/prose/v3 v3.2.3
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
)

require (
	golang.org/x/text v0.14.0 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
