package main



type E struct{ code int }

func (e *E) Error() string { return "failed with code " + string(rune('0'+e.code)) }

type Code int

func get(fail bool) error {
	if fail {
		return &E{7}
	}
	return nil
}

func main() {
	if get(false) != nil {
		panic(Code(3))
	}
	if err := get(true); err != nil {
		panic(err)
	}
}
