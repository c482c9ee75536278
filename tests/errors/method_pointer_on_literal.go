package main

import "fmt"

type Buffer struct{ data []byte }

func (b *Buffer) Reset() { b.data = b.data[:0] }

func main() {
	Buffer{}.Reset() // ERROR "cannot call pointer method Reset on Buffer"
	fmt.Println("reset")
}
