package main

import "errors"

// errUsage is wrapped by the errors that come from a bad command line: the
// caller prints the usage and exits with status 2.
var errUsage = errors.New("usage")
