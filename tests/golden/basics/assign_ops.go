package main

import "fmt"

func pair() (int, string) { return 10, "ten" }

func main() {
	x := 10
	x += 5
	x -= 3
	x *= 4
	x /= 6
	x %= 5
	fmt.Println(x)
	y := 0xf0
	y |= 0x0f
	y &= 0x3c
	y ^= 0xff
	y <<= 2
	y >>= 1
	y &^= 0x10
	fmt.Println(y)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	n, s := pair()
	fmt.Println(n, s)
	_, s = pair()
	fmt.Println(s)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 1, 9
	fmt.Println(i, arr)
	arr[0]++
	arr[1]--
	fmt.Println(arr)
	var f float64 = 1
	f /= 4
	f += 0.5
	fmt.Println(f)
	str := "a"
	str += "b"
	str += str
	fmt.Println(str)
	var p = &x
	*p += 100
	fmt.Println(x)
}
