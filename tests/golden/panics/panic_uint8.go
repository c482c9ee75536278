package main

import "fmt"

func checksum(data []byte) byte {
	var sum byte
	for _, b := range data {
		sum += b
	}
	return sum
}

func main() {
	c := checksum([]byte("hello"))
	fmt.Println("checksum", c)
	if c != 0 {
		panic(c)
	}
}
