//! Size properties of the output (issue 4): what a program does not use
//! does not reach its module.

use gowgc::Target;

fn files(src: &str) -> Vec<(String, String)> {
    vec![("prog.go".to_string(), src.to_string())]
}

#[test]
fn hello_world_is_small() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"Hello, WebAssembly!\")\n}\n";
    for (t, limit) in [(Target::Gc, 8 << 10), (Target::Linear, 12 << 10)] {
        let wasm = gowgc::compile(&files(src), &t).unwrap();
        assert!(wasm.len() <= limit, "{t:?}: {} bytes", wasm.len());
    }
}

#[test]
fn unread_package_variables_with_pure_initializers_are_dropped() {
    // fmt drags in unicode and math; their tables are never read here.
    let src =
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Printf(\"%d %v\\n\", 1, 2.5)\n}\n";
    let m = gowgc::frontend(&files(src)).unwrap();
    let inits: Vec<&str> = m
        .funcs
        .values()
        .map(|f| f.name.as_str())
        .filter(|n| n.starts_with("unicode.init.") || n.starts_with("math.init."))
        .collect();
    assert!(inits.is_empty(), "still initialized: {inits:?}");
    // A variable the program reads keeps its initializer.
    let src = "package main\n\nvar used = []int{1, 2}\nvar unused = []int{3}\n\nfunc main() {\n\tprintln(len(used))\n}\n";
    let m = gowgc::frontend(&files(src)).unwrap();
    let names: Vec<&str> = m.funcs.values().map(|f| f.name.as_str()).collect();
    assert!(names.contains(&"main.init.used"), "{names:?}");
    assert!(!names.contains(&"main.init.unused"), "{names:?}");
}
