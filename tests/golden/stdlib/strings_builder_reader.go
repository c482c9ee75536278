package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "item%d", i)
	}
	b.WriteByte('!')
	b.WriteRune('✓')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(64)
	b.WriteString("grown")
	fmt.Println(b.String(), b.Cap() >= 64)

	rd := strings.NewReader("hello reader world")
	buf := make([]byte, 6)
	for {
		n, err := rd.Read(buf)
		if n > 0 {
			fmt.Printf("%q ", buf[:n])
		}
		if err == io.EOF {
			fmt.Println("EOF")
			break
		}
	}
	rd2 := strings.NewReader("abc")
	fmt.Println(rd2.Len(), rd2.Size())
	all, err := io.ReadAll(rd2)
	fmt.Println(string(all), err, rd2.Len())
}
