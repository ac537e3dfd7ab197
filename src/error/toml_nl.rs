//! The TOML parser's and serde's messages in Dutch. Every message the `toml` 1 crate (with
//! `toml_parser` and `toml_datetime`) and serde's derives can give is built from a fixed catalogue
//! (read from their sources); each piece is translated here, names and values the message quotes
//! are kept so the user can find them in the file. A message not in the catalogue (a newer crate
//! version) becomes a general Dutch sentence: no English ever reaches the user; the position still
//! says where.

/// `message` (a `toml::de::Error::message()`) in Dutch.
pub fn toml_message(message: &str) -> String {
    if let Some(own) = message.trim().strip_prefix(OWN) {
        return own.to_string();
    }
    translate(message.trim()).unwrap_or_else(|| FALLBACK.to_string())
}

/// Marks a message of our own (a Dutch `serde::de::Error::custom` from a deserializer of ours), so
/// [`toml_message`] passes it on unchanged instead of replacing it by the general sentence. The
/// marker (U+2060 WORD JOINER) is removed again and never shown.
const OWN: char = '\u{2060}';

/// `message`, a Dutch message of our own, marked to pass [`toml_message`] unchanged.
pub fn own_message(message: &str) -> String {
    format!("{OWN}{message}")
}

/// Our own message for a timestamp that does not parse (from a `deserialize_with`).
pub fn invalid_timestamp(text: &str) -> String {
    format!("{TIMESTAMP}'{text}'; schrijf het als \"2026-11-25T10:00:00Z\"")
}

const TIMESTAMP: &str = "ongeldig tijdstip ";

/// Said when a message is not in the catalogue.
pub const FALLBACK: &str = "ongeldige waarde of schrijfwijze op deze plaats";

/// The Dutch for a catalogued message, `None` for anything else.
pub fn translate(m: &str) -> Option<String> {
    serde_message(m).or_else(|| toml_value_message(m)).or_else(|| parser_message(m))
}

/// `description[, expected item, item…]` from `toml_parser` (and `toml`'s document checks).
fn parser_message(m: &str) -> Option<String> {
    let (desc, expected) = match m.split_once(", expected ") {
        Some((d, e)) => (d, Some(e)),
        None => (m, None),
    };
    let desc = description(desc)?;
    match expected {
        None => Some(desc),
        Some(e) => Some(format!("{desc}; verwacht: {}", expected_list(e)?)),
    }
}

