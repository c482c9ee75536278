package main

import (
	"fmt"
	"time"
)

func worker() { fmt.Println("work") }

func main() {
	go worker // ERROR "expression in go must be function call"
	time.Sleep(time.Millisecond)
}
