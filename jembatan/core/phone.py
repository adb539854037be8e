"""Indonesian phone numbers, stored the one way (+62…) whatever way they were typed."""

import phonenumbers


def normalize_phone(raw: str) -> str | None:
    """Return the number in E.164 (+62812…), or None when it is not a plausible number.

    Accepts what people type: 0812-3456-7890, 62812…, +62 812…, (0286) 321123.
    """
    text = (raw or "").strip()
    if not text or any(ch.isalpha() for ch in text):
        # A letter is a typing slip ("0812 3456 789x") or a note, never part of a number: read
        # without it, the digits left would make a different number that passes as valid.
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


def normalize_mobile(raw: str) -> str | None:
    """An Indonesian mobile number in E.164 (+62812…), or None: a landline, a foreign number or
    something that is not a number at all cannot receive a code by WhatsApp."""
    number = normalize_phone(raw)
    if number is None or not number.startswith("+62"):
        return None
    parsed = phonenumbers.parse(number)
    if not phonenumbers.is_valid_number(parsed) or phonenumbers.number_type(parsed) not in (
            phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
        return None
    return number
