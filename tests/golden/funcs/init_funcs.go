package main

import "fmt"

var config = loadConfig()

var order []string

func loadConfig() map[string]string {
	order = append(order, "loadConfig")
	return map[string]string{"mode": "test"}
}

func init() {
	order = append(order, "init 1")
	config["level"] = "debug"
}

func init() {
	order = append(order, "init 2")
}

func main() {
	order = append(order, "main")
	fmt.Println(order)
	fmt.Println(config)
}
