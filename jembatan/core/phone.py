"""Indonesian phone numbers, stored the one way (+62…) whatever way they were typed."""

import phonenumbers


def normalize_phone(raw: str) -> str | None:
    """Return the number in E.164 (+62812…), or None when it is not a plausible number.

    Accepts what people type: 0812-3456-7890, 62812…, +62 812…, (0286) 321123.
    """
    text = (raw or "").strip()
    if not text:
        return None
    digits = "".join(ch for ch in text if ch.isdigit())
    international = text.startswith("+") or digits.startswith("62")
    candidate = "+" + digits if international else digits
    try:
        number = phonenumbers.parse(candidate, "ID")
    except phonenumbers.NumberParseException:
        return None
    # Indonesian numbers have at least 8 digits after the country code (mobile: 9 to 12).
    if not phonenumbers.is_possible_number(number) or len(str(number.national_number)) < 8:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
