package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrEmpty = errors.New("empty key")

func lookup(m map[string]int, key string) (int, error) {
	if key == "" {
		return 0, ErrEmpty
	}
	v, ok := m[key]
	if !ok {
		return 0, ErrNotFound
	}
	return v, nil
}

func main() {
	m := map[string]int{"a": 1}
	for _, k := range []string{"a", "b", ""} {
		v, err := lookup(m, k)
		switch err {
		case nil:
			fmt.Println(k, "=", v)
		case ErrNotFound:
			fmt.Println(k, "missing:", err)
		default:
			fmt.Println("other error:", err)
		}
	}
	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), e1 == e1)
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
	var err error
	fmt.Println(err == nil, err)
}