fn description(d: &str) -> Option<String> {
    if let Some(t) = d.strip_prefix("cannot extend value of type ").and_then(|r| r.strip_suffix(" with a dotted key")) {
        return Some(format!("een {} kan niet aangevuld worden met een sleutel met punten", value_type(t)?));
    }
    let nl = match d {
        "extra `=`" => "een '=' te veel",
        "extra assignment between key-value pairs" => "een '=' te veel tussen sleutel en waarde",
        "extra comma in array" => "een komma te veel in de lijst",
        "extra comma in inline table" => "een komma te veel in de tabel tussen { }",
        "invalid inline table element" => "ongeldig element in de tabel tussen { }",
        "invalid key" => "ongeldige sleutel",
        "invalid key-value pair" => "ongeldige regel 'sleutel = waarde'",
        "invalid table" => "ongeldige tabelkop",
        "key with no value" => "sleutel zonder waarde",
        "missing array opening" => "'[' ontbreekt aan het begin van de lijst",
        "missing assignment between key-value pairs" => "'=' ontbreekt tussen sleutel en waarde",
        "missing comma between array elements" => "komma ontbreekt tussen de elementen van de lijst",
        "missing comma between key-value pairs" => "komma ontbreekt tussen de paren 'sleutel = waarde'",
        "missing inline table opening" => "'{' ontbreekt aan het begin van de tabel",
        "missing key for inline table element" => "sleutel ontbreekt bij een element van de tabel tussen { }",
        "missing table open" => "'[' ontbreekt aan het begin van de tabelkop",
        "missing value for key" => "waarde ontbreekt bij de sleutel",
        "missing value" => "waarde ontbreekt",
        "unclosed array table" => "tabelkop niet afgesloten met ']]'",
        "unclosed array" => "lijst niet afgesloten met ']'",
        "unclosed inline table" => "tabel niet afgesloten met '}'",
        "unclosed table" => "tabelkop niet afgesloten met ']'",
        "unexpected `=` in array" => "onverwachte '=' in de lijst",
        "unexpected content between comment and newline" => "onverwachte tekens na de opmerking",
        "unexpected content" => "onverwachte tekens",
        "unexpected key or value" => "onverwachte sleutel of waarde",
        "`_` may only go between digits" => "'_' mag alleen tussen cijfers staan",
        "could not allocate for string" => "te weinig geheugen voor deze tekst",
        "integers with a radix cannot be signed" => "een hexadecimaal, octaal of binair getal krijgt geen + of -",
        "invalid binary number" => "ongeldig binair getal",
        "invalid boolean" => "ongeldige waarheidswaarde (schrijf true of false)",
        "invalid date-time" | "invalid datetime" => "ongeldige datum en tijd",
        "invalid date" => "ongeldige datum",
        "invalid time" => "ongeldige tijd",
        "invalid offset" => "ongeldige tijdzone",
        "invalid exponent" => "ongeldige exponent",
        "invalid float" => "ongeldig kommagetal",
        "invalid fraction" => "ongeldige cijfers na de komma",
        "invalid hexadecimal number" => "ongeldig hexadecimaal getal",
        "invalid integer number" => "ongeldig geheel getal",
        "invalid mantissa" => "ongeldige cijfers voor de exponent",
        "invalid octal number" => "ongeldig octaal getal",
        "invalid string" => "ongeldige tekst",
        "missing opening quote" => "aanhalingsteken aan het begin ontbreekt",
        "radix must be lowercase" => "schrijf 0x, 0o of 0b in kleine letters",
        "redundant integer number prefix" => "overbodig voorvoegsel bij het getal",
        "redundant numeric sign" => "overbodig + of - bij het getal",
        "string values must be quoted" => "tekst moet tussen aanhalingstekens staan",
        "unexpected leading zero" => "een getal mag niet met een 0 beginnen",
        "unexpected sign" => "onverwachte + of -",
        "carriage return must be followed by newline" => {
            "een regelterugloop (\\r) moet door een nieuwe regel gevolgd worden"
        }
        "invalid basic string" => "ongeldige tekst tussen dubbele aanhalingstekens",
        "invalid literal string" => "ongeldige tekst tussen enkele aanhalingstekens",
        "invalid multi-line basic string" => "ongeldige tekst over meerdere regels (\"\"\")",
        "invalid multi-line literal string" => "ongeldige tekst over meerdere regels (''')",
        "invalid unquoted key" => "ongeldige sleutel zonder aanhalingstekens",
        "invalid value" => "ongeldige waarde",
        "missing escaped value" => "na '\\' ontbreekt het teken",
        "too few unicode value digits" => "te weinig cijfers in de unicode-code",
        "unquoted keys cannot be empty" => "een sleutel zonder aanhalingstekens mag niet leeg zijn",
        "invalid comment character" => "ongeldig teken in de opmerking",
        "keys cannot be multi-line basic strings" | "keys cannot be multi-line literal strings" => {
            "een sleutel mag geen tekst over meerdere regels zijn"
        }
        "missing comment start" => "'#' ontbreekt aan het begin van de opmerking",
        "cannot recurse further; max recursion depth met" | "recursion limit" => {
            "te diep genest (te veel lijsten of tabellen in elkaar)"
        }
        "duplicate key" => "deze sleutel komt al eerder voor",
        _ => return None,
    };
    Some(nl.to_string())
}

