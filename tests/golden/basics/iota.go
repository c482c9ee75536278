package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const (
	first = "x"
	second
	third = iota
	fourth
)

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
)

func main() {
	fmt.Println(Sunday, Wednesday, Saturday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(first, second, third, fourth)
	fmt.Println(FlagRead, FlagWrite, FlagExec, FlagRead|FlagExec)
	fmt.Printf("%T %T\n", Monday, FlagWrite)
	var perm = FlagRead | FlagWrite
	fmt.Println(perm&FlagWrite != 0, perm&FlagExec != 0)
}
