"""Counts and amounts read as intervals, on real ECB+ sentences and hand-written hard cases."""

from __future__ import annotations

import pytest

from coverage_site.claims import durations, numbers


def read(sentence: str):
    return [(sentence[q.start:q.end], q.kind, q.interval.notation(), q.about) for q in numbers.find(sentence)]


@pytest.mark.parametrize("sentence,expected", [
    # Real sentences from ECB+ (CC BY 3.0).
    ("The policeman charged with killing Alexandros Grigoropoulos has been jailed along with a colleague pending trial, "
     "while more than 400 protesters have been detained over the unrest.",
     [("more than 400", "count", "(400,)", "protesters")]),
    ("One of the bombs landed in a school yard where about 300 students were attending class, but the bomb did not explode, Boyette said.",
     [("about 300", "count", "[270,330]", "students")]),
    ("Intel recently sold its cellular chip business to Marvell Technology (MRVL) for $600 million.",
     [("$600 million", "money", "[550000000,650000000]", None)]),
    ("The poll of 520 people published in the Kathimerini newspaper gave a 4.5 percent margin of error.",
     [("520", "count", "[520,520]", "people"), ("4.5 percent", "percent", "[4.45,4.55]", None)]),
    ("Fanning said the gunman, entered the party of at least a dozen people around 4:00 p.m.",
     [("at least a dozen", "count", "[12,)", "people")]),
    ("More than 50 firefighters tackled the blaze, which broke out on the roof of the supermarket at about 2045 GMT.",
     [("More than 50", "count", "(50,)", "firefighters")]),
    ("Only 5.8 million TV viewers tuned-in, far below the Globes' typical 20 million audience.",
     [("5.8 million", "count", "[5750000,5850000]", "TV viewers"), ("20 million", "count", "[18000000,22000000]", "audience")]),
    ("In 2003, he pleaded guilty to obstructing justice by misleading doctors about his mental state.", []),
    # The seeds' shapes.
    ("the detention of over 300 South Korean workers has sparked", [("over 300", "count", "(300,)", "South Korean workers")]),
    ("Some 300 South Korean workers, detained in a raid", [("Some 300", "count", "[270,330]", "South Korean workers")]),
    ("rounding up hundreds of South Korean nationals.", [("hundreds", "count", "[200,1000)", "South Korean nationals")]),
    # Bounds.
    ("at least 20 people", [("at least 20", "count", "[20,)", "people")]),
    ("no fewer than 20 people", [("no fewer than 20", "count", "[20,)", "people")]),
    ("fewer than 20 people", [("fewer than 20", "count", "[0,20)", "people")]),
    ("up to 40 homes", [("up to 40", "count", "[0,40]", "homes")]),
    ("no more than 40 homes", [("no more than 40", "count", "[0,40]", "homes")]),
    ("between 20 and 30 people", [("between 20 and 30", "count", "[20,30]", "people")]),
    ("20 to 30 people", [("20 to 30", "count", "[20,30]", "people")]),
    ("20-30 people", [("20-30", "count", "[20,30]", "people")]),
    ("300 or more workers", [("300 or more", "count", "[300,)", "workers")]),
    # Hedges: round numbers widen by 10 %, precise ones by 5 %; nearly/almost lie below.
    ("nearly 1,000 people", [("nearly 1,000", "count", "[900,1000)", "people")]),
    ("almost 50 percent of voters", [("almost 50 percent", "percent", "[47.5,50)", None)]),
    ("roughly 316 workers", [("roughly 316", "count", "[300.2,331.8]", "workers")]),
    # An unhedged round number is exact; a scale word keeps the precision of its digits.
    ("2,000 people marched", [("2,000", "count", "[2000,2000]", "people")]),
    # Number words and vague quantities.
    ("three hundred and forty protesters", [("three hundred and forty", "count", "[340,340]", "protesters")]),
    ("twenty-five children", [("twenty-five", "count", "[25,25]", "children")]),
    ("tens of thousands of people marched", [("tens of thousands", "count", "[20000,100000)", "people")]),
    ("dozens of homes", [("dozens", "count", "[24,100)", "homes")]),
    # Ages, money and measures are their own kinds.
    ("The 33-year-old actress", [("33-year-old", "age", "[33,33]", None)]),
    ("a $7 billion plant", [("$7 billion", "money", "[6500000000,7500000000]", None)]),
    ("about 58km (36 miles) south-west of Bandar Abbas", [("about 58km", "measure", "[55.1,60.9]", None), ("36 miles", "measure", "[36,36]", None)]),
    # Not quantities: years, times, ordinals, phone numbers, numbers inside names.
    ("at 5:03pm on Boeing 737 flights", []),
    ("Call 555-123-4567 or (02) 555-1234", []),
    ("the 22nd time in the G7 and F-16 and COVID-19 era", []),
    ("the two nations met", []),
])
def test_quantities(sentence, expected):
    assert read(sentence) == expected


