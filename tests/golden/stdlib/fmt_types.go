package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

type Celsius float64
type Handler func(int) (string, error)
type Tree struct {
	Left, Right *Tree
}

func main() {
	values := []interface{}{
		1, int8(1), uint16(1), int64(1), uintptr(1), 1.5, float32(1.5), "s", 'r', byte('b'), true, nil,
		[]int{}, [3]string{}, map[string][]int{}, &Tree{}, Tree{}, Celsius(1),
		errors.New("e"), fmt.Errorf("w %w", errors.New("x")), make(chan int), make(<-chan bool),
		func() {}, Handler(nil), struct{ A int }{}, &strings.Builder{}, time.Second,
		new(sync.Mutex), [][]byte{}, []interface{}{}, map[interface{}]struct{}{}, new(*int),
	}
	for _, v := range values {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%T %T\n", main, fmt.Println)
	var w fmt.Stringer
	fmt.Printf("%T %v\n", w, w)
}