/// The type names of TOML values (`DeValue::type_str`).
fn value_type(t: &str) -> Option<&'static str> {
    Some(match t {
        "string" => "tekst",
        "integer" => "geheel getal",
        "float" => "kommagetal",
        "boolean" => "waarheidswaarde",
        "datetime" => "datum",
        "array" => "lijst",
        "table" | "inline table" => "tabel",
        _ => return None,
    })
}

/// What was expected: a phrase of `toml_datetime`, or a list of literals (`` `=` ``) and descriptions.
fn expected_list(e: &str) -> Option<String> {
    if let Some(phrase) = datetime_expected(e) {
        return Some(phrase.to_string());
    }
    let items: Option<Vec<String>> = e.split(", ").map(expected_item).collect();
    Some(items?.join(", "))
}

fn expected_item(item: &str) -> Option<String> {
    let literal = item.len() >= 2 && item.starts_with('`') && item.ends_with('`');
    if literal || item == "'`'" {
        return Some(item.to_string());
    }
    let nl = match item {
        "newline" => "een nieuwe regel",
        "nothing" => "niets",
        "etc" => "…",
        "basic string" => "tekst tussen dubbele aanhalingstekens",
        "literal string" => "tekst tussen enkele aanhalingstekens",
        "multi-line basic string" => "tekst over meerdere regels",
        "unquoted string" => "tekst zonder aanhalingstekens",
        "non-single-quote characters" => "tekens behalve een enkel aanhalingsteken",
        "non-single-quote visible characters" => "zichtbare tekens behalve een enkel aanhalingsteken",
        "non-double-quote visible characters" => "zichtbare tekens behalve een dubbel aanhalingsteken",
        "unicode hexadecimal value" => "een hexadecimale unicode-code",
        "printable characters" => "afdrukbare tekens",
        "characters" => "tekens",
        "key" => "een sleutel",
        "value" => "een waarde",
        "digits" | "numbers" => "cijfers",
        "letters" => "letters",
        _ => return None,
    };
    Some(nl.to_string())
}

fn datetime_expected(e: &str) -> Option<&'static str> {
    Some(match e {
        "year or hour" => "een jaar of een uur",
        "`-` (YYYY-MM) or `:` (HH:MM)" => "`-` (JJJJ-MM) of `:` (UU:MM)",
        "month" => "een maand",
        "`-` (MM-DD)" => "`-` (MM-DD)",
        "day" => "een dag",
        "a four-digit year (YYYY)" => "een jaartal van vier cijfers (JJJJ)",
        "a two-digit month (MM)" => "een maand van twee cijfers (MM)",
        "a two-digit day (DD)" => "een dag van twee cijfers (DD)",
        "month between 01 and 12" => "een maand van 01 tot 12",
        "`T` between date and time" => "`T` tussen datum en tijd",
        "hour" => "een uur",
        "`:` (HH:MM)" => "`:` (UU:MM)",
        "minute" => "minuten",
        "second" => "seconden",
        "nanosecond" => "fracties van een seconde",
        "a two-digit hour (HH)" => "een uur van twee cijfers (UU)",
        "a two-digit minute (MM)" => "minuten van twee cijfers (MM)",
        "a two-digit second (SS)" => "seconden van twee cijfers (SS)",
        "hour between 00 and 23" | "hours between 00 and 23" => "een uur van 00 tot 23",
        "minute between 00 and 59" | "minutes between 00 and 59" => "minuten van 00 tot 59",
        "second between 00 and 60" => "seconden van 00 tot 60",
        "nanoseconds overflowed" => "minder cijfers na de komma",
        "`Z`, +OFFSET, -OFFSET" => "`Z`, +TIJDZONE of -TIJDZONE",
        _ => return None,
    })
}