@pytest.mark.parametrize("sentence,interval", [
    ("held for approximately one week in a facility", "[5.25,8.75]"),
    ("After being held for nearly a week, the workers", "[5.25,7)"),
    ("after being held in a detention centre for a week", "[5.25,8.75]"),
    ("48 hours later", "[1.989583,2.010417]"),
    ("for three days", "[2.75,3.25]"),
])
def test_durations_in_days(sentence, interval):
    found = durations.find(sentence)
    assert [q.interval.notation() for q in found] == [interval]
    assert all(q.kind == "duration" and q.unit == "days" for q in found)


def test_counts_are_not_durations_and_vice_versa():
    s = "A total of 316 South Korean workers returned home Friday, after being held for a week."
    assert [q.kind for q in numbers.find(s)] == ["count"]
    assert [s[q.start:q.end] for q in durations.find(s)] == ["a week"]


# Issue #15, comparatives and bounds: sentences of our own wording.
@pytest.mark.parametrize("sentence,expected", [
    ("Turnout was greater than 4,565 voters in the ward.", [("greater than 4,565", "count", "(4565,)", "voters")]),
    ("Claims exceeding 150 were sent back.", [("exceeding 150", "count", "(150,)", None)]),
    ("Sales surpassed 3,000 units by June.", [("surpassed 3,000", "count", "(3000,)", "units")]),
    ("at most 12 seats remain", [("at most 12", "count", "[0,12]", "seats")]),
    ("no fewer than 40 lawmakers signed", [("no fewer than 40", "count", "[40,)", "lawmakers")]),
    ("families of five or more", [("five or more", "count", "[5,)", None)]),
    ("scores of 90 or greater", [("90 or greater", "count", "[90,)", None)]),
    ("up to 25 trucks a day", [("up to 25", "count", "[0,25]", "trucks")]),
    ("as many as 70 boats", [("as many as 70", "count", "[0,70]", "boats")]),
    ("a load less than or equal to 18 tonnes", [("less than or equal to 18 tonnes", "measure", "[0,18]", None)]),
    # Symbols.
    ("readings >30 were flagged", [(">30", "count", "(30,)", None)]),
    ("a score >= 30 is a pass", [(">= 30", "count", "[30,)", None)]),
    ("groups of < 100 members", [("< 100", "count", "[0,100)", "members")]),
    ("a dose ≤ 5 mg", [("≤ 5", "count", "[0,5]", "mg")]),
    # Two bounds joined into one range.
    ("prices above 1,000 and below 1,500 dollars", [("above 1,000 and below 1,500 dollars", "money", "(1000,1500)", None)]),
    ("greater than 100 and smaller than 300 cases", [("greater than 100 and smaller than 300", "count", "(100,300)", "cases")]),
    ("at most 100 and at least 20 guests", [("at most 100 and at least 20", "count", "[20,100]", "guests")]),
    ("20 through 100 rooms", [("20 through 100", "count", "[20,100]", "rooms")]),
    ("between four and seven boats were lost", [("between four and seven", "count", "[4,7]", "boats")]),
    ("20–100 rooms", [("20–100", "count", "[20,100]", "rooms")]),
    ("20~100 rooms", [("20~100", "count", "[20,100]", "rooms")]),
    ("from one thousand to fifteen hundred homes", [("from one thousand to fifteen hundred", "count", "[1000,1500]", "homes")]),
    # Fractions and shares, read as percentages.
    ("more than half of the residents left", [("more than half", "percent", "(50,)", "residents")]),
    ("two-thirds of the board agreed", [("two-thirds", "percent", "[66.666667,66.666667]", "board")]),
    ("a third of the crop", [("a third", "percent", "[33.333333,33.333333]", "crop")]),
    ("about 1/2 of the staff", [("about 1/2", "percent", "[47.5,52.5]", "staff")]),
    # Negatives.
    ("The low was minus ten.", [("minus ten", "count", "[-10,-10]", None)]),
    ("it fell to -5 on the coast", [("-5", "count", "[-5,-5]", None)]),
    # An unhedged round number is exact; a hedge or a scale word says otherwise.
    ("100 people were evacuated", [("100", "count", "[100,100]", "people")]),
    ("around 100 people were evacuated", [("around 100", "count", "[90,110]", "people")]),
    ("1.2 million people", [("1.2 million", "count", "[1150000,1250000]", "people")]),
    # Money.
    ("fined 20 dollars and 50 cents", [("20 dollars and 50 cents", "money", "[20.5,20.5]", None)]),
    ("from 10 euros to 20 euros a night", [("from 10 euros to 20 euros", "money", "[10,20]", None)]),
    ("a bill of 42 Kuwaiti dinars", [("42 Kuwaiti dinars", "money", "[42,42]", None)]),
    ("EUR 20 a head", [("EUR 20", "money", "[20,20]", None)]),
    ("a fine of Rs. 500 was paid", [("Rs. 500", "money", "[500,500]", None)]),
    ("a fare of 3 Hong Kong dollars", [("3 Hong Kong dollars", "money", "[3,3]", None)]),
    ("more than 1 dollar and forty-two cents", [("more than 1 dollar and forty-two cents", "money", "(1.42,)", None)]),
    ("inflation of two point five percent", [("two point five percent", "percent", "[2.5,2.5]", None)]),
])
def test_bounds_ranges_fractions(sentence, expected):
    assert read(sentence) == expected


