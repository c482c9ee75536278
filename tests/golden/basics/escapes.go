package main

import "fmt"

func main() {
	fmt.Println("tab:\there")
	fmt.Println("quote: \" backslash: \\")
	fmt.Println("hex: \x41\x42\x43")
	fmt.Println("octal: \101\102")
	fmt.Println("unicode: \u00e9 \u4e16 \U0001F600")
	fmt.Println(`raw: \t \n \x41`)
	s := "a\x00b"
	fmt.Println(len(s), s[1])
	fmt.Printf("%q\n", "line1\nline2\ttab\x7f\u00e9")
	fmt.Printf("%+q\n", "héllo 世")
	fmt.Printf("%q %q %q\n", 'x', '\n', '世')
	fmt.Printf("%#q\n", "no `backtick`")
	fmt.Printf("%#q\n", "simple")
	bell := "\a\b\f\v\r"
	for i := 0; i < len(bell); i++ {
		fmt.Print(int(bell[i]), " ")
	}
	fmt.Println()
	fmt.Println(len("\xff\xfe"), len("\u00ff"))
}
