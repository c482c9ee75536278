package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func encode(s string) string {
	var sb strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		if j-i > 1 {
			sb.WriteString(strconv.Itoa(j - i))
		}
		sb.WriteRune(runes[i])
		i = j
	}
	return sb.String()
}

func decode(s string) (string, error) {
	var sb strings.Builder
	n := 0
	for i, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		if n == 0 {
			n = 1
		}
		sb.WriteString(strings.Repeat(string(r), n))
		n = 0
		_ = i
	}
	if n != 0 {
		return "", fmt.Errorf("dangling count %d", n)
	}
	return sb.String(), nil
}

func main() {
	for _, s := range []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aabbbcccc", "ééé世世"} {
		e := encode(s)
		d, err := decode(e)
		fmt.Printf("%q -> %q (ok=%v, err=%v, ratio=%.2f)\n", s, e, d == s, err, ratio(e, s))
	}
	_, err := decode("3a4")
	fmt.Println(err)
}

func ratio(a, b string) float64 {
	if len(b) == 0 {
		return 0
	}
	return float64(len(a)) / float64(len(b))
}
