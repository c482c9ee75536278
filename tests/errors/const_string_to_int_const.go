package main

import "fmt"

const Name = "svc"

func main() {
	var id int = Name // ERROR "cannot use Name \(untyped string constant \"svc\"\) as int"
	fmt.Println(id)
}
