package main

import (
	"fmt"
	"math/rand"
	"sort"
)

type counter struct {
	src rand.Source
	n   int
}

func (c *counter) Int63() int64    { c.n++; return c.src.Int63() }
func (c *counter) Seed(seed int64) { c.src.Seed(seed) }

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Printf("%.12f %.12f\n", r.NormFloat64(), r.ExpFloat64())
	}
	sum, sumsq := 0.0, 0.0
	for i := 0; i < 20000; i++ {
		x := r.NormFloat64()*2 + 10
		sum += x
		sumsq += x * x
	}
	fmt.Printf("%.10f %.10f\n", sum, sumsq)
	esum := 0.0
	for i := 0; i < 20000; i++ {
		esum += r.ExpFloat64()
	}
	fmt.Printf("%.10f\n", esum)

	rand.Seed(7)
	fmt.Printf("%.12f %.12f\n", rand.NormFloat64(), rand.ExpFloat64())
	fmt.Println(rand.Perm(8))
	xs := []string{"a", "b", "c", "d", "e", "f"}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)

	// A Source used through the interface, and a script Source wrapping it.
	src := rand.NewSource(99)
	fmt.Println(src.Int63(), src.Int63())
	src.Seed(99)
	fmt.Println(src.Int63())
	c := &counter{src: rand.NewSource(5)}
	cr := rand.New(c)
	fmt.Println(cr.Intn(100), cr.Intn(100), cr.Float64() < 1, c.n)
	fmt.Printf("%.12f %d\n", cr.NormFloat64(), c.n)

	ints := []int{5, 2, 8, 1}
	rev := sort.Reverse(sort.IntSlice(ints))
	sort.Sort(rev)
	fmt.Println(ints, rev.Len(), rev.Less(0, 1))
	rev.Swap(0, 3)
	fmt.Println(ints, sort.IsSorted(rev))
}
