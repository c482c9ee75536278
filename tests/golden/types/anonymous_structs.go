package main

import "fmt"

func main() {
	point := struct {
		X, Y int
	}{3, 4}
	fmt.Println(point, point.X*point.Y)
	config := struct {
		Host string
		Port int
		TLS  bool
	}{Host: "localhost", Port: 8080}
	fmt.Printf("%+v\n", config)
	tests := []struct {
		in   string
		want int
	}{
		{"a", 1},
		{"hello", 5},
		{"", 0},
	}
	for _, tt := range tests {
		fmt.Println(tt.in, len(tt.in) == tt.want)
	}
	type named struct{ X, Y int }
	var n named = point
	fmt.Println(n)
	a := struct{ A int }{1}
	b := struct{ A int }{1}
	fmt.Println(a == b)
	set := map[struct{ x, y int }]bool{{1, 2}: true}
	fmt.Println(set[struct{ x, y int }{1, 2}], set[struct{ x, y int }{2, 1}])
	empty := struct{}{}
	fmt.Println(empty)
	fmt.Printf("%T\n", point)
	fmt.Printf("%#v\n", config)
}
