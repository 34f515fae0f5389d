//! Dates as feeds really write them. feed-rs calls [`parse`] for every
//! timestamp (`pubDate`, `dc:date`, Atom `published`/`updated`, JSON Feed).
//!
//! Two families: ISO 8601 (`2010-09-25T01:30:00Z`, with or without seconds,
//! fraction or zone, `T` or a space) and RFC 822 as written in the wild —
//! weekday with or without a comma or missing, one-digit days, two-digit years,
//! month names long or short (a few non-English ones too), named and military
//! zones. RFC 822 dates are read token by token, so the parts may come in any
//! order ("Sep 25 2010", "25 Sep 2010"). A zone we do not know counts as UTC.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc};

/// The timestamp in `text`, or `None` when it is not a date at all.
pub fn parse(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim().trim_start_matches("<![CDATA[").trim_end_matches("]]>").trim();
    if text.is_empty() {
        return None;
    }
    let t = iso8601(text).or_else(|| rfc822(text))?;
    (1900..=2200).contains(&chrono::Datelike::year(&t)).then_some(t)
}

/// `YYYY-MM-DD[(T| )hh:mm[:ss[.fff]]][zone]`.
fn iso8601(s: &str) -> Option<DateTime<Utc>> {
    let b = s.as_bytes();
    // The date's ten bytes must be ASCII: they are sliced by byte below (a
    // multi-byte character there panicked, found by fuzzing).
    if b.len() < 10 || !b[..10].is_ascii() || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(num(&s[0..4])?, num(&s[5..7])? as u32, num(&s[8..10])? as u32)?;
    let rest = s[10..].trim_start();
    let rest = rest.strip_prefix(['T', 't']).unwrap_or(rest).trim_start();
    if rest.is_empty() {
        return Some(Utc.from_utc_datetime(&date.and_time(NaiveTime::MIN)));
    }
    // The clock runs up to the first character that is not a digit, ':', '.' or ','.
    let end = rest.find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.' || c == ',')).unwrap_or(rest.len());
    let time = clock(&rest[..end])?;
    let offset = match rest[end..].trim() {
        "" => Utc.fix(),
        zone => parse_zone(zone)?,
    };
    local(date.and_time(time), offset)
}

/// Anything RFC 822-like: tokens for weekday, day, month, year, clock and zone.
fn rfc822(s: &str) -> Option<DateTime<Utc>> {
    let (mut day, mut month, mut year, mut time, mut offset) = (None, None, None, None, None);
    let mut numbers = Vec::new();
    let cleaned: String = s.chars().map(|c| if c == ',' || c == '/' { ' ' } else { c }).collect();
    let mut tokens = cleaned.split_whitespace().peekable();
    while let Some(tok) = tokens.next() {
        let lower = tok.trim_end_matches('.').to_lowercase();
        if tok.starts_with('(') {
            // An RFC 822 comment, e.g. "-0700 (PDT)".
            continue;
        } else if tok.contains(':') && time.is_none() {
            let (clock_part, zone_part) = split_clock(tok);
            time = Some(clock(clock_part)?);
            if !zone_part.is_empty() {
                offset = Some(parse_zone(zone_part)?);
            }
            // "1:30 PM"
            if let Some(&next) = tokens.peek() {
                let pm = next.eq_ignore_ascii_case("pm") || next.eq_ignore_ascii_case("p.m.");
                let am = next.eq_ignore_ascii_case("am") || next.eq_ignore_ascii_case("a.m.");
                if pm || am {
                    tokens.next();
                    time = time.map(|t| twelve_hour(t, pm));
                }
            }
        } else if let Some(m) = month_number(&lower) {
            if month.is_some() {
                return None;
            }
            month = Some(m);
        } else if is_weekday(&lower) {
            continue;
        } else if tok.chars().all(|c| c.is_ascii_digit()) {
            numbers.push(tok);
        } else if time.is_some() && offset.is_none() {
            offset = Some(parse_zone(tok).unwrap_or_else(|| Utc.fix()));
        } else {
            return None;
        }
    }
    for n in numbers {
        let v: i32 = n.parse().ok()?;
        if n.len() == 4 && year.is_none() {
            year = Some(v);
        } else if n.len() <= 2 && day.is_none() && (1..=31).contains(&v) {
            day = Some(v as u32);
        } else if n.len() == 2 && year.is_none() {
            // RFC 2822's rule for obsolete two-digit years.
            year = Some(if v < 50 { 2000 + v } else { 1900 + v });
        } else {
            return None;
        }
    }
    let date = NaiveDate::from_ymd_opt(year?, month?, day?)?;
    let offset = offset.unwrap_or(Utc.fix());
    local(date.and_time(time.unwrap_or(NaiveTime::MIN)), offset)
}

fn local(naive: NaiveDateTime, offset: FixedOffset) -> Option<DateTime<Utc>> {
    offset.from_local_datetime(&naive).single().map(|t| t.with_timezone(&Utc))
}

