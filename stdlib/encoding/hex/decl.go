// stdlib/encoding/hex/decl.go — Go 1.19's encoding/hex: lowercase hex encoding and decoding.
//
// Skipped: Dump, Dumper, NewEncoder, NewDecoder, and InvalidByteError as a type (decode errors
// are plain errors with Go's text: "encoding/hex: invalid byte: U+0067 'g'").
//
// Signatures only: the natives are in hex_natives.cpp.
package hex

var ErrLength error // "encoding/hex: odd length hex string", set by init_encoding

func Decode(dst, src []byte) (int, error)
func DecodeString(s string) ([]byte, error)
func DecodedLen(x int) int
func Encode(dst, src []byte) int
func EncodeToString(src []byte) string
func EncodedLen(n int) int
