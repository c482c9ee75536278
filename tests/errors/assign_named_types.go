package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func main() {
	c := Celsius(20)
	var f Fahrenheit = c // ERROR "cannot use c \(variable of type Celsius\) as type Fahrenheit"
	fmt.Println(f)
}
