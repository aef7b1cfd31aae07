//! Today's date on the device: the only place the clock is read (the rules take the date as a
//! parameter). Used by the JS API (an omitted `asOf`) and the page.

use crate::rules::date::Date;

/// Today's date on the device.
pub(crate) fn today() -> Date {
    let now = js_sys::Date::new_0();
    let part = |v: u32| u8::try_from(v).unwrap_or(1);
    let year = u16::try_from(now.get_full_year()).unwrap_or(2026);
    Date::new(year, part(now.get_month() + 1), part(now.get_date()))
        .unwrap_or(Date::ymd(2026, 1, 1))
}
