// Package time is gowgc's time: Duration (String, ParseDuration, rounding),
// Time with a wall clock and a monotonic clock reading (Now, Since, Sub,
// Add, comparisons, Unix conversions), the proleptic Gregorian calendar
// (Date, Year, Month, Day, Weekday, ISOWeek, AddDate, ...), Format with
// Go's layouts, and Sleep, with Go's semantics.
//
// Differences from Go: there is no time zone database. UTC and fixed zones
// (FixedZone) exist; Local is UTC (named "Local", zone "UTC"), as Go's own
// WASI port has it without a TZ setting. Parse, timers, tickers and
// channels are not provided, and Sleep busy-waits on the monotonic clock
// (the program has no other threads to run meanwhile).
package time

import "math/bits"

// Runtime clocks (compiler intrinsic): nanoseconds of clock id, 0 the
// realtime clock (since the Unix epoch), 1 the monotonic clock.
func rt_clock_ns(id int32) int64

// A Time is an instant with nanosecond precision: seconds since January 1,
// year 1, 00:00:00 UTC, a nanosecond within that second, optionally a
// monotonic clock reading (Now sets one; Sub, Before, After, Equal use it
// when both times have one), and the Location used to present it (nil
// means UTC). The zero value is January 1, year 1, 00:00:00.000000000 UTC.
type Time struct {
	sec     int64
	nsec    int32
	hasMono bool
	mono    int64 // nanoseconds since the process started (plus one)
	loc     *Location
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	secondsPerWeek   = 7 * secondsPerDay

	// unixToInternal is the number of seconds from January 1, year 1 to
	// January 1, 1970 (both UTC).
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal
)

// wallToInternal is the number of seconds from January 1, year 1 to
// January 1, 1885. Go packs the wall clock of a Time with a monotonic
// reading in 33 bits of seconds from 1885, so times outside 1885 to 2157
// have none; gowgc follows it.
const wallToInternal int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay

// startNano is the monotonic clock at program start, less one, so that
// monotonic readings of Now are positive.
var startNano int64 = rt_clock_ns(1) - 1

// Now returns the current local time, with a monotonic clock reading.
func Now() Time {
	ns := rt_clock_ns(0)
	sec := ns / 1e9
	nsec := ns % 1e9
	if nsec < 0 {
		nsec += 1e9
		sec--
	}
	mono := monoNow()
	sec += unixToInternal
	if s := sec - wallToInternal; s < 0 || s > 1<<33-1 {
		return Time{sec: sec, nsec: int32(nsec), loc: Local}
	}
	return Time{sec: sec, nsec: int32(nsec), hasMono: true, mono: mono, loc: Local}
}

// monoNow is the monotonic reading Now would take.
func monoNow() int64 { return rt_clock_ns(1) - startNano }

// Unix returns the local Time corresponding to the given Unix time, sec
// seconds and nsec nanoseconds since January 1, 1970 UTC. nsec may be
// outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time in
// milliseconds.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the local Time corresponding to the given Unix time in
// microseconds.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// Unix returns t as seconds since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.sec + internalToUnix }

// UnixMilli returns t as milliseconds since January 1, 1970 UTC.
func (t Time) UnixMilli() int64 { return t.Unix()*1e3 + int64(t.nsec)/1e6 }

// UnixMicro returns t as microseconds since January 1, 1970 UTC.
func (t Time) UnixMicro() int64 { return t.Unix()*1e6 + int64(t.nsec)/1e3 }

// UnixNano returns t as nanoseconds since January 1, 1970 UTC (undefined
// outside the years 1678 to 2262, like Go's).
func (t Time) UnixNano() int64 { return t.Unix()*1e9 + int64(t.nsec) }

// IsZero reports whether t is the zero time, January 1, year 1, 00:00:00
// UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Compare returns -1 if t is before u, 0 if they are the same instant and
// +1 if t is after u.
func (t Time) Compare(u Time) int {
	var a, b int64
	if t.hasMono && u.hasMono {
		a, b = t.mono, u.mono
	} else {
		a, b = t.sec, u.sec
		if a == b {
			a, b = int64(t.nsec), int64(u.nsec)
		}
	}
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}

