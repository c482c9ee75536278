// stdlib/runtime/decl.go — Go 1.19's runtime: GC, GOMAXPROCS, Gosched, Goexit, NumGoroutine,
// MemStats and ReadMemStats, SetFinalizer, KeepAlive, callers and frames (Caller, Callers,
// CallersFrames, Frame, Func), stacks and the profiling records, the Error interface,
// TypeAssertionError, and the GOOS, GOARCH and Compiler constants (as for linux/amd64).
//
// Skipped: SetCgoTraceback (takes unsafe.Pointer; v1 has neither unsafe nor cgo).
//
// Signatures only: the declarations have no bodies; the native implementations arrive with later
// issues, beside this file, without changing what is declared here.
package runtime

const (
	Compiler        = "gc"
	GOOS     string = "linux"
	GOARCH   string = "amd64"
)

var (
	MemProfileRate int
)

type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}

type Error interface {
	error
	RuntimeError()
}

type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
	funcInfo funcInfo
}

// funcInfo locates a function's metadata; _func and moduledata stand for the runtime's
// tables, which vitro's own function table replaces.
type funcInfo struct {
	*_func
	datap *moduledata
}

type _func struct{}

type moduledata struct{}

type Frames struct {
	callers    []uintptr
	frames     []Frame
	frameStore [2]Frame
}

func (ci *Frames) Next() (frame Frame, more bool)

type Func struct {
	opaque struct{}
}

func (f *Func) Entry() uintptr
func (f *Func) FileLine(pc uintptr) (file string, line int)
func (f *Func) Name() string

type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64
	AllocObjects, FreeObjects int64
	Stack0                    [32]uintptr
}

func (r *MemProfileRecord) InUseBytes() int64
func (r *MemProfileRecord) InUseObjects() int64
func (r *MemProfileRecord) Stack() []uintptr

type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

type StackRecord struct {
	Stack0 [32]uintptr
}

func (r *StackRecord) Stack() []uintptr

type TypeAssertionError struct {
	_interface    *_type
	concrete      *_type
	asserted      *_type
	missingMethod string
}

// _type stands for the runtime's type descriptor, which vitro's own descriptors replace.
type _type struct{}

func (*TypeAssertionError) RuntimeError()
func (e *TypeAssertionError) Error() string

func BlockProfile(p []BlockProfileRecord) (n int, ok bool)
func Breakpoint()
func CPUProfile() []byte
func Caller(skip int) (pc uintptr, file string, line int, ok bool)
func Callers(skip int, pc []uintptr) int
func CallersFrames(callers []uintptr) *Frames
func FuncForPC(pc uintptr) *Func
func GC()
func GOMAXPROCS(n int) int
func GOROOT() string
func Goexit()
func GoroutineProfile(p []StackRecord) (n int, ok bool)
func Gosched()
func KeepAlive(x any)
func LockOSThread()
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool)
func MutexProfile(p []BlockProfileRecord) (n int, ok bool)
func NumCPU() int
func NumCgoCall() int64
func NumGoroutine() int
func ReadMemStats(m *MemStats)
func ReadTrace() []byte
func SetBlockProfileRate(rate int)
func SetCPUProfileRate(hz int)
func SetFinalizer(obj any, finalizer any)
func SetMutexProfileFraction(rate int) int
func Stack(buf []byte, all bool) int
func StartTrace() error
func StopTrace()
func ThreadCreateProfile(p []StackRecord) (n int, ok bool)
func UnlockOSThread()
func Version() string
