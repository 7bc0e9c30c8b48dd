//! The benchmark programs: `bench/programs/NAME.go`, with the output real
//! Go gives at full size (`NAME.out`, no arguments) and at the quick size
//! (`NAME.quick.out`, with the argument `quick.txt` names).

use std::path::{Path, PathBuf};

/// One benchmark program.
#[derive(Clone, Debug)]
pub struct Program {
    pub name: String,
    pub path: PathBuf,
    pub source: String,
    /// Arguments for this run (empty at full size).
    pub args: Vec<String>,
    /// What real Go printed with those arguments.
    pub expected: Vec<u8>,
}

/// `bench/`.
pub fn bench_dir() -> PathBuf {
    let manifest = std::env::var("CARGO_MANIFEST_DIR");
    Path::new(&manifest.unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").into())).join("..")
}

/// The directory of the benchmark programs.
pub fn programs_dir() -> PathBuf {
    bench_dir().join("programs")
}

/// Loads every program in `dir` (sorted by name), with the quick size's
/// arguments and output when `quick`, keeping those whose name contains
/// one of `only` (all when empty).
pub fn load(dir: &Path, quick: bool, only: &[String]) -> Result<Vec<Program>, String> {
    let quick_args = read_quick_args(dir)?;
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.strip_suffix(".go").map(str::to_string)
        })
        .filter(|n| only.is_empty() || only.iter().any(|o| n.contains(o.as_str())))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let path = dir.join(format!("{name}.go"));
        let source = read(&path)?;
        let (args, out_file) = if quick {
            let a = quick_args
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, a)| a.clone())
                .ok_or_else(|| format!("{name}: no quick size in quick.txt"))?;
            (a, format!("{name}.quick.out"))
        } else {
            (Vec::new(), format!("{name}.out"))
        };
        let expected = std::fs::read(dir.join(&out_file))
            .map_err(|e| format!("{}: {e}", dir.join(&out_file).display()))?;
        out.push(Program {
            name,
            path,
            source,
            args,
            expected,
        });
    }
    Ok(out)
}

fn read(p: &Path) -> Result<String, String> {
    std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

/// `quick.txt`: lines `NAME ARG...`.
fn read_quick_args(dir: &Path) -> Result<Vec<(String, Vec<String>)>, String> {
    let text = read(&dir.join("quick.txt"))?;
    Ok(text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut w = l.split_whitespace().map(str::to_string);
            let name = w.next().unwrap_or_default();
            (name, w.collect())
        })
        .collect())
}
