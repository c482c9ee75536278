package main

import "fmt"

type Config struct {
	Host string
	Port int
}

func main() {
	c := Config{
		Host: "localhost",
		Port: 8080
	}
	fmt.Println(c)
}
