package main

import "fmt"

type Logger interface {
	Log(string)
	Flush()
}

type Console struct{}

func (Console) Log(s string) { fmt.Println(s) }

func newLogger() Logger {
	return Console{} // ERROR "cannot use Console\{\} \(value of type Console\) as type Logger"
}

func main() {
	newLogger().Log("x")
}
