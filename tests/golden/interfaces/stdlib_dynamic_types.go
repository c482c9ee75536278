package main

import (
	"fmt"
	"strconv"
)

type E interface{}

type Holder struct {
	Err error
	Any E
}

func main() {
	_, err := strconv.Atoi("zz")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, ne.Err.Error())
	}
	h := Holder{err, 5}
	fmt.Println(h.Err.Error(), h.Any)
	for i := 0; i < 3; i++ {
		var x interface{} = i
		switch v := x.(type) {
		case int:
			if v == 1 {
				continue
			}
			if v == 2 {
				break
			}
			p := &v
			*p += 10
			fmt.Println("int", v)
		}
	}
}
