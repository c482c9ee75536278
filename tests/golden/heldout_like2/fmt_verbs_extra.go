package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	fmt.Printf("%x|%X|% x|%#x\n", "hello", []byte("hi"), "abc", "xyz")
	fmt.Printf("%q|%#q|%+q|%q\n", "tab\there", "back`tick", "naïve", 'x')
	fmt.Printf("%U|%#U|%c|%d\n", '⌘', 'é', 65, 'A')
	fmt.Printf("%08.3f|%-8.2f|%+.1f|% d|%+d\n", 3.14159, 2.5, 7.0, 42, 42)
	fmt.Printf("%-10s|%10s|%.2s|%-5d|%05d\n", "left", "right", "truncate", 7, -42)
	fmt.Printf("%e|%E|%.3e|%g|%G\n", 123456.789, 0.000123, 1.0, 1e-7, 1e21)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]s-%[1]s %[3]v %v\n", "a", "b", "c")
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%t %v %5t\n", true, false, true)
	fmt.Printf("%o %#o %O %b %#b\n", 64, 64, 64, 5, 5)
	fmt.Printf("%x %X %#X %08b\n", -255, 3054, 3054, 5)
	fmt.Printf("%v %s %d %.2f\n", Celsius(21.5), Celsius(0), 3, Celsius(1.005))
	fmt.Printf("%6.2v|%v|%.3v\n", 3.14159, 1e6, "abcdef")
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!|%z\n", 1)
	fmt.Printf("%p\n", nil)
	fmt.Printf("%v %.0f %.0f %.0f\n", 2.0, 0.5, 1.5, 2.5)
	fmt.Printf("%5.1f%%\n", 99.5)
	fmt.Printf("%c%c%c\n", 'G', 'o', 0x1F600)
	fmt.Printf("%-4d|%4d|%-4s|\n", 12345, 12345, "toolong")
	fmt.Printf("%x %.3x\n", 3.5, "abcdef")
	fmt.Printf("%10.3e|%-12g|\n", 1234.5678, 0.000012345)
	fmt.Printf("%+v %#v\n", Celsius(3), Celsius(3))
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%5v|%-5v|\n", []int{1, 2}, true)
	fmt.Printf("%03d|%3c|%-3c|\n", []int{1, 2}, 'x', 'y')
}