/// Messages of serde's derives and standard types (`serde::de::Error`'s default methods).
fn serde_message(m: &str) -> Option<String> {
    if let Some(rest) = m.strip_prefix("invalid type: ") {
        let (u, e) = rest.rsplit_once(", expected ")?;
        return Some(format!("verkeerde soort waarde: {}, verwacht {}", unexpected(u)?, expecting(e)?));
    }
    if let Some(rest) = m.strip_prefix("invalid value: ") {
        let (u, e) = rest.rsplit_once(", expected ")?;
        return Some(format!("ongeldige waarde: {}, verwacht {}", unexpected(u)?, expecting(e)?));
    }
    if let Some(rest) = m.strip_prefix("invalid length ") {
        let (n, e) = rest.split_once(", expected ")?;
        n.bytes().all(|b| b.is_ascii_digit()).then_some(())?;
        return Some(format!("verkeerd aantal elementen ({n}), verwacht {}", expecting(e)?));
    }
    if let Some(rest) = m.strip_prefix("unknown variant `") {
        if let Some(v) = rest.strip_suffix("`, there are no variants") {
            return Some(format!("onbekende waarde `{v}`"));
        }
        let (v, list) = rest.rsplit_once("`, expected ")?;
        return Some(format!("onbekende waarde `{v}`; kies uit: {}", one_of(list)?));
    }
    if let Some(rest) = m.strip_prefix("unknown field `") {
        if let Some(f) = rest.strip_suffix("`, there are no fields") {
            return Some(format!("onbekend veld `{f}`: hier horen geen velden"));
        }
        let (f, list) = rest.rsplit_once("`, expected ")?;
        return Some(format!("onbekend veld `{f}`; toegelaten: {}", one_of(list)?));
    }
    if let Some(f) = m.strip_prefix("missing field `").and_then(|r| r.strip_suffix('`')) {
        return Some(format!("veld `{f}` ontbreekt"));
    }
    if let Some(f) = m.strip_prefix("duplicate field `").and_then(|r| r.strip_suffix('`')) {
        return Some(format!("veld `{f}` komt twee keer voor"));
    }
    if m.starts_with("data did not match any variant of untagged enum ") {
        return Some("deze waarde heeft geen toegelaten vorm (een getal, een tekst of een lijst van teksten)".into());
    }
    None
}

/// serde's `OneOf`: `` `a` ``, `` `a` or `b` ``, `` one of `a`, `b`, `c` ``.
fn one_of(list: &str) -> Option<String> {
    let list = list.strip_prefix("one of ").unwrap_or(list);
    let quoted = list.starts_with('`') && list.ends_with('`');
    quoted.then(|| list.replace("` or `", "` of `"))
}

/// serde's `Unexpected`: what was found.
fn unexpected(u: &str) -> Option<String> {
    let quoted = |prefix: &str, nl: &str| u.strip_prefix(prefix).map(|v| format!("{nl}{v}"));
    if let Some(s) = quoted("boolean ", "waarheidswaarde ")
        .or_else(|| quoted("integer ", "geheel getal "))
        .or_else(|| quoted("floating point ", "kommagetal "))
        .or_else(|| quoted("character ", "teken "))
        .or_else(|| quoted("string \"", "tekst \""))
    {
        return Some(s);
    }
    Some(
        match u {
            "byte array" => "bytes",
            "unit value" | "Option value" => "een lege waarde",
            "newtype struct" | "unit variant" | "newtype variant" | "tuple variant" | "struct variant" | "enum" => {
                "een samengestelde waarde"
            }
            "sequence" | "array" => "een lijst",
            "map" | "table" => "een tabel",
            "datetime" => "een datum",
            "string" => "tekst",
            _ => return None,
        }
        .to_string(),
    )
}

