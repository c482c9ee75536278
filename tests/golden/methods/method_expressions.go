package main

import (
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) Celsius() float64     { return float64(t) }
func (t Temp) Fahrenheit() float64  { return float64(t)*9/5 + 32 }
func (t *Temp) Add(d float64)       { *t += Temp(d) }

type Name string

func (n Name) Upper() string { return strings.ToUpper(string(n)) }

func main() {
	conv := []func(Temp) float64{Temp.Celsius, Temp.Fahrenheit}
	for _, t := range []Temp{-40, 0, 37.5, 100} {
		for _, f := range conv {
			fmt.Printf("%.1f ", f(t))
		}
		fmt.Println()
	}
	add := (*Temp).Add
	t := Temp(10)
	add(&t, 2.5)
	add(&t, 2.5)
	fmt.Println(t)
	viaPtr := (*Temp).Fahrenheit
	fmt.Println(viaPtr(&t))
	up := Name.Upper
	fmt.Println(up("gopher"), fmt.Sprintf("%T", up))
}
