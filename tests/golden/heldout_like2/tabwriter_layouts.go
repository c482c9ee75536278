package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "Name\tAge\tCity")
	fmt.Fprintln(w, "Alice\t30\tNew York")
	fmt.Fprintln(w, "Bob\t4\tLA")
	fmt.Fprintln(w, "no tabs here")
	fmt.Fprintln(w, "x\ty")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tbbb\tc\t")
	fmt.Fprintln(w, "aaaa\tb\tccccc\t")
	fmt.Fprintln(w, "é\t世界\t\t")
	w.Flush()
	w2 := new(tabwriter.Writer)
	w2.Init(os.Stdout, 0, 8, 0, '\t', 0)
	fmt.Fprintln(w2, "a\tb\tc")
	fmt.Fprintln(w2, "aaaaaaaaa\tbb\tc")
	fmt.Fprint(w2, "last\tline no newline")
	w2.Flush()
	fmt.Println()
	w3 := tabwriter.NewWriter(os.Stdout, 0, 4, 1, '-', tabwriter.DiscardEmptyColumns)
	fmt.Fprintf(w3, "k\t\tv\n")
	fmt.Fprintf(w3, "key\t\tvalue\n")
	w3.Write([]byte("z\t\t1\n"))
	fmt.Println(w3.Flush())
	w4 := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '\t', tabwriter.TabIndent)
	fmt.Fprintln(w4, "\tindented\tx")
	fmt.Fprintln(w4, "\t\tdouble")
	w4.Flush()
}
