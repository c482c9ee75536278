package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines := 0
	bytes := 0
	for sc.Scan() {
		lines++
		bytes += len(sc.Bytes())
	}
	fmt.Println("lines:", lines, "bytes:", bytes, "err:", sc.Err())
	r := bufio.NewReader(os.Stdin)
	_, err := r.ReadString('\n')
	fmt.Println("read after EOF:", err)
}
