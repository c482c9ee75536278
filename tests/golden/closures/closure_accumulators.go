package main

import "fmt"

func accumulator() func(float64) (float64, int) {
	sum, count := 0.0, 0
	return func(x float64) (float64, int) {
		sum += x
		count++
		return sum / float64(count), count
	}
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func adder(n int) func(int) int { return func(x int) int { return x + n } }

func main() {
	avg := accumulator()
	for _, v := range []float64{4, 8, 15, 16, 23, 42} {
		mean, n := avg(v)
		fmt.Printf("n=%d mean=%.3f\n", n, mean)
	}
	double := func(x int) int { return x * 2 }
	square := func(x int) int { return x * x }
	f := compose(adder(1), double, square)
	g := compose(square, double, adder(1))
	fmt.Println(f(3), g(3), compose()(7))
}
