package main

import "fmt"

type Hooks struct {
	OnStart func()
	OnStop  func()
}

func run(h Hooks) {
	h.OnStart()
	fmt.Println("running")
	h.OnStop()
}

func main() {
	h := Hooks{OnStart: func() { fmt.Println("started") }}
	run(h)
}
