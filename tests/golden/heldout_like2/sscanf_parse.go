package main

import "fmt"

func main() {
	var name string
	var age int
	var height float64
	n, err := fmt.Sscanf("alice 30 1.75", "%s %d %f", &name, &age, &height)
	fmt.Println(n, err, name, age, height)
	var x, y int
	n, err = fmt.Sscanf("pos=(3,4)", "pos=(%d,%d)", &x, &y)
	fmt.Println(n, err, x, y)
	var a, b int
	n, err = fmt.Sscan("10 20", &a, &b)
	fmt.Println(n, err, a+b)
	n, err = fmt.Sscan("7", &a, &b)
	fmt.Println(n, err)
	var word string
	var num int
	n, err = fmt.Sscanf("hello x", "%s %d", &word, &num)
	fmt.Println(n, err, word)
	var h int
	fmt.Sscanf("ff", "%x", &h)
	fmt.Println(h)
	var s1, s2 string
	fmt.Sscanln("one two\nthree", &s1, &s2)
	fmt.Println(s1, s2)
	var r rune
	fmt.Sscanf("Z", "%c", &r)
	fmt.Println(r, string(r))
	var bl bool
	fmt.Sscan("true", &bl)
	fmt.Println(bl)
}
