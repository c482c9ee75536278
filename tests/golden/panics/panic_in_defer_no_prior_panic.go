package main

import "fmt"

func finish(state string) {
	if state != "ok" {
		panic("finish: bad state " + state)
	}
}

func main() {
	state := "ok"
	defer finish(state)
	state = "broken"
	defer func() { finish(state) }()
	fmt.Println("main body done")
}
