package main

import (
	"fmt"
	"strings"
)

type Sizer interface{ Size() int }

func main() {
	var s Sizer
	b := s.(strings.Builder) // ERROR "impossible type assertion: s.\(strings.Builder\)"
	fmt.Println(b.Len())
}
