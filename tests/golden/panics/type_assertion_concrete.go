package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

type Name string

func (n Name) String() string { return string(n) }

func main() {
	var s Stringer = ID(7)
	fmt.Println(s.String(), s.(ID))
	s = Name("gopher")
	fmt.Println(s)
	id := s.(ID)
	fmt.Println(id)
}
