package errors

import "internal/reflectlite"

// As finds the first error in err's tree (err, then what Unwrap returns,
// depth first) that can be assigned to the value target points to, sets
// *target to it and reports true; or reports false. An error matches too if
// it has a method As(any) bool that returns true. As panics if target is
// not a non-nil pointer.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	if reflectlite.KindOf(target) != reflectlite.Pointer || reflectlite.IsNil(target) {
		panic("errors: target must be a non-nil pointer")
	}
	if !reflectlite.ElemHoldsError(target) {
		panic("errors: *target must be interface or implement error")
	}
	return asTree(err, target)
}

func asTree(err error, target any) bool {
	for {
		if reflectlite.AssignTo(target, err) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
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
				if e != nil && asTree(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}
