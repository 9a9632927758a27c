"""The words of the number grammar: number words, scales, units, bounds and hedges.

Kept apart from `quantities` (the grammar) so each stays short; every table is
plain data read once at import.
"""

from __future__ import annotations

UNITS = {w: n for n, w in enumerate([
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"])}
UNITS.update({"nought": 0, "naught": 0, "nil": 0})  # "nil" as a count only standing alone (number_context)
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12,
          "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000, "crore": 10**7, "crores": 10**7,
          "cr": 10**7}  # South Asian press: "Rs 12 lac", "Rs 3 cr"
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 10**12}
VAGUE = {
    "dozens": (24, 100), "scores": (40, 100), "hundreds": (200, 1000), "thousands": (2000, 10_000),
    "millions": (2_000_000, 10_000_000), "billions": (2 * 10**9, 10**10),
}
# "a couple of", "a few", "several": small vague counts.
SMALL = {"couple": (2, 2), "pair": (2, 2), "few": (2, 5), "several": (3, 9)}
# Shares of a whole: read as percentages so "half" meets "50 percent".
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
             "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "won": "KRW", "yen": "JPY", "yuan": "CNY", "rupee": "INR", "rupees": "INR", "pesos": "MXN", "peso": "MXN",
    "bucks": "USD", "dinar": "DINAR", "dinars": "DINAR", "riyal": "RIYAL", "riyals": "RIYAL", "rial": "RIAL",
    "rials": "RIAL", "shekel": "ILS", "shekels": "ILS", "ringgit": "MYR", "ringgits": "MYR", "rand": "ZAR",
    "francs": "CHF", "franc": "CHF", "rubles": "RUB", "ruble": "RUB", "roubles": "RUB", "lira": "TRY",
    "dirham": "AED", "dirhams": "AED", "baht": "THB", "rupiah": "IDR", "naira": "NGN", "hryvnia": "UAH",
    "hryvnias": "UAH", "tugrik": "MNT", "tugriks": "MNT", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF",
    "reais": "BRL", "renminbi": "CNY",
}
# A currency word after a nationality names that country's currency: "42 Lebanese pounds" are not sterling.
NATIONAL_CURRENCIES = {
    ("kuwaiti", "dinar"): "KWD", ("bahraini", "dinar"): "BHD", ("jordanian", "dinar"): "JOD", ("iraqi", "dinar"): "IQD",
    ("libyan", "dinar"): "LYD", ("tunisian", "dinar"): "TND", ("algerian", "dinar"): "DZD", ("serbian", "dinar"): "RSD",
    ("saudi", "riyal"): "SAR", ("qatari", "riyal"): "QAR", ("qatari", "rial"): "QAR", ("omani", "rial"): "OMR",
    ("iranian", "rial"): "IRR", ("yemeni", "rial"): "YER", ("egyptian", "pound"): "EGP", ("lebanese", "pound"): "LBP",
    ("syrian", "pound"): "SYP", ("sudanese", "pound"): "SDG", ("british", "pound"): "GBP", ("malaysian", "ringgit"): "MYR",
    ("hong kong", "dollar"): "HKD", ("canadian", "dollar"): "CAD", ("australian", "dollar"): "AUD",
    ("new zealand", "dollar"): "NZD", ("singapore", "dollar"): "SGD", ("taiwan", "dollar"): "TWD",
    ("taiwanese", "dollar"): "TWD", ("jamaican", "dollar"): "JMD", ("zimbabwean", "dollar"): "ZWL",
    ("mexican", "peso"): "MXN", ("argentine", "peso"): "ARS", ("argentinian", "peso"): "ARS", ("philippine", "peso"): "PHP",
    ("chilean", "peso"): "CLP", ("colombian", "peso"): "COP", ("cuban", "peso"): "CUP", ("indian", "rupee"): "INR",
    ("pakistani", "rupee"): "PKR", ("sri lankan", "rupee"): "LKR", ("nepalese", "rupee"): "NPR", ("nepali", "rupee"): "NPR",
    ("swiss", "franc"): "CHF", ("south african", "rand"): "ZAR", ("russian", "ruble"): "RUB", ("russian", "rouble"): "RUB",
    ("turkish", "lira"): "TRY", ("israeli", "shekel"): "ILS", ("mongolian", "tugrik"): "MNT", ("ukrainian", "hryvnia"): "UAH",
    ("emirati", "dirham"): "AED", ("moroccan", "dirham"): "MAD", ("chinese", "yuan"): "CNY", ("japanese", "yen"): "JPY",
    ("south korean", "won"): "KRW", ("korean", "won"): "KRW", ("north korean", "won"): "KPW",
}
# Currency words also written before the amount ("Rupees 500", "ringgit 42"); not "won", "pound", "rand" (verbs and nouns).
CURRENCY_BEFORE = frozenset("ringgit ringgits rupee rupees riyal riyals rial rials dirham dirhams dinar dinars yuan renminbi rupiah baht naira".split())
# The hundredth of a currency after its amount: "$20 and 43 cents", "3 GBP 1 pence", "20 ringgit 43 sen".
SUBUNITS = frozenset("""cent cents penny pennies pence ¢ sen sens paise fils halala halalas kopek kopeks kopeck kopecks kopiyka
    kopiykas kopiyok centime centimes satang""".split())
