package main

import "fmt"

var x = "package"

func show() { fmt.Println("show:", x) }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		x = "block changed"
		fmt.Println(x)
	}
	fmt.Println(x)
	show()
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop", x)
	}
	switch x := len(x); x {
	case 4:
		fmt.Println("switch", x)
	}
	fmt.Println(x)
	y, err := 1, error(nil)
	if true {
		y, err := 2, fmt.Errorf("inner")
		fmt.Println(y, err)
	}
	fmt.Println(y, err)
	z, y := 3, 4
	fmt.Println(z, y)
	fmt := "shadowed package name"
	_ = fmt
}
