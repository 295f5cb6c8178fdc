"""Quotation-mark pairing on raw text."""
from quotes.marks import find_quoted, paragraphs


def spans(text):
    return [text[q.start:q.end] for q in find_quoted(text)]


def test_curly_and_straight_quotes():
    text = '“We are ready,” he said. She said: "No deal." They called it «hysteria».'
    assert spans(text) == ["We are ready,", "No deal.", "hysteria"]


def test_apostrophes_do_not_open_or_close():
    text = "NATO’s chief said Belarus’ army and Russia's troops were ‘ready’ in the '90s."
    assert spans(text) == ["ready"]


def test_unclosed_quote_ends_at_paragraph_end():
    text = "He said: “This is open\n\nNext paragraph has “a quote”."
    qs = find_quoted(text)
    assert [text[q.start:q.end] for q in qs] == ["This is open", "a quote"]
    assert qs[0].closed is False and qs[1].closed is True


def test_quote_over_paragraphs_reopens_each_paragraph():
    text = "“First part of it.\n\n“Second part.\n\n“Last part,” he said."
    (q,) = find_quoted(text)
    assert q.start == 1 and text[q.end - 10:q.end] == "Last part,"
    assert [text[s:e] for s, e in q.parts] == ["First part of it.", "Second part.", "Last part,"]


def test_unbalanced_closing_mark_is_ignored():
    text = "A stray ” mark and then “a real one”."
    assert spans(text) == ["a real one"]


def test_german_low_high_quotes():
    assert spans("Er sagte „Nein“ dazu.") == ["Nein"]


def test_paragraphs_offsets():
    text = "One.\n\nTwo two.\r\n\r\nThree."
    assert [text[s:e] for s, e in paragraphs(text)] == ["One.", "Two two.", "Three."]


def test_closing_mark_opening_a_line_opens_a_block_quote():
    text = "Readers wrote to us.\n\n”Mr. Trump embodies a legacy. He represents our shame.” ― Sonya Herridge\n"
    assert spans(text) == ["Mr. Trump embodies a legacy. He represents our shame."]
    assert spans("He said ” and left.") == []  # mid-line, ” never opens


def test_straight_quote_between_spaces_closes():
    text = "\"I've always been insulted with the term 'African American outreach,' \" he told the group."
    assert spans(text) == ["I've always been insulted with the term 'African American outreach,' "]


def test_opening_mark_typed_for_a_closing_one_before_the_cue():
    text = "“We see no sign of de-escalation, “he said. “Of course this can change.”"
    assert spans(text) == ["We see no sign of de-escalation, ", "Of course this can change."]
    assert spans("“It fails. “It is over,” she said.") == ["It fails. “It is over,"]  # a new sentence: no close


def test_a_paragraph_reopens_a_quote_only_with_the_same_mark():
    text = '"The reporter wrote this block quote.\n\n“It never crossed my mind,” she said.'
    assert spans(text) == ["The reporter wrote this block quote.", "It never crossed my mind,"]


def test_a_curly_quote_inside_a_straight_one_is_nested():
    text = '"Trump walked onto the stage, chanting “U-S-A! U-S-A!” and waving," the reporter wrote.'
    assert spans(text) == ["Trump walked onto the stage, chanting “U-S-A! U-S-A!” and waving,"]


def test_a_transcript_turn_opens_a_quote_of_its_own():
    text = '"WALLACE: Will she be there?\n\n"PENCE: She will not.\n\n"(CROSSTALK.)\n\n"WALLACE: Thank you.'
    assert spans(text) == ["WALLACE: Will she be there?", "PENCE: She will not.\n\n\"(CROSSTALK.)",
                           "WALLACE: Thank you."]


def test_a_straight_quote_opens_after_a_no_break_space():
    text = '"They sue," he said.\xa0"Everybody sues, right?"'  # as web pages type the space between sentences
    assert spans(text) == ["They sue,", "Everybody sues, right?"]


def test_long_lines_of_a_block_are_paragraphs_and_wrapped_lines_are_not():
    long_line = "Stoltenberg said the alliance was ready to talk, and that it would defend every ally, " \
                "whatever Moscow decided."
    text = f"Headline\n\n{long_line}\n\"We are ready,\" he said.\n\nA text wrapped at a fixed\nwidth keeps its lines."
    assert [text[s:e] for s, e in paragraphs(text)] == [
        "Headline", long_line, "\"We are ready,\" he said.", "A text wrapped at a fixed\nwidth keeps its lines."]
