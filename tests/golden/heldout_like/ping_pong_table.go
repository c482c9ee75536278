package main

import "fmt"

type Ball struct{ hits int }

func player(name string, table chan *Ball, done chan string, max int) {
	for {
		ball := <-table
		ball.hits++
		if ball.hits >= max {
			done <- fmt.Sprintf("%s ends rally at %d", name, ball.hits)
			return
		}
		if ball.hits%5 == 0 {
			fmt.Println(name, "hit", ball.hits)
		}
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan string)
	go player("ping", table, done, 23)
	go player("pong", table, done, 23)
	table <- new(Ball)
	fmt.Println(<-done)
}
