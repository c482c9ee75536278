package main

func main() {
	for {
	done: ) // ERROR "syntax error: missing statement after label"
	}
}
