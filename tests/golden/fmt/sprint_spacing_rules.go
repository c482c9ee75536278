package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprint(errors.New("e1"), errors.New("e2")))
	fmt.Print("p", 1, 2, "q\n")
	fmt.Print(1, 2, "\n")
	s := fmt.Sprintln("a", 1, true, nil)
	fmt.Printf("%q\n", s)
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint([]int(nil)))
	var ip *int
	fmt.Println(ip == nil, fmt.Sprint(ip))
	fmt.Println(fmt.Sprint('a', "a", byte('a')))
	fmt.Println(int8(-5), uint16(7), float32(2.5), 1e100, 100000000.0, 123456789.0)
}
