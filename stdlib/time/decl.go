// stdlib/time/decl.go — Go 1.19's time: Time, Duration and its unit constants, Month, Weekday,
// Location (UTC, Local), the layout constants, Timer, Ticker, Sleep, After, Tick, AfterFunc,
// parsing and formatting, and ParseError, with Go's field layouts.
//
// Skipped: nothing.
//
// Signatures only: the declarations have no bodies; the native implementations arrive with later
// issues, beside this file, without changing what is declared here.
package time

const (
	Layout               = "01/02 03:04:05PM '06 -0700"
	ANSIC                = "Mon Jan _2 15:04:05 2006"
	UnixDate             = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate             = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822               = "02 Jan 06 15:04 MST"
	RFC822Z              = "02 Jan 06 15:04 -0700"
	RFC850               = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123              = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z             = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339              = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano          = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen              = "3:04PM"
	Stamp                = "Jan _2 15:04:05"
	StampMilli           = "Jan _2 15:04:05.000"
	StampMicro           = "Jan _2 15:04:05.000000"
	StampNano            = "Jan _2 15:04:05.000000000"
	January     Month    = 1
	February    Month    = 2
	March       Month    = 3
	April       Month    = 4
	May         Month    = 5
	June        Month    = 6
	July        Month    = 7
	August      Month    = 8
	September   Month    = 9
	October     Month    = 10
	November    Month    = 11
	December    Month    = 12
	Sunday      Weekday  = 0
	Monday      Weekday  = 1
	Tuesday     Weekday  = 2
	Wednesday   Weekday  = 3
	Thursday    Weekday  = 4
	Friday      Weekday  = 5
	Saturday    Weekday  = 6
	Nanosecond  Duration = 1
	Microsecond Duration = 1000 * Nanosecond
	Millisecond Duration = 1000 * Microsecond
	Second      Duration = 1000 * Millisecond
	Minute      Duration = 60 * Second
	Hour        Duration = 60 * Minute
)

var (
	UTC   *Location
	Local *Location
)

type Duration int64

func (d Duration) Abs() Duration
func (d Duration) Hours() float64
func (d Duration) Microseconds() int64
func (d Duration) Milliseconds() int64
func (d Duration) Minutes() float64
func (d Duration) Nanoseconds() int64
func (d Duration) Round(m Duration) Duration
func (d Duration) Seconds() float64
func (d Duration) String() string
func (d Duration) Truncate(m Duration) Duration

type Location struct {
	name       string
	zone       []zone
	tx         []zoneTrans
	extend     string
	cacheStart int64
	cacheEnd   int64
	cacheZone  *zone
}

// zone is one time zone of a Location, such as CET or CEST.
type zone struct {
	name   string
	offset int
	isDST  bool
}

// zoneTrans is one transition between zones of a Location.
type zoneTrans struct {
	when         int64
	index        uint8
	isstd, isutc bool
}

func (l *Location) String() string

type Month int

func (m Month) String() string

type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string

type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

// runtimeTimer is the timer the runtime keeps in its heap for a Timer or Ticker.
type runtimeTimer struct {
	pp       uintptr
	when     int64
	period   int64
	f        func(any, uintptr)
	arg      any
	seq      uintptr
	nextwhen int64
	status   uint32
}

func (t *Ticker) Reset(d Duration)
func (t *Ticker) Stop()

type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

func (t *Time) GobDecode(data []byte) error
func (t *Time) UnmarshalBinary(data []byte) error
func (t *Time) UnmarshalJSON(data []byte) error
func (t *Time) UnmarshalText(data []byte) error
func (t Time) Add(d Duration) Time
func (t Time) AddDate(years int, months int, days int) Time
func (t Time) After(u Time) bool
func (t Time) AppendFormat(b []byte, layout string) []byte
func (t Time) Before(u Time) bool
func (t Time) Clock() (hour, min, sec int)
func (t Time) Date() (year int, month Month, day int)
func (t Time) Day() int
func (t Time) Equal(u Time) bool
func (t Time) Format(layout string) string
func (t Time) GoString() string
func (t Time) GobEncode() ([]byte, error)
func (t Time) Hour() int
func (t Time) ISOWeek() (year, week int)
func (t Time) In(loc *Location) Time
func (t Time) IsDST() bool
func (t Time) IsZero() bool
func (t Time) Local() Time
func (t Time) Location() *Location
func (t Time) MarshalBinary() ([]byte, error)
func (t Time) MarshalJSON() ([]byte, error)
func (t Time) MarshalText() ([]byte, error)
func (t Time) Minute() int
func (t Time) Month() Month
func (t Time) Nanosecond() int
func (t Time) Round(d Duration) Time
func (t Time) Second() int
func (t Time) String() string
func (t Time) Sub(u Time) Duration
func (t Time) Truncate(d Duration) Time
func (t Time) UTC() Time
func (t Time) Unix() int64
func (t Time) UnixMicro() int64
func (t Time) UnixMilli() int64
func (t Time) UnixNano() int64
func (t Time) Weekday() Weekday
func (t Time) Year() int
func (t Time) YearDay() int
func (t Time) Zone() (name string, offset int)
func (t Time) ZoneBounds() (start, end Time)

type Timer struct {
	C <-chan Time
	r runtimeTimer
}

func (t *Timer) Reset(d Duration) bool
func (t *Timer) Stop() bool

type Weekday int

func (d Weekday) String() string

func After(d Duration) <-chan Time
func AfterFunc(d Duration, f func()) *Timer
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time
func FixedZone(name string, offset int) *Location
func LoadLocation(name string) (*Location, error)
func LoadLocationFromTZData(name string, data []byte) (*Location, error)
func NewTicker(d Duration) *Ticker
func NewTimer(d Duration) *Timer
func Now() Time
func Parse(layout, value string) (Time, error)
func ParseDuration(s string) (Duration, error)
func ParseInLocation(layout, value string, loc *Location) (Time, error)
func Since(t Time) Duration
func Sleep(d Duration)
func Tick(d Duration) <-chan Time
func Unix(sec int64, nsec int64) Time
func UnixMicro(usec int64) Time
func UnixMilli(msec int64) Time
func Until(t Time) Duration
