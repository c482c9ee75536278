// stdlib/encoding/base64/decl.go — Go 1.19's encoding/base64: the four standard encodings.
//
// Skipped: NewEncoding, WithPadding, Strict, NewEncoder, NewDecoder, and CorruptInputError as a
// type (decode errors are plain errors with Go's text "illegal base64 data at input byte N").
//
// Signatures only: the natives are in base64_natives.cpp; init_base64 points the four
// variables at static Encoding values (kind: 0 std, 1 url, 2 raw std, 3 raw url).
package base64

type Encoding struct {
	kind int
}

const (
	StdPadding rune = '='
	NoPadding  rune = -1
)

var (
	StdEncoding    *Encoding
	URLEncoding    *Encoding
	RawStdEncoding *Encoding
	RawURLEncoding *Encoding
)

func (enc *Encoding) Decode(dst, src []byte) (n int, err error)
func (enc *Encoding) DecodeString(s string) ([]byte, error)
func (enc *Encoding) DecodedLen(n int) int
func (enc *Encoding) Encode(dst, src []byte)
func (enc *Encoding) EncodeToString(src []byte) string
func (enc *Encoding) EncodedLen(n int) int
