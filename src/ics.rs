//! An iCalendar file (RFC 5545) of one all-day event: the day an answer changes by itself
//! (issue 17's "Add to calendar"), with a link back to the checker with the same answers.
//! Pure text: CRLF line ends, TEXT values escaped (§3.3.11), lines folded at 75 octets (§3.1).

use crate::rules::date::Date;

/// The event: its day, a one-line summary, a description and the link back.
pub struct Event<'a> {
    /// The day (an all-day event, `DTSTART;VALUE=DATE`).
    pub day: Date,
    /// The day the file is made (`DTSTAMP`, at midnight UTC: the checker knows no time of day).
    pub made: Date,
    /// `SUMMARY`.
    pub summary: &'a str,
    /// `DESCRIPTION` (the link is added on a line of its own).
    pub description: &'a str,
    /// `URL`: the checker with the same answers.
    pub url: &'a str,
}

/// `20280112`.
fn basic(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// A TEXT value: backslash, semicolon, comma and line breaks escaped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// One content line, folded so that no line is longer than 75 octets (a fold never splits a
/// UTF-8 character), ended with CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// The whole file.
pub fn calendar(e: &Event) -> String {
    let day = basic(e.day);
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//mpn-eligibility//support eligibility checker//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{day}-{:08x}@mpn-eligibility", fnv(e.url)),
        format!("DTSTAMP:{}T000000Z", basic(e.made)),
        format!("DTSTART;VALUE=DATE:{day}"),
        format!("DTEND;VALUE=DATE:{}", basic(e.day.next_day())),
        format!("SUMMARY:{}", escape(e.summary)),
        format!(
            "DESCRIPTION:{}",
            escape(&format!("{}\n{}", e.description, e.url))
        ),
        format!("URL:{}", e.url),
        "TRANSP:TRANSPARENT".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ] {
        line(&mut out, &l);
    }
    out
}

/// A short stable hash of the link, so the same answer's event keeps one UID.
fn fnv(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5, |h: u32, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}
