package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "vitro-files-*")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	name := dir + "/data.txt"

	f, err := os.Create(name)
	fmt.Println(err, strings.HasSuffix(f.Name(), "/data.txt"))
	fmt.Fprintf(f, "header %s\n", "line")
	w := bufio.NewWriter(f)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(w, "row %d\n", i)
	}
	fmt.Println(w.Flush())
	n, err := f.WriteString("last row\n")
	fmt.Println(n, err)
	n, err = f.Write([]byte("bytes\n"))
	fmt.Println(n, err, f.Close())
	err = f.Close()
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), errors.Is(err, os.ErrClosed))
	_, err = f.Write([]byte("x"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))

	f, err = os.Open(name)
	fmt.Println(err)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	f.Seek(4, io.SeekStart)
	buf := make([]byte, 5)
	k, err := f.Read(buf)
	fmt.Println(k, err, string(buf[:k]))
	k, err = f.ReadAt(buf, 1000)
	fmt.Println(k, err)
	f.Seek(0, io.SeekEnd)
	k, err = f.Read(buf)
	fmt.Println(k, err)
	fi, err := f.Stat()
	fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode().IsRegular(), err)
	f.Close()

	a, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0644)
	fmt.Println(err)
	io.WriteString(a, "appended\n")
	a.Close()
	data, _ := os.ReadFile(name)
	fmt.Print(string(data))

	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(os.IsExist(err), errors.Is(err, os.ErrExist))
	_, err = os.Open(dir + "/missing.txt")
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, strings.Replace(pe.Path, dir, "DIR", 1), pe.Err, os.IsNotExist(err))
	st, err := os.Stat(dir)
	fmt.Println(st.IsDir(), st.Mode().IsDir(), st.Mode().String()[0:1], err)
	_, err = os.Stat(dir + "/nope")
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.FileMode(0644), os.FileMode(0755)|os.ModeDir, os.ModePerm)

	var nilFile *os.File
	_, err = nilFile.Write([]byte("x"))
	fmt.Println(err, errors.Is(err, os.ErrInvalid))
	_, err = os.Stdin.Write([]byte("x"))
	fmt.Println(err)
	fmt.Println(os.Stdout.Name(), os.Stderr.Name())
	tf, err := os.CreateTemp(dir, "tmp-*.log")
	fmt.Println(err, strings.HasPrefix(tf.Name(), dir+"/tmp-"), strings.HasSuffix(tf.Name(), ".log"))
	tf.Close()
	fmt.Println(os.RemoveAll(dir))
	_, err = os.Stat(dir)
	fmt.Println(os.IsNotExist(err))
}
