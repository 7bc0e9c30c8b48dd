package time

// Predefined layouts for Time.Format. A layout shows how the reference
// time, Mon Jan 2 15:04:05 MST 2006 (Unix time 1136239445), would be
// written.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// The elements a layout can contain.
const (
	elemNone          = iota
	elemLongMonth     // "January"
	elemMonth         // "Jan"
	elemNumMonth      // "1"
	elemZeroMonth     // "01"
	elemLongWeekDay   // "Monday"
	elemWeekDay       // "Mon"
	elemDay           // "2"
	elemUnderDay      // "_2"
	elemZeroDay       // "02"
	elemUnderYearDay  // "__2"
	elemZeroYearDay   // "002"
	elemHour          // "15"
	elemHour12        // "3"
	elemZeroHour12    // "03"
	elemMinute        // "4"
	elemZeroMinute    // "04"
	elemSecond        // "5"
	elemZeroSecond    // "05"
	elemLongYear      // "2006"
	elemYear          // "06"
	elemPM            // "PM"
	elemLowerPM       // "pm"
	elemTZ            // "MST"
	elemISOTZ         // "Z0700"
	elemISOSecondsTZ  // "Z070000"
	elemISOShortTZ    // "Z07"
	elemISOColonTZ    // "Z07:00"
	elemISOColonSecTZ // "Z07:00:00"
	elemNumTZ         // "-0700"
	elemNumSecondsTZ  // "-070000"
	elemNumShortTZ    // "-07"
	elemNumColonTZ    // "-07:00"
	elemNumColonSecTZ // "-07:00:00"
	elemFracZeros     // ".000", ",000": fixed number of digits
	elemFracNines     // ".999", ",999": trailing zeros dropped
)

// layoutElem describes one element found in a layout: its kind and, for
// fractional seconds, the number of digits and the separator.
type layoutElem struct {
	kind   int
	digits int
	sep    byte
}

// hasLowerAt reports whether s starts with a lower-case ASCII letter (so
// that "Month" is not read as "Mon" followed by "th").
func hasLowerAt(s string) bool {
	return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z'
}

func hasPrefix(s, p string) bool {
	return len(s) >= len(p) && s[:len(p)] == p
}

// nextElem finds the first layout element in layout and returns the
// literal text before it, the element, and the text after it. With no
// element left, it returns layout, an elemNone element, and "".
func nextElem(layout string) (before string, e layoutElem, after string) {
	for i := 0; i < len(layout); i++ {
		rest := layout[i:]
		kind, n := elemNone, 0
		switch rest[0] {
		case 'J':
			if hasPrefix(rest, "January") {
				kind, n = elemLongMonth, 7
			} else if hasPrefix(rest, "Jan") && !hasLowerAt(rest[3:]) {
				kind, n = elemMonth, 3
			}
		case 'M':
			if hasPrefix(rest, "Monday") {
				kind, n = elemLongWeekDay, 6
			} else if hasPrefix(rest, "Mon") && !hasLowerAt(rest[3:]) {
				kind, n = elemWeekDay, 3
			} else if hasPrefix(rest, "MST") {
				kind, n = elemTZ, 3
			}
		case '0':
			if len(rest) >= 2 && '1' <= rest[1] && rest[1] <= '6' {
				kind = [6]int{elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute, elemZeroSecond, elemYear}[rest[1]-'1']
				n = 2
			} else if hasPrefix(rest, "002") {
				kind, n = elemZeroYearDay, 3
			}
		case '1':
			if hasPrefix(rest, "15") {
				kind, n = elemHour, 2
			} else {
				kind, n = elemNumMonth, 1
			}
		case '2':
			if hasPrefix(rest, "2006") {
				kind, n = elemLongYear, 4
			} else {
				kind, n = elemDay, 1
			}
		case '_':
			if hasPrefix(rest, "_2006") {
				// A literal '_' followed by the year.
				return layout[:i+1], layoutElem{kind: elemLongYear}, layout[i+5:]
			} else if hasPrefix(rest, "_2") {
				kind, n = elemUnderDay, 2
			} else if hasPrefix(rest, "__2") {
				kind, n = elemUnderYearDay, 3
			}
		case '3':
			kind, n = elemHour12, 1
		case '4':
			kind, n = elemMinute, 1
		case '5':
			kind, n = elemSecond, 1
		case 'P':
			if hasPrefix(rest, "PM") {
				kind, n = elemPM, 2
			}
		case 'p':
			if hasPrefix(rest, "pm") {
				kind, n = elemLowerPM, 2
			}
		case '-':
			switch {
			case hasPrefix(rest, "-070000"):
				kind, n = elemNumSecondsTZ, 7
			case hasPrefix(rest, "-07:00:00"):
				kind, n = elemNumColonSecTZ, 9
			case hasPrefix(rest, "-0700"):
				kind, n = elemNumTZ, 5
			case hasPrefix(rest, "-07:00"):
				kind, n = elemNumColonTZ, 6
			case hasPrefix(rest, "-07"):
				kind, n = elemNumShortTZ, 3
			}
		case 'Z':
			switch {
			case hasPrefix(rest, "Z070000"):
				kind, n = elemISOSecondsTZ, 7
			case hasPrefix(rest, "Z07:00:00"):
				kind, n = elemISOColonSecTZ, 9
			case hasPrefix(rest, "Z0700"):
				kind, n = elemISOTZ, 5
			case hasPrefix(rest, "Z07:00"):
				kind, n = elemISOColonTZ, 6
			case hasPrefix(rest, "Z07"):
				kind, n = elemISOShortTZ, 3
			}
		case '.', ',':
			// A run of '0's or '9's after the separator is a fractional
			// second, unless more digits follow the run.
			if len(rest) >= 2 && (rest[1] == '0' || rest[1] == '9') {
				j := 1
				for j < len(rest) && rest[j] == rest[1] {
					j++
				}
				if j == len(rest) || rest[j] < '0' || rest[j] > '9' {
					e := layoutElem{kind: elemFracZeros, digits: j - 1, sep: rest[0]}
					if rest[1] == '9' {
						e.kind = elemFracNines
					}
					return layout[:i], e, rest[j:]
				}
			}
		}
		if kind != elemNone {
			return layout[:i], layoutElem{kind: kind}, rest[n:]
		}
	}
	return layout, layoutElem{}, ""
}

