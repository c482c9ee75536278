package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	s := ""
	for i, c := range "rwx" {
		if p&(1<<uint(i)) != 0 {
			s += string(c)
		} else {
			s += "-"
		}
	}
	return s
}

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const big = 1 << 100
const typed int64 = 7
const str = "const" + "ant"

func main() {
	fmt.Println(KB, MB, GB, TB, ByteSize(1500), ByteSize(3.5e9))
	fmt.Println(Read, Write, Exec, Read|Exec, Perm(7), Perm(0))
	fmt.Printf("%d %d %d %v\n", Read, Write, Exec, Read|Write)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(big>>98, typed*2, str, len(str))
	const local = 'a' + 1
	fmt.Printf("%v %c %T\n", local, local, local)
	var x uint8 = 255
	x++
	fmt.Println(x, -7/2, -7%2, 7>>1, -7>>1)
}
