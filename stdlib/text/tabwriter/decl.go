// stdlib/text/tabwriter/decl.go — Go 1.19's text/tabwriter: elastic tabstops.
//
// Skipped: FilterHTML and StripEscape (their text passes through unchanged), and the early
// output Go does before Flush (vitro writes everything at Flush; the text is the same).
//
// Signatures only: the natives are in tabwriter_natives.cpp. Field layout is vitro's own
// (the natives read it); padchar is an int to keep every field 8-byte aligned.
package tabwriter

import "io"

const (
	FilterHTML uint = 1 << iota
	StripEscape
	AlignRight
	DiscardEmptyColumns
	TabIndent
	Debug
)

const Escape = '\xff'

type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padchar  int
	flags    uint
	buf      []byte
}

func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer

func (b *Writer) Flush() error
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer
func (b *Writer) Write(buf []byte) (n int, err error)
