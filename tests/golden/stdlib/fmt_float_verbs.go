package main

import (
	"fmt"
	"math"
)

// Every float verb and flag combination, including infinities, NaN and negative zero.
func main() {
	values := []interface{}{
		0.0, 1.0, -1.5, 3.14159265358979, 1e21, 1e20, 1e-7, 123456789.0, 0.000123456,
		float32(0.1), float32(16777216), float32(-2.5e-8), math.Inf(1), math.Inf(-1), math.NaN(),
		math.Copysign(0, -1), math.MaxFloat64, math.SmallestNonzeroFloat64, 100.0, 0.5,
	}
	formats := []string{
		"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%8.3f", "%-8.3f|", "%+.1e",
		"%08.3f", "%+08.2f", "% f", "% .2e", "%#g", "%#.3g", "%.3g", "%.10g", "%#v", "%+v",
		"%x", "%X", "%#x", "%.3x", "%b", "%10v", "%-10v|", "%.0f", "%#.0f", "%.0e", "%#.0e",
		"%6.2v", "%010v", "%-010.2f|", "%+g", "% g", "%#G", "%.1G", "%20.10e", "%T", "%d", "%s",
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
