package main

import "fmt"

type reason string
type severity float64

func check(level int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("recovered %T: %v\n", r, r)
		}
	}()
	switch level {
	case 1:
		panic(42)
	case 2:
		panic(severity(2.5))
	case 3:
		panic([]int{1})
	case 4:
		panic(nil)
	}
}

func main() {
	for i := 1; i <= 4; i++ {
		check(i)
	}
	panic(reason("disk quota exceeded"))
}
