package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

const path = "/tmp/vitro_golden_os_write_read.txt"

func main() {
	var buf bytes.Buffer
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(&buf, "line %d: %s\n", i, strings.Repeat("#", i))
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		fmt.Println("write failed:", err)
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Println("read failed:", err)
		return
	}
	fmt.Println("bytes written and read:", buf.Len(), len(data), bytes.Equal(buf.Bytes(), data))
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		if n%2 == 1 {
			fmt.Println(sc.Text())
		}
	}
	fmt.Println("lines:", n)
	if err := os.WriteFile(path, []byte("short\n"), 0o644); err != nil {
		fmt.Println("rewrite failed:", err)
	}
	data, _ = os.ReadFile(path)
	fmt.Printf("%q\n", data)
}
