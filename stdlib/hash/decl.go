// stdlib/hash/decl.go — Go 1.19's hash interfaces.
//
// Skipped: nothing (interfaces only; implementations live in crypto/sha256...).
package hash

import "io"

type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

type Hash32 interface {
	Hash
	Sum32() uint32
}

type Hash64 interface {
	Hash
	Sum64() uint64
}