# ISO 4217 codes written next to an amount ("EUR 20", "42 KWD"); the common ones of world news.
# With the letter symbols used like codes: "RM42" (Malaysian ringgit), "LE 42 million", "42 L.E." (Egyptian pound),
# "20Rs" (rupees).
CURRENCY_CODES = {code: code for code in
    """USD EUR GBP JPY CNY KRW INR CAD AUD NZD CHF HKD SGD SEK NOK DKK PLN CZK HUF RUB UAH TRY ZAR BRL MXN ARS CLP COP
    PEN IDR MYR THB PHP VND PKR BDT LKR NGN KES EGP MAD SAR AED QAR KWD BHD OMR JOD LBP ILS IRR IQD BGN RON ISK MNT
    TWD""".split()} | {"RM": "MYR", "LE": "EGP", "L.E": "EGP", "L.E.": "EGP", "Rs": "INR"}
TIME_UNITS = {  # days per unit
    "second": 1 / 86400, "sec": 1 / 86400, "minute": 1 / 1440, "min": 1 / 1440, "mins": 1 / 1440,
    "hour": 1 / 24, "hr": 1 / 24, "hrs": 1 / 24, "h": 1 / 24, "day": 1, "week": 7, "wk": 7, "fortnight": 14,
    "month": 30.4375, "quarter-year": 91.3125, "year": 365.25, "yr": 365.25, "decade": 3652.5, "century": 36525,
}
# Abbreviations read as units only when glued to the number or right after it ("3h", "45 min").
TIME_ABBREVIATIONS = frozenset("sec min mins hr hrs h wk yr".split())
MEASURE_UNITS = {
    "km": "km", "kilometer": "km", "kilometre": "km", "mile": "mi", "meter": "m", "metre": "m", "foot": "ft",
    "feet": "ft", "inch": "in", "cm": "cm", "mm": "mm", "kg": "kg", "kilogram": "kg", "gram": "g", "ton": "t",
    "tonne": "t", "acre": "acre", "hectare": "ha", "liter": "l", "litre": "l", "gallon": "gal", "barrel": "bbl",
    "degree": "deg", "mph": "mph", "magnitude": "magnitude", "square": "sq",
    "mhz": "MHz", "ghz": "GHz", "gb": "GB", "mb": "MB", "tb": "TB", "megapixel": "MP",
}
# Scales named before the number: "a magnitude 6.1 quake", "a Category 4 hurricane".
PREFIX_MEASURES = frozenset("magnitude category level force".split())
# A number after these words is a label, not an amount: "code 7734", "model 3".
LABEL_WORDS = frozenset(
    """no. number no page room flight route chapter article section code zip pin id ext extension model version
    serial account ticket item apartment apt suite exit interstate highway channel gate platform track episode
    season volume vol part bus line""".split()
)
# (phrase, direction, closed?) before a number; matched longest first.
BOUNDS = sorted([
    ("no more than", "upper", True), ("not more than", "upper", True), ("no fewer than", "lower", True),
    ("not fewer than", "lower", True), ("no less than", "lower", True), ("not less than", "lower", True),
    ("more than", "lower", False), ("greater than", "lower", False), ("higher than", "lower", False),
    ("larger than", "lower", False), ("bigger than", "lower", False), ("in excess of", "lower", False),
    ("upwards of", "lower", False), ("at least", "lower", True), ("a minimum of", "lower", True),
    ("fewer than", "upper", False), ("less than", "upper", False), ("lower than", "upper", False),
    ("smaller than", "upper", False), ("at most", "upper", True), ("up to", "upper", True),
    ("a maximum of", "upper", True), ("as many as", "upper", True), ("as much as", "upper", True),
    ("over", "lower", False), ("above", "lower", False), ("under", "upper", False), ("below", "upper", False),
    ("exceeding", "lower", False), ("exceeded", "lower", False), ("exceeds", "lower", False),
    ("exceed", "lower", False), ("surpassed", "lower", False), ("surpassing", "lower", False),
    ("surpasses", "lower", False), ("topped", "lower", False), ("topping", "lower", False),
    ("less than or equal to", "upper", True), ("fewer than or equal to", "upper", True),
    ("no greater than", "upper", True), ("not greater than", "upper", True),
    ("greater than or equal to", "lower", True), ("more than or equal to", "lower", True),
    ("at or above", "lower", True), ("at or below", "upper", True),
    (">", "lower", False), (">=", "lower", True), ("=>", "lower", True), ("≥", "lower", True),
    ("<", "upper", False), ("<=", "upper", True), ("=<", "upper", True), ("≤", "upper", True),
], key=lambda b: -len(b[0]))
# (phrase, direction) after a number: "300 or more", "18 and over".
SUFFIX_BOUNDS = {
    ("or", "more"): "lower", ("or", "greater"): "lower", ("or", "higher"): "lower", ("or", "above"): "lower",
    ("or", "over"): "lower", ("or", "larger"): "lower", ("and", "over"): "lower", ("and", "above"): "lower",
    ("and", "up"): "lower", ("or", "fewer"): "upper", ("or", "less"): "upper", ("or", "lower"): "upper",
    ("or", "below"): "upper", ("or", "under"): "upper", ("and", "under"): "upper", ("and", "below"): "upper",
}
HEDGES = [
    ("just over", "above"), ("just under", "below"), ("close to", "below"), ("nearly", "below"),
    ("almost", "below"), ("an estimated", "around"), ("approximately", "around"), ("roughly", "around"),
    ("around", "around"), ("about", "around"), ("some", "around"), ("circa", "around"), ("estimated", "around"),
    ("approx", "around"), ("~", "around"), ("more or less", "around"), ("give or take", "around"),
]
RANGE_WORDS = frozenset(["to", "and", "-", "–", "—", "through", "thru", "~"])
WHOLE = frozenset("all whole full entire".split())


def singular(word: str) -> str:
    """ "hours" -> "hour", "centuries" -> "century".""" 
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word

def unit_word(word: str) -> str | None:
    """The time unit a word names, singular: "hours" → "hour"."""
    w = word if word in TIME_UNITS else singular(word)
    return w if w in TIME_UNITS else None
