package main

import "fmt"

func main() {
	vals := []float64{1, 0.1, 1.0 / 3, 2.0 / 3, 1e6, 1e20, 1e21, 123456789012, 1e-4, 1e-5, 100, -0.0}
	for _, v := range vals {
		fmt.Println(v, fmt.Sprint(v), fmt.Sprintf("%v|%g|%.3v", v, v, v))
	}
	f32 := []float32{0.1, 1.0 / 3, 16777216, 1e10}
	for _, v := range f32 {
		fmt.Println(v, float64(v))
	}
	fmt.Println(3.0, 3.5, float32(3))
}
