// stdlib/runtime/debug/decl.go — Go 1.19's runtime/debug: GC and memory settings (SetGCPercent,
// SetMemoryLimit, FreeOSMemory, ...), GCStats, stacks, BuildInfo, Module and BuildSetting.
//
// Skipped: nothing.
//
// Signatures only: the declarations have no bodies; the native implementations arrive with later
// issues, beside this file, without changing what is declared here.
package debug

import (
	"time"
)

type BuildInfo struct {
	GoVersion string
	Path      string
	Main      Module
	Deps      []*Module
	Settings  []BuildSetting
}

func (bi *BuildInfo) String() string

type BuildSetting struct {
	Key, Value string
}

type GCStats struct {
	LastGC         time.Time
	NumGC          int64
	PauseTotal     time.Duration
	Pause          []time.Duration
	PauseEnd       []time.Time
	PauseQuantiles []time.Duration
}

type Module struct {
	Path    string
	Version string
	Sum     string
	Replace *Module
}

func FreeOSMemory()
func ParseBuildInfo(data string) (bi *BuildInfo, err error)
func PrintStack()
func ReadBuildInfo() (info *BuildInfo, ok bool)
func ReadGCStats(stats *GCStats)
func SetGCPercent(percent int) int
func SetMaxStack(bytes int) int
func SetMaxThreads(threads int) int
func SetMemoryLimit(limit int64) int64
func SetPanicOnFault(enabled bool) bool
func SetTraceback(level string)
func Stack() []byte
func WriteHeapDump(fd uintptr)
