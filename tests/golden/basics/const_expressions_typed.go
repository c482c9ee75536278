package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const huge = 1 << 100
const ratio = huge >> 98

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(ratio, huge/(huge>>1))
	const typed int8 = 100
	fmt.Println(typed/3, typed%7, -typed)
	const fl = 7 / 2.0
	fmt.Println(fl, 7/2, 7.0/2)
	fmt.Printf("%T %T %T %T\n", Monday, KB, fl, 'x')
	const s = "const" + "string"
	fmt.Println(len(s), s[0:5])
}
