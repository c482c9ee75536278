package main

import "fmt"

// Every integer verb and flag combination over integers of several sizes and signs.
func main() {
	values := []interface{}{
		0, 7, -42, 255, 1000000, int8(-128), int16(-300), int32(65), uint8(200), uint16(0xBEEF),
		uint32(1 << 31), int64(-1 << 40), uint64(1<<64 - 1), uintptr(4096), 'x', '日',
	}
	formats := []string{
		"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%-+6d|", "% 06d",
		"%x", "%X", "%#x", "%#X", "%08x", "%#08x", "%-#8x|", "% x", "%+x",
		"%o", "%#o", "%O", "%#O", "%b", "%#b", "%012b", "%-12b|",
		"%c", "%5c", "%-3c|", "%q", "%+q", "%#q", "%U", "%#U", "%10U", "%-10U|", "%.6U", "%#.2U",
		"%.3d", "%8.3d", "%-8.3d|", "%08.3d", "%+.2d", "%.0d", "%5.0d|", "%.0x",
		"%v", "%+v", "%#v", "%6v", "%-6v|", "%T", "%s", "%t", "%e", "%p",
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
