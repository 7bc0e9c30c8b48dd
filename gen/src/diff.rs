//! Running one program everywhere and comparing the results.

use gowgc::engine::{self, Output};
use gowgc::Target;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// What a run produced, in the form the test corpus compares: stdout,
/// stderr with a crash's goroutine trace cut (see
/// [`engine::normalize_stderr`]), and the exit status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

/// Where programs run.
pub struct Runners {
    pub engine: wasmtime::Engine,
    /// A Go toolchain, when one is available.
    pub go: Option<PathBuf>,
    /// Scratch directory for Go builds.
    pub tmp: PathBuf,
    pub timeout: Duration,
    /// Also run linear in GC stress mode, with the heap verifier.
    pub stress: bool,
}

/// A disagreement: which runs differ, and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// A short class used to keep reduction on the same bug:
    /// `compile:gc`, `linear!=gc`, `go!=linear`, ...
    pub class: String,
    pub detail: String,
}

impl Runners {
    pub fn new(go: Option<PathBuf>, tmp: PathBuf) -> Result<Self, String> {
        Ok(Runners {
            engine: engine::engine().map_err(|e| e.to_string())?,
            go,
            tmp,
            timeout: Duration::from_secs(20),
            stress: false,
        })
    }

    /// Compiles and runs `src` with gowgc for `target`.
    pub fn gowgc(&self, src: &str, target: Target) -> Result<Outcome, String> {
        let files = vec![("prog.go".to_string(), src.to_string())];
        let wasm = gowgc::compile(&files, &target)?;
        let r = engine::run_wasi_limited(
            &self.engine,
            &wasm,
            &["prog".into()],
            Output::Capture(16 << 20),
            Some(self.timeout),
        )?;
        Ok(Outcome {
            stdout: String::from_utf8_lossy(&r.stdout).into_owned(),
            stderr: engine::normalize_stderr(&String::from_utf8_lossy(&r.stderr)),
            code: r.code,
        })
    }

    /// Builds and runs `src` with real Go (`go build`, then the binary).
    pub fn real_go(&self, go: &Path, src: &str) -> Result<Outcome, String> {
        let dir = &self.tmp;
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        std::fs::write(dir.join("prog.go"), src).map_err(|e| e.to_string())?;
        let build = Command::new(go)
            .args(["build", "-o", "prog", "prog.go"])
            .current_dir(dir)
            .env("GOTOOLCHAIN", "local")
            .env("GOWORK", "off")
            .env("GOFLAGS", "")
            .output()
            .map_err(|e| e.to_string())?;
        if !build.status.success() {
            return Err(String::from_utf8_lossy(&build.stderr).into_owned());
        }
        let run = Command::new("timeout")
            .arg(self.timeout.as_secs().to_string())
            .arg(dir.join("prog"))
            .current_dir(dir)
            .output()
            .map_err(|e| e.to_string())?;
        Ok(Outcome {
            stdout: String::from_utf8_lossy(&run.stdout).into_owned(),
            stderr: engine::normalize_stderr(&String::from_utf8_lossy(&run.stderr)),
            code: run.status.code().unwrap_or(-1),
        })
    }

    /// Runs `src` everywhere; `Ok` when every run agrees. With `go` set, a
    /// program Go rejects is reported as a generator bug (class `go-build`).
    pub fn check(&self, src: &str, with_go: bool) -> Result<(), Failure> {
        let mut runs: Vec<(&str, Outcome)> = Vec::new();
        if let (true, Some(go)) = (with_go, &self.go) {
            match self.real_go(go, src) {
                Ok(o) => runs.push(("go", o)),
                Err(e) => {
                    return Err(Failure {
                        class: "go-build".into(),
                        detail: e,
                    })
                }
            }
        }
        let mut targets = vec![("linear", Target::Linear), ("gc", Target::Gc)];
        if self.stress {
            targets.push(("linear-stress", Target::LinearStress));
        }
        for (name, t) in targets {
            match self.gowgc(src, t) {
                Ok(o) => runs.push((name, o)),
                Err(e) => {
                    let first = e.lines().next().unwrap_or("").to_string();
                    // Positions change as the reducer deletes lines.
                    let msg = first.splitn(4, ':').nth(3).unwrap_or(&first).trim();
                    return Err(Failure {
                        class: format!("compile:{name}:{msg}"),
                        detail: e,
                    });
                }
            }
        }
        // Real Go itself ran out of time: the program does not terminate
        // quickly enough to compare (a generator weakness, not a gowgc bug).
        if let Some((_, o)) = runs
            .iter()
            .find(|(n, o)| *n == "go" && o.code == GO_TIMEOUT)
        {
            return Err(Failure {
                class: GO_TIMEOUT_CLASS.into(),
                detail: format!(
                    "go run exceeded {:?}; {} lines of output",
                    self.timeout,
                    o.stdout.lines().count()
                ),
            });
        }
        let (base_name, base) = &runs[0];
        for (name, o) in &runs[1..] {
            if o != base {
                return Err(Failure {
                    class: format!("{base_name}!={name}"),
                    detail: describe(base_name, base, name, o),
                });
            }
        }
        Ok(())
    }
}

/// `timeout`'s exit status when it killed the program.
const GO_TIMEOUT: i32 = 124;

/// The failure class of a program real Go did not finish in time.
pub const GO_TIMEOUT_CLASS: &str = "go-timeout";

fn describe(an: &str, a: &Outcome, bn: &str, b: &Outcome) -> String {
    let mut s = String::new();
    if a.code != b.code {
        s += &format!("exit status: {an} {} vs {bn} {}\n", a.code, b.code);
    }
    if a.stderr != b.stderr {
        s += &format!("stderr:\n--- {an}\n{}--- {bn}\n{}", a.stderr, b.stderr);
    }
    let (al, bl): (Vec<&str>, Vec<&str>) = (a.stdout.lines().collect(), b.stdout.lines().collect());
    if let Some(i) = (0..al.len().max(bl.len())).find(|&i| al.get(i) != bl.get(i)) {
        s += &format!(
            "stdout line {}:\n--- {an}\n{}\n--- {bn}\n{}\n",
            i + 1,
            al.get(i).unwrap_or(&"(end)"),
            bl.get(i).unwrap_or(&"(end)")
        );
    }
    s
}
