// Package strings is gowgc's strings: the functions of Go's package on
// UTF-8 strings, with Go's results on every input, invalid UTF-8 included
// (an ill-formed byte acts as one RuneError rune).
//
// Case mapping (ToUpper, ToLower, EqualFold) uses this package's own
// tables (casetables.go), generated from Go's unicode package and exact for
// all of Unicode. The iterator functions (Lines, SplitSeq, ...), the
// unicode.SpecialCase variants, Title, ToTitle and Reader are not here yet.
package strings

import "unicode/utf8"

const maxInt = int(^uint(0) >> 1)

// Clone returns a fresh copy of s.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// Compare returns 0 if a == b, -1 if a < b and +1 if a > b, comparing
// bytewise.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return 1
}

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// IndexByte returns the index of the first c in s, or -1.
func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Rabin-Karp hashing, used by Index and LastIndex once the simple scan has
// met too many false starts.
const primeRK = 16777619

func hashStr(sep string) (uint32, uint32) {
	h := uint32(0)
	for i := 0; i < len(sep); i++ {
		h = h*primeRK + uint32(sep[i])
	}
	pow, sq := uint32(1), uint32(primeRK)
	for i := len(sep); i > 0; i >>= 1 {
		if i&1 != 0 {
			pow *= sq
		}
		sq *= sq
	}
	return h, pow
}

func hashStrRev(sep string) (uint32, uint32) {
	h := uint32(0)
	for i := len(sep) - 1; i >= 0; i-- {
		h = h*primeRK + uint32(sep[i])
	}
	pow, sq := uint32(1), uint32(primeRK)
	for i := len(sep); i > 0; i >>= 1 {
		if i&1 != 0 {
			pow *= sq
		}
		sq *= sq
	}
	return h, pow
}

// indexRabinKarp returns the first index of sep (len(sep) >= 1) in s.
func indexRabinKarp(s, sep string) int {
	n := len(sep)
	if len(s) < n {
		return -1
	}
	want, pow := hashStr(sep)
	h := uint32(0)
	for i := 0; i < n; i++ {
		h = h*primeRK + uint32(s[i])
	}
	if h == want && s[:n] == sep {
		return 0
	}
	for i := n; i < len(s); {
		h = h*primeRK + uint32(s[i]) - pow*uint32(s[i-n])
		i++
		if h == want && s[i-n:i] == sep {
			return i - n
		}
	}
	return -1
}

