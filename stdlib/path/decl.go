// stdlib/path/decl.go — Go 1.19's path: slash-separated path manipulation.
//
// Skipped: Match and ErrBadPattern.
//
// Signatures only: the natives are in path_natives.cpp (shared with path/filepath).
package path

func Base(path string) string
func Clean(path string) string
func Dir(path string) string
func Ext(path string) string
func IsAbs(path string) bool
func Join(elem ...string) string
func Split(path string) (dir, file string)
