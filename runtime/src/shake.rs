//! Dropping the support functions a module does not use.
//!
//! The runtime (and each backend's own support code) is spliced into every
//! module as text, but a program that never prints a float does not need
//! Go's float formatting. Before a backend assembles its module text,
//! [`shake`] removes each top-level `(func $NAME ...)` field (or imported
//! function) whose name
//! starts with one of the given prefixes and that nothing live names: such
//! a function is live when text outside those functions (the program's
//! code, exports, tables) names it, or a live one calls it. The functions
//! start at a line `  (func $NAME` and end where the next top-level field
//! begins.

use std::collections::{HashMap, HashSet};

/// Whether `c` can be part of a WAT identifier.
fn id_char(c: char) -> bool {
    c.is_ascii_graphic() && !matches!(c, '(' | ')' | '"' | ',' | ';' | '[' | ']' | '{' | '}')
}

/// The identifiers (`$...`, without the `$`) in `text`, outside a `;;`
/// comment.
fn rt_names(text: &str) -> impl Iterator<Item = &str> {
    let text = text.split(";;").next().unwrap_or("");
    text.match_indices('$').map(move |(i, _)| {
        let rest = &text[i + 1..];
        let end = rest.find(|c: char| !id_char(c)).unwrap_or(rest.len());
        &rest[..end]
    })
}

/// `text` without the functions named with one of `prefixes` that it does
/// not use.
pub fn shake(text: &str, prefixes: &[&str]) -> String {
    // Top-level fields: (start line index, is runtime func, name).
    let lines: Vec<&str> = text.lines().collect();
    let mut fields: Vec<(usize, Option<String>)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if l.starts_with("  (") {
            // A function, or an imported function (`(import "m" "n"` with
            // its `(func $NAME` on the same or the next line).
            let decl = if l.starts_with("  (import") {
                let both = format!("{l} {}", lines.get(i + 1).unwrap_or(&""));
                both.find("(func $").map(|k| both[k + 7..].to_string())
            } else {
                l.strip_prefix("  (func $").map(str::to_string)
            };
            let name = decl
                .map(|r| {
                    let end = r.find(|c: char| !id_char(c)).unwrap_or(r.len());
                    r[..end].to_string()
                })
                .filter(|n| prefixes.iter().any(|p| n.starts_with(p)))
                .filter(|_| !l.contains("(export"));
            fields.push((i, name));
        }
    }
    // Each runtime function's line range and the names it uses.
    let mut ranges: HashMap<String, (usize, usize)> = HashMap::new();
    for (k, (start, name)) in fields.iter().enumerate() {
        if let Some(n) = name {
            let end = fields.get(k + 1).map_or(lines.len(), |f| f.0);
            // The module's closing parenthesis is not part of the field.
            let end = if k + 1 == fields.len() && lines[end - 1].trim() == ")" {
                end - 1
            } else {
                end
            };
            ranges.insert(n.clone(), (*start, end));
        }
    }
    // The candidate function each line belongs to, if any.
    let mut owner: Vec<Option<&str>> = vec![None; lines.len()];
    for (n, &(s, e)) in &ranges {
        owner[s..e].fill(Some(n.as_str()));
    }
    let mut live: HashSet<String> = HashSet::new();
    let mut work: Vec<String> = Vec::new();
    let mark = |l: &str, live: &mut HashSet<String>, work: &mut Vec<String>| {
        for n in rt_names(l) {
            if ranges.contains_key(n) && live.insert(n.to_string()) {
                work.push(n.to_string());
            }
        }
    };
    for (i, l) in lines.iter().enumerate() {
        if owner[i].is_none() {
            mark(l, &mut live, &mut work);
        }
    }
    while let Some(f) = work.pop() {
        let (s, e) = ranges[&f];
        for l in &lines[s..e] {
            mark(l, &mut live, &mut work);
        }
    }
    let mut out = String::with_capacity(text.len());
    for (i, l) in lines.iter().enumerate() {
        if owner[i].is_none_or(|n| live.contains(n)) {
            out.push_str(l);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::shake;

    #[test]
    fn drops_unused_runtime_functions() {
        let text = "(module\n  (func $rt_a\n    call $rt_b)\n  (func $rt_b)\n  (func $rt_c\n    call $rt_d)\n  (func $rt_d)\n  (func $main\n    call $rt_a)\n)\n";
        let out = shake(text, &["rt_"]);
        assert!(out.contains("$rt_a") && out.contains("(func $rt_b"));
        assert!(!out.contains("(func $rt_c") && !out.contains("(func $rt_d"));
        assert!(out.contains("(func $main") && out.trim_end().ends_with(')'));
    }

    #[test]
    fn keeps_exported_functions() {
        let text = "(module\n  (func $rt_f (export \"f\")\n    call $rt_g)\n  (func $rt_g)\n)\n";
        let out = shake(text, &["rt_"]);
        assert!(out.contains("(func $rt_f") && out.contains("(func $rt_g"));
    }
}
