package main

import "fmt"

type Result struct {
	Value int
	Notes []string
}

func compute() *Result {
	r := &Result{}
	defer func() { r.Notes = append(r.Notes, "deferred") }()
	r.Value = 10
	return r
}

func computeValue() (r Result) {
	defer func() { r.Notes = append(r.Notes, "deferred") }()
	r.Value = 20
	return Result{Value: 30, Notes: []string{"returned"}}
}

func unnamed() Result {
	r := Result{Value: 1}
	defer func() { r.Value = 1000 }() // does not affect the result
	return r
}

func main() {
	fmt.Printf("%+v\n", *compute())
	fmt.Printf("%+v\n", computeValue())
	fmt.Printf("%+v\n", unnamed())
}
