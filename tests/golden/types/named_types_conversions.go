package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Fahrenheit float64
type Email string
type Emails []Email
type Grid [2][2]int
type Matrix Grid

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func (e Email) Domain() string {
	_, d, _ := strings.Cut(string(e), "@")
	return d
}

func (es Emails) Domains() []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Domain()
	}
	return out
}

func main() {
	fmt.Println(CToF(100), CToF(-40), Celsius(37.5))
	fmt.Printf("%T %T\n", CToF(0), float64(CToF(0)))
	list := Emails{"a@x.org", "b@y.com"}
	fmt.Println(list.Domains())
	raw := []Email(list)
	fmt.Println(len(raw), Emails(raw).Domains()[1])
	g := Grid{{1, 2}, {3, 4}}
	m := Matrix(g)
	m[0][0] = 9
	fmt.Println(g, m)
	b := []byte("bytes")
	type Bytes []byte
	nb := Bytes(b)
	nb[0] = 'B'
	fmt.Println(string(b), string(nb))
	type MyInt int
	var x MyInt = 7
	fmt.Println(x+MyInt(3), int(x)*2, fmt.Sprintf("%T", x))
}