// Equal reports whether t and u are the same instant, whatever their
// locations.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// addSec adds d seconds to t, saturating instead of overflowing. Like
// Go's, a Time keeps its monotonic reading only while its wall clock is
// within 2^33 seconds from 1885 (see Now).
func (t *Time) addSec(d int64) {
	if t.hasMono {
		if s := t.sec + d - wallToInternal; s >= 0 && s <= 1<<33-1 {
			t.sec += d
			return
		}
		t.stripMono()
	}
	sum := t.sec + d
	if (sum > t.sec) == (d > 0) {
		t.sec = sum
	} else if d > 0 {
		t.sec = 1<<63 - 1
	} else {
		t.sec = -(1<<63 - 1)
	}
}

// stripMono drops the monotonic clock reading.
func (t *Time) stripMono() {
	t.hasMono = false
	t.mono = 0
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.nsec = nsec
	t.addSec(dsec)
	if t.hasMono {
		m := t.mono + int64(d)
		if d < 0 && m > t.mono || d > 0 && m < t.mono {
			// The monotonic reading would overflow: keep the wall clock
			// only.
			t.stripMono()
		} else {
			t.mono = m
		}
	}
	return t
}

// subMono returns t-u for monotonic readings, saturated to a Duration.
func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration
	}
	if d > 0 && t < u {
		return minDuration
	}
	return d
}

// Sub returns the duration t-u, saturated to the largest or smallest
// Duration. When both times have monotonic clock readings, it uses them.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return subMono(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// Since returns the time elapsed since t (Now().Sub(t)).
func Since(t Time) Duration {
	if t.hasMono {
		return subMono(monoNow(), t.mono)
	}
	return Now().Sub(t)
}

// Until returns the duration until t (t.Sub(Now())).
func Until(t Time) Duration {
	if t.hasMono {
		return subMono(t.mono, monoNow())
	}
	return t.Sub(Now())
}

// Round returns the result of rounding t to the nearest multiple of d
// since the zero time (halfway values round up), without a monotonic
// reading. If d <= 0, Round returns t stripped of its monotonic reading.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// Truncate returns the result of rounding t down to a multiple of d since
// the zero time, without a monotonic reading. If d <= 0, Truncate returns
// t stripped of its monotonic reading.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

// mod returns the time since the zero time modulo d (in [0, d)), for
// d > 0, in 128-bit arithmetic.
func (t Time) mod(d Duration) Duration {
	m := uint64(d)
	// sec mod m, as a non-negative value.
	s := t.sec % int64(m)
	if s < 0 {
		s += int64(m)
	}
	// (s * 1e9 + nsec) mod m, with s*1e9 in 128 bits.
	hi, lo := bits.Mul64(uint64(s), 1e9)
	lo2 := lo + uint64(t.nsec)
	if lo2 < lo {
		hi++
	}
	return Duration(bits.Rem64(hi, lo2, m))
}

// UTC returns t with its location set to UTC. Like Local and In, it
// drops the monotonic clock reading.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t with its location set to Local.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns t presented in location loc. In panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// Location returns the location of t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone returns the abbreviated name of the time zone in effect at t and
// its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	l := t.Location()
	return l.zone, l.offset
}

// IsDST reports whether t is in daylight saving time (never, here).
func (t Time) IsDST() bool { return false }

// A Location maps instants to the zone in use there. Only fixed zones
// exist in gowgc.
type Location struct {
	name   string
	zone   string
	offset int
}

var utcLoc = Location{name: "UTC", zone: "UTC"}
var localLoc = Location{name: "Local", zone: "UTC"}

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

// Local is the system's local time zone: UTC in gowgc.
var Local *Location = &localLoc

// String returns the name of the location.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and
// offset in seconds east of UTC.
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = [12]string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

// String returns the English name of the month ("January", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + uitoa(uint64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [7]string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

// String returns the English name of the day ("Sunday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + uitoa(uint64(d)) + ")"
}

// uitoa formats v in decimal.
func uitoa(v uint64) string {
	var buf [20]byte
	i := putUint(buf[:], v)
	return string(buf[i:])
}

// The calendar is the proleptic Gregorian calendar. Like Go, gowgc does
// calendar arithmetic on unsigned "absolute" days and seconds, counted from
// March 1 of the year -absoluteYears (a multiple of 400, so that 400-year
// eras start there and leap days fall at the end of a March-based year).
// Every int64 instant maps into that range, wrapping around exactly as
// Go's does for the most extreme ones.

const (
	absoluteYears     = 292277022400
	marchThruDecember = 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31
	daysPer400Years   = 400*365 + 97

	// Seconds from the absolute epoch to the zero Time.
	internalToAbsolute int64 = (absoluteYears*365.2425 + marchThruDecember) * secondsPerDay
)

