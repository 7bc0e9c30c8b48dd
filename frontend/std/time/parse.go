package time

import "errors"

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the text of the error: either `parsing time "value" as
// "layout": cannot parse "rest" as "element"` or, when Message is set,
// `parsing time "value"` followed by Message.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
			": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// errBad marks a field that does not parse; it never reaches the caller.
var errBad = errors.New("bad value for field")

var errAtoi = errors.New("time: invalid number")

func isDigitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// atoi parses an optionally signed decimal integer that fills all of s.
func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	q, rest, err := leadingInt(s)
	if err != nil || rest != "" {
		return 0, errAtoi
	}
	x := int(q)
	if neg {
		x = -x
	}
	return x, nil
}

// getnum parses one or two digits at the start of s (exactly two if
// fixed) and returns their value and the rest of s.
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigitAt(s, 0) {
		return 0, s, errBad
	}
	if !isDigitAt(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 is getnum for up to three digits (exactly three if fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for i < 3 && isDigitAt(s, i) {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

func trimSpaces(s string) string {
	for s != "" && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// skipLiteral removes the literal layout text lit from the start of value;
// a run of spaces in lit matches any run of spaces in value.
func skipLiteral(value, lit string) (string, error) {
	for lit != "" {
		if lit[0] == ' ' {
			if value != "" && value[0] != ' ' {
				return value, errBad
			}
			lit = trimSpaces(lit)
			value = trimSpaces(value)
			continue
		}
		if value == "" || value[0] != lit[0] {
			return value, errBad
		}
		lit = lit[1:]
		value = value[1:]
	}
	return value, nil
}

// lookupName finds which of names starts value, ignoring ASCII case, and
// returns its index and the rest of value.
func lookupName(names []string, value string) (int, string, error) {
	for i, name := range names {
		if len(value) >= len(name) && equalFoldASCII(value[:len(name)], name) {
			return i, value[len(name):], nil
		}
	}
	return -1, value, errBad
}

// equalFoldASCII reports whether a and b (of equal length) are equal when
// ASCII letters are compared without case.
func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		x |= 0x20
		y |= 0x20
		if x != y || x < 'a' || x > 'z' {
			return false
		}
	}
	return true
}

var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var longMonthNames = monthNames[:]
var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
var longDayNames = dayNames[:]

// parseNanos parses the fractional second value[:n] (its separator and
// digits; digits past the ninth are ignored) as nanoseconds.
func parseNanos(value string, n int) (ns int, rangeErr string, err error) {
	if value[0] != '.' && value[0] != ',' {
		return 0, "", errBad
	}
	if n > 10 {
		n = 10
	}
	if ns, err = atoi(value[1:n]); err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// zoneNameLen returns the length of the time zone abbreviation at the
// start of value: three upper-case letters, four or five ending in 'T'
// (or "WITA"), "ChST" or "MeST", or "GMT" with an optional signed hour.
func zoneNameLen(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		if len(value) == 3 {
			return 3, true
		}
		return 3 + signedHourLen(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedHourLen(value)
		return n, n > 0
	}
	upper := 0
	for upper < 6 && upper < len(value) && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// signedHourLen returns the length of a sign and an hour in -23..+23 at
// the start of value, or 0 when there is none.
func signedHourLen(value string) int {
	if value[0] != '+' && value[0] != '-' {
		return 0
	}
	x, rest, err := leadingInt(value[1:])
	if err != nil || len(rest) == len(value)-1 || x > 23 {
		return 0
	}
	return len(value) - len(rest)
}

var daysBeforeMonth = [13]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

// daysIn returns the number of days in month m of year.
func daysIn(m Month, year int) int {
	if m == February {
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	return daysBeforeMonth[m] - daysBeforeMonth[m-1]
}

// lookup returns the zone abbreviation and offset of l.
func (l *Location) lookup() (string, int) {
	if l == nil {
		return "UTC", 0
	}
	return l.zone, l.offset
}

// Parse parses a time written in the given layout (see Format). Elements
// missing from the layout are zero or, for month and day, one. Without a
// zone in the value the time is in UTC; a zone offset matching Local's
// gives a Local time, any other offset a fixed zone; an unknown zone
// abbreviation gives a fixed zone of that name with offset zero. A
// fractional second may follow the seconds even if the layout has none.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but interprets a time without zone in loc
// and matches zone offsets and abbreviations against loc instead of Local.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defaultLoc, local *Location) (Time, error) {
	origLayout, origValue := layout, value
	rangeErr := "" // the field that is out of range, if any
	amSet, pmSet := false, false

	year := 0
	month, day, yday := -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	var z *Location
	zoneOffset := -1
	zoneName := ""

	for {
		before, e, after := nextElem(layout)
		elemText := layout[len(before) : len(layout)-len(after)]
		var err error
		value, err = skipLiteral(value, before)
		if err != nil {
			return Time{}, &ParseError{origLayout, origValue, before, value, ""}
		}
		if e.kind == elemNone {
			if value != "" {
				return Time{}, &ParseError{origLayout, origValue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = after
		hold := value
		switch e.kind {
		case elemYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			year, err = atoi(value[:2])
			value = value[2:]
			if err != nil {
				break
			}
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case elemLongYear:
			if len(value) < 4 || !isDigitAt(value, 0) {
				err = errBad
				break
			}
			year, err = atoi(value[:4])
			value = value[4:]
		case elemMonth:
			month, value, err = lookupName(shortMonthNames, value)
			month++
		case elemLongMonth:
			month, value, err = lookupName(longMonthNames, value)
			month++
		case elemNumMonth, elemZeroMonth:
			month, value, err = getnum(value, e.kind == elemZeroMonth)
			if err == nil && (month <= 0 || month > 12) {
				rangeErr = "month"
			}
		case elemWeekDay:
			// The day of the week is checked, then ignored.
			_, value, err = lookupName(shortDayNames, value)
		case elemLongWeekDay:
			_, value, err = lookupName(longDayNames, value)
		case elemDay, elemUnderDay, elemZeroDay:
			if e.kind == elemUnderDay && value != "" && value[0] == ' ' {
				value = value[1:]
			}
			// Any one or two digits; checked against the month at the end.
			day, value, err = getnum(value, e.kind == elemZeroDay)
		case elemUnderYearDay, elemZeroYearDay:
			for i := 0; i < 2; i++ {
				if e.kind == elemUnderYearDay && value != "" && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, err = getnum3(value, e.kind == elemZeroYearDay)
		case elemHour:
			hour, value, err = getnum(value, false)
			if hour < 0 || hour >= 24 {
				rangeErr = "hour"
			}
		case elemHour12, elemZeroHour12:
			hour, value, err = getnum(value, e.kind == elemZeroHour12)
			if hour < 0 || hour > 12 {
				rangeErr = "hour"
			}
		case elemMinute, elemZeroMinute:
			min, value, err = getnum(value, e.kind == elemZeroMinute)
			if min < 0 || min >= 60 {
				rangeErr = "minute"
			}
		case elemSecond, elemZeroSecond:
			sec, value, err = getnum(value, e.kind == elemZeroSecond)
			if err != nil {
				break
			}
			if sec < 0 || sec >= 60 {
				rangeErr = "second"
				break
			}
			// A fractional second in the value that the layout does not
			// ask for next is accepted too.
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitAt(value, 1) {
				_, ne, _ := nextElem(layout)
				if ne.kind == elemFracZeros || ne.kind == elemFracNines {
					break
				}
				n := 2
				for n < len(value) && isDigitAt(value, n) {
					n++
				}
				nsec, rangeErr, err = parseNanos(value, n)
				value = value[n:]
			}
		case elemPM, elemLowerPM:
			if len(value) < 2 {
				err = errBad
				break
			}
			p := value[:2]
			value = value[2:]
			pm, am := "PM", "AM"
			if e.kind == elemLowerPM {
				pm, am = "pm", "am"
			}
			switch p {
			case pm:
				pmSet = true
			case am:
				amSet = true
			default:
				err = errBad
			}
		case elemISOTZ, elemISOShortTZ, elemISOColonTZ, elemISOSecondsTZ, elemISOColonSecTZ,
			elemNumTZ, elemNumShortTZ, elemNumColonTZ, elemNumSecondsTZ, elemNumColonSecTZ:
			iso := e.kind == elemISOTZ || e.kind == elemISOShortTZ || e.kind == elemISOColonTZ ||
				e.kind == elemISOSecondsTZ || e.kind == elemISOColonSecTZ
			if iso && value != "" && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			var sign, hh, mm, ss string
			switch e.kind {
			case elemISOColonTZ, elemNumColonTZ:
				if len(value) < 6 || value[3] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], "00", value[6:]
			case elemISOShortTZ, elemNumShortTZ:
				if len(value) < 3 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], "00", "00", value[3:]
			case elemISOColonSecTZ, elemNumColonSecTZ:
				if len(value) < 9 || value[3] != ':' || value[6] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], value[7:9], value[9:]
			case elemISOSecondsTZ, elemNumSecondsTZ:
				if len(value) < 7 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], value[5:7], value[7:]
			default:
				if len(value) < 5 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], "00", value[5:]
			}
			if err != nil {
				break
			}
			var h, m, s int
			h, _, err = getnum(hh, true)
			if err == nil {
				m, _, err = getnum(mm, true)
				if err == nil {
					s, _, err = getnum(ss, true)
				}
			}
			// Offsets of 24 hours, 60 minutes or 60 seconds are accepted.
			if h > 24 {
				rangeErr = "time zone offset hour"
			}
			if m > 60 {
				rangeErr = "time zone offset minute"
			}
			if s > 60 {
				rangeErr = "time zone offset second"
			}
			zoneOffset = (h*60+m)*60 + s
			switch sign[0] {
			case '+':
			case '-':
				zoneOffset = -zoneOffset
			default:
				err = errBad
			}
		case elemTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n, ok := zoneNameLen(value)
			if !ok {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case elemFracZeros:
			// Exactly as many digits as the layout has.
			n := 1 + e.digits
			if len(value) < n {
				err = errBad
				break
			}
			nsec, rangeErr, err = parseNanos(value, n)
			value = value[n:]
		case elemFracNines:
			if len(value) < 2 || (value[0] != '.' && value[0] != ',') || !isDigitAt(value, 1) {
				// The fraction may be left out.
				break
			}
			// Any number of digits, as after seconds.
			n := 2
			for n < len(value) && isDigitAt(value, n) {
				n++
			}
			nsec, rangeErr, err = parseNanos(value, n)
			value = value[n:]
		}
		if rangeErr != "" {
			return Time{}, &ParseError{origLayout, origValue, elemText, value, ": " + rangeErr + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{origLayout, origValue, elemText, hold, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}

	if yday >= 0 {
		// The day of the year gives month and day, which must agree with
		// any seen.
		m, d := 0, 0
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			if yday == 31+29 {
				m, d = int(February), 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year out of range"}
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if daysBeforeMonth[m] < yday {
				m++
			}
			d = yday - daysBeforeMonth[m-1]
		}
		if month >= 0 && month != m {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}

	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{origLayout, origValue, "", value, ": day out of range"}
	}

	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}

	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.addSec(-int64(zoneOffset))
		// Use the local location if its zone has this offset (and name).
		name, offset := local.lookup()
		if offset == zoneOffset && (zoneName == "" || name == zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(zoneName, zoneOffset))
		return t, nil
	}

	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if name, offset := local.lookup(); name == zoneName && local != UTC {
			t.addSec(-int64(offset))
			t.setLoc(local)
			return t, nil
		}
		// An unknown abbreviation: a zone of that name, with offset zero
		// (or the hours of "GMT+h"), and the time kept as if in UTC.
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= 3600
		}
		t.setLoc(FixedZone(zoneName, offset))
		return t, nil
	}

	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLoc), nil
}