# Ages given as an appositive after a name are ages of that person, not counts.
@pytest.mark.parametrize("sentence,expected", [
    ("Anthony Smith, 38, was charged on Monday.", [("38", "age", "[38,38]", "Anthony Smith")]),
    ("Jane Doe, 61, and her son were rescued.", [("61", "age", "[61,61]", "Jane Doe")]),
    ("Ms. Okafor, 45, runs the clinic.", [("45", "age", "[45,45]", "Ms. Okafor")]),
    ("In March, 40 arrived.", [("40", "count", "[40,40]", "arrived")]),  # a month is no name
])
def test_appositive_ages(sentence, expected):
    assert [(sentence[q.start:q.end], q.kind, q.interval.notation(), q.about) for q in numbers.find(sentence)][:len(expected)] == expected


# Times of day, codes and model numbers are not counts.
@pytest.mark.parametrize("sentence", [
    "The alarm sounded at 3:33 a.m. on the ward.",
    "Officers arrived around 10 a.m. and left at 10:30 p.m.",
    "The vote was held at noon and the count ended at 11 o'clock.",
    "The shop code 7734 and the Boeing 737 and an iPhone 15 were listed.",
    "Call +44 20 7946 0958 for details.",
    "Organisers of Rio 2016 met the Vision 2030 planners.",
    "Protesters gathered outside 10 Downing Street and 221 Baker Street.",
])
def test_not_counts(sentence):
    assert [q for q in numbers.find(sentence) if q.kind == "count"] == []


def test_magnitude_is_a_measure_of_the_quake():
    s = "A magnitude 6.1 quake struck the coast."
    assert read(s) == [("magnitude 6.1", "measure", "[6.1,6.1]", "quake")]


