// stdlib/path/filepath/decl.go — Go 1.19's path/filepath for Unix ('/' separators).
//
// Skipped: Match, Glob, Walk, WalkDir, EvalSymlinks, ErrBadPattern, SkipDir, WalkFunc.
//
// Signatures only: the natives are in stdlib/path/path_natives.cpp.
package filepath

const (
	Separator     = '/'
	ListSeparator = ':'
)

func Abs(path string) (string, error)
func Base(path string) string
func Clean(path string) string
func Dir(path string) string
func Ext(path string) string
func FromSlash(path string) string
func IsAbs(path string) bool
func Join(elem ...string) string
func Rel(basepath, targpath string) (string, error)
func Split(path string) (dir, file string)
func SplitList(path string) []string
func ToSlash(path string) string
func VolumeName(path string) string