// appendInt appends x in decimal, zero-padded to width digits (after a
// '-' sign for negative x).
func appendInt(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = uint64(-x)
	}
	var buf [20]byte
	i := putUint(buf[:], u)
	for pad := width - (len(buf) - i); pad > 0; pad-- {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// appendFrac appends the fractional second nsec as e describes it.
func appendFrac(b []byte, nsec int, e layoutElem) []byte {
	trim := e.kind == elemFracNines
	if trim && (e.digits == 0 || nsec == 0) {
		return b
	}
	start := len(b)
	b = append(b, e.sep)
	b = appendInt(b, nsec, 9)
	if e.digits < 9 {
		b = b[:len(b)-9+e.digits]
	}
	if trim {
		for len(b) > start && b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if len(b) > start && b[len(b)-1] == e.sep {
			b = b[:len(b)-1]
		}
	}
	return b
}

// Format returns t written in the given layout, which shows how the
// reference time Mon Jan 2 15:04:05 MST 2006 would be written (see the
// predefined layouts such as RFC3339).
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is like Format but appends the text to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	loc := t.Location()
	zoneName, offset := loc.zone, loc.offset
	days, secOfDay := t.absDays()
	year, month, day, yday := civil(days)
	hour := secOfDay / secondsPerHour
	min := secOfDay % secondsPerHour / secondsPerMinute
	sec := secOfDay % secondsPerMinute

	for layout != "" {
		before, e, after := nextElem(layout)
		b = append(b, before...)
		if e.kind == elemNone {
			break
		}
		layout = after
		switch e.kind {
		case elemYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case elemLongYear:
			b = appendInt(b, year, 4)
		case elemMonth:
			b = append(b, month.String()[:3]...)
		case elemLongMonth:
			b = append(b, month.String()...)
		case elemNumMonth:
			b = appendInt(b, int(month), 0)
		case elemZeroMonth:
			b = appendInt(b, int(month), 2)
		case elemWeekDay:
			b = append(b, weekdayOf(days).String()[:3]...)
		case elemLongWeekDay:
			b = append(b, weekdayOf(days).String()...)
		case elemDay:
			b = appendInt(b, day, 0)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elemZeroDay:
			b = appendInt(b, day, 2)
		case elemUnderYearDay, elemZeroYearDay:
			if e.kind == elemZeroYearDay {
				b = appendInt(b, yday, 3)
				break
			}
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case elemHour:
			b = appendInt(b, hour, 2)
		case elemHour12, elemZeroHour12:
			// Noon is 12PM, midnight 12AM.
			h := hour % 12
			if h == 0 {
				h = 12
			}
			if e.kind == elemZeroHour12 {
				b = appendInt(b, h, 2)
			} else {
				b = appendInt(b, h, 0)
			}
		case elemMinute:
			b = appendInt(b, min, 0)
		case elemZeroMinute:
			b = appendInt(b, min, 2)
		case elemSecond:
			b = appendInt(b, sec, 0)
		case elemZeroSecond:
			b = appendInt(b, sec, 2)
		case elemPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case elemLowerPM:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case elemISOTZ, elemISOSecondsTZ, elemISOShortTZ, elemISOColonTZ, elemISOColonSecTZ,
			elemNumTZ, elemNumSecondsTZ, elemNumShortTZ, elemNumColonTZ, elemNumColonSecTZ:
			iso := e.kind == elemISOTZ || e.kind == elemISOSecondsTZ || e.kind == elemISOShortTZ ||
				e.kind == elemISOColonTZ || e.kind == elemISOColonSecTZ
			if iso && offset == 0 {
				b = append(b, 'Z')
				break
			}
			colon := e.kind == elemISOColonTZ || e.kind == elemISOColonSecTZ ||
				e.kind == elemNumColonTZ || e.kind == elemNumColonSecTZ
			short := e.kind == elemISOShortTZ || e.kind == elemNumShortTZ
			seconds := e.kind == elemISOSecondsTZ || e.kind == elemISOColonSecTZ ||
				e.kind == elemNumSecondsTZ || e.kind == elemNumColonSecTZ
			minutes := offset / 60
			absOffset := offset
			if minutes < 0 {
				b = append(b, '-')
				minutes = -minutes
				absOffset = -absOffset
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, minutes/60, 2)
			if colon {
				b = append(b, ':')
			}
			if !short {
				b = appendInt(b, minutes%60, 2)
			}
			if seconds {
				if colon {
					b = append(b, ':')
				}
				b = appendInt(b, absOffset%60, 2)
			}
		case elemTZ:
			if zoneName != "" {
				b = append(b, zoneName...)
				break
			}
			// An unnamed zone is written as -0700.
			minutes := offset / 60
			if minutes < 0 {
				b = append(b, '-')
				minutes = -minutes
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, minutes/60, 2)
			b = appendInt(b, minutes%60, 2)
		case elemFracZeros, elemFracNines:
			b = appendFrac(b, int(t.nsec), e)
		}
	}
	return b
}