// absSec returns t in absolute seconds, shifted by t's zone offset.
func (t Time) absSec() uint64 {
	return uint64(t.sec+int64(t.Location().offset)) + uint64(internalToAbsolute)
}

// absDays returns t's absolute day and the second within that day.
func (t Time) absDays() (days uint64, secOfDay int) {
	abs := t.absSec()
	return abs / secondsPerDay, int(abs % secondsPerDay)
}

// civil returns the date of an absolute day, and the day of the year.
func civil(days uint64) (year int, month Month, day int, yday int) {
	era := days / daysPer400Years
	doe := days % daysPer400Years // day of the era
	// Year of the era; years start on March 1.
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100) // day of that year, from March 1
	mp := (5*doy + 2) / 153                  // month, March = 0
	day = int(doy-(153*mp+2)/5) + 1
	y := era*400 + yoe
	year = int(y - absoluteYears)
	if mp < 10 {
		month = Month(mp + 3)
		yday = int(doy) + 1 + 31 + 28
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			yday++
		}
	} else {
		// January and February belong to the next calendar year.
		month = Month(mp - 9)
		year++
		yday = int(doy) + 1 - marchThruDecember
	}
	return
}

// absDaysOf returns the absolute day of a date; month is in 1..12 and day
// may be any value (day 0 is the last day of the previous month, and so
// on).
func absDaysOf(year int64, month Month, day int) uint64 {
	janFeb := uint64(0)
	mp := uint64(month) - 3
	if month < 3 {
		janFeb = 1
		mp = uint64(month) + 9
	}
	y := uint64(year) - janFeb + absoluteYears
	era, yoe := y/400, y%400
	doe := yoe*365 + yoe/4 - yoe/100 + (153*mp+2)/5
	return era*daysPer400Years + doe + uint64(int64(day)-1)
}

// weekdayOf returns the day of the week of an absolute day (the absolute
// epoch, a March 1 like that of 2000, was a Wednesday).
func weekdayOf(days uint64) Weekday {
	return Weekday((days + uint64(Wednesday)) % 7)
}

// Date returns the year, month and day of t.
func (t Time) Date() (year int, month Month, day int) {
	d, _ := t.absDays()
	year, month, day, _ = civil(d)
	return
}

// Year returns the year of t.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year of t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month of t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week of t.
func (t Time) Weekday() Weekday {
	d, _ := t.absDays()
	return weekdayOf(d)
}

// YearDay returns the day of the year of t, in [1, 365] (366 in leap
// years).
func (t Time) YearDay() int {
	d, _ := t.absDays()
	_, _, _, yday := civil(d)
	return yday
}

// ISOWeek returns the ISO 8601 year and week number of t. Weeks start on
// Monday; week 1 of a year is the one with its first Thursday.
func (t Time) ISOWeek() (year, week int) {
	d, _ := t.absDays()
	// Move to the Thursday of the same Monday-to-Sunday week.
	fromMonday := uint64(weekdayOf(d)+6) % 7
	thu := d - fromMonday + 3
	year, _, _, yday := civil(thu)
	return year, (yday-1)/7 + 1
}

// Clock returns the hour, minute and second of t within its day.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.absDays()
	return s / secondsPerHour, s % secondsPerHour / secondsPerMinute, s % secondsPerMinute
}

// Hour returns the hour of t, in [0, 23].
func (t Time) Hour() int {
	_, s := t.absDays()
	return s / secondsPerHour
}

// Minute returns the minute of t, in [0, 59].
func (t Time) Minute() int {
	_, s := t.absDays()
	return s % secondsPerHour / secondsPerMinute
}

// Second returns the second of t, in [0, 59].
func (t Time) Second() int {
	_, s := t.absDays()
	return s % secondsPerMinute
}

// Nanosecond returns the nanosecond of t within its second, in
// [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec) }

// norm normalizes hi and lo so that lo is in [0, base).
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time for yyyy-mm-dd hh:mm:ss + nsec nanoseconds in loc.
// Values outside their usual ranges are normalized: October 32 is
// November 1, for instance. Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)

	days := absDaysOf(int64(year), month, day)
	sec64 := int64(days)*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec) - internalToAbsolute
	t := Time{sec: sec64 - int64(loc.offset), nsec: int32(nsec)}
	t.setLoc(loc)
	return t
}

// AddDate returns t with the given numbers of years, months and days
// added, normalized like Date (October 31 plus one month is December 1).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}
