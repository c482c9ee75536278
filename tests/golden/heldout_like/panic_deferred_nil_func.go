package main

import "fmt"

type Plugin struct {
	Name string
	Init func() error
}

func main() {
	plugins := []Plugin{
		{"a", func() error { fmt.Println("init a"); return nil }},
		{"b", nil},
	}
	for _, p := range plugins {
		fmt.Println("loading", p.Name)
		if err := p.Init(); err != nil {
			fmt.Println(err)
		}
	}
}
