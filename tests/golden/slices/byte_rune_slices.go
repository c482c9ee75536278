package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	b[0] = 'H'
	fmt.Println(s, string(b))
	r[len(r)-1] = '!'
	fmt.Println(string(r))
	fmt.Println(string(r[7:]), string(b[:2]))
	fmt.Printf("% x\n", b[:6])
	fmt.Printf("%U\n", r[:3])
	fmt.Println(string(rune(65)), string(r[1]))
	bs := []byte{}
	for i := 0; i < 5; i++ {
		bs = append(bs, byte('a'+i))
	}
	bs = append(bs, " – end"...)
	fmt.Println(string(bs), len(bs))
	var rs []rune
	for _, c := range "abc" {
		rs = append(rs, c-32)
	}
	fmt.Println(string(rs), rs)
}
