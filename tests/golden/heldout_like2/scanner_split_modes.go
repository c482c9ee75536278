package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	text := "The quick  brown\tfox\njumps over\n\nthe lazy dog"
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d:%s ", n, sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("héllo, 世界"))
	sc.Split(bufio.ScanRunes)
	var runes []string
	for sc.Scan() {
		runes = append(runes, sc.Text())
	}
	fmt.Printf("%q %d\n", runes, len(runes))
	sc = bufio.NewScanner(strings.NewReader(text))
	lines := 0
	for sc.Scan() {
		lines++
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println(" lines:", lines, sc.Err())
	sc = bufio.NewScanner(strings.NewReader("ab"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Print(sc.Bytes(), " ")
	}
	fmt.Println()
	commaSplit := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	sc = bufio.NewScanner(strings.NewReader("1,22,,333,4444"))
	sc.Split(commaSplit)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("line one\r\nline two\r\n"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
}
