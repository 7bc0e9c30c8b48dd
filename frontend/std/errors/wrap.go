package errors

// Unwrap returns the result of calling err's Unwrap() error method, or nil
// if err has no such method. It does not unwrap errors whose Unwrap method
// returns []error (see Join).
func Unwrap(err error) error {
	if u, ok := err.(interface{ Unwrap() error }); ok {
		return u.Unwrap()
	}
	return nil
}

// Is reports whether any error in err's tree matches target: the tree is
// err followed by what its Unwrap() error or Unwrap() []error methods
// return, depth first. An error matches if it equals target or has a
// method Is(error) bool that reports true for target.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return isTree(err, target)
}

func isTree(err, target error) bool {
	for {
		if sameError(err, target) {
			return true
		}
		if m, ok := err.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				if e != nil && isTree(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// sameError reports err == target. Go's Is skips the comparison when
// target's dynamic type is not comparable; without reflection we compare
// and treat the run-time panic that such a comparison raises as "not
// equal", which gives the same answer.
func sameError(err, target error) (eq bool) {
	if _, ok := target.(*errorString); ok {
		return err == target // pointers: the comparison cannot panic
	}
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return err == target
}
