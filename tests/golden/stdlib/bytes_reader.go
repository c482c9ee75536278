package main

import (
	"bytes"
	"fmt"
)

func main() {
	r := bytes.NewReader([]byte("héllo"))
	fmt.Println(r.Len(), r.Size())
	c, n, err := r.ReadRune()
	fmt.Println(string(c), n, err)
	c, n, err = r.ReadRune()
	fmt.Println(string(c), n, err, r.UnreadRune(), r.UnreadRune(), r.Len())
	p := make([]byte, 3)
	k, err := r.Read(p)
	fmt.Println(k, err, string(p[:k]))
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadByte())
	pos, err := r.Seek(-2, 2)
	fmt.Println(pos, err, r.Len())
	k, err = r.Read(p)
	fmt.Println(k, err, string(p[:k]))
	k, err = r.Read(p)
	fmt.Println(k, err)
	r.Reset([]byte("new"))
	fmt.Println(r.Len())
}