# Issue #15, durations in days: our own sentences. A quarter of the unit (of the amount when under one) either side.
@pytest.mark.parametrize("sentence,span,interval", [
    ("Crews worked all day to clear the road.", "all day", "[0.75,1.25]"),
    ("The border stayed shut the whole week.", "the whole week", "[5.25,8.75]"),
    ("The ban lasted a full year.", "a full year", "[273.9375,456.5625]"),
    ("Passengers waited 3h on the tarmac.", "3h", "[0.114583,0.135417]"),
    ("The search took 3 hrs in heavy rain.", "3 hrs", "[0.114583,0.135417]"),
    ("The hearing lasted 45 min.", "45 min", "[0.031076,0.031424]"),
    ("He served 2.5 years of his term.", "2.5 years", "[867.46875,958.78125]"),
    ("After a 30-minute delay the train left.", "30-minute", "[0.02066,0.021007]"),
    ("Union members began a three-day strike.", "three-day", "[2.75,3.25]"),
    ("The count will take another hour.", "another hour", "[0.03125,0.052083]"),
    ("The talks ran for an hour and a half.", "an hour and a half", "[0.057292,0.067708]"),
    ("Voting was paused for half an hour.", "half an hour", "[0.015625,0.026042]"),
    ("She spent a half year abroad.", "a half year", "[136.96875,228.28125]"),
    ("The ferry stopped for a couple of days.", "a couple of days", "[1.75,2.25]"),
    ("Repairs take a couple of weeks.", "a couple of weeks", "[12.25,15.75]"),
    ("The curfew lasted one week and three days.", "one week and three days", "[8.25,11.75]"),
    # A fraction of the unit joined by "and", with or without its article or count of quarters.
    ("The count took one and three quarters hours.", "one and three quarters hours", "[0.070312,0.075521]"),
    ("Crews needed two and quarter hours to reach the valley.", "two and quarter hours", "[0.091146,0.096354]"),
    ("The march lasted one and a quarter of an hour.", "one and a quarter of an hour", "[0.049479,0.054687]"),
])
def test_newsroom_durations(sentence, span, interval):
    found = durations.find(sentence)
    assert [(sentence[q.start:q.end], q.interval.notation()) for q in found] == [(span, interval)]


# Issue #15, amounts of money as newsrooms write them: our own sentences, with the currency each names.
@pytest.mark.parametrize("sentence,expected", [
    # A nationality names the currency: Egyptian pounds are not sterling.
    ("A night at the hostel costs 85 Egyptian pounds.", [("85 Egyptian pounds", "[85,85]", "EGP")]),
    ("He paid 200 Philippine pesos for the ferry.", [("200 Philippine pesos", "[200,200]", "PHP")]),
    # Currency names and letter symbols written before or glued to the amount.
    ("Each driver was fined Rupees 500 on the spot.", [("Rupees 500", "[500,500]", "INR")]),
    ("The council approved RM250 million for flood walls.", [("RM250 million", "[245000000,255000000]", "MYR")]),
    ("The fare was 15 L.E. per person.", [("15 L.E.", "[15,15]", "EGP")]),
    # South Asian scales.
    ("The project cost Rs 3 cr in all.", [("Rs 3 cr", "[27000000,33000000]", "INR")]),
    # Hundredths named, or said aloud at the end of the clause; a count after "and" stays a count.
    ("Stamps now cost 1 GBP 20 pence each.", [("1 GBP 20 pence", "[1.2,1.2]", "GBP")]),
    ("A taxi ride is 30 ringgits 50 sen.", [("30 ringgits 50 sen", "[30.5,30.5]", "MYR")]),
    ("The meal came to twenty dollars forty-five.", [("twenty dollars forty-five", "[20.45,20.45]", "USD")]),
    ("Tickets cost $20 and 43 people came.", [("$20", "[20,20]", "USD")]),
])
def test_currencies(sentence, expected):
    found = [(sentence[q.start:q.end], q.interval.notation(), q.unit) for q in numbers.find(sentence) if q.kind == "money"]
    assert found == expected


