package main

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 2:
	}
	switch s := "a"; s {
	case "a", "a":
	}
}
