package main

type T struct{}

func (a, b T) Show() {} // ERROR "method has multiple receivers"

func main() {
	T{}.Show()
}
