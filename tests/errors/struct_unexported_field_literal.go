package main

import (
	"fmt"
	"strings"
)

func main() {
	b := strings.Builder{buf: nil} // ERROR "unknown field 'buf' in struct literal of type"
	fmt.Println(b.String())
}
