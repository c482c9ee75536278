package main

import "fmt"

type Config struct {
	Name  string
	Limit int
}

func load(ok bool) *Config {
	if ok {
		return &Config{"default", 10}
	}
	return nil
}

func main() {
	c := load(true)
	fmt.Println(c.Name, c.Limit)
	c = load(false)
	fmt.Println("config is nil:", c == nil)
	fmt.Println(c.Limit)
}