def test_decimal_said_without_its_zero():
    s = "Growth slowed to point five percent."
    assert read(s) == [("point five percent", "percent", "[0.5,0.5]", None)]


@pytest.mark.parametrize("sentence,expected", [
    # A hyphen can join the scale to the number.
    ("Thieves made off with $40-million of paintings.", [("$40-million", "money", "USD")]),
    ("The city set aside a 2-billion budget.", [("2-billion", "count", None)]),
    # A whole number and a proper fraction are one number.
    ("She served a 3-1/2 year term.", [("3-1/2 year", "duration", "days")]),
    ("He was jailed for 4 1/2 years.", [("4 1/2 years", "duration", "days")]),
    # Pounds after a weight word are a weight, not sterling.
    ("The parcel, weighing 12 pounds, arrived late.", [("12 pounds", "measure", "lb")]),
    ("The fine was 12 pounds.", [("12 pounds", "money", "GBP")]),
    # Not a mixed number: a score, and a fraction that is not a half, third, quarter or eighth.
    ("The home side won 3-1 on Sunday.", [("3", "count", None), ("1", "count", None)]),
])
def test_glued_scales_mixed_fractions_and_weights(sentence, expected):
    found = numbers.find(sentence) + durations.find(sentence)
    assert sorted((sentence[q.start:q.end], q.kind, q.unit) for q in found) == sorted(expected)


def test_mixed_fraction_value():
    (q,) = durations.find("a sentence of 2-1/2 years")
    assert q.interval.low < 2.5 * 365.25 < q.interval.high
    glued, spaced = numbers.find("$40-million"), numbers.find("$40 million")
    assert [x.interval.notation() for x in glued] == [x.interval.notation() for x in spaced] != []


def test_a_toll_of_none_is_a_count_of_zero_and_none_else_a_count_of_others():
    from coverage_site.claims.quantities import scan

    (q,) = scan("The roof fell in, but no injuries were reported.")
    assert (q.kind, q.interval.low, q.interval.high, q.about) == ("count", 0, 0, None)
    (q,) = scan("There were no reports of deaths in the town.")
    assert (q.interval.low, q.interval.high) == (0, 0)
    (q,) = scan("A guard was shot; nobody else was hurt.")
    assert q.about == "others" and q.interval.high == 0
    assert scan("No one knew what had happened.") == []


def test_sources_that_report_no_injuries_agree():
    from tests.test_align import story_of

    story, _ = story_of("The barn burned down. No injuries were reported.", "There were no reports of injuries in the fire.")
    (f,) = [f for f in story.facets if f.kind == "count"]
    assert f.verdict == "agree" and len({c.article for c in f.claims}) == 2


@pytest.mark.parametrize("text, kind, low, high, unit", [
    ("He ended a 30 - year career in politics.", "duration", 30 * 365.25 - 91.3125, 30 * 365.25 + 91.3125, "days"),
    ("The plant covers a 12-acre lot.", "measure", 12, 12, "acre"),
    ("They bought the twelve acre farm.", "measure", 12, 12, "acre"),
    ("The 4 - acre yard flooded.", "measure", 4, 4, "acre"),
    ("It runs a 624MHz chip.", "measure", 624, 624, "MHz"),
    ("The phone takes cards of up to 32GB.", "measure", 0, 32, "GB"),
])
def test_units_after_a_spaced_hyphen_or_glued_to_the_number(text, kind, low, high, unit):
    from coverage_site.claims.quantities import scan

    (q,) = scan(text)
    assert (q.kind, q.unit) == (kind, unit)
    assert q.interval.low == pytest.approx(low) and q.interval.high == pytest.approx(high)


def test_a_measure_that_names_a_model_is_not_compared_with_another_model():
    from tests.test_align import story_of

    story, _ = story_of("Apple showed a new 17-inch MacBook Pro on stage.", "The new 15-inch MacBook Pro went on sale.")
    assert all(f.verdict != "conflict" for f in story.facets)


