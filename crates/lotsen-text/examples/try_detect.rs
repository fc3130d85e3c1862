//! Prints what the detector finds in each line of standard input (a development aid).
fn main() {
    let options = lotsen_text::PiiOptions::default();
    for line in std::io::stdin().lines().map_while(Result::ok) {
        let found = lotsen_text::detect(&line, &options);
        let shown: Vec<String> = found
            .iter()
            .map(|s| format!("{}={:?}", s.kind.as_str(), s.text))
            .collect();
        println!("{line}\n    -> {}", shown.join(", "));
    }
}
