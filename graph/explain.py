"""Why the extractor read what it read from a sentence: the parse, the actors and the
rules that linked them, and every event with its trigger, status rule and date."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from spacy.language import Language

from .ingest import find_boilerplate
from .model import Event


@dataclass(frozen=True)
class TokenView:
    i: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int
    entity: str


@dataclass(frozen=True)
class ActorView:
    text: str
    actor: str
    rule: str
    start: int
    end: int


@dataclass(frozen=True)
class Explanation:
    text: str
    published: date | None
    tokens: tuple[TokenView, ...]
    actors: tuple[ActorView, ...]
    references: tuple[ActorView, ...]  # pronouns, titles and groups resolved to actors
    events: tuple[Event, ...]

    def to_dict(self) -> dict:
        data = asdict(self)
        data["published"] = self.published.isoformat() if self.published else None
        for event in data["events"]:
            event["date"] = event["date"].isoformat() if event["date"] else None
        return data


def explain(text: str, nlp: Language, published: date | None = None) -> Explanation:
    """Run the pipeline on `text` and keep every intermediate decision."""
    doc = nlp.make_doc(text)
    doc._.doc_id, doc._.published, doc._.boilerplate = "explain", published, find_boilerplate(text)
    doc = nlp(doc)
    tokens = tuple(TokenView(t.i, t.text, t.lemma_, t.pos_, t.dep_, t.head.i, t.ent_type_) for t in doc)
    actors = tuple(ActorView(doc[s.start:s.end].text, s.actor, s.rule, doc[s.start].idx, doc[s.end - 1].idx + len(doc[s.end - 1]))
                   for s in doc._.actor_index.spans)
    named = {(a.start, a.actor) for a in actors}
    references = []
    for tok in doc:
        if tok.pos_ in {"NOUN", "PROPN", "PRON"} and doc._.actor_index.at(tok) is None:
            for ref in doc._.resolver.resolve_one(tok):
                if (tok.idx, ref.actor) not in named:
                    references.append(ActorView(tok.text, ref.actor, ref.rule, tok.idx, tok.idx + len(tok)))
    return Explanation(text, published, tokens, actors, tuple(references), tuple(doc._.events or ()))


def format_explanation(exp: Explanation) -> str:
    lines = [f"text: {exp.text}", f"published: {exp.published or 'unknown'}", "", "parse:"]
    for t in exp.tokens:
        ent = f" [{t.entity}]" if t.entity else ""
        lines.append(f"  {t.i:3d} {t.text:<18} {t.lemma:<14} {t.pos:<6} {t.dep:<10} -> {t.head}{ent}")
    lines += ["", "actors named:"]
    lines += [f"  {a.text!r} -> {a.actor}  ({a.rule}, chars {a.start}-{a.end})" for a in exp.actors] or ["  none"]
    lines += ["", "references resolved:"]
    lines += [f"  {a.text!r} -> {a.actor}  ({a.rule})" for a in exp.references] or ["  none"]
    lines += ["", "events:"]
    for e in exp.events:
        who = " & ".join(e.participants) if e.participants else f"{', '.join(e.agents)} -> {', '.join(e.targets)}"
        lines.append(f"  {e.type}: {who}")
        lines.append(f"    status {e.status} (rule {e.status_rule}); date {e.date or '-'}"
                     f"{f' from {e.date_text!r}' if e.date_text else ''}; place {e.place or '-'}; mode {e.mode or '-'}")
        lines.append(f"    trigger {e.mention.trigger!r} by rule {e.mention.rule}; words {e.mention.span.text!r}")
    if not exp.events:
        lines.append("  none")
    return "\n".join(lines)