def test_zeros_split_off_a_figure_are_no_count_of_none():
    """"170, 000" (a stray space in a pasted figure) must not give a count of 0 that agrees with every other one."""
    from coverage_site.claims.quantities import scan
    text = "The flood of 1998 killed 170, 000 people in the delta."
    assert all(q.interval.low != 0 for q in scan(text))



@pytest.mark.parametrize("sentence, years", [
    ("She ruled for a quarter-century.", (18.75, 31.25)),
    ("After a quarter - century in exile he returned.", (18.75, 31.25)),
    ("a half-century of silence", (37.5, 62.5)),
])
def test_a_quarter_or_half_century_hyphenated_or_spaced(sentence, years):
    (q,) = durations.find(sentence)
    assert (round(q.interval.low / 365.25, 2), round(q.interval.high / 365.25, 2)) == years


# A share said as "one in five" or "nine out of ten" is a percentage, not two counts; not under "in" before a
# year ("5 in 2012") or when the first is the larger ("3 in 2 games").
@pytest.mark.parametrize("sentence,expected", [
    ("One in five pupils missed the exam.", [("One in five", "percent", "[20,20]")]),
    ("Nine out of ten doctors backed the change.", [("Nine out of ten", "percent", "[90,90]")]),
    ("About 1 in 1,000 patients reacted.", [("About 1 in 1,000", "percent", "[0.095,0.105]")]),
    ("Police recorded 40 in 2019.", [("40", "count", "[40,40]")]),
    ("The side scored 4 in 3 matches.", [("4", "count", "[4,4]"), ("3", "count", "[3,3]")]),
])
def test_ratios_are_shares(sentence, expected):
    assert [(sentence[q.start:q.end], q.kind, q.interval.notation()) for q in numbers.find(sentence)] == expected


# "A hundred and fifty" is one number, as "one hundred and fifty" is; a rank after "No." is no count; "m." after
# an amount of money is a million at the end of a sentence.
@pytest.mark.parametrize("sentence,expected", [
    ("A hundred and fifty homes were flooded.", [("A hundred and fifty", "count", "[150,150]")]),
    ("a thousand and two ballots were spoiled", [("a thousand and two", "count", "[1002,1002]")]),
    ("a hundred and ten thousand fans came", [("a hundred and ten thousand", "count", "[110000,110000]")]),
    ("The No. 3 official in the ministry quit.", []),
    ("The club paid £12m.", [("£12m", "money", "[11500000,12500000]")]),
    ("The bridge cost $1.5M. Work starts soon.", [("$1.5M", "money", "[1450000,1550000]")]),
])
def test_article_numbers_ranks_and_glued_millions(sentence, expected):
    assert [(sentence[q.start:q.end], q.kind, q.interval.notation()) for q in numbers.find(sentence)] == expected


# A bound before a duration opens it on that side at the length said, as it does a count: "more than three hours"
# is not three hours, and must not clash with "four hours".
@pytest.mark.parametrize("sentence,span,interval", [
    ("The standoff lasted more than three hours.", "more than three hours", "(0.125,)"),
    ("Answers took up to 20 minutes.", "up to 20 minutes", "[0,0.013889]"),
    ("The vote took less than an hour.", "less than an hour", "[0,0.041667)"),
    ("Queues lasted at least two days.", "at least two days", "[2,)"),
    ("Waits of ≤ 15 minutes are the goal.", "≤ 15 minutes", "[0,0.010417]"),
    ("The strike may last a week or more.", "a week or more", "[7,)"),
])
def test_bounded_durations(sentence, span, interval):
    assert [(sentence[q.start:q.end], q.interval.notation()) for q in durations.find(sentence)] == [(span, interval)]


# "A third man", "a fifth straight day": an ordinal after "a", not a share; "a third of", "by a third." are shares.
@pytest.mark.parametrize("sentence,expected", [
    ("A third man was held on Sunday.", []),
    ("It was a fifth straight night of unrest.", []),
    ("Police cut patrols by a third.", [("a third", "percent")]),
    ("A third of the flats stood empty.", [("A third", "percent")]),
])
def test_a_third_man_is_no_share(sentence, expected):
    assert [(sentence[q.start:q.end], q.kind) for q in numbers.find(sentence)] == expected


