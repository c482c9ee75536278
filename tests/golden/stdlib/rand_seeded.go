package main

import (
	"fmt"
	"math/rand"
)

func main() {
	// Go 1.19's top-level functions start from Seed(1).
	fmt.Println(rand.Int(), rand.Intn(100), rand.Int63(), rand.Int31(), rand.Uint32(), rand.Uint64())
	fmt.Println(rand.Float64(), rand.Float32(), rand.Int63n(1000000007), rand.Int31n(1000), rand.Intn(1<<40))
	fmt.Println(rand.Perm(10))
	rand.Seed(42)
	for i := 0; i < 5; i++ {
		fmt.Print(rand.Intn(1000), " ")
	}
	fmt.Println()
	r := rand.New(rand.NewSource(7))
	fmt.Println(r.Intn(10), r.Int63(), r.Float64(), r.Perm(5), r.Uint32(), r.Int31n(64))
	r.Seed(7)
	fmt.Println(r.Intn(10))
	rand.Seed(-5)
	fmt.Println(rand.Int63n(64), rand.Int31n(7))
	rand.Seed(0)
	fmt.Println(rand.Int63())
}
