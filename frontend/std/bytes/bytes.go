// Package bytes is gowgc's bytes: the functions of Go's package on byte
// slices, with Go's results on every input (invalid UTF-8 included: an
// ill-formed byte acts as one RuneError rune), down to which results are
// nil, which share memory with the input and the capacity of the pieces
// Split and Fields return.
//
// Case mapping (ToUpper, ToLower, EqualFold) uses this package's own
// tables (casetables.go), generated from Go's unicode package and exact for
// all of Unicode. The iterator functions (Lines, SplitSeq, ...), the
// unicode.SpecialCase variants, Title, ToTitle and Reader are not here yet.
package bytes

import "unicode/utf8"

const maxInt = int(^uint(0) >> 1)

// Equal reports whether a and b have the same length and bytes; nil equals
// an empty slice.
func Equal(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Compare returns 0 if a == b, -1 if a < b and +1 if a > b, comparing
// bytewise; nil equals an empty slice.
func Compare(a, b []byte) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}

// Clone returns a copy of b (nil for nil).
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix)
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// IndexByte returns the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i := 0; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
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

func hashPow(n int) uint32 {
	pow, sq := uint32(1), uint32(primeRK)
	for i := n; i > 0; i >>= 1 {
		if i&1 != 0 {
			pow *= sq
		}
		sq *= sq
	}
	return pow
}

// indexRabinKarp returns the first index of sep (len(sep) >= 1) in s.
func indexRabinKarp(s, sep []byte) int {
	n := len(sep)
	if len(s) < n {
		return -1
	}
	want := uint32(0)
	for i := 0; i < n; i++ {
		want = want*primeRK + uint32(sep[i])
	}
	pow := hashPow(n)
	h := uint32(0)
	for i := 0; i < n; i++ {
		h = h*primeRK + uint32(s[i])
	}
	if h == want && Equal(s[:n], sep) {
		return 0
	}
	for i := n; i < len(s); {
		h = h*primeRK + uint32(s[i]) - pow*uint32(s[i-n])
		i++
		if h == want && Equal(s[i-n:i], sep) {
			return i - n
		}
	}
	return -1
}

// Index returns the index of the first instance of sep in s, or -1.
// Index(s, nil) is 0.
func Index(s, sep []byte) int {
	n := len(sep)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, sep[0])
	case n == len(s):
		if Equal(s, sep) {
			return 0
		}
		return -1
	case n > len(s):
		return -1
	}
	first := sep[0]
	misses := 0
	last := len(s) - n
	for i := 0; i <= last; {
		j := IndexByte(s[i:last+1], first)
		if j < 0 {
			return -1
		}
		i += j
		if Equal(s[i:i+n], sep) {
			return i
		}
		i++
		misses++
		if misses > 4+i>>4 {
			// Too many false starts for a plain scan: switch to hashing.
			if r := indexRabinKarp(s[i:], sep); r >= 0 {
				return i + r
			}
			return -1
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of sep in s, or -1.
// LastIndex(s, nil) is len(s).
func LastIndex(s, sep []byte) int {
	n := len(sep)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, sep[0])
	case n == len(s):
		if Equal(s, sep) {
			return 0
		}
		return -1
	case n > len(s):
		return -1
	}
	want := uint32(0)
	for i := n - 1; i >= 0; i-- {
		want = want*primeRK + uint32(sep[i])
	}
	pow := hashPow(n)
	last := len(s) - n
	h := uint32(0)
	for i := len(s) - 1; i >= last; i-- {
		h = h*primeRK + uint32(s[i])
	}
	if h == want && Equal(s[last:], sep) {
		return last
	}
	for i := last - 1; i >= 0; i-- {
		h = h*primeRK + uint32(s[i]) - pow*uint32(s[i+n])
		if h == want && Equal(s[i:i+n], sep) {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of the rune r in s, or
// -1. If r is RuneError it finds the first invalid byte or U+FFFD; an
// invalid rune is never found.
func IndexRune(s []byte, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i := 0; i < len(s); {
			c, w := utf8.DecodeRune(s[i:])
			if c == utf8.RuneError {
				return i
			}
			i += w
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	return Index(s, b[:n])
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

// IndexAny returns the byte index of the first rune of s that occurs in
// chars, or -1.
func IndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if runeIn(chars, r) {
			return i
		}
		i += w
	}
	return -1
}

// LastIndexAny returns the byte index of the last rune of s that occurs in
// chars, or -1.
func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, w := utf8.DecodeLastRune(s[:i])
		i -= w
		if runeIn(chars, r) {
			return i
		}
	}
	return -1
}

// IndexFunc returns the byte index of the first rune c of s with f(c), or
// -1.
func IndexFunc(s []byte, f func(r rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc returns the byte index of the last rune c of s with f(c),
// or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	return lastIndexFunc(s, f, true)
}

func indexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if f(r) == truth {
			return i
		}
		i += w
	}
	return -1
}

func lastIndexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, w := utf8.DecodeLastRune(s[:i])
		i -= w
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) >= 0 }

// ContainsRune reports whether the rune r is within b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// ContainsAny reports whether any rune of chars is within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsFunc reports whether f(c) holds for any rune c of b.
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// Count returns the number of non-overlapping instances of sep in s; if sep
// is empty, one more than the number of runes in s.
func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	if len(sep) == 1 {
		c, n := sep[0], 0
		for i := 0; i < len(s); i++ {
			if s[i] == c {
				n++
			}
		}
		return n
	}
	n := 0
	for {
		i := Index(s, sep)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

// explode splits s into its UTF-8 sequences (an invalid byte is one), at
// most n of them (n <= 0: all); the last one holds the rest.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	k := 0
	for len(s) > 0 {
		if k == n-1 {
			a[k] = s
			k++
			break
		}
		_, w := utf8.DecodeRune(s)
		a[k] = s[:w:w]
		s = s[w:]
		k++
	}
	return a[:k]
}

// split cuts s at each sep, keeping keep bytes of the separator in each
// piece, into at most n pieces (n < 0: all). Each piece but the last has
// its capacity cut to its length.
func split(s, sep []byte, keep, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	i := 0
	for i < n-1 {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+keep : m+keep]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// SplitN slices s into the subslices separated by sep, at most n of them
// (the last holds the unsplit rest); n == 0 gives nil, n < 0 all. An empty
// sep splits after each UTF-8 sequence.
func SplitN(s, sep []byte, n int) [][]byte { return split(s, sep, 0, n) }

// SplitAfterN is SplitN keeping each sep at the end of its subslice.
func SplitAfterN(s, sep []byte, n int) [][]byte { return split(s, sep, len(sep), n) }

// Split slices s into all subslices separated by sep.
func Split(s, sep []byte) [][]byte { return split(s, sep, 0, -1) }

// SplitAfter slices s after each instance of sep.
func SplitAfter(s, sep []byte) [][]byte { return split(s, sep, len(sep), -1) }

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
func Fields(s []byte) [][]byte {
	return FieldsFunc(s, isSpace)
}

// FieldsFunc splits s at each run of runes c with f(c); the result is empty
// (not nil) if every rune satisfies f. Each field's capacity is cut to its
// length.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var bounds []int
	start := -1
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		if f(r) {
			if start >= 0 {
				bounds = append(bounds, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += w
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	a := make([][]byte, len(bounds)/2)
	for i := range a {
		lo, hi := bounds[2*i], bounds[2*i+1]
		a[i] = s[lo:hi:hi]
	}
	return a
}

// Join concatenates the elements of s with sep between them into a new
// slice.
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		return append([]byte(nil), s[0]...)
	}
	n := 0
	if len(sep) > 0 {
		if len(sep) >= maxInt/(len(s)-1) {
			panic("bytes: Join output length overflow")
		}
		n += len(sep) * (len(s) - 1)
	}
	for _, v := range s {
		if len(v) > maxInt-n {
			panic("bytes: Join output length overflow")
		}
		n += len(v)
	}
	b := make([]byte, n)
	k := copy(b, s[0])
	for _, v := range s[1:] {
		k += copy(b[k:], sep)
		k += copy(b[k:], v)
	}
	return b
}

// Repeat returns a new slice of count copies of b. It panics if count is
// negative or the result would be too long.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b) > 0 && count > maxInt/len(b) {
		panic("bytes: Repeat output length overflow")
	}
	n := len(b) * count
	if n == 0 {
		return []byte{}
	}
	nb := make([]byte, n)
	k := copy(nb, b)
	for k < n {
		k += copy(nb[k:], nb[:k])
	}
	return nb
}

