// os: writing to Stdout and Stderr, file names, Getenv and LookupEnv of
// unset variables, errors, and Exit with a status (deferred calls do not
// run).
package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not print")
	n, err := os.Stdout.WriteString("hello stdout\n")
	fmt.Println(n, err)
	n, err = os.Stdout.Write([]byte("bytes\n"))
	fmt.Println(n, err)
	n, err = os.Stderr.WriteString("hello stderr\n")
	fmt.Println(n, err)
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
	fmt.Printf("%q\n", os.Getenv("GOWGC_SURELY_UNSET_VARIABLE"))
	v, ok := os.LookupEnv("GOWGC_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.ErrNotExist, os.ErrExist, os.ErrPermission, os.ErrInvalid, os.ErrClosed)
	e := fmt.Errorf("open x: %w", os.ErrNotExist)
	fmt.Println(errors.Is(e, os.ErrNotExist))
	var f *os.File
	_, err = f.Write([]byte("x"))
	fmt.Println(err, err == os.ErrInvalid)
	fmt.Fprintln(os.Stderr, "exiting with 3")
	os.Exit(3)
}
