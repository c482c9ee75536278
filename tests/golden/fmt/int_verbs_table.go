package main

import "fmt"

func main() {
	vals := []int{0, 7, -42, 255, 65535, -1 << 20}
	verbs := []string{"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%o", "%#o", "%O", "%b", "%08b", "%c", "%q", "%U", "%#U", "%v", "%6.3d"}
	for _, v := range vals {
		fmt.Printf("%d:", v)
		for _, verb := range verbs {
			if (verb == "%c" || verb == "%q" || verb == "%U" || verb == "%#U") && (v < 0) {
				continue
			}
			fmt.Printf(" "+verb, v)
		}
		fmt.Println()
	}
}