fn num(s: &str) -> Option<i32> {
    s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse().ok()).flatten()
}

/// "01:30:00+0200" → ("01:30:00", "+0200"); "1:30Z" → ("1:30", "Z").
fn split_clock(tok: &str) -> (&str, &str) {
    let end = tok.find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.')).unwrap_or(tok.len());
    (&tok[..end], &tok[end..])
}

/// `h:mm`, `hh:mm:ss`, with an optional fraction (dropped). "24:00" is midnight.
fn clock(s: &str) -> Option<NaiveTime> {
    let s = s.split(['.', ',']).next()?;
    let mut parts = s.split(':');
    let h = num(parts.next()?)? as u32;
    let m = num(parts.next()?)? as u32;
    let sec = match parts.next() {
        Some(p) => num(p)? as u32,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    let h = if h == 24 && m == 0 && sec == 0 { 0 } else { h };
    // A leap second (":60") is read as the second before.
    NaiveTime::from_hms_opt(h, m, sec.min(59))
}

fn twelve_hour(t: NaiveTime, pm: bool) -> NaiveTime {
    use chrono::Timelike;
    let h = t.hour() % 12 + if pm { 12 } else { 0 };
    t.with_hour(h).unwrap_or(t)
}

/// `+hhmm`, `+hh:mm`, `+hh`, `Z`, `UT`, `GMT`, US and European zone names,
/// military letters; `None` for anything else.
fn parse_zone(z: &str) -> Option<FixedOffset> {
    let z = z.trim().trim_start_matches('(').trim_end_matches(')');
    if let Some(sign) = z.chars().next().filter(|c| *c == '+' || *c == '-') {
        let digits: String = z[1..].chars().filter(|c| *c != ':').collect();
        let (h, m) = match digits.len() {
            1 | 2 => (digits.parse::<i32>().ok()?, 0),
            3 | 4 => (digits[..digits.len() - 2].parse::<i32>().ok()?, digits[digits.len() - 2..].parse::<i32>().ok()?),
            _ => return None,
        };
        if h > 14 || m > 59 {
            return None;
        }
        let secs = (h * 60 + m) * 60;
        return FixedOffset::east_opt(if sign == '-' { -secs } else { secs });
    }
    let hours: f32 = match z.to_ascii_uppercase().as_str() {
        "Z" | "UT" | "UTC" | "GMT" | "WET" => 0.0,
        "EST" => -5.0,
        "EDT" => -4.0,
        "CST" => -6.0,
        "CDT" => -5.0,
        "MST" => -7.0,
        "MDT" => -6.0,
        "PST" => -8.0,
        "PDT" => -7.0,
        "AKST" => -9.0,
        "AKDT" => -8.0,
        "HST" => -10.0,
        "AST" => -4.0,
        "ADT" => -3.0,
        "NST" => -3.5,
        "BRT" => -3.0,
        "IST" => 5.5,
        "BST" | "CET" | "MET" | "WEST" => 1.0,
        "CEST" | "MEST" | "EET" | "SAST" => 2.0,
        "EEST" | "MSK" => 3.0,
        "JST" | "KST" => 9.0,
        "HKT" | "SGT" | "AWST" => 8.0,
        "AEST" => 10.0,
        "AEDT" => 11.0,
        "NZST" => 12.0,
        "NZDT" => 13.0,
        // Military zones, as RFC 1123 corrected them (A is +1, N is -1, Z is 0; no J).
        m if m.len() == 1 => {
            let c = m.as_bytes()[0];
            match c {
                b'A'..=b'I' => f32::from(c - b'A' + 1),
                b'K'..=b'M' => f32::from(c - b'K' + 10),
                b'N'..=b'Y' => -f32::from(c - b'N' + 1),
                _ => return None,
            }
        }
        _ => return None,
    };
    FixedOffset::east_opt((hours * 3600.0) as i32)
}

fn is_weekday(w: &str) -> bool {
    const DAYS: &[&str] = &[
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday", // German, French, Spanish, Italian, Portuguese short forms
        "mo",
        "di",
        "mi",
        "do",
        "fr",
        "sa",
        "so",
        "lun",
        "mar",
        "mer",
        "jeu",
        "ven",
        "sam",
        "dim",
        "mié",
        "jue",
        "vie",
        "sáb",
        "dom",
        "gio",
        "seg",
        "ter",
        "qua",
        "qui",
        "sex",
    ];
    DAYS.contains(&w)
}

/// English month names in any length from three letters, and the common
/// German, French, Spanish, Italian and Portuguese abbreviations.
fn month_number(w: &str) -> Option<u32> {
    const EN: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if let Some(i) = EN.iter().position(|m| m.starts_with(w)).filter(|_| w.len() >= 3) {
        return Some(i as u32 + 1);
    }
    let other = match w {
        "mär" | "mrz" | "märz" => 3,
        "mai" | "mayo" | "maggio" | "maio" => 5,
        "juni" | "juin" | "giu" => 6,
        "juli" | "juil" | "lug" => 7,
        "okt" | "oct" | "ott" | "out" => 10,
        "dez" | "déc" | "dic" => 12,
        "janv" | "ene" | "gen" => 1,
        "févr" | "fév" | "fev" => 2,
        "avr" | "abr" => 4,
        "août" | "ago" => 8,
        "set" => 9,
        _ => return None,
    };
    Some(other)
}

#[cfg(test)]
mod tests {
    use super::parse;

    fn iso(text: &str) -> String {
        parse(text).map(|d| d.to_rfc3339()).unwrap_or_else(|| "none".into())
    }

    #[test]
    fn rfc822_as_specified() {
        assert_eq!(iso("Sat, 25 Sep 2010 01:30:00 GMT"), "2010-09-25T01:30:00+00:00");
        assert_eq!(iso("Sat, 25 Sep 2010 01:30:00 +0200"), "2010-09-24T23:30:00+00:00");
    }

    #[test]
    fn rfc822_without_comma_or_weekday() {
        assert_eq!(iso("Sat 25 Sep 2010 01:30:00 GMT"), "2010-09-25T01:30:00+00:00");
        assert_eq!(iso("07 Nov 2015 12:00:00 EST"), "2015-11-07T17:00:00+00:00");
        assert_eq!(iso("Thurs, 13 Jul 2011 07:38:00 GMT"), "2011-07-13T07:38:00+00:00");
    }

    #[test]
    fn rfc822_one_digit_days_two_digit_years_and_short_clocks() {
        assert_eq!(iso("Mon, 1 Feb 10 9:05 PDT"), "2010-02-01T16:05:00+00:00");
        assert_eq!(iso("5 May 99 23:59:59 -0000"), "1999-05-05T23:59:59+00:00");
        assert_eq!(iso("Tue, 3 June 2008 11:05:30 CET"), "2008-06-03T10:05:30+00:00");
        assert_eq!(iso("Wed, 02 Oct 2002 15:00:00 UT"), "2002-10-02T15:00:00+00:00");
        assert_eq!(iso("Tue, 10 Jun 2003 04:00:00 -0700 (PDT)"), "2003-06-10T11:00:00+00:00");
    }

    #[test]
    fn named_and_military_zones() {
        assert_eq!(iso("01 Jan 2020 12:00:00 Z"), "2020-01-01T12:00:00+00:00");
        assert_eq!(iso("01 Jan 2020 12:00:00 A"), "2020-01-01T11:00:00+00:00");
        assert_eq!(iso("01 Jan 2020 12:00:00 N"), "2020-01-01T13:00:00+00:00");
        assert_eq!(iso("01 Jan 2020 12:00:00 CEST"), "2020-01-01T10:00:00+00:00");
        assert_eq!(iso("01 Jan 2020 12:00:00 XYZT"), "2020-01-01T12:00:00+00:00");
    }

    #[test]
    fn month_first_and_non_english_months() {
        assert_eq!(iso("Sep 25 2010 01:30:00 GMT"), "2010-09-25T01:30:00+00:00");
        assert_eq!(iso("Di, 03 Mär 2020 10:00:00 +0100"), "2020-03-03T09:00:00+00:00");
        assert_eq!(iso("March 3, 2020 1:15 PM"), "2020-03-03T13:15:00+00:00");
    }

    #[test]
    fn iso8601_with_and_without_seconds_or_zone() {
        assert_eq!(iso("2010-09-25T01:30:00Z"), "2010-09-25T01:30:00+00:00");
        assert_eq!(iso("2010-09-25T01:30Z"), "2010-09-25T01:30:00+00:00");
        assert_eq!(iso("2010-09-25T01:30:00"), "2010-09-25T01:30:00+00:00");
        assert_eq!(iso("2010-09-25 01:30:00.123+02:00"), "2010-09-24T23:30:00+00:00");
        assert_eq!(iso("2010-09-25T01:30:00-0500"), "2010-09-25T06:30:00+00:00");
        assert_eq!(iso("2010-09-25"), "2010-09-25T00:00:00+00:00");
    }

    #[test]
    fn whitespace_and_cdata_around_the_date() {
        assert_eq!(iso("\n   Sat, 25 Sep 2010 01:30:00 GMT \t"), "2010-09-25T01:30:00+00:00");
        assert_eq!(iso("<![CDATA[ 2010-09-25T01:30:00Z ]]>"), "2010-09-25T01:30:00+00:00");
    }

    #[test]
    fn not_dates() {
        for text in ["", "   ", "yesterday", "soon", "2010", "32 Sep 2010", "Sep 2010 12:00", "12:00", "0000-00-00"] {
            assert_eq!(iso(text), "none", "{text:?}");
        }
    }
}
