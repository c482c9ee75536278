package main

import "fmt"

type Ball struct{ hits int }

func player(name string, table chan *Ball, done chan string, max int) {
	for {
		ball := <-table
		ball.hits++
		if ball.hits > max {
			done <- name
			return
		}
		fmt.Println(name, ball.hits)
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan string)
	go player("ping", table, done, 6)
	table <- new(Ball)
	go player("pong", table, done, 6)
	fmt.Println("stopped by", <-done)
	turn := make([]chan bool, 3)
	for i := range turn {
		turn[i] = make(chan bool)
	}
	finished := make(chan bool)
	for i := 0; i < 3; i++ {
		go func(id int) {
			for round := 0; round < 2; round++ {
				<-turn[id]
				fmt.Println("goroutine", id, "round", round)
				if id == 2 && round == 1 {
					finished <- true
					return
				}
				turn[(id+1)%3] <- true
			}
		}(i)
	}
	turn[0] <- true
	<-finished
}
