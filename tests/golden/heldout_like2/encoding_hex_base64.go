package main

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

func main() {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "hello, 世界?>"} {
		fmt.Printf("%q %s %s %s %s %s\n", s, hex.EncodeToString([]byte(s)), base64.StdEncoding.EncodeToString([]byte(s)),
			base64.URLEncoding.EncodeToString([]byte(s)), base64.RawStdEncoding.EncodeToString([]byte(s)), base64.RawURLEncoding.EncodeToString([]byte(s)))
	}
	for _, s := range []string{"Zm9vYmFy", "Zm9vYg==", "Zm9vYg", "Zm9v\nYmE=", "Zm9!", "Zg=", "Zg==x", "====", "Zm9vYmFy="} {
		b, err := base64.StdEncoding.DecodeString(s)
		fmt.Printf("%q %q %v\n", s, b, err)
		b, err = base64.RawStdEncoding.DecodeString(s)
		fmt.Printf("   raw %q %v\n", b, err)
	}
	for _, s := range []string{"48656c6c6f", "48656C6C6F", "abc", "zz", "4g", ""} {
		b, err := hex.DecodeString(s)
		fmt.Printf("%q %q %v %v\n", s, b, err, err == hex.ErrLength)
	}
	dst := make([]byte, hex.EncodedLen(3))
	n := hex.Encode(dst, []byte{1, 0xab, 0xff})
	fmt.Println(n, string(dst), hex.DecodedLen(10))
	buf := make([]byte, base64.StdEncoding.EncodedLen(5))
	base64.StdEncoding.Encode(buf, []byte("12345"))
	fmt.Println(string(buf), base64.StdEncoding.DecodedLen(len(buf)), base64.RawURLEncoding.EncodedLen(5))
	out := make([]byte, 10)
	k, err := base64.StdEncoding.Decode(out, buf)
	fmt.Println(k, err, string(out[:k]))
	fmt.Printf("%x %X % x\n", []byte("hi"), "hi", [3]byte{1, 2, 3})
}