// Replace returns a copy of s with the first n non-overlapping instances of
// old replaced by new (n < 0: all). An empty old matches at the start of s
// and after each UTF-8 sequence.
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	t := make([]byte, len(s)+n*(len(new)-len(old)))
	k, start := 0, 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, w := utf8.DecodeRune(s[start:])
				j += w
			}
		} else {
			j += Index(s[start:], old)
		}
		k += copy(t[k:], s[start:j])
		k += copy(t[k:], new)
		start = j + len(old)
	}
	k += copy(t[k:], s[start:])
	return t[:k]
}

// ReplaceAll returns a copy of s with every non-overlapping instance of old
// replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// Map returns a copy of s with each rune c replaced by mapping(c); runes
// mapped to a negative value are dropped, and invalid bytes become U+FFFD.
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		if r = mapping(r); r >= 0 {
			b = utf8.AppendRune(b, r)
		}
		i += w
	}
	return b
}

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 bytes
// replaced by replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	b := make([]byte, 0, len(s)+len(replacement))
	invalid := false // the previous byte was invalid
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, c)
			i++
			invalid = false
			continue
		}
		_, w := utf8.DecodeRune(s[i:])
		if w == 1 {
			if !invalid {
				b = append(b, replacement...)
				invalid = true
			}
			i++
			continue
		}
		b = append(b, s[i:i+w]...)
		i += w
		invalid = false
	}
	return b
}

// Runes returns the runes of s; invalid bytes become U+FFFD.
func Runes(s []byte) []rune {
	t := make([]rune, utf8.RuneCount(s))
	for i := range t {
		r, w := utf8.DecodeRune(s)
		t[i] = r
		s = s[w:]
	}
	return t
}

// Trim returns the subslice of s without the leading and trailing runes
// contained in cutset (nil if nothing is left).
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return trimLeftSet(trimRightSet(s, cutset), cutset)
}

// TrimLeft returns the subslice of s without the leading runes contained
// in cutset (nil if nothing is left).
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return trimLeftSet(s, cutset)
}

// TrimRight returns the subslice of s without the trailing runes contained
// in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return trimRightSet(s, cutset)
}

func trimLeftSet(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, w := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s)
		}
		if !runeIn(cutset, r) {
			break
		}
		s = s[w:]
	}
	if len(s) == 0 {
		return nil
	}
	return s
}

func trimRightSet(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, w := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRune(s)
		}
		if !runeIn(cutset, r) {
			break
		}
		s = s[:len(s)-w]
	}
	return s
}

// TrimSpace returns the subslice of s without leading and trailing white
// space (nil if nothing is left).
func TrimSpace(s []byte) []byte {
	start, stop := 0, len(s)
	for start < stop && s[start] < utf8.RuneSelf && isSpace(rune(s[start])) {
		start++
	}
	for stop > start && s[stop-1] < utf8.RuneSelf && isSpace(rune(s[stop-1])) {
		stop--
	}
	if start == stop {
		return nil
	}
	if s[start] >= utf8.RuneSelf || s[stop-1] >= utf8.RuneSelf {
		return TrimFunc(s[start:stop], isSpace)
	}
	return s[start:stop]
}

// TrimPrefix returns s without the leading prefix, if s starts with it.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the trailing suffix, if s ends with it.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// TrimFunc returns the subslice of s without the leading and trailing runes
// c with f(c).
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc returns the subslice of s without the leading runes c with
// f(c) (nil if nothing is left).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i < 0 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns the subslice of s without the trailing runes c with
// f(c).
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i < 0 {
		return s[:0]
	}
	_, w := utf8.DecodeRune(s[i:])
	return s[:i+w]
}

// Cut slices s around the first instance of sep: before and after it, and
// whether it was found (if not: s, nil, false).
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutLast slices s around the last instance of sep.
func CutLast(s, sep []byte) (before, after []byte, found bool) {
	if i := LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutPrefix returns s without prefix and true, or s and false if s does not
// start with prefix.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix and true, or s and false if s does not
// end with suffix.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}
