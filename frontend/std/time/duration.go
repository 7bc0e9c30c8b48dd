package time

import "errors"

// A Duration is the time elapsed between two instants as an int64
// nanosecond count; the largest representable duration is about 290 years.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations. To count the units in a Duration, divide
// (d / time.Millisecond); to convert an integer count to a Duration,
// multiply (time.Duration(n) * time.Second).
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns the duration as text such as "72h3m0.5s": hours, minutes
// and seconds with a fraction, leading zero units left out. Durations under
// a second use ms, µs or ns so that the first digit is not zero; zero is
// "0s".
func (d Duration) String() string {
	// Build the text backwards from its end, in a buffer that fits the
	// longest duration ("-2562047h47m16.854775808s").
	var buf [32]byte
	i := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	put := func(c byte) {
		i--
		buf[i] = c
	}
	if u < uint64(Second) {
		if u == 0 {
			return "0s"
		}
		put('s')
		digits := 0 // fraction digits of the unit
		switch {
		case u < uint64(Microsecond):
			put('n')
		case u < uint64(Millisecond):
			// "µ" is U+00B5, two bytes in UTF-8.
			put(0xB5)
			put(0xC2)
			digits = 3
		default:
			put('m')
			digits = 6
		}
		i, u = putFrac(buf[:i], u, digits)
		i = putUint(buf[:i], u)
	} else {
		put('s')
		i, u = putFrac(buf[:i], u, 9)
		// u counts whole seconds now.
		i = putUint(buf[:i], u%60)
		u /= 60
		if u > 0 {
			put('m')
			i = putUint(buf[:i], u%60)
			u /= 60
			if u > 0 {
				// Hours are the largest unit: days vary in length.
				put('h')
				i = putUint(buf[:i], u)
			}
		}
	}
	if neg {
		put('-')
	}
	return string(buf[i:])
}

// putFrac writes the last digits decimal digits of v as a fraction (".5")
// just before the end of buf, without trailing zeros (nothing at all when
// they are all zero). It returns where the text starts and v without those
// digits.
func putFrac(buf []byte, v uint64, digits int) (int, uint64) {
	i := len(buf)
	started := false
	for k := 0; k < digits; k++ {
		digit := v % 10
		v /= 10
		if digit != 0 {
			started = true
		}
		if started {
			i--
			buf[i] = byte('0' + digit)
		}
	}
	if started {
		i--
		buf[i] = '.'
	}
	return i, v
}

// putUint writes v in decimal just before the end of buf and returns where
// the text starts.
func putUint(buf []byte, v uint64) int {
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return i
		}
	}
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	whole := d / Second
	rest := d % Second
	return float64(whole) + float64(rest)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	whole := d / Minute
	rest := d % Minute
	return float64(whole) + float64(rest)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	whole := d / Hour
	rest := d % Hour
	return float64(whole) + float64(rest)/(60*60*1e9)
}

// Truncate returns d rounded toward zero to a multiple of m; d itself if
// m <= 0.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether x+x < y, without overflow, for x, y >= 0.
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns d rounded to the nearest multiple of m, halfway values
// away from zero. A result that overflows a Duration is the largest (or
// smallest) Duration. If m <= 0, Round returns d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if down := d - m + r; down < d {
			return down
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if up := d + m - r; up > d {
		return up
	}
	return maxDuration
}

// Abs returns the absolute value of d; the smallest Duration, which has no
// positive counterpart, gives the largest.
func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	if d == minDuration {
		return maxDuration
	}
	return -d
}

// durationError is the error ParseDuration returns: "time: " + message +
// " " + the quoted input.
type durationError struct {
	message string
	value   string
}

func (e *durationError) Error() string {
	return "time: " + e.message + " " + quote(e.value)
}

const hexDigits = "0123456789abcdef"

