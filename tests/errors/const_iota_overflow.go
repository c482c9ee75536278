package main

import "fmt"

type Level uint8

const (
	Low Level = 254 + iota
	Mid
	High // ERROR "cannot use 254 \+ iota \(untyped int constant 256\) as Level"
)

func main() {
	fmt.Println(Low, Mid, High)
}
