package strings

// A Replacer replaces a list of strings with replacements.
type Replacer struct {
	old, new []string   // without duplicate olds (the first one wins)
	byFirst  [256][]int // indices of the non-empty olds, by first byte
	empty    int        // index of the empty old, -1 if none
}

// NewReplacer returns a Replacer from a list of old, new string pairs.
// Replacements happen in the order they appear in the target string,
// without overlapping matches; at each position the olds are tried in
// argument order. It panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{empty: -1}
	seen := make(map[string]bool)
	for i := 0; i < len(oldnew); i += 2 {
		o := oldnew[i]
		if seen[o] {
			continue
		}
		seen[o] = true
		k := len(r.old)
		r.old = append(r.old, o)
		r.new = append(r.new, oldnew[i+1])
		if o == "" {
			r.empty = k
		} else {
			r.byFirst[o[0]] = append(r.byFirst[o[0]], k)
		}
	}
	return r
}

// match returns the index of the old that applies at s[i:], or -1. An
// empty old is not used when skipEmpty is set (it matched here already).
func (r *Replacer) match(s string, i int, skipEmpty bool) int {
	best := -1
	if i < len(s) {
		for _, k := range r.byFirst[s[i]] {
			if HasPrefix(s[i:], r.old[k]) {
				best = k
				break
			}
		}
	}
	if r.empty >= 0 && !skipEmpty && (best < 0 || r.empty < best) {
		best = r.empty
	}
	return best
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b []byte
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		k := r.match(s, i, prevEmpty)
		prevEmpty = k >= 0 && r.old[k] == ""
		if k < 0 {
			i++
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(b, s[last:i]...)
		b = append(b, r.new[k]...)
		i += len(r.old[k])
		last = i
	}
	if b == nil {
		return s
	}
	b = append(b, s[last:]...)
	return string(b)
}
