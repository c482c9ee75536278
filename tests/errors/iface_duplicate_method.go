package main

import "fmt"

type Store interface {
	Get(key string) string
	Put(key, value string)
	Get(key string) string // ERROR "duplicate method Get"
}

func main() {
	var s Store
	fmt.Println(s == nil)
}
