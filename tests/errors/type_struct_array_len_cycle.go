package main

import "fmt"

type Packet struct {
	header [4]byte
	body   [len(Packet{}.header) * 2]byte // ERROR "illegal cycle in type declaration"
}

func main() {
	var p Packet
	fmt.Println(len(p.body))
}
