package main

import "fmt"

var cache [1 << 31]byte // ERROR "main.cache: symbol too large \(2147483648 bytes > 2000000000 bytes\)"

func main() {
	cache[0] = 1
	fmt.Println(cache[0])
}
