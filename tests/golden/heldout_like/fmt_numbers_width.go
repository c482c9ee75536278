package main

import (
	"fmt"
	"math"
)

func main() {
	ints := []int{0, 7, -7, 255, 1 << 20, math.MaxInt32, math.MinInt64}
	for _, i := range ints {
		fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [%x] [%X] [%o] [%O] [%b] [% d] [%#x] [%#o]\n",
			i, i, i, i, i, i, i, i, i, i%64, i, i, i)
	}
	floats := []float64{0, 1, -1.5, 3.14159265, 1234567.891, 1e-10, 6.02e23, math.Inf(1), math.NaN(), -0.0}
	for _, f := range floats {
		fmt.Printf("[%v] [%f] [%.2f] [%8.3f] [%-8.1f] [%e] [%E] [%g] [%G] [%.3g] [%+.1f] [%08.2f]\n",
			f, f, f, f, f, f, f, f, f, f, f, f)
	}
	fmt.Printf("[%6.2f%%] [%*d] [%-*d] [%.*f]\n", 99.5, 6, 42, 4, 7, 2, math.Pi)
	fmt.Printf("[%c] [%q] [%U] [%#U] [%x] [% x] [%X]\n", 'G', 'G', 'é', 'é', "héllo", "abc", []byte{1, 171})
	fmt.Printf("[%s] [%10s] [%-10s] [%.2s] [%q] [%#q] [%x]\n", "go", "go", "go", "golang", `a"b`, "back`tick", "go")
	fmt.Printf("[%t] [%v] [%5t]\n", true, false, true)
	fmt.Printf("[%d] [%s] [%d]\n", "str", 12, []string{"a"})
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Println(fmt.Sprintf("%08.3f|%x|%X", -3.14159, 3.5, -1))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, nil))
	fmt.Println(fmt.Sprintln("x", 1), fmt.Sprint(), "|")
}
