package main

import "fmt"

type Config struct{ Name string }

func main() {
	c := make(Config) // ERROR "invalid argument: cannot make Config; type must be slice,"
	fmt.Println(c)
}
