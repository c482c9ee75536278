package main

import (
	"errors"
	"fmt"
)

type pair struct {
	key   string
	value int
}

type wrapper struct {
	p     pair
	items []string
	m     map[string]int
	ptr   *pair
}

func main() {
	fmt.Println([]int{1, 2, 3}, []string{"a", "b"}, [2]bool{true, false})
	fmt.Println(map[string]int{"z": 26, "a": 1, "m": 13})
	fmt.Println(map[int]bool{3: true, 1: false, 2: true})
	fmt.Println(pair{"k", 1}, &pair{"p", 2})
	w := wrapper{p: pair{"a", 1}, items: []string{"x"}, m: map[string]int{"q": 1}}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Println([]pair{{"a", 1}, {"b", 2}})
	fmt.Println([][]int{{1}, {2, 3}, {}})
	fmt.Println(errors.New("an error"), nil)
	fmt.Println([]any{1, "two", 3.0, nil, true})
	fmt.Println([]*int{nil})
	var ip *int
	fmt.Println(ip)
	fmt.Println('a', byte('a'), "a")
	fmt.Println(int8(-1), uint8(255), 1e100, float32(2.5))
	fmt.Println([]byte("hi"), []rune("hi"))
	fmt.Println(struct{}{}, [0]int{}, []struct{}{{}, {}})
	fmt.Print("x", 1, 2, "y", "z", 3.5, "\n")
	fmt.Print(1, 2, "\n")
}
