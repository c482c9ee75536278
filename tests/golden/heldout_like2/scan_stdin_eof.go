package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	var n int
	c, err := fmt.Scan(&n)
	fmt.Println(c, err, n, err == io.EOF)
	var s string
	c, err = fmt.Scanln(&s)
	fmt.Printf("%d %v %q\n", c, err, s)
	c, err = fmt.Scanf("%d", &n)
	fmt.Println(c, err)
	sc := bufio.NewScanner(os.Stdin)
	lines := 0
	for sc.Scan() {
		lines++
	}
	fmt.Println("lines:", lines, sc.Err())
	r := bufio.NewReader(os.Stdin)
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
}
