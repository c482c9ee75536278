package main

import "fmt"

func fibs(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		a, b := 0, 1
		for {
			select {
			case out <- a:
				a, b = b, a+b
			case <-done:
				return
			}
		}
	}()
	return out
}

func primes(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := 2; ; n++ {
			isPrime := true
			for d := 2; d*d <= n; d++ {
				if n%d == 0 {
					isPrime = false
					break
				}
			}
			if !isPrime {
				continue
			}
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	f := fibs(done)
	for i := 0; i < 15; i++ {
		fmt.Print(<-f, " ")
	}
	fmt.Println()
	p := primes(done)
	for i := 0; i < 15; i++ {
		fmt.Print(<-p, " ")
	}
	fmt.Println()
	close(done)
	for range f {
	}
	for range p {
	}
	fmt.Println("generators stopped")
}