/// A visitor's `expecting`: what should have been there.
fn expecting(e: &str) -> Option<&'static str> {
    if e.starts_with("struct ") {
        return Some("een tabel");
    }
    if e.starts_with("enum ") || e == "variant identifier" {
        return Some("een van de toegelaten waarden");
    }
    Some(match e {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => {
            "een geheel getal"
        }
        "f32" | "f64" => "een getal",
        "a string" | "a borrowed string" | "string" | "string only" => "tekst tussen aanhalingstekens",
        "a character" | "a char" => "één teken",
        "a boolean" => "true of false",
        "a sequence" => "een lijst",
        "a map" => "een tabel",
        "option" => "een waarde",
        "unit" => "niets",
        "field identifier" => "een veldnaam",
        "a timestamp string" => "een tijdstip als tekst, bijvoorbeeld \"2026-11-25T10:00:00Z\"",
        "a TOML datetime" | "a valid datetime field" | "string containing a datetime" => "een datum en tijd",
        "any valid TOML value" => "een geldige waarde",
        "fewer elements in array" | "fewer elements in map" => "minder elementen",
        _ => return None,
    })
}

/// Messages the `toml` deserializer makes itself (`Error::custom`), and ours.
fn toml_value_message(m: &str) -> Option<String> {
    if m.starts_with(TIMESTAMP) {
        return Some(m.to_string());
    }
    if let Some(t) = m.strip_prefix("expected table, found ") {
        return Some(format!("verwacht een tabel, maar dit is een {}", value_type(t)?));
    }
    if let Some(n) = m.strip_prefix("expected tuple with length ") {
        n.bytes().all(|b| b.is_ascii_digit()).then_some(())?;
        return Some(format!("verwacht een lijst met {n} elementen"));
    }
    if let Some(rest) = m.strip_prefix("expected table key `") {
        let (want, found) = rest.strip_suffix('`')?.split_once("`, but was `")?;
        return Some(format!("verwacht sleutel `{want}`, maar vond `{found}`"));
    }
    if let Some(rest) = m.strip_prefix("unexpected keys in table: ") {
        let (keys, available) = rest.rsplit_once(", available keys: ")?;
        return Some(format!("onbekende sleutels in de tabel: {keys}; toegelaten: {available}"));
    }
    if let Some(k) = m.strip_prefix("duplicate key: `").and_then(|r| r.strip_suffix('`')) {
        return Some(format!("sleutel `{k}` komt twee keer voor"));
    }
    let nl = match m {
        "integer number overflowed" | "u64 value was too large" => "het getal is te groot",
        "floating-point number overflowed" => "het kommagetal is te groot",
        "wanted string or table" => "verwacht tekst of een tabel",
        "expected empty array" => "verwacht een lege lijst",
        "expected empty table" => "verwacht een lege tabel",
        "expected table with exactly 1 entry, found empty table" => {
            "verwacht een tabel met één element, maar ze is leeg"
        }
        "wanted exactly 1 element, found 0 elements" | "wanted exactly 1 element, more than 1 element" => {
            "verwacht precies één element"
        }
        "value is missing" | "value is missing a span" => "waarde ontbreekt",
        _ => return None,
    };
    Some(nl.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every description `toml_parser` 1.1 and `toml` 1.2 give, as found in their sources
    /// (`ParseError::new`, `invalid_description`, `Error::custom`), and every expected item.
    const CATALOGUE: &[&str] = &[
        "extra `=`",
        "extra assignment between key-value pairs",
        "extra comma in array",
        "extra comma in inline table",
        "invalid inline table element",
        "invalid key",
        "invalid key-value pair",
        "invalid table",
        "key with no value",
        "missing array opening",
        "missing assignment between key-value pairs",
        "missing comma between array elements",
        "missing comma between key-value pairs",
        "missing inline table opening",
        "missing key for inline table element",
        "missing table open",
        "missing value for key",
        "missing value",
        "unclosed array table",
        "unclosed array",
        "unclosed inline table",
        "unclosed table",
        "unexpected `=` in array",
        "unexpected content between comment and newline",
        "unexpected content",
        "unexpected key or value",
        "`_` may only go between digits",
        "could not allocate for string",
        "integers with a radix cannot be signed",
        "invalid binary number",
        "invalid boolean",
        "invalid date-time",
        "invalid exponent",
        "invalid float",
        "invalid fraction",
        "invalid hexadecimal number",
        "invalid integer number",
        "invalid mantissa",
        "invalid octal number",
        "invalid string",
        "missing opening quote",
        "radix must be lowercase",
        "redundant integer number prefix",
        "redundant numeric sign",
        "string values must be quoted",
        "unexpected leading zero",
        "unexpected sign",
        "carriage return must be followed by newline",
        "invalid basic string",
        "invalid literal string",
        "invalid multi-line basic string",
        "invalid multi-line literal string",
        "invalid unquoted key",
        "invalid value",
        "missing escaped value",
        "too few unicode value digits",
        "unquoted keys cannot be empty",
        "invalid comment character",
        "missing comment start",
        "keys cannot be multi-line basic strings, expected basic string, literal string",
        "keys cannot be multi-line literal strings",
        "cannot recurse further; max recursion depth met",
        "recursion limit",
        "duplicate key",
        "cannot extend value of type array with a dotted key",
        "cannot extend value of type inline table with a dotted key",
        "cannot extend value of type string with a dotted key",
        "invalid datetime",
        "invalid date, expected a two-digit month (MM)",
        "invalid time, expected hour between 00 and 23",
        "invalid offset, expected `Z`, +OFFSET, -OFFSET",
        "invalid datetime, expected `-` (YYYY-MM) or `:` (HH:MM)",
        "invalid key, expected key, `=`",
        "missing value, expected value",
        "invalid string, expected basic string, literal string, newline, nothing, etc, '`'",
        "invalid basic string, expected non-double-quote visible characters, `\\`, unicode hexadecimal value",
        "invalid literal string, expected non-single-quote characters, non-single-quote visible characters",
        "invalid unquoted key, expected letters, numbers, `-`, `_`, unquoted string, multi-line basic string",
        "invalid comment character, expected printable characters, digits, characters",
        "integer number overflowed",
        "floating-point number overflowed",
        "wanted string or table",
        "expected empty array",
        "expected empty table",
        "expected table, found integer",
        "expected tuple with length 2",
        "expected table key `0`, but was `a`",
        "expected table with exactly 1 entry, found empty table",
        "wanted exactly 1 element, found 0 elements",
        "wanted exactly 1 element, more than 1 element",
        "unexpected keys in table: a, b, available keys: c",
        "duplicate key: `x`",
        "u64 value was too large",
        "value is missing",
        "invalid type: string \"x\", expected u32",
        "invalid type: integer `3`, expected a string",
        "invalid type: map, expected a sequence",
        "invalid type: floating point `1.5`, expected a timestamp string",
        "invalid value: integer `-1`, expected u32",
        "invalid length 3, expected fewer elements in array",
        "unknown variant `x`, expected one of `a`, `b`, `c`",
        "unknown variant `x`, expected `a` or `b`",
        "unknown variant `x`, there are no variants",
        "unknown field `x`, expected `a`",
        "unknown field `x`, there are no fields",
        "missing field `format`",
        "duplicate field `format`",
        "data did not match any variant of untagged enum FieldValue",
    ];

    #[test]
    fn every_catalogued_message_is_translated() {
        for m in CATALOGUE {
            let nl = translate(m).unwrap_or_else(|| panic!("not translated: {m}"));
            assert!(!nl.is_empty());
        }
        assert_eq!(
            toml_message("missing comma between array elements, expected `,`"),
            "komma ontbreekt tussen de elementen van de lijst; verwacht: `,`"
        );
        assert_eq!(
            toml_message("unknown variant `x`, expected one of `kort`, `volledig`"),
            "onbekende waarde `x`; kies uit: `kort`, `volledig`"
        );
        assert_eq!(toml_message("something new in a later version"), FALLBACK);
    }
}
