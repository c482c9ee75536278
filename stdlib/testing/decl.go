// stdlib/testing/decl.go — Go 1.19's testing: T, B, F, M, PB, the TB interface, Benchmark and
// BenchmarkResult, AllocsPerRun, Short, Verbose, and the Internal* tables and runners that `go
// test` generates calls to.
//
// T, B and F embed the unexported common as in Go, so that Error, Fatal, Log, Helper, Cleanup, Skip
// and the rest are promoted methods of *common, and TB's unexported private method keeps other
// packages from implementing TB.
//
// Skipped: MainStart (its testDeps parameter is an internal interface whose fuzzing methods take
// reflect.Type; v1 has no reflect). testDeps is declared without those methods, and the unexported
// bookkeeping types (testContext, benchContext, chattyPrinter, ...) keep only fields of plain
// types.
//
// Signatures only: the declarations have no bodies; the native implementations arrive with later
// issues, beside this file, without changing what is declared here.
package testing

import (
	"io"
	"sync"
	"time"
)

// common holds what T, B and F share: output, status, cleanups, the parent and the timing.
type common struct {
	mu          sync.RWMutex
	output      []byte
	w           io.Writer
	ran         bool
	failed      bool
	skipped     bool
	done        bool
	helperPCs   map[uintptr]struct{}
	helperNames map[string]struct{}
	cleanups    []func()
	cleanupName string
	cleanupPc   []uintptr
	finished    bool
	inFuzzFn    bool

	chatty     *chattyPrinter
	bench      bool
	hasSub     int32
	raceErrors int
	runner     string

	parent   *common
	level    int
	creator  []uintptr
	name     string
	start    time.Time
	duration time.Duration
	barrier  chan bool
	signal   chan bool
	sub      []*T

	tempDirMu  sync.Mutex
	tempDir    string
	tempDirErr error
	tempDirSeq int32
}

func (c *common) Cleanup(f func())
func (c *common) Error(args ...any)
func (c *common) Errorf(format string, args ...any)
func (c *common) Fail()
func (c *common) FailNow()
func (c *common) Failed() bool
func (c *common) Fatal(args ...any)
func (c *common) Fatalf(format string, args ...any)
func (c *common) Helper()
func (c *common) Log(args ...any)
func (c *common) Logf(format string, args ...any)
func (c *common) Name() string
func (c *common) Setenv(key, value string)
func (c *common) Skip(args ...any)
func (c *common) SkipNow()
func (c *common) Skipf(format string, args ...any)
func (c *common) Skipped() bool
func (c *common) TempDir() string
func (c *common) private()

// chattyPrinter prints test progress in -v mode.
type chattyPrinter struct {
	w          io.Writer
	lastNameMu sync.Mutex
	lastName   string
}

// testContext is shared by all tests of a run: the deadline and parallelism limits.
type testContext struct {
	deadline      time.Time
	isFuzzing     bool
	mu            sync.Mutex
	startParallel chan bool
	running       int
	numWaiting    int
	maxParallel   int
}

// benchContext is shared by all benchmarks of a run.
type benchContext struct {
	maxLen int
	extLen int
}

// durationOrCountFlag is the value of -benchtime: a duration, or a count such as 100x.
type durationOrCountFlag struct {
	d         time.Duration
	n         int
	allowZero bool
}

// testDeps is what the generated test main supplies to M (Go's has fuzzing methods too).
type testDeps interface {
	ImportPath() string
	MatchString(pat, str string) (bool, error)
	SetPanicOnExit0(bool)
	StartCPUProfile(io.Writer) error
	StopCPUProfile()
	StartTestLog(io.Writer)
	StopTestLog() error
	WriteProfileTo(string, io.Writer, int) error
	ResetCoverage()
	SnapshotCoverage()
}

// fuzzContext, corpusEntry, fuzzResult and fuzzMode are the fuzzing state of an F.
type fuzzContext struct {
	deps testDeps
	mode fuzzMode
}

