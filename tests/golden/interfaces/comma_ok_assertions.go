package main

import (
	"fmt"
	"strconv"
)

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

func describe(v interface{}) string {
	if s, ok := v.(fmt.Stringer); ok {
		return "stringer " + s.String()
	}
	if n, ok := v.(int); ok {
		return "int " + strconv.Itoa(n)
	}
	if e, ok := v.(error); ok {
		return "error " + e.Error()
	}
	s, ok := v.(string)
	return fmt.Sprintf("string? %q %v", s, ok)
}

func main() {
	vals := []interface{}{Celsius(21.5), 42, fmt.Errorf("bad %d", 7), "hi", 3.5, nil}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var x interface{} = 5
	f, ok := x.(float64)
	fmt.Println(f, ok)
	_, ok = x.(interface{ Foo() })
	fmt.Println(ok)
}
