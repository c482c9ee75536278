package main

import "fmt"

type Closer interface{ Close() error }

type File struct{ name string }

func (f File) Read() string { return "data from " + f.name }

func shutdown(v interface{}) {
	c := v.(Closer)
	fmt.Println(c.Close())
}

func main() {
	f := File{"log.txt"}
	fmt.Println(f.Read())
	shutdown(f)
}