// String returns t formatted as "2006-01-02 15:04:05.999999999 -0700 MST",
// followed by " m=±<seconds>" when t has a monotonic clock reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m := uint64(t.mono)
		sign := byte('+')
		if t.mono < 0 {
			sign = '-'
			m = -m
		}
		secs, frac := m/1e9, m%1e9
		b := []byte(" m=")
		b = append(b, sign)
		// Seconds are written as <billions><9 digits>, the billions only
		// when not zero.
		width := 0
		if secs >= 1e9 {
			b = appendInt(b, int(secs/1e9), 0)
			width = 9
		}
		b = appendInt(b, int(secs%1e9), width)
		b = append(b, '.')
		b = appendInt(b, int(frac), 9)
		s += string(b)
	}
	return s
}

// GoString returns t as Go source: a call of time.Date.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := []byte("time.Date(")
	b = appendInt(b, year, 0)
	if January <= month && month <= December {
		b = append(b, ", time."...)
		b = append(b, month.String()...)
	} else {
		// Go writes no separator here.
		b = appendInt(b, int(month), 0)
	}
	b = append(b, ", "...)
	b = appendInt(b, day, 0)
	b = append(b, ", "...)
	b = appendInt(b, hour, 0)
	b = append(b, ", "...)
	b = appendInt(b, min, 0)
	b = append(b, ", "...)
	b = appendInt(b, sec, 0)
	b = append(b, ", "...)
	b = appendInt(b, int(t.nsec), 0)
	b = append(b, ", "...)
	switch loc := t.Location(); {
	case loc == UTC:
		b = append(b, "time.UTC"...)
	case loc == Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	b = append(b, ')')
	return string(b)
}
