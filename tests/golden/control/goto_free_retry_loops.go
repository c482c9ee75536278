package main

import (
	"errors"
	"fmt"
)

var attempts int

func flaky() error {
	attempts++
	if attempts < 4 {
		return fmt.Errorf("attempt %d failed", attempts)
	}
	return nil
}

func retry(max int, f func() error) (err error) {
	for i := 1; i <= max; i++ {
		if err = f(); err == nil {
			fmt.Println("succeeded on try", i)
			return nil
		}
		fmt.Println("try", i, "error:", err)
	}
	return errors.New("gave up: " + err.Error())
}

func main() {
	fmt.Println(retry(2, flaky))
	fmt.Println(retry(5, flaky))
	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz steps:", steps)
	x := 0
	for x < 100 {
		x += 7
		if x%5 == 0 {
			continue
		}
		x++
	}
	fmt.Println(x)
}
