package main

import "fmt"

func main() {
	n := 42
	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d]\n", n, n, n, n, n, n)
	m := -42
	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d]\n", m, m, m, m, m, m)
	fmt.Printf("[%x] [%X] [%#x] [%#X] [%08x] [%#08x]\n", 255, 255, 255, 255, 255, 255)
	fmt.Printf("[%o] [%#o] [%O] [%b] [%#b] [%08b]\n", 8, 8, 8, 5, 5, 5)
	fmt.Printf("[%x] [%X] [%b]\n", -255, -255, -5)
	fmt.Printf("[%c] [%c] [%q] [%U] [%#U]\n", 65, 0x4e16, 'x', 0x1F600, 'é')
	fmt.Printf("[%v] [%v] [%v]\n", int8(-128), uint64(18446744073709551615), uintptr(10))
	fmt.Printf("[%6.3d] [%.0d] [%.0d]\n", 7, 0, 3)
	fmt.Printf("[%*d] [%-*d] [%.*d]\n", 6, 1, 6, 2, 4, 3)
	fmt.Printf("[%d] [%x]\n", []int{1, 2, 300}, []int{10, 255})
	fmt.Printf("[%5t] [%-6t] [%v]\n", true, false, true)
	fmt.Printf("[%x] [%X]\n", uint8(171), int16(-1))
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("[%3c|%-3c]\n", 'a', 'b')
	fmt.Printf("[%+q] [%#q]\n", '世', 'a')
	type ID int
	fmt.Printf("[%d] [%v] [%05d]\n", ID(9), ID(9), ID(-9))
}
