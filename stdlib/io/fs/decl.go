// stdlib/io/fs/decl.go — the io/fs sentinel errors only. Go's os declares ErrNotExist and the
// others as the very same values as io/fs; vitro's os::init_errors stores identical values in
// both packages' variables so that errors.Is(err, fs.ErrNotExist) matches os errors. The file
// types (FileMode, FileInfo, PathError) live in os (see stdlib/os/decl.go).
package fs

var (
	ErrInvalid    error
	ErrPermission error
	ErrExist      error
	ErrNotExist   error
	ErrClosed     error
)
