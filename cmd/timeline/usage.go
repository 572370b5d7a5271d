package main

import "errors"

// errUsage marks an error in how the command was called (exit status 2).
var errUsage = errors.New("usage")
