package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println("n =", n)
	count := 0
	for {
		count++
		if count == 5 {
			break
		}
	}
	fmt.Println("count =", count)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Println(i, j)
	}
	sum := 0
	for i := 1; i <= 100; i++ {
		if i%3 != 0 && i%5 != 0 {
			continue
		}
		sum += i
	}
	fmt.Println("sum =", sum)
	var i int
	for i = 10; i > 0; i /= 2 {
	}
	fmt.Println("i =", i)
	for x := 0; x < 20; x += 7 {
		fmt.Print(x, ",")
	}
	fmt.Println()
	k := 3
	for ; k > 0; k-- {
		fmt.Print("k", k, " ")
	}
	fmt.Println()
}
