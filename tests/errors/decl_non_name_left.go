package main

import "fmt"

type Config struct{ Port int }

func main() {
	var c Config
	c.Port := 8080 // ERROR "non-name c.Port on left side of :="
	fmt.Println(c)
}
