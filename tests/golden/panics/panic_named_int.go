package main

import "fmt"

type ExitCode int

const (
	OK ExitCode = iota
	Warning
	Failure = ExitCode(7)
)

func main() {
	for _, c := range []ExitCode{OK, Warning} {
		fmt.Println("code", c, "is fine")
	}
	fmt.Println("failing with", Failure)
	panic(Failure)
}
