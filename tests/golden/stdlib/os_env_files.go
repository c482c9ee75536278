package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	_, err := os.ReadFile("/nonexistent/vitro")
	fmt.Println(err, os.IsNotExist(err), errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrExist))
	fmt.Printf("%T %v\n", err, errors.Unwrap(err))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, pe.Err)
	name := "os_env_files.tmp"
	fmt.Println(os.WriteFile(name, []byte("hello\nworld\n"), 0644))
	b, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", b, err)
	fmt.Println(os.Remove(name))
	err = os.Remove(name)
	fmt.Println(err, os.IsNotExist(err))
	_, err = os.ReadFile(".")
	fmt.Println(err)
	fmt.Println(os.Setenv("VITRO_GOLDEN_X", "1"), os.Getenv("VITRO_GOLDEN_X"))
	v, ok := os.LookupEnv("VITRO_GOLDEN_X")
	fmt.Println(v, ok)
	os.Unsetenv("VITRO_GOLDEN_X")
	v, ok = os.LookupEnv("VITRO_GOLDEN_X")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.ErrNotExist, os.ErrExist, os.ErrPermission)
}
