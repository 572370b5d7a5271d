module github.com/timelinehq/timeline

go 1.26
