package main

import "fmt"

const Retries int = 3

const Backoff float64 = Retries // ERROR "cannot use Retries \(constant 3 of type int\) as type float64"

func main() {
	fmt.Println(Backoff)
}