// quote puts s in double quotes, escaping '"' and '\\' with a backslash and
// writing every byte of a control or non-ASCII character (or invalid
// UTF-8) as \xNN, as Go's time package does in its error messages.
func quote(s string) string {
	out := make([]byte, 0, len(s)+2)
	out = append(out, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < ' ' || c >= 0x80 {
			n := runeLen(s[i:])
			for k := 0; k < n; k++ {
				b := s[i+k]
				out = append(out, '\\', 'x', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i += n
			continue
		}
		if c == '"' || c == '\\' {
			out = append(out, '\\')
		}
		out = append(out, c)
		i++
	}
	out = append(out, '"')
	return string(out)
}

// runeLen returns how many bytes the character at the start of s takes:
// the length of a valid UTF-8 sequence, else 1.
func runeLen(s string) int {
	for _, r := range s {
		if r == 0xFFFD && !(len(s) >= 3 && s[:3] == "\uFFFD") {
			return 1
		}
		return len(string(r))
	}
	return 1
}

var errLeadingInt = errors.New("time: bad [0-9]*")

// leadingInt consumes the leading [0-9]* of s; it fails when the value
// exceeds 1<<63.
func leadingInt(s string) (x uint64, rest string, err error) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, "", errLeadingInt
		}
		x = x*10 + uint64(c-'0')
		if x > 1<<63 {
			return 0, "", errLeadingInt
		}
	}
	return x, s[i:], nil
}

// leadingFraction consumes the leading [0-9]* of s as the digits of a
// fraction: the value is x/scale. Digits past what fits are ignored.
func leadingFraction(s string) (x uint64, scale float64, rest string) {
	i := 0
	scale = 1
	full := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if full {
			continue
		}
		if x > (1<<63-1)/10 {
			full = true
			continue
		}
		next := x*10 + uint64(c-'0')
		if next > 1<<63 {
			full = true
			continue
		}
		x = next
		scale *= 10
	}
	return x, scale, s[i:]
}

// unitNanos returns the length of a duration unit in nanoseconds.
func unitNanos(u string) (uint64, bool) {
	switch u {
	case "ns":
		return 1, true
	case "us", "\u00b5s", "\u03bcs": // micro sign and Greek mu
		return 1e3, true
	case "ms":
		return 1e6, true
	case "s":
		return 1e9, true
	case "m":
		return 60e9, true
	case "h":
		return 3600e9, true
	}
	return 0, false
}

// ParseDuration parses a duration string: an optional sign and a sequence
// of decimal numbers, each with an optional fraction and a unit suffix,
// such as "300ms", "-1.5h" or "2h45m". Units are "ns", "us" (or "µs"),
// "ms", "s", "m" and "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, &durationError{"invalid duration", orig}
	}
	var total uint64
	for s != "" {
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, &durationError{"invalid duration", orig}
		}
		// The whole part.
		before := len(s)
		v, rest, err := leadingInt(s)
		if err != nil {
			return 0, &durationError{"invalid duration", orig}
		}
		s = rest
		hasInt := len(s) != before
		// The fraction.
		var f uint64
		scale := 1.0
		hasFrac := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			before = len(s)
			f, scale, s = leadingFraction(s)
			hasFrac = len(s) != before
		}
		if !hasInt && !hasFrac {
			return 0, &durationError{"invalid duration", orig}
		}
		// The unit: everything up to the next digit or '.'.
		i := 0
		for i < len(s) && s[i] != '.' && (s[i] < '0' || s[i] > '9') {
			i++
		}
		if i == 0 {
			return 0, &durationError{"missing unit in duration", orig}
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitNanos(u)
		if !ok {
			return 0, &durationError{"unknown unit " + quote(u) + " in duration", orig}
		}
		if v > 1<<63/unit {
			return 0, &durationError{"invalid duration", orig}
		}
		v *= unit
		if f > 0 {
			// In float64 the fraction of an hour is still exact to the
			// nanosecond.
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, &durationError{"invalid duration", orig}
			}
		}
		total += v
		if total > 1<<63 {
			return 0, &durationError{"invalid duration", orig}
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, &durationError{"invalid duration", orig}
	}
	return Duration(total), nil
}
