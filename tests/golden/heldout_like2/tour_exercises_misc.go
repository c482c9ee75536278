package main

import (
	"fmt"
	"io"
	"math"
	"strings"
)

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 20; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

type IPAddr [4]byte

func (ip IPAddr) String() string { return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3]) }

type rot13Reader struct{ r io.Reader }

func (rr rot13Reader) Read(b []byte) (int, error) {
	n, err := rr.r.Read(b)
	for i := 0; i < n; i++ {
		c := b[i]
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

func WordCount(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

func main() {
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	v, _ := Sqrt(2)
	fmt.Println(math.Abs(v-math.Sqrt(2)) < 1e-12)
	hosts := map[string]IPAddr{"loopback": {127, 0, 0, 1}, "googleDNS": {8, 8, 8, 8}}
	fmt.Printf("loopback: %v\ngoogleDNS: %v\n", hosts["loopback"], hosts["googleDNS"])
	var sb strings.Builder
	io.Copy(&sb, rot13Reader{strings.NewReader("Lbh penpxrq gur pbqr!")})
	fmt.Println(sb.String())
	fmt.Println(WordCount("I am learning Go! Go is fun and I am happy"))
	f := fibonacci()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	b := make([]byte, 8)
	n, err := MyReader{}.Read(b)
	fmt.Println(n, err, string(b))
}
