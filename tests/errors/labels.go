package main

func main() {
unused:
	for {
		continue foo
	}
L2:
	if true {
		continue L2
	}
}
