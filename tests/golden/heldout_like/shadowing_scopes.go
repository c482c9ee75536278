package main

import (
	"errors"
	"fmt"
)

var x = "package"

func get(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("negative")
	}
	return n * 2, nil
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := 3
		x++
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := len(x); x > 3 {
		fmt.Println("len", x)
	} else {
		fmt.Println("short", x)
	}
	var err error
	v, err := get(5)
	fmt.Println(v, err)
	if v, err := get(-1); err != nil {
		fmt.Println("inner err", err, v)
	}
	fmt.Println(v, err)
	for i := 0; i < 2; i++ {
		i := i * 10
		fmt.Println("i", i)
	}
	total := 0
	for _, total := range []int{1, 2, 3} {
		_ = total
	}
	fmt.Println("total", total)
	fmt := "shadowed fmt"
	_ = fmt
	println2(fmt)
}

func println2(s string) { fmt.Println(s) }
