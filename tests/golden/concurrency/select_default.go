package main

import "fmt"

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func main() {
	ch := make(chan int, 2)
	fmt.Println(tryRecv(ch))
	fmt.Println(trySend(ch, 1), trySend(ch, 2), trySend(ch, 3))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	case nilCh <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channels never ready")
	}
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed channel ready:", v, ok)
	default:
		fmt.Println("not reached")
	}
	select {
	default:
		fmt.Println("only default")
	}
}
