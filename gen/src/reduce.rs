//! Shrinking a failing program: delta debugging (Zeller and Hildebrandt's
//! ddmin) over the program's lines. A candidate is kept when gowgc still
//! accepts it as Go and it still fails the same way (same
//! [`Failure::class`](crate::diff::Failure)). Removing half a construct
//! usually breaks the syntax, so such candidates simply fail the test;
//! what survives is a small program that still shows the bug.

/// Reduces `src`; `fails` says whether a candidate still shows the bug.
pub fn reduce(src: &str, mut fails: impl FnMut(&str) -> bool) -> String {
    let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
    let mut chunk = lines.len() / 2;
    while chunk >= 1 {
        let mut i = 0;
        let mut removed_any = false;
        while i < lines.len() {
            let end = (i + chunk).min(lines.len());
            let cand: Vec<String> = lines[..i].iter().chain(&lines[end..]).cloned().collect();
            let text = cand.join("\n") + "\n";
            if fails(&text) {
                lines = cand;
                removed_any = true;
            } else {
                i += chunk;
            }
        }
        if !removed_any {
            chunk /= 2;
        }
    }
    lines.join("\n") + "\n"
}
