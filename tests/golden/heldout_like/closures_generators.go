package main

import "fmt"

func counter(start, step int) func() int {
	n := start - step
	return func() int {
		n += step
		return n
	}
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func chanGen(words ...string) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for _, w := range words {
			ch <- w
		}
	}()
	return ch
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func main() {
	c := counter(10, 5)
	fmt.Println(c(), c(), c())
	f := fib()
	for i := 0; i < 12; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for w := range chanGen("alpha", "beta", "gamma") {
		fmt.Println(w)
	}
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5))
	var funcs []func() int
	for i := 0; i < 3; i++ {
		i := i
		funcs = append(funcs, func() int { return i * i })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), ",")
	}
	fmt.Println()
	x := 1
	add := func() { x *= 3 }
	add()
	add()
	fmt.Println(x)
}
