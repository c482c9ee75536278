package main

import "fmt"

type Reader interface {
	Read(p []byte) (int, error)
}

type File struct{}

func (f File) Read(p []byte) int { return 0 }

func main() {
	var r Reader = File{} // ERROR "cannot use File\{\} \(value of type File\) as type Reader in"
	fmt.Println(r)
}