// Index returns the index of the first instance of substr in s, or -1.
// Index(s, "") is 0.
func Index(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, substr[0])
	case n == len(s):
		if s == substr {
			return 0
		}
		return -1
	case n > len(s):
		return -1
	}
	first := substr[0]
	misses := 0
	last := len(s) - n
	for i := 0; i <= last; {
		j := IndexByte(s[i:last+1], first)
		if j < 0 {
			return -1
		}
		i += j
		if s[i:i+n] == substr {
			return i
		}
		i++
		misses++
		if misses > 4+i>>4 {
			// Too many false starts for a plain scan: switch to hashing.
			if r := indexRabinKarp(s[i:], substr); r >= 0 {
				return i + r
			}
			return -1
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of substr in s, or -1.
// LastIndex(s, "") is len(s).
func LastIndex(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, substr[0])
	case n == len(s):
		if s == substr {
			return 0
		}
		return -1
	case n > len(s):
		return -1
	}
	want, pow := hashStrRev(substr)
	last := len(s) - n
	h := uint32(0)
	for i := len(s) - 1; i >= last; i-- {
		h = h*primeRK + uint32(s[i])
	}
	if h == want && s[last:] == substr {
		return last
	}
	for i := last - 1; i >= 0; i-- {
		h = h*primeRK + uint32(s[i]) - pow*uint32(s[i+n])
		if h == want && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of the rune r in s, or
// -1. If r is RuneError it finds the first invalid byte or U+FFFD; an
// invalid rune is never found.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	return Index(s, string(r))
}

// runeIn reports whether the rune r (RuneError for an invalid byte) occurs
// in chars, where invalid bytes of chars also count as RuneError.
func runeIn(chars string, r rune) bool {
	for _, c := range chars {
		if c == r {
			return true
		}
	}
	return false
}

// IndexAny returns the index of the first rune of s that occurs in chars,
// or -1.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, c := range s {
		if runeIn(chars, c) {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last rune of s that occurs in
// chars, or -1.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if runeIn(chars, r) {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first rune c of s with f(c), or -1.
func IndexFunc(s string, f func(rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc returns the index of the last rune c of s with f(c), or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

// indexFunc is IndexFunc with f's answer compared to truth.
func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, c := range s {
		if f(c) == truth {
			return i
		}
	}
	return -1
}

// lastIndexFunc is LastIndexFunc with f's answer compared to truth.
func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// Contains reports whether substr is within s.
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

// ContainsRune reports whether the rune r is within s.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// ContainsAny reports whether any rune of chars is within s.
func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

// ContainsFunc reports whether f(c) holds for any rune c of s.
func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

// Count returns the number of non-overlapping instances of substr in s; if
// substr is empty, one more than the number of runes in s.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	if len(substr) == 1 {
		c, n := substr[0], 0
		for i := 0; i < len(s); i++ {
			if s[i] == c {
				n++
			}
		}
		return n
	}
	n := 0
	for {
		i := Index(s, substr)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// explode splits s into its UTF-8 sequences (an invalid byte is one), at
// most n of them (n < 0: all); the last one holds the rest.
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		_, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// split cuts s at each sep, keeping keep bytes of the separator in each
// piece, into at most n pieces (n < 0: all).
func split(s, sep string, keep, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	i := 0
	for i < n-1 {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+keep]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// SplitN slices s into the substrings separated by sep, at most n of them
// (the last holds the unsplit rest); n == 0 gives nil, n < 0 all. An empty
// sep splits after each UTF-8 sequence.
func SplitN(s, sep string, n int) []string { return split(s, sep, 0, n) }

// SplitAfterN is SplitN keeping each sep at the end of its substring.
func SplitAfterN(s, sep string, n int) []string { return split(s, sep, len(sep), n) }

// Split slices s into all substrings separated by sep.
func Split(s, sep string) []string { return split(s, sep, 0, -1) }

// SplitAfter slices s after each instance of sep.
func SplitAfter(s, sep string) []string { return split(s, sep, len(sep), -1) }

// isSpace is unicode.IsSpace: Unicode's White_Space property.
func isSpace(r rune) bool {
	if r < 0x100 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	switch {
	case r == 0x1680,
		0x2000 <= r && r <= 0x200A,
		r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// Fields splits s around runs of white space (unicode.IsSpace); the result
// is empty (not nil) if s holds only white space.
func Fields(s string) []string {
	return FieldsFunc(s, isSpace)
}

// FieldsFunc splits s at each run of runes c with f(c); the result is empty
// (not nil) if every rune satisfies f.
func FieldsFunc(s string, f func(rune) bool) []string {
	// Find the fields' bounds first, so the result has exactly their count.
	var bounds []int
	start := -1
	for i, c := range s {
		if f(c) {
			if start >= 0 {
				bounds = append(bounds, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	a := make([]string, len(bounds)/2)
	for i := range a {
		a[i] = s[bounds[2*i]:bounds[2*i+1]]
	}
	return a
}

// Join concatenates elems with sep between them.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := 0
	if len(sep) > 0 {
		if len(sep) >= maxInt/(len(elems)-1) {
			panic("strings: Join output length overflow")
		}
		n += len(sep) * (len(elems) - 1)
	}
	for _, e := range elems {
		if len(e) > maxInt-n {
			panic("strings: Join output length overflow")
		}
		n += len(e)
	}
	b := make([]byte, 0, n)
	b = append(b, elems[0]...)
	for _, e := range elems[1:] {
		b = append(b, sep...)
		b = append(b, e...)
	}
	return string(b)
}

// Repeat returns count copies of s. It panics if count is negative or the
// result would be too long.
func Repeat(s string, count int) string {
	switch count {
	case 0:
		return ""
	case 1:
		return s
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if len(s) > 0 && count > maxInt/len(s) {
		panic("strings: Repeat output length overflow")
	}
	n := len(s) * count
	if n == 0 {
		return ""
	}
	b := make([]byte, n)
	k := copy(b, s)
	for k < n {
		k += copy(b[k:], b[:k])
	}
	return string(b)
}

// Replace returns s with the first n non-overlapping instances of old
// replaced by new (n < 0: all). An empty old matches at the start of s and
// after each UTF-8 sequence.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	m := Count(s, old)
	if m == 0 {
		return s
	}
	if n < 0 || m < n {
		n = m
	}
	b := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, w := utf8.DecodeRuneInString(s[start:])
				j += w
			}
		} else {
			j += Index(s[start:], old)
		}
		b = append(b, s[start:j]...)
		b = append(b, new...)
		start = j + len(old)
	}
	b = append(b, s[start:]...)
	return string(b)
}

// ReplaceAll returns s with every non-overlapping instance of old replaced
// by new.
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// Map returns s with each rune c replaced by mapping(c); runes mapped to a
// negative value are dropped, and invalid bytes become U+FFFD. s itself is
// returned when nothing changes.
func Map(mapping func(rune) rune, s string) string {
	for i, c := range s {
		r := mapping(c)
		if r == c && c != utf8.RuneError {
			continue
		}
		w := utf8.RuneLen(c)
		if c == utf8.RuneError {
			var d rune
			d, w = utf8.DecodeRuneInString(s[i:])
			if w != 1 && r == d {
				continue // a real U+FFFD mapped to itself
			}
		}
		// First change at i: copy the prefix, then map the rest.
		b := make([]byte, 0, len(s)+utf8.UTFMax)
		b = append(b, s[:i]...)
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
		for _, c := range s[i+w:] {
			if r := mapping(c); r >= 0 {
				b = utf8.AppendRune(b, r)
			}
		}
		return string(b)
	}
	return s
}

// ToValidUTF8 returns s with each run of invalid UTF-8 bytes replaced by
// replacement.
func ToValidUTF8(s, replacement string) string {
	var b []byte
	invalid := false // the previous byte was invalid
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if b != nil {
				b = append(b, c)
			}
			i++
			invalid = false
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		if w == 1 {
			if b == nil {
				b = make([]byte, 0, len(s)+len(replacement))
				b = append(b, s[:i]...)
			}
			if !invalid {
				b = append(b, replacement...)
				invalid = true
			}
			i++
			continue
		}
		if b != nil {
			b = append(b, s[i:i+w]...)
		}
		i += w
		invalid = false
	}
	if b == nil {
		return s
	}
	return string(b)
}

// Trim returns s without the leading and trailing runes contained in
// cutset.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimRightSet(trimLeftSet(s, cutset), cutset)
}

// TrimLeft returns s without the leading runes contained in cutset.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimLeftSet(s, cutset)
}

// TrimRight returns s without the trailing runes contained in cutset.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimRightSet(s, cutset)
}

func trimLeftSet(s, cutset string) string {
	for len(s) > 0 {
		r, w := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s)
		}
		if !runeIn(cutset, r) {
			break
		}
		s = s[w:]
	}
	return s
}

