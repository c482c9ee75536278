package main

import "fmt"

func logMsg(s string) {
	fmt.Println(s)
}

func main() {
	r := logMsg("hi") // ERROR "logMsg\(\"hi\"\) \(no value\) used as value"
	fmt.Println(r)
}
