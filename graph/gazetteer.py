"""The actor gazetteer: states, organisations and people from data/gazetteer/,
with indexes by surface form and by role."""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from .errors import DataFileError
from .jsondata import parse_date, read_json, read_jsonl, require
from .model import Actor, Role
from .resources import gazetteer_path, lexicon_path


def slugify(name: str) -> str:
    """A stable, IRI-safe id from a name: "Joe Biden" -> "joe-biden"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
    return text or "x"


def fold(name: str) -> str:
    """Accent- and case-insensitive key used for name lookups."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


@dataclass(frozen=True)
class Surface:
    """A name the gazetteer knows, and what it stands for."""

    text: str
    actor: str
    kind: str  # label, alias, capital, institution, demonym


@dataclass
class Gazetteer:
    actors: dict[str, Actor] = field(default_factory=dict)
    surfaces: list[Surface] = field(default_factory=list)
    by_fold: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    demonyms: dict[str, str] = field(default_factory=dict)  # folded demonym -> state id
    by_code: dict[str, str] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)  # a city or region's name -> its state's id

    def add(self, actor: Actor, extra: dict[str, list[str]] | None = None) -> None:
        if actor.id in self.actors:
            raise ValueError(f"actor id {actor.id!r} defined twice")
        self.actors[actor.id] = actor
        names = {"label": [actor.label], "alias": list(actor.aliases), **(extra or {})}
        for kind, values in names.items():
            for value in values:
                self.surfaces.append(Surface(value, actor.id, kind))
                if kind == "demonym":
                    self.demonyms.setdefault(fold(value), actor.id)
                else:
                    self.by_fold[fold(value)].add(actor.id)
        if actor.code:
            self.by_code[actor.code] = actor.id

    def lookup(self, name: str) -> str | None:
        """The one actor a name stands for, or None when unknown or ambiguous."""
        found = self.by_fold.get(fold(name), set())
        return next(iter(found)) if len(found) == 1 else None

    def state_of_demonym(self, word: str) -> str | None:
        return self.demonyms.get(fold(word))

    def holders(self, role: str, of: str, on: date | None) -> list[str]:
        """People holding `role` for state or organisation `of` on a day."""
        out = []
        for actor in self.actors.values():
            for r in actor.roles:
                if r.role == role and r.of == of and r.holds_on(on):
                    out.append(actor.id)
        return sorted(set(out))

    def roles_on(self, actor_id: str, on: date | None) -> list[Role]:
        actor = self.actors.get(actor_id)
        return [r for r in actor.roles if r.holds_on(on)] if actor else []


def _strings(record: dict, key: str, path: Path, line: int) -> list[str]:
    values = record.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise DataFileError(str(path), line, f"{key!r} must be a list of strings")
    return values


def _load_states(gaz: Gazetteer, path: Path) -> None:
    for line, rec in read_jsonl(path):
        code = require(rec, "code", str, path, line)
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise DataFileError(str(path), line, f"code must be ISO 3166 alpha-3 (three capitals), not {code!r}")
        label = require(rec, "label", str, path, line)
        actor = Actor(id=rec.get("id") or slugify(label), kind="Country", label=label,
                      aliases=tuple(_strings(rec, "aliases", path, line)), code=code,
                      wikidata=rec.get("wikidata"), family_name_first=rec.get("family_name_first") is True)
        extra = {k[:-1] if k.endswith("s") else k: _strings(rec, k, path, line)
                 for k in ("capitals", "institutions", "demonyms")}
        _add(gaz, actor, extra, path, line)


def _load_organizations(gaz: Gazetteer, path: Path) -> None:
    for line, rec in read_jsonl(path):
        label = require(rec, "label", str, path, line)
        actor = Actor(id=rec.get("id") or slugify(label), kind="Organization", label=label,
                      aliases=tuple(_strings(rec, "aliases", path, line)), wikidata=rec.get("wikidata"),
                      country=rec.get("country"), roles=tuple(_roles(rec, "governs", path, line)))
        _add(gaz, actor, {"demonym": _strings(rec, "demonyms", path, line)}, path, line)


def _load_persons(gaz: Gazetteer, path: Path) -> None:
    for line, rec in read_jsonl(path):
        label = require(rec, "label", str, path, line)
        actor = Actor(id=rec.get("id") or slugify(label), kind="Person", label=label,
                      aliases=tuple(_strings(rec, "aliases", path, line)), country=rec.get("country"),
                      wikidata=rec.get("wikidata"), gender=rec.get("gender"),
                      roles=tuple(_roles(rec, "roles", path, line)))
        _add(gaz, actor, None, path, line)


