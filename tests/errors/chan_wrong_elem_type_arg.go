package main

import "fmt"

func worker(jobs chan string) {
	for j := range jobs {
		fmt.Println(j)
	}
}

func main() {
	jobs := make(chan int)
	go worker(jobs) // ERROR "cannot use jobs \(variable of type chan int\) as type chan"
}
