//! Safe file names from user text. The slug is built from an allow-list (ASCII letters and digits,
//! accents folded), so no name can contain a path separator, `..`, a reserved Windows device name,
//! or run past a sane length.

const MAX_LEN: usize = 60;

/// A safe file-name stem for `name`: lowercase ASCII letters, digits and single dashes; never empty,
/// never a Windows device name, at most 60 characters.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(fold) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= MAX_LEN {
            break;
        }
    }
    let trimmed = out.trim_matches('-');
    if trimmed.is_empty() {
        return "sessie".to_string();
    }
    if is_reserved(trimmed) {
        return format!("gemeente-{trimmed}");
    }
    trimmed.to_string()
}

/// Fold common accented Latin letters to ASCII (`é` → `e`, `ß` → `ss`); others pass through.
fn fold(c: char) -> impl Iterator<Item = char> {
    let s: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ç' | 'Ç' => "c",
        'ñ' | 'Ñ' => "n",
        'ÿ' | 'ý' | 'Ý' => "y",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        _ => "",
    };
    let single = if s.is_empty() { Some(c) } else { None };
    s.chars().chain(single)
}

fn is_reserved(stem: &str) -> bool {
    const DEVICES: [&str; 4] = ["con", "prn", "aux", "nul"];
    let numbered = |prefix: &str| {
        stem.strip_prefix(prefix).is_some_and(|rest| rest.len() == 1 && rest.as_bytes()[0].is_ascii_digit())
    };
    DEVICES.contains(&stem) || numbered("com") || numbered("lpt")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_names() {
        assert_eq!(slug("Heusden-Zolder"), "heusden-zolder");
        assert_eq!(slug("Sint-Niklaas"), "sint-niklaas");
        assert_eq!(slug("Liège / Luik"), "liege-luik");
        assert_eq!(slug("  Ōstende  "), "stende");
    }

    #[test]
    fn hostile_names_cannot_steer_the_path() {
        let long = "a".repeat(300);
        let cases =
            ["../../etc/passwd", "..", "CON", "com1", "LPT9", "a/b\\c", &long, "🎉🎉", "", "nul.txt", "C:\\Windows"];
        for case in cases {
            let s = slug(case);
            assert!(!s.is_empty(), "{case:?}");
            assert!(s.len() <= MAX_LEN, "{case:?} → {s}");
            assert!(s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{case:?} → {s}");
            assert!(!s.starts_with('-') && !s.contains(".."), "{case:?} → {s}");
            assert!(!is_reserved(&s), "{case:?} → {s}");
        }
        assert_eq!(slug("CON"), "gemeente-con");
        assert_eq!(slug("🎉🎉"), "sessie");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("nul.txt"), "nul-txt");
    }
}
