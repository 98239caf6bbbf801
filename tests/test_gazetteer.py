"""The actor gazetteer's records: what a movement that governs a state stands for."""
from __future__ import annotations

import json
from datetime import date

import pytest

from graph.errors import DataFileError
from graph.gazetteer import default_gazetteer, load_gazetteer


def _write(folder, name, records):
    (folder / name).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_the_taliban_govern_afghanistan_from_august_2021():
    taliban = default_gazetteer().actors["taliban"]
    government = [r for r in taliban.roles if r.role == "government"]
    assert [r.of for r in government] == ["afghanistan"]
    assert government[0].holds_on(date(2025, 10, 19)) and not government[0].holds_on(date(2020, 2, 29))


@pytest.mark.parametrize("governs,message", [
    ([{"start": "2021-08-15"}], "of"),  # the state must be named
    ([{"of": "atlantis"}], "atlantis"),  # and known
])
def test_a_governed_state_must_be_named_and_known(tmp_path, governs, message):
    _write(tmp_path, "countries.jsonl", [{"id": "afghanistan", "label": "Afghanistan", "code": "AFG"}])
    _write(tmp_path, "organizations.jsonl", [{"id": "movement", "label": "Movement", "governs": governs}])
    _write(tmp_path, "persons.jsonl", [])
    with pytest.raises(DataFileError, match=message):
        load_gazetteer(tmp_path)


def test_places_are_cities_and_regions_of_one_state():
    gaz = default_gazetteer()
    assert gaz.places["Kharkiv"] == gaz.places["Odesa"] == "ukraine"
    assert not set(gaz.places) & set(gaz.by_fold)  # no place is also an actor's name


@pytest.mark.parametrize("place,message", [
    ({"label": "Lviv", "country": "atlantis"}, "atlantis"),  # the state must be known
    ({"label": "Kyiv", "country": "ukraine"}, "Kyiv"),  # and the name no actor's (here a capital)
    ({"label": "Lviv", "aliases": ["Ukraine"], "country": "ukraine"}, "Ukraine"),
])
def test_a_place_must_be_in_a_known_state_and_name_no_actor(tmp_path, place, message):
    _write(tmp_path, "countries.jsonl", [{"id": "ukraine", "label": "Ukraine", "code": "UKR", "capitals": ["Kyiv"]}])
    _write(tmp_path, "organizations.jsonl", [])
    _write(tmp_path, "persons.jsonl", [])
    _write(tmp_path, "places.jsonl", [place])
    with pytest.raises(DataFileError, match=message):
        load_gazetteer(tmp_path)
