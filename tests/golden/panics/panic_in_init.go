package main

import "fmt"

var config = loadConfig()

func loadConfig() map[string]string {
	fmt.Println("loading config")
	return map[string]string{"mode": "strict"}
}

func init() {
	fmt.Println("init 1, mode =", config["mode"])
}

func init() {
	if config["port"] == "" {
		panic("init: port not configured")
	}
}

func main() {
	fmt.Println("main never runs")
}