def _load_places(gaz: Gazetteer, path: Path) -> None:
    """Cities and regions, each a place in one state: "struck Kharkiv" hits Ukraine. A
    place is never an actor, so its name may not be one's."""
    if not path.exists():
        return
    for line, rec in read_jsonl(path):
        label = require(rec, "label", str, path, line)
        state = require(rec, "country", str, path, line)
        if getattr(gaz.actors.get(state), "kind", None) != "Country":
            raise DataFileError(str(path), line, f"{label}: unknown state {state!r}")
        for name in (label, *_strings(rec, "aliases", path, line)):
            if gaz.by_fold.get(fold(name)) or fold(name) in gaz.demonyms or gaz.places.get(name, state) != state:
                raise DataFileError(str(path), line, f"{name!r} already names an actor or another place")
            gaz.places[name] = state


def _roles(rec: dict, key: str, path: Path, line: int) -> list[Role]:
    """A person's roles, or the states an organisation governs ("governs": role
    "government" of the state from its start)."""
    roles = []
    for r in rec.get(key, []):
        for field in ("of",) if key == "governs" else ("role", "of"):
            require(r, field, str, path, line)
        roles.append(Role(role=r.get("role", "government"), of=r["of"], title=r.get("title"),
                          start=parse_date(r.get("start"), path, line, "start"),
                          end=parse_date(r.get("end"), path, line, "end")))
    return roles


def _add(gaz: Gazetteer, actor: Actor, extra, path: Path, line: int) -> None:
    try:
        gaz.add(actor, extra)
    except ValueError as exc:
        raise DataFileError(str(path), line, str(exc)) from None


def _check_references(gaz: Gazetteer, path: Path) -> None:
    for actor in gaz.actors.values():
        refs = [actor.country] + [r.of for r in actor.roles]
        for ref in refs:
            if ref and ref not in gaz.actors:
                raise DataFileError(str(path), None, f"{actor.id}: unknown state or organisation {ref!r}")


def load_gazetteer(folder: Path | None = None) -> Gazetteer:
    folder = folder or gazetteer_path("")
    gaz = Gazetteer()
    _load_states(gaz, folder / "countries.jsonl")
    _load_organizations(gaz, folder / "organizations.jsonl")
    _load_persons(gaz, folder / "persons.jsonl")
    _check_references(gaz, folder / "persons.jsonl")
    _load_places(gaz, folder / "places.jsonl")
    return gaz


@cache
def default_gazetteer() -> Gazetteer:
    return load_gazetteer()


@dataclass(frozen=True)
class Titles:
    """Role titles ("foreign minister") and group nouns ("officials") from titles.json.
    A title may mean one role everywhere and another in named states ("president")."""

    general: dict[str, tuple[str, ...]]  # lowercase title -> role keys, in any state
    specific: dict[tuple[str, str], tuple[str, ...]]  # (title, state id) -> role keys there
    groups: frozenset[str]
    name_titles: frozenset[str] = frozenset()  # words that mark a proper noun next to them as a person's name
    shared_roles: frozenset[str] = frozenset()  # many holders at once ("ambassador"): a title alone names the state

    def known(self, title: str) -> bool:
        return title in self.general or title in self._specific_titles

    @property
    def _specific_titles(self) -> frozenset[str]:
        return frozenset(t for t, _ in self.specific)

    def roles_for(self, title: str, state: str | None) -> tuple[str, ...]:
        if state is not None and (title, state) in self.specific:
            return self.specific[(title, state)]
        return self.general.get(title, ())

    def only_states(self, title: str) -> tuple[str, ...]:
        """The states a title is used in, when it is not used everywhere."""
        if title in self.general:
            return ()
        return tuple(sorted(s for t, s in self.specific if t == title))

    def words(self) -> frozenset[str]:
        return frozenset(w for t in [*self.general, *self._specific_titles] for w in t.split())

    def max_words(self) -> int:
        return max((len(t.split()) for t in [*self.general, *self._specific_titles]), default=1)


@cache
def default_titles() -> Titles:
    path = lexicon_path("titles.json")
    data = read_json(path)
    general: dict[str, tuple[str, ...]] = {}
    specific: dict[tuple[str, str], tuple[str, ...]] = {}
    for entry in require(data, "titles", list, path, None):
        title = require(entry, "title", str, path, None).lower()
        roles = tuple(require(entry, "roles", list, path, None))
        for state in entry.get("countries", ()):
            specific[(title, state)] = roles
        if not entry.get("countries"):
            general[title] = roles
    return Titles(general=general, specific=specific, groups=frozenset(g.lower() for g in data.get("groups", [])),
                  name_titles=frozenset(w.lower() for w in data.get("name_titles", [])),
                  shared_roles=frozenset(data.get("shared_roles", [])))
