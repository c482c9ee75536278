package main

import "fmt"

type Stringer interface{ String() string }

type Temp float64

func (t Temp) string() string { return fmt.Sprintf("%.1f", float64(t)) }

func main() {
	var s Stringer = Temp(21.5) // ERROR "cannot use Temp\(21.5\) \(constant 21.5 of type Temp\) as type"
	fmt.Println(s)
}