# A percentage is as precise as its last digit: "52 percent" may be 51.8 rounded.
@pytest.mark.parametrize("sentence,interval", [
    ("Support fell to 52 percent in May.", "[51.5,52.5]"),
    ("Support fell to 51.8% in May.", "[51.75,51.85]"),
    ("Turnout was about 40 per cent.", "[38,42]"),
    ("Prices rose more than 40 percent.", "(40,)"),
])
def test_a_percentage_is_as_precise_as_its_digits(sentence, interval):
    assert [q.interval.notation() for q in numbers.find(sentence) if q.kind == "percent"] == [interval]


# A small vague count before a scale counts the scale: "a few hundred" is hundreds, not two to five.
@pytest.mark.parametrize("sentence,expected", [
    ("A few hundred protesters gathered.", [("A few hundred", "[200,500)")]),
    ("a couple of thousand fans stayed", [("a couple of thousand", "[2000,3000)")]),
    ("Several dozen homes burned.", [("Several dozen", "[36,108)")]),
    ("Several thousand people fled the town.", [("Several thousand", "[3000,9000)")]),
    ("A few people were hurt.", [("A few", "[2,5]")]),
])
def test_a_few_hundred_is_hundreds(sentence, expected):
    assert [(sentence[q.start:q.end], q.interval.notation()) for q in numbers.find(sentence)] == expected


# A hedge widens a duration by a tenth of the amount when that is more than a quarter of its unit.
@pytest.mark.parametrize("sentence,interval", [
    ("The search lasted about 20 minutes.", "[0.0125,0.015278]"),
    ("The search lasted 20 minutes.", "[0.013715,0.014063]"),
    ("The search lasted roughly 10 years.", "[3287.25,4017.75]"),
])
def test_a_hedged_duration_is_as_wide_as_a_hedged_count(sentence, interval):
    assert [q.interval.notation() for q in durations.find(sentence)] == [interval]


# A length is read to a quarter of the finest part said: "2-1/2 years" no longer touches "two years"; a fraction
# "of an hour" is that fraction of the hour, not an hour.
@pytest.mark.parametrize("sentence,interval", [
    ("He served 2-1/2 years of his term.", "[867.46875,958.78125]"),
    ("He served two years of his term.", "[639.1875,821.8125]"),
    ("The vote took a quarter of an hour.", "[0.007812,0.013021]"),
    ("The vote took three quarters of an hour.", "[0.028646,0.033854]"),
])
def test_a_length_is_as_fine_as_its_finest_part(sentence, interval):
    assert [q.interval.notation() for q in durations.find(sentence)] == [interval]


# "30-odd" is 30 to 39, "40-plus" 40 or more; "a 30-something man" is an age, not a count of thirty men.
@pytest.mark.parametrize("sentence,expected", [
    ("Some 30-odd families lost their homes.", [("30-odd", "[30,40)")]),
    ("A 40-plus crowd waited outside.", [("40-plus", "[40,)")]),
    ("A 30-something man was held.", []),
])
def test_odd_plus_and_something(sentence, expected):
    assert [(sentence[q.start:q.end], q.interval.notation()) for q in numbers.find(sentence)] == expected


# An age after a person's noun, in brackets after a name, or after "who is"; not after a thing's noun.
@pytest.mark.parametrize("sentence,kind", [
    ("The suspect, 25, was held overnight.", "age"),
    ("Her son, 4, was unhurt.", "age"),
    ("Ravi Patel (25) was held overnight.", "age"),
    ("Patel, who is 25, was held overnight.", "age"),
    ("The company, 50, was sold.", "count"),
])
def test_ages_after_a_persons_noun_or_in_brackets(sentence, kind):
    assert [q.kind for q in numbers.find(sentence)] == [kind]
