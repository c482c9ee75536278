package main

import "time" // ERROR "imported and not used: \"time\""

func main() {
	println("tick")
}
