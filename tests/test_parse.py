"""quotes.parse: what it adds to stanza's pipeline."""
from quotes.parse import join_title_splits


def test_a_sentence_ended_at_a_title_before_a_name_is_joined_to_the_next():
    got = join_title_splits([["Trump", "and", "Texas", "Sen", "."], ["Ted", "Cruz", "spoke", "."], ["Then", "."]])
    assert got == [["Trump", "and", "Texas", "Sen.", "Ted", "Cruz", "spoke", "."], ["Then", "."]]


def test_a_hyphenated_title_with_its_period_is_joined_too():
    got = join_title_splits([["between", "Clinton", "and", "then", "-", "Sen."], ["Barack", "Obama", "."]])
    assert got == [["between", "Clinton", "and", "then", "-", "Sen.", "Barack", "Obama", "."]]


def test_other_sentence_ends_stay():
    sentences = [["He", "moved", "to", "Dover", ",", "Del", "."], ["He", "was", "a", "sales", "rep", "."],
                 ["She", "is", "a", "Rep", "."], ["and", "more", "."], ["Good", "job", "DR", "."], ["Called", "."], ["It", "is", ("can't", True), "."]]
    assert join_title_splits([list(s) for s in sentences]) == sentences
