package main

import "fmt"

// Every string, byte-slice and bool verb with flags, widths and precisions.
func main() {
	values := []interface{}{
		"", "hello", "héllo wörld", "tab\there", "quote\"d`back", "\x00\xff\xfe", "日本語テキスト",
		"new\nline", "\u2028sep", []byte("bytes"), []byte{}, []byte(nil), [3]byte{'a', 'b', 'c'},
		true, false,
	}
	formats := []string{
		"%s", "%q", "%+q", "%#q", "%#+q", "%x", "%X", "% x", "%# x", "%#x", "%# X", "%10s", "%-10s|",
		"%.3s", "%10.2s", "%-10.4q|", "%v", "%#v", "%+v", "%5q", "%.1q", "%.2x", "%8.2x", "%-8x|",
		"%t", "%5t", "%-6t|", "%d", "%c", "%010s", "%T",
	}
	for _, v := range values {
		fmt.Printf("== %T %v\n", v, v)
		line := ""
		for i, f := range formats {
			line += fmt.Sprintf("%s=[", f) + fmt.Sprintf(f, v) + "] "
			if i%6 == 5 {
				fmt.Println(line)
				line = ""
			}
		}
		fmt.Println(line)
	}
}
