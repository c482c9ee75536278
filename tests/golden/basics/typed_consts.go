package main

import (
	"fmt"
	"time"
)

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

const greeting = "hello"
const length = len(greeting)

type Meters float64

const marathon Meters = 42195

const timeout = 5 * time.Second

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%v %d %s\n", Blue, Blue, Green)
	var arr [length]byte
	fmt.Println(len(arr), length)
	fmt.Println(marathon/1000, marathon > 40000)
	fmt.Println(timeout, timeout*2, timeout/10)
	fmt.Printf("%T %T\n", marathon, timeout)
	const ratio = 2.5
	var n int = 4
	fmt.Println(float64(n) * ratio)
	const mask = 1<<8 - 1
	var b byte = mask
	fmt.Println(b, mask)
	colors := []Color{Blue, Red}
	fmt.Println(colors)
}
