package main

import (
	"fmt"
	"strings"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Secret string

func (Secret) String() string { return "***" }

type Wrapper struct {
	Amount Money
	T      Temp
	S      Secret
}

type Err struct{ code int }

func (e *Err) Error() string { return fmt.Sprintf("E%03d", e.code) }

func main() {
	prices := []Money{1999, 5, -250, 100000}
	for _, p := range prices {
		fmt.Printf("%v|%s|%d|%10v|%-10s|\n", p, p, p, p, p)
	}
	w := Wrapper{1234, 36.6, "pw"}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Printf("%#v\n", w)
	fmt.Println([]Temp{1, 2.25}, map[string]Money{"x": 1})
	fmt.Printf("%x %q\n", Secret("abc"), Secret("abc"))
	e := &Err{7}
	fmt.Println(e)
	fmt.Printf("%v %s %q %d\n", e, e, e, e.code)
	var errs []error = []error{e, &Err{42}}
	fmt.Println(errs)
	fmt.Println(strings.Repeat("=", 10))
	fmt.Printf("|%6.2f|%-8v|%8v|\n", 3.14159, Temp(5), Money(5))
}