type fuzzMode uint8

type corpusEntry struct {
	Parent     string
	Path       string
	Data       []byte
	Values     []any
	Generation int
	IsSeed     bool
}

type fuzzResult struct {
	N     int
	T     time.Duration
	Error error
}

type B struct {
	common
	importPath       string
	context          *benchContext
	N                int
	previousN        int
	previousDuration time.Duration
	benchFunc        func(b *B)
	benchTime        durationOrCountFlag
	bytes            int64
	missingBytes     bool
	timerOn          bool
	showAllocResult  bool
	result           BenchmarkResult
	parallelism      int
	startAllocs      uint64
	startBytes       uint64
	netAllocs        uint64
	netBytes         uint64
	extra            map[string]float64
}

func (b *B) ReportAllocs()
func (b *B) ReportMetric(n float64, unit string)
func (b *B) ResetTimer()
func (b *B) Run(name string, f func(b *B)) bool
func (b *B) RunParallel(body func(*PB))
func (b *B) SetBytes(n int64)
func (b *B) SetParallelism(p int)
func (b *B) StartTimer()
func (b *B) StopTimer()

type BenchmarkResult struct {
	N         int
	T         time.Duration
	Bytes     int64
	MemAllocs uint64
	MemBytes  uint64
	Extra     map[string]float64
}

func (r BenchmarkResult) AllocedBytesPerOp() int64
func (r BenchmarkResult) AllocsPerOp() int64
func (r BenchmarkResult) MemString() string
func (r BenchmarkResult) NsPerOp() int64
func (r BenchmarkResult) String() string

type Cover struct {
	Mode            string
	Counters        map[string][]uint32
	Blocks          map[string][]CoverBlock
	CoveredPackages string
}

type CoverBlock struct {
	Line0 uint32
	Col0  uint16
	Line1 uint32
	Col1  uint16
	Stmts uint16
}

type F struct {
	common
	fuzzContext *fuzzContext
	testContext *testContext
	inFuzzFn    bool
	corpus      []corpusEntry
	result      fuzzResult
	fuzzCalled  bool
}

func (f *F) Add(args ...any)
func (f *F) Fail()
func (f *F) Fuzz(ff any)
func (f *F) Helper()
func (f *F) Skipped() bool

type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

type InternalFuzzTarget struct {
	Name string
	Fn   func(f *F)
}

type InternalTest struct {
	Name string
	F    func(*T)
}

type M struct {
	deps        testDeps
	tests       []InternalTest
	benchmarks  []InternalBenchmark
	fuzzTargets []InternalFuzzTarget
	examples    []InternalExample
	timer       *time.Timer
	afterOnce   sync.Once
	numRun      int
	exitCode    int
}

func (m *M) Run() (code int)

type PB struct {
	globalN *uint64
	grain   uint64
	cache   uint64
	bN      uint64
}

func (pb *PB) Next() bool

type T struct {
	common
	isParallel bool
	isEnvSet   bool
	context    *testContext
}

func (t *T) Deadline() (deadline time.Time, ok bool)
func (t *T) Parallel()
func (t *T) Run(name string, f func(t *T)) bool
func (t *T) Setenv(key, value string)

type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string
	private()
}

func AllocsPerRun(runs int, f func()) (avg float64)
func Benchmark(f func(b *B)) BenchmarkResult
func CoverMode() string
func Coverage() float64
func Init()
func Main(matchString func(pat, str string) (bool, error), tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample)
func RegisterCover(c Cover)
func RunBenchmarks(matchString func(pat, str string) (bool, error), benchmarks []InternalBenchmark)
func RunExamples(matchString func(pat, str string) (bool, error), examples []InternalExample) (ok bool)
func RunTests(matchString func(pat, str string) (bool, error), tests []InternalTest) (ok bool)
func Short() bool
func Verbose() bool
