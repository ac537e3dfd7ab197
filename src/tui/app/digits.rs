//! Choosing by number when a list has ten items or more: `1` then `0` is item 10. A digit that can
//! still grow into a longer number waits for the next one (the cursor moves to the item it names,
//! and the status line says what to type); a digit that cannot grow chooses at once. No timer: a
//! slow typist or a screen-reader user gets the same result as a fast one.

/// What the digits typed so far name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typed {
    /// Item `index` (0-based), and no longer number starts with these digits: choose it.
    Complete(usize),
    /// Longer numbers start with these digits: wait. The item these digits name already, if any.
    Pending(Option<usize>),
    /// No item has this number.
    Nothing,
}

/// Which of `numbers` (each item's number, in list order) the digits `typed` name.
pub fn typed(numbers: &[i64], typed: &str) -> Typed {
    let exact = typed.parse::<i64>().ok().and_then(|n| numbers.iter().position(|&m| m == n && m.to_string() == typed));
    let longer = numbers.iter().any(|m| {
        let m = m.to_string();
        m.len() > typed.len() && m.starts_with(typed)
    });
    match (exact, longer) {
        (_, true) => Typed::Pending(exact),
        (Some(i), false) => Typed::Complete(i),
        (None, false) => Typed::Nothing,
    }
}

/// The numbers that start with `typed` and are longer: (lowest, highest), for the status line.
pub fn longer_range(numbers: &[i64], typed: &str) -> Option<(i64, i64)> {
    let longer: Vec<i64> = numbers
        .iter()
        .copied()
        .filter(|m| {
            let m = m.to_string();
            m.len() > typed.len() && m.starts_with(typed)
        })
        .collect();
    Some((*longer.iter().min()?, *longer.iter().max()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_then_zero_is_ten() {
        let thirteen: Vec<i64> = (1..=13).collect();
        assert_eq!(typed(&thirteen, "1"), Typed::Pending(Some(0)));
        assert_eq!(typed(&thirteen, "10"), Typed::Complete(9));
        assert_eq!(typed(&thirteen, "13"), Typed::Complete(12));
        assert_eq!(typed(&thirteen, "14"), Typed::Nothing);
        assert_eq!(typed(&thirteen, "2"), Typed::Complete(1), "no 20 or higher: at once");
        assert_eq!(typed(&thirteen, "0"), Typed::Nothing);
        assert_eq!(longer_range(&thirteen, "1"), Some((10, 13)));
        let nine: Vec<i64> = (1..=9).collect();
        assert_eq!(typed(&nine, "1"), Typed::Complete(0), "up to nine items every digit chooses at once");
        let scale: Vec<i64> = (0..=10).collect();
        assert_eq!(typed(&scale, "0"), Typed::Complete(0));
        assert_eq!(typed(&scale, "1"), Typed::Pending(Some(1)));
        assert_eq!(typed(&scale, "10"), Typed::Complete(10));
        let high: Vec<i64> = (10..=20).collect();
        assert_eq!(typed(&high, "1"), Typed::Pending(None));
    }
}
