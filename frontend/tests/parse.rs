use gowgc_frontend::ast::Package;
use gowgc_frontend::diag::Diagnostics;
use gowgc_frontend::parser::parse_file;
use gowgc_frontend::pos::SourceMap;

fn parse_errors(name: &str, src: &str) -> String {
    let mut sources = SourceMap::new();
    let id = sources.add(name, src);
    let mut pkg = Package::default();
    let mut diags = Diagnostics::new();
    parse_file(&mut pkg, &sources, id, &mut diags);
    diags.render(&sources)
}

/// Dev aid: `GOWGC_DUMP=a.go,b.go cargo test --test parse dump -- --ignored --nocapture`.
#[test]
#[ignore]
fn dump() {
    for path in std::env::var("GOWGC_DUMP")
        .unwrap_or_default()
        .split(',')
        .filter(|s| !s.is_empty())
    {
        let src = std::fs::read(path).unwrap();
        let src = String::from_utf8_lossy(&src);
        let name = std::path::Path::new(path)
            .file_name()
            .unwrap()
            .to_str()
            .unwrap();
        print!("=== {name}\n{}", parse_errors(name, &src));
    }
}

/// Dev aid: parses every .go file under `GOWGC_TREE` (not testdata) and
/// lists those with errors.
#[test]
#[ignore]
fn tree() {
    let Ok(root) = std::env::var("GOWGC_TREE") else {
        return;
    };
    let mut files = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(root)];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                if p.file_name().unwrap() != "testdata" {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|x| x == "go") {
                files.push(p);
            }
        }
    }
    files.sort();
    let t = std::time::Instant::now();
    let (mut bad, mut bytes) = (0, 0);
    for p in &files {
        let Ok(src) = std::fs::read_to_string(p) else {
            continue;
        };
        bytes += src.len();
        let errs = parse_errors(p.to_str().unwrap(), &src);
        if !errs.is_empty() {
            bad += 1;
            print!("{errs}");
        }
    }
    println!(
        "{} files, {} bytes, {} with errors, {:?}",
        files.len(),
        bytes,
        bad,
        t.elapsed()
    );
}