func trimRightSet(s, cutset string) string {
	for len(s) > 0 {
		r, w := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRuneInString(s)
		}
		if !runeIn(cutset, r) {
			break
		}
		s = s[:len(s)-w]
	}
	return s
}

// TrimSpace returns s without leading and trailing white space.
func TrimSpace(s string) string {
	start, stop := 0, len(s)
	for start < stop && s[start] < utf8.RuneSelf && isSpace(rune(s[start])) {
		start++
	}
	for stop > start && s[stop-1] < utf8.RuneSelf && isSpace(rune(s[stop-1])) {
		stop--
	}
	if start < stop && (s[start] >= utf8.RuneSelf || s[stop-1] >= utf8.RuneSelf) {
		return TrimFunc(s[start:stop], isSpace)
	}
	return s[start:stop]
}

// TrimPrefix returns s without the leading prefix, if s starts with it.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the trailing suffix, if s ends with it.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// TrimFunc returns s without the leading and trailing runes c with f(c).
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc returns s without the leading runes c with f(c).
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i < 0 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc returns s without the trailing runes c with f(c).
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i < 0 {
		return ""
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	return s[:i+w]
}

// Cut slices s around the first instance of sep: before and after it, and
// whether it was found (if not: s, "", false).
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutLast slices s around the last instance of sep.
func CutLast(s, sep string) (before, after string, found bool) {
	if i := LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutPrefix returns s without prefix and true, or s and false if s does not
// start with prefix.
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix and true, or s and false if s does not
// end with suffix.
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}
