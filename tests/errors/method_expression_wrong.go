package main

import "fmt"

type Temp struct{ c float64 }

func (t *Temp) Fahrenheit() float64 { return t.c*9/5 + 32 }

func main() {
	f := Temp.Fahrenheit // ERROR "cannot call pointer method Fahrenheit on Temp"
	fmt.Println(f(Temp{10}))
}
