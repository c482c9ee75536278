package main

import "fmt"

func produce(name string, n int, out chan<- string, done chan<- bool) {
	for i := 0; i < n; i++ {
		out <- fmt.Sprintf("%s%d", name, i)
	}
	done <- true
}

func main() {
	a := make(chan string)
	b := make(chan string)
	done := make(chan bool)
	go produce("a", 3, a, done)
	go produce("b", 4, b, done)
	counts := map[string]int{}
	finished := 0
	for finished < 2 {
		select {
		case s := <-a:
			counts["a"]++
			_ = s
		case s, ok := <-b:
			if ok && s != "" {
				counts["b"]++
			}
		case <-done:
			finished++
		}
	}
	fmt.Println(counts)

	// Non-blocking operations with default.
	c := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case c <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full at", i)
		}
	}
	select {
	case v := <-c:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	select {
	case v := <-c:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}

	// A nil channel case never fires; a closed channel is always ready.
	var never chan int
	closed := make(chan int)
	close(closed)
	for i := 0; i < 3; i++ {
		select {
		case <-never:
			fmt.Println("impossible")
		case v, ok := <-closed:
			fmt.Println("closed gives", v, ok)
		}
	}

	// Both cases ready: over many rounds each is chosen (uniform choice).
	x := make(chan int, 1000)
	y := make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		x <- i
		y <- i
	}
	nx, ny := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case <-x:
			nx++
		case <-y:
			ny++
		}
	}
	fmt.Println(nx > 300, ny > 300, nx+ny)

	// Send in select to a waiting receiver, with break out of the select.
	r := make(chan int)
	res := make(chan int)
	go double(r, res)
	for i := 1; i <= 3; i++ {
		select {
		case r <- i:
			if i == 2 {
				break
			}
			fmt.Println("sent to double", i)
		}
		fmt.Println("doubled", <-res)
	}
}

func double(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * 2
	}
}
