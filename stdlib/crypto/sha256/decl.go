// stdlib/crypto/sha256/decl.go — Go 1.19's crypto/sha256: SHA-256.
//
// Skipped: SHA-224 (Sum224, New224) and the binary marshaling of digests. New returns the
// concrete *digest (Go: hash.Hash, which *digest implements), so `h := sha256.New()` and
// `var h hash.Hash = sha256.New()` both work.
//
// Signatures only: the natives are in sha256_natives.cpp; digest keeps every written byte and
// hashes them at Sum.
package sha256

const (
	Size      = 32
	BlockSize = 64
)

type digest struct {
	data []byte
}

func New() *digest
func Sum256(data []byte) [Size]byte

func (d *digest) BlockSize() int
func (d *digest) Reset()
func (d *digest) Size() int
func (d *digest) Sum(in []byte) []byte
func (d *digest) Write(p []byte) (nn int, err error)
