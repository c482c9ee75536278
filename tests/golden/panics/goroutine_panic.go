package main

import "fmt"

func worker(n int, done chan bool) {
	if n == 3 {
		var m map[string]int
		m["x"] = n
	}
	done <- true
}

func main() {
	done := make(chan bool)
	for i := 1; i <= 3; i++ {
		go worker(i, done)
		<-done
		fmt.Println("worker", i, "ok")
	}
}
