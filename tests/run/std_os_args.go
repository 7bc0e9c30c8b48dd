// os.Args: the program is run without arguments, so Args holds only the
// program name.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	fmt.Println(len(os.Args) > 0 && os.Args[0] != "")
	fmt.Println(len(os.Args[1:]), os.Args[1:])
}
