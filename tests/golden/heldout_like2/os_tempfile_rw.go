package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp(os.TempDir(), "vitro-test-")
	if err != nil {
		fmt.Println("mkdir:", err)
		return
	}
	defer os.RemoveAll(dir)
	path := dir + "/data.txt"
	err = os.WriteFile(path, []byte("alpha\nbeta\ngamma\n"), 0644)
	fmt.Println("write:", err)
	data, err := os.ReadFile(path)
	fmt.Printf("%q %v\n", data, err)
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0644)
	fmt.Println("open:", err)
	fmt.Fprintln(f, "delta")
	f.Close()
	f, _ = os.Open(path)
	sc := bufio.NewScanner(f)
	var lines []string
	for sc.Scan() {
		lines = append(lines, strings.ToUpper(sc.Text()))
	}
	f.Close()
	fmt.Println(lines)
	info, err := os.Stat(path)
	fmt.Println(info.Name(), info.Size(), info.IsDir(), err)
	_, err = os.ReadFile(dir + "/missing.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	err = os.Remove(path)
	fmt.Println("remove:", err)
	_, err = os.Stat(path)
	fmt.Println(os.IsNotExist(err))
}
