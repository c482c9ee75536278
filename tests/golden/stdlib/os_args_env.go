package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println("argc:", len(os.Args))
	fmt.Println("extra args:", os.Args[1:], len(os.Args[1:]))
	fmt.Println("program name non-empty:", os.Args[0] != "")
	v := os.Getenv("VITRO_GOLDEN_SURELY_UNSET_VARIABLE")
	fmt.Printf("unset env: %q\n", v)
	val, ok := os.LookupEnv("VITRO_GOLDEN_SURELY_UNSET_VARIABLE")
	fmt.Printf("lookup: %q %v\n", val, ok)
	fmt.Fprintln(os.Stdout, "via os.Stdout")
	os.Stdout.WriteString("WriteString on os.Stdout\n")
	os.Stdout.Write([]byte("Write on os.Stdout\n"))
	fmt.Fprintln(os.Stderr, "this line goes to stderr")
	args := strings.Join(os.Args[1:], ",")
	fmt.Printf("joined: %q\n", args)
}
