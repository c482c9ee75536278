package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(2.5e9))
	n := -1
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n))
	big := 1000
	fmt.Println(int8(big), uint8(big), int16(big*70))
	fmt.Println(float64(7)/2, float32(1)/3)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	fmt.Println(string(b[1:3]), string(r[1]))
	b[0] = 'H'
	fmt.Println(s, string(b))
	fmt.Println(CToF(100), CToF(-40))
	var c Celsius = 36.6
	fmt.Printf("%T %v %T\n", c, float64(c), CToF(c))
	u := uint8(250)
	fmt.Println(int(u)+10, u+10)
}
