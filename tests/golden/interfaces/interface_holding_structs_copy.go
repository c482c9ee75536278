package main

import "fmt"

type Box struct {
	Items []string
	Count int
}

func main() {
	b := Box{Items: []string{"a"}, Count: 1}
	var i interface{} = b // copies the struct
	b.Count = 99
	b.Items[0] = "changed"
	got := i.(Box)
	fmt.Println(got.Count, got.Items)
	got.Count = 5
	fmt.Println(i.(Box).Count)

	arr := [3]int{1, 2, 3}
	var j interface{} = arr
	arr[0] = 100
	fmt.Println(j, arr)

	p := &Box{Count: 7}
	var k interface{} = p
	p.Count = 8
	fmt.Println(k.(*Box).Count)

	vals := []interface{}{}
	for x := 0; x < 3; x++ {
		vals = append(vals, x)
	}
	fmt.Println(vals...)
}
