package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

func main() {
	name := "/tmp/vitro_golden_os_roundtrip.txt"
	defer os.Remove(name)
	content := "alpha\nbeta\ngamma\n"
	if err := os.WriteFile(name, []byte(content), 0644); err != nil {
		fmt.Println("write error:", err)
		return
	}
	data, err := os.ReadFile(name)
	fmt.Println(len(data), err, string(data) == content)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	fmt.Println(lines)
	_, err = os.ReadFile("definitely_missing_file.txt")
	fmt.Println(err)
	fmt.Println(errors.Is(err, os.ErrNotExist))
	fmt.Println(os.Getenv("VITRO_SURELY_UNSET_VAR") == "")
	v, ok := os.LookupEnv("VITRO_SURELY_UNSET_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(len(os.Args))
	n, err := os.Stdout.WriteString("written with WriteString\n")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "via Fprintln")
}
