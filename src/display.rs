//! How values are shown to people, shared by the front ends and the CLI.

/// A timestamp as local date and time, `2026-11-25 16:05`.
pub fn local_time(t: jiff::Timestamp) -> String {
    let zoned = t.to_zoned_datetime(jiff::tz::TimeZone::system());
    zoned.strftime("%Y-%m-%d %H:%M").to_string()
}
