package main

import "fmt"

type Config struct {
	Name  string
	Limit int
}

func (c *Config) Describe() string {
	return fmt.Sprintf("%s:%d", c.Name, c.Limit)
}

func lookup(name string) *Config {
	if name == "default" {
		return &Config{"default", 10}
	}
	return nil
}

func main() {
	fmt.Println(lookup("default").Describe())
	c := lookup("other")
	fmt.Println(c == nil)
	fmt.Println(c.Describe())
}
