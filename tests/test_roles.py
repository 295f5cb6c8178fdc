"""Normalised roles: one form per role for display and search, whatever the spelling."""
import pytest

from quotes.roles import normal_role, normal_roles


@pytest.mark.parametrize("written, normal", [
    ("Gov.", "governor"),
    ("Sen.", "senator"),
    ("GOP presidential frontrunner", "Republican presidential front-runner"),
    ("Republican presidential front runner", "Republican presidential front-runner"),
    ("NATO Secretary-General", "NATO secretary general"),
    ("Russian Foreign Minister", "Russian foreign minister"),
    ("State Department spokesman", "State Department spokesman"),
    ("Republican National Committee chairman", "Republican National Committee chairman"),
    ("National Security Adviser", "national security adviser"),
    ("Secretary of State", "secretary of state"),
    ("the former Norwegian prime minister", "former Norwegian prime minister"),
    ("her senior policy adviser", "senior policy adviser"),
])
def test_a_role_is_written_one_way(written, normal):
    assert normal_role(written) == normal


def test_spellings_of_one_role_are_one_entry():
    assert normal_roles(["NATO Secretary General", "NATO Secretary-General", "NATO chief",
                         "GOP presidential frontrunner", "Republican presidential front-runner"]) == [
        "NATO secretary general", "NATO chief", "Republican presidential front-runner"]
