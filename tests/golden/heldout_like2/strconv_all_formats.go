package main

import (
	"fmt"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -2.5, 3.14159265358979, 1e21, 1.5e-7, 123456789.125}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64),
			strconv.FormatFloat(v, 'f', 2, 64),
			strconv.FormatFloat(v, 'e', -1, 64),
			strconv.FormatFloat(v, 'E', 3, 64),
			strconv.FormatFloat(v, 'g', -1, 64),
			strconv.FormatFloat(v, 'G', 4, 64),
			strconv.FormatFloat(v, 'b', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(255, 'x', -1, 64), strconv.FormatFloat(1.0, 'x', 3, 64))
	fmt.Println(strconv.Quote("hi\n\"there\"\t☺\x00"), strconv.QuoteToASCII("☺ café"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('\n'))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u263a"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendInt(buf, 255, 16)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 1.5, 'g', -1, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendUint(buf, 7, 2)
	fmt.Println(string(buf))
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatInt(35, 36), strconv.FormatUint(1<<64-1, 16))
	fmt.Println(strconv.Itoa(-0), strconv.IsPrint('\u00ad'), strconv.CanBackquote("a`b"))
}
