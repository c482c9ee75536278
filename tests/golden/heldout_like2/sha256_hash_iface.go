package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"strings"
)

func main() {
	s := "sha256 this string"
	h := sha256.New()
	h.Write([]byte(s))
	bs := h.Sum(nil)
	fmt.Println(s)
	fmt.Printf("%x\n", bs)
	sum := sha256.Sum256([]byte("hello world\n"))
	fmt.Printf("%x %d\n", sum, len(sum))
	fmt.Println(hex.EncodeToString(sum[:4]))
	var hh hash.Hash = sha256.New()
	io.WriteString(hh, "The quick brown fox ")
	fmt.Fprintf(hh, "jumps over the lazy dog")
	fmt.Printf("%x %d %d\n", hh.Sum([]byte("prefix")), hh.Size(), hh.BlockSize())
	hh.Reset()
	fmt.Printf("%x\n", hh.Sum(nil))
	big := strings.Repeat("a", 1000)
	fmt.Printf("%X\n", sha256.Sum256([]byte(big)))
	a := sha256.Sum256(nil)
	b := a
	b[0] = 0
	fmt.Println(a[0] != b[0], a == sha256.Sum256([]byte{}))
}
