"""Misparses of the small English models that news sentences meet often, mended
on the parse itself. Only the heads and labels of a few tokens change; the text and
its offsets do not.

- **A subject swallowed by an opening phrase.** In "After a phone call with Trump,
  Mexican President Claudia Sheinbaum said …" the model may read "Trump, … Sheinbaum"
  as one name, the object of "with", and leave "said" without a subject. When a
  sentence's main verb has no subject and the opening phrase, which hangs on that verb,
  runs up to it across a comma, the noun phrase after the last comma becomes the
  subject, and the word it had taken in from before the comma goes back to the phrase.
- **A verb read as a clause on a name in apposition.** "Ralph Gonsalves, the prime
  minister of St Vincent, offered on Thursday to host talks" may come out with the name
  as the root and "offered" as a participle on it. When a sentence's root is a noun
  with an apposition and, after the comma that closes it, a past-tense verb hangs on the
  noun with no subject of its own, that verb is the root and the noun its subject; so
  with a relative clause set off by commas ("Trump, who had said nothing would move until
  he sat down with Putin, announced on Saturday …").
- **A finite verb coordinated with an infinitive.** In "Guterres urged Rwanda to withdraw
  its troops and called on M23 to halt its advance" the model joins "called" to
  "withdraw", so that Rwanda would do the calling. A past or present-tense verb cannot
  be coordinated with an infinitive: it is joined, with its conjunction, to the nearest
  finite verb above the infinitive.
- **An infinitive coordinated with a gerund.** "pledged to refrain from escalating the
  conflict and to meet again in Brazil" may come out with "to meet" joined to
  "escalating". A "to" infinitive joined to a gerund that is the object of a preposition
  is joined to the infinitive above that gerund.
- **An object put after its "as" phrase.** "Caracas rejected as interventionist a joint
  statement by Brazil", "dismissed as an 'ultimatum' Vladimir Putin's offer": the model
  makes the whole run the object of "as". When a verb has no direct object and the
  object of its "as" has a determiner or possessive that does not follow "as" at once,
  or comes after quoted words ("rejected as 'ugly propaganda' U.S. claims", "rejected as
  'groundless' accusations by the United States", "rejected as 'absurd' US President
  Donald Trump's idea", however the parse hung the quoted words), the noun phrase from
  there on (after the closing quote, when there is one) is the verb's direct object and
  the words before it stay with "as". Where "as" was given two objects ("dismissed as
  'slander' the White House's claim"), the last is the one moved.

- **A name read as a modifier of the verb after it.** "Kigali denies supporting M23
  and says …" may come out with "Kigali" an adjective on "denies". When a finite verb
  has no subject and a proper noun just before it hangs on it as a modifier, that noun
  is its subject.

- **A headline's verb read as a plural noun.** "Nigeria's Tinubu hosts Ghana's Mahama
  for talks" may come out as one noun phrase, "Tinubu hosts", with "Mahama" in
  apposition. When a line without a full stop has for its root a plural noun with no determiner, a proper noun just
  before it as a compound and a proper noun after it in apposition or as its object,
  the root is a present-tense verb, the noun before it its subject (with the possessive
  that opened the phrase) and the noun after it its object.

- **A preposition left without its object.** "held talks instead with President Joao
  Lourenco, who …" may come out with "with" empty and the name hung on the verb as an
  unlabelled dependent. When a preposition has no object and the noun phrase right after
  it hangs on the preposition's own head as a dependent of no kind, that phrase is its
  object.

- **An object read as the subject of the infinitive after it.** "Guterres implored
  Sudan's army and the Rapid Support Forces to silence their guns" may come out with
  "army" the subject of "silence" and "silence" a clause of its own. When a verb whose
  object does what the infinitive says ("urge", "implore", "ask": the lexicon's
  object-control class) has no direct object and a "to" clause with a subject, that
  subject is the verb's object and the clause its complement; so for a bare infinitive
  after a verb of `bare-object-control` ("would help North Korea build satellites").

- **A name after a joined title read as an apposition.** "Maria Theresa Lazaro and
  Chinese Vice Foreign Minister Sun Weidong are due to hold talks" may come out with
  "Minister" joined to "Lazaro" and "Sun Weidong" an apposition of "Lazaro". When a name
  in apposition follows at once a conjunct of the same head that is no name of a person
  or place, that conjunct is a title on the name, and the name the conjunct.

- **A particle read as a modifier of the number after it.** "China handed over 200,000
  doses" may come out with "over" on the number ("over 200,000"). A particle right after
  a verb that makes a phrasal verb of the lexicon with it is that verb's particle.

- **Two clauses joined by "and" read as one verb with a clause for object.** "Thai F-16
  jets struck Cambodian military targets and Cambodian rockets hit a petrol station" may
  come out with "targets and rockets" the subject of "hit", and "hit" a clause of
  "struck". When a verb of force or of a measure (a trigger of those types) has no
  object and a clause after it whose subject is two nouns joined by "and", the first is
  the verb's object, the second the clause's subject, and the clause is joined to the
  verb.

- **The second of two people asked read as the subject of what is asked.** "Ruto
  appealed to Sudan's army chief Abdel Fattah al-Burhan and paramilitary commander Mohamed
  Hamdan Dagalo to stop the fighting" may come out with "Dagalo" the subject of "to stop",
  joined to "appealed". When a "to" infinitive with a subject is joined to an appeal or
  demand verb right after its "and", the subject is a conjunct of the verb's object and
  the infinitive what is asked; where the parse joined the name itself to the verb, it
  is a conjunct of the verb's object just before the "and".

- **An infinitive hung on the participle that opens its object.** "The bloc called on
  the junta to free deposed President Mohamed Bazoum" may come out with "free" a
  modifier of "deposed" and "Bazoum" the object of "called". When a "to" infinitive
  hangs as a modifier on a participle that describes the object of a verb before it,
  the infinitive is that verb's complement and the object is the infinitive's.

- **A condition told with "should" first, read as a clause of its own.** "The EU will
  impose sanctions should Minsk refuse" may come out with "refuse" the root and
  "impose" a clause on it; "will slap visa bans on officials should Tbilisi press
  ahead" with "Tbilisi" a conjunct of the verb and "press" its object. When "should"
  comes before the subject of its verb, that verb is a condition on the main verb: an
  adverbial clause hung on it, with the name after "should" its subject.

- **A participle coordinated with the clause it follows.** "…, saying that Colombians
  must be returned with dignity and accusing Washington of treating them like
  criminals" may come out with "accusing" joined to "returned", so that Colombians
  would accuse. A participle without a subject of its own cannot be coordinated with a
  finite or passive verb inside the clause a participle above it reports: it is
  joined, with its conjunction, to that participle.

- **A verb coordinated with the copula of what was said.** "Noboa's office said on
  Saturday that Glas was a convicted criminal and accused Mexico of abusing…" may come
  out with "accused" joined to "was", so that Glas would accuse. A past-tense verb
  without a subject of its own, joined to the "be" of a that-clause a verb of saying
  reports in the past, is joined to the verb of saying; so is one joined to a
  progressive, a modal or a past perfect verb the verb of saying reports ("said the
  United States was taking a gamble and warned that…", "said the president would travel
  to the island and accused Guyana…", "said the coast guard had taken measures and blamed
  Manila": a simple past does not share the subject of "was taking", "would travel" or
  "had taken"); and so is one joined to the "be" of a reported clause, "that" or not,
  whose subject is a thing no title or group of people names ("said the ball was now in
  Serbia's court and called on Belgrade to sign") or an existential "there" ("said there
  were credible allegations … and demanded that New Delhi cooperate"), or to a reported
  passive with an agent told of a thing ("said the boat was operated by Tren de Aragua …
  and accused Maduro").

- **A perfect verb coordinated with the clause reported before it.** "Pretoria has denied
  that the law permits seizures and has accused Washington of …" may come out with "has
  accused" joined to "permits". A verb whose auxiliary "has" or "have" repeats the one
  of the verb reporting the clause, which has none of its own, is joined to the
  reporting verb.

- **Two headline clauses joined by a semicolon.** "India accuses Pakistan of backing
  militants; Islamabad denies allegations" may come out with "accuses" a clause
  reported by "denies", so that the accusation would be denied into not having been
  made. A clause before a semicolon that the parse hangs on a verb after it stands
  beside that verb (parataxis), not under it.

- **A "for … to" clause.** "Harris called for North Korea to stop its tests" comes out
  with "for" a marker on "stop" and "North Korea" its subject (or the object of
  "called"), so that no phrase says for whom the call is. When "for" marks an infinitive
  whose subject (or the object of the verb above it) stands between the two, "for" is
  that verb's preposition, the subject its object and the infinitive the verb's
  complement, as in "called on North Korea to stop".

- **A subordinate clause read as a phrase.** "Relations had soured since Bessent and
  Greer struck a deal with He Lifeng" may come out with "since" a preposition over
  "Bessent and Greer" and "struck" a clause without a subject. When a preposition's
  object ends just before a verb with no subject that hangs on the preposition's own
  head, the object is that verb's subject and the preposition its marker.

- **The verb of a that-clause read as a noun.** "demanded that the Philippines honour
  that pledge" may come out with "the Philippines honour" one noun phrase. When a
  clause with "that" is headed by a noun with a direct object of its own, the noun is
  a verb and the proper noun before it, a modifier in the parse, its subject.

- **A word of a name read as a verb.** "The U.S. Treasury sanctioned Zhongxing Sky Trading
  Co" may come out with "Zhongxing" a participle whose object is "Co". When the first
  word of a name the tagger marks (an organisation, a person, a place), capitalised and
  not opening the sentence, is a verb governing the rest of the name, the name's last
  word takes the verb's place and the word becomes part of the name.

- **A relative "that" tagged as a conjunction.** In "the sanctions that ECOWAS imposed
  on Niger" the model may tag "that" as a subordinating conjunction while parsing it as
  the object of the relative clause. A "that" that is the subject or object of a
  relative clause is a relative pronoun (WDT).

- **A plural noun read as a verb.** "dismissed the US remarks as unwarranted" may come
  out with "remarks" a verb whose subject is "US", and the verb the object of
  "dismissed". A present-tense verb that is itself a direct or prepositional object, or
  a subject ("warned that U.S. strikes on three sites would have consequences"), is
  a plural noun, and the proper noun before it its modifier; so is "claims" (a word of
  the lexicon's claim-object class) read as the clause of a verb that disputes claims
  ("Beijing rejected U.S. claims that the airship was a spy craft"), with its "that"
  clause, then, on the noun.

- **A title and the name after it read as two subjects.** "The bloc's foreign policy
  chief Josep Borrell accused …" may come out with "chief" and "Borrell" both subjects of
  "accused". When a verb has two subjects, a common noun and right after it a proper
  noun, the common noun is a title on the name.

- **A subject hung on the participle set off after it.** "Milei, addressing a rally in
  Madrid on Sunday, described …" may come out with "Milei" the subject of "addressing"
  and "described" without one, or even with "addressing" the root and "described" a
  dependent of it. When a sentence's main verb has no subject and a participle before
  it, set off by commas, has a subject before that comma, the subject is the main
  verb's (and the main verb the root).

- **A day read as the object of a verb of saying.** "Britain announced the same day that
  it had sanctioned the company" may come out with "the same day" the object of
  "announced" (or its modifier) and the reported clause a relative clause on "day". When
  a verb of saying has for its object or modifier a noun the tagger marks as a date or time, and that noun has a
  relative clause opened by "that" with a subject of its own, the noun is a modifier of
  the verb and the clause what the verb reports.

- **An infinitive read as the purpose of the verb, not of its object.** "launched the
  process to restore United Nations sanctions", "made an offer to host talks" may come
  out with the infinitive a purpose clause on "launched", so that the sanctions would be
  restored there and then. When an infinitive hung on a verb as an adverbial clause
  follows at once that verb's object, a noun that says what is planned or proposed (the
  status lexicon's planned and proposed governors: "process", "plan", "offer"), the
  infinitive is a clause on the noun.

- **The owner of the last name of a list read as the list's member.** "Niger's General
  Abdourahamane Tiani, Mali's Colonel Assimi Goita and Burkina Faso's Captain Ibrahim
  Traore signed …" may come out with "Burkina Faso" the last conjunct and "Traore" an
  apposition to the first name. A conjunct with a possessive "'s" whose possessed name
  right after it hangs elsewhere as an apposition is that name's owner, and the name
  the conjunct. When, as often, the parse also hangs the second name of such a list on
  the first as an apposition ("Tiani, Goita and Traore", two proper names with a
  conjunct after the second), the second name is a conjunct of the first.

- **Names after a plural noun read as a modifier of the verb.** "held talks with their
  Philippine counterparts, Enrique Manalo and Gilberto Teodoro" may come out with the
  names a bare noun phrase on "held". Proper names hung on a verb as an adverbial noun
  phrase, right after a comma that closes a plural noun, are an apposition to that noun.

- **A free relative read as the whole object.** "condemned what it called China's
  'aggressive, dangerous manoeuvres'", "struck what it called terrorist infrastructure
  in Pakistan" come out with "what it called …" a clause on the verb and no object. When
  a verb without an object has a clause of naming ("call", "describe", "term", "dub")
  (the trigger lexicon's `naming-verbs`) whose object is "what" and whose complement
  names something (or its "as" phrase: "struck what New Delhi described as terrorist
  infrastructure"), that complement is the verb's object, and the words after it belong
  to it; so for "what X said was …" ("struck what New Delhi said was a militant camp").

- **A participle on the subject read as the subject.** "West African leaders meeting in
  Abuja on Saturday appealed to the juntas …" may come out with "meeting" the subject of
  "appealed" and "leaders" the subject of "meeting". A participle that is a verb's
  subject and has a noun subject of its own before it is a clause on that noun, and the
  noun the verb's subject.

- **A main verb read as a participle on its subject.** "In a joint statement, the bloc
  called on Kinshasa to engage with the M23, and urged the rebels to observe a ceasefire"
  may come out with "called" a clause on "bloc", and "and" hung on "bloc" with nothing
  joined to it, so that "urged" alone is the bloc's verb. When a verb's subject has a
  past-tense clause right after it and, past that clause, a conjunction with no conjunct
  of its own, the clause's verb is the main verb, the noun its subject and the later verb
  its conjunct.

- **The speaker's closing participle hung inside what was reported.** "Sogavare told
  parliament that the pact would not allow Beijing to build a base, rejecting concerns
  voiced by Australia" may come out with "rejecting" a clause on "build", so that Beijing
  would reject. A participle of saying or of a speech act (denying, rejecting, accusing,
  warning, urging, demanding: the trigger lexicon's verbs of those types) set off by a
  comma at the end of its sentence, hung on a verb below a clause that a verb of saying
  or of such an act reports, belongs to that verb; not one hung on a reported verb whose
  subject is a person ("The Elysee said Macron had held a call with the prince, urging
  him to …" is Macron's urging).

- **A participle before a name read as the verb's complement.** "Wang Yi told visiting
  U.S. Secretary of State Antony Blinken on Friday that Washington must stop …" may come
  out with "visiting" a clause of "told" whose object is Blinken, so that "told" tells no
  one. When a verb of saying, telling or urging (not of denying or rejecting, which take
  a gerund: "denied sending troops") without an object has, right after it, a participle whose object, a
  name, follows at once, the participle is a modifier of that name, the name the verb's
  object, and what else hung on the participle the verb's.

- **A verb of saying read as a clause on its subject.** "Congo's foreign minister charged
  on Sunday that Rwandan troops had crossed into its territory" may come out with
  "minister" the root, "charged" a clause on it and the that-clause a relative clause
  of "minister". When a sentence's root is a noun with a past-tense verb right after it
  and a clause opened by the conjunction "that" (no relative pronoun) hung on the noun
  after that verb, the verb is the root, the noun its subject and the clause what it
  says.

- **A verb's particle read as a preposition.** "brushing aside the president's talk of
  annexation" may come out with "aside" a preposition and "talk" its object. When a verb
  and the word right after it make a phrasal verb of the trigger lexicon ("brush aside",
  "turn down", "scoff at") and the parse makes that word a preposition, it is the verb's
  particle and its object, if the parse gave it one, the verb's ("scoffed at U.S. claims").
- **Nouns and names read as verbs or objects.** "Hours after the U.S. strikes on
  Iran's sites, …" (a noun made the verb of a time clause: the object of "after");
  "accused the army of bombing" (the charge hung on the object: the verb's); "ECOWAS
  Commission President Omar Touray told …" (the name at the head of the subject read as
  the verb's object: a modifier); "met Serbian President Aleksandar Vucic and Kosovo
  Prime Minister Albin Kurti" (a state's name read as a third member of a two-member
  list: a modifier of the name after it). Each function below says what it mends.

`repair_parse` is the spaCy component "diplograph_parse_repair"; it runs after the
model's parse and before the actors are read. A sentence whose mended parse would not
be a tree (a word heading itself through others) keeps the model's parse."""
from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .headlines import unpunctuated
from .lexicon import default_lexicon

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
TIME_MARKS = frozenset({"after", "before", "following", "since", "until"})
NOUNS = {"PROPN", "NOUN"}
VERBS = {"VERB", "AUX"}
FINITE = {"VBD", "VBZ"}  # (not VBP: the same word as an infinitive, and often mistagged)
SPEECH_ACT_TYPES = frozenset({"deny", "reject", "accuse", "warn", "threaten", "appeal", "demand"})
REFUSAL_TYPES = frozenset({"deny", "reject"})  # their verbs take a gerund: "denied sending troops"


@Language.component("diplograph_parse_repair", assigns=["token.dep", "token.pos", "token.tag"])
def repair_parse(doc: Doc) -> Doc:
    """Mend the misparses above; a sentence whose mended tree is no tree (a word that
    would head itself, through others) keeps the model's own parse."""
    model = [(t.head.i, t.dep_, t.tag_, t.pos_) for t in doc]
    _repair(doc)
    for sent in doc.sents:
        if not _is_tree(sent):
            for tok in sent:
                head, dep, tag, pos = model[tok.i]
                tok.head, tok.dep_, tok.tag_, tok.pos_ = doc[head], dep, tag, pos
    return doc


def _is_tree(sent: Span) -> bool:
    """Whether every word of ``sent`` reaches the sentence's root without a cycle."""
    for tok in sent:
        seen, at = 0, tok
        while at.head != at:
            at, seen = at.head, seen + 1
            if seen > len(sent) or not sent.start <= at.i < sent.end:
                return False
    return True


def _repair(doc: Doc) -> None:
    for tok in doc:
        if tok.lower_ == "should" and tok.tag_ == "MD":
            inverted_condition(tok)
    for tok in doc:
        relative_that(tok)
        if tok.tag_ == "VBZ" and tok.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}:
            noun_read_as_verb(tok)  # (as a subject: "warned that U.S. strikes on … would have consequences")
        elif tok.tag_ == "VBZ" and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in _trigger_verbs(frozenset({"deny"}), "claim-object") \
                and noun_read_as_verb(tok):
            tok.dep_ = "dobj"  # "Beijing rejected U.S. claims that …", the claims a clause of "rejected"
        if tok.dep_ in {"dobj", "npadvmod"} and tok.ent_type_ in {"DATE", "TIME"}:
            day_as_object(tok)
    for ent in doc.ents:
        name_read_as_verb(ent)
    for sent in list(doc.sents):
        headline_verb(sent)
        swallowed_subject(sent)
        subject_of_aside(sent)
        verb_on_apposition(sent)
        saying_read_as_clause(sent)
    for tok in doc:
        if tok.dep_ == "prep":
            empty_preposition(tok)
        if tok.dep_ == "mark" and tok.lower_ == "for":
            for_subject_as_object(tok)
        if tok.dep_ == "prep":
            clause_as_phrase(tok)
            charge_on_object(tok)
        if tok.dep_ == "ccomp" and tok.pos_ == "NOUN":
            noun_as_clause_verb(tok)
        if tok.dep_ == "advcl" and tok.tag_ in {"NN", "NNS"}:
            noun_as_time_clause(tok)
        if tok.dep_ == "conj" and any(c.dep_ == "case" and c.tag_ == "POS" for c in tok.children):
            owner_as_conjunct(tok)
    for tok in doc:
        if tok.dep_ in {"npadvmod", "dep"} and tok.pos_ == "PROPN":
            names_as_modifier(tok)
        if tok.dep_ in {"dative", "dobj"} and tok.pos_ == "PROPN" and tok.i < tok.head.i:
            object_before_subject(tok)
        if tok.dep_ == "conj" and tok.pos_ in NOUNS and tok.head.pos_ == "VERB":
            noun_joined_to_verb(tok)
        if tok.dep_ == "conj" and tok.pos_ == "PROPN":
            name_before_conjunct(tok)
        if tok.dep_ == "appos" and tok.pos_ == "PROPN":
            list_as_apposition(tok)
            title_before_apposition(tok)
        if tok.dep_ == "advcl" and tok.tag_ == "VB":
            infinitive_on_object(tok)
        if tok.dep_ == "advmod" and tok.tag_ == "VB":
            infinitive_on_participle(tok)
        if tok.dep_ == "ccomp" and tok.lemma_.lower() in _classes().get("naming-verbs", frozenset()) | _say_verbs():
            free_relative_object(tok)
        if tok.dep_ == "nsubj" and tok.tag_ == "VBG":
            participle_as_subject(tok)
        if tok.dep_ == "nsubj" and tok.pos_ in NOUNS:
            verb_read_as_participle(tok)
        if tok.tag_ == "VBG" and tok.dep_ == "xcomp":
            participle_before_object(tok)
        if tok.tag_ == "VBG" and (tok.dep_ == "advcl" or tok.dep_ == "conj" and tok.head.tag_ == "VB" and not any(
                c.dep_ == "cc" for c in tok.head.children)):  # (", dismissing" joined to an infinitive)
            speakers_participle(tok)
        if tok.pos_ in VERBS:
            particle_as_preposition(tok)
            particle_as_modifier(tok)
            object_as_clause_subject(tok)
            infinitive_subject_as_conjunct(tok)
            name_as_modifier(tok)
            shifted_object(tok)
            finite_with_infinitive(tok)
            infinitive_with_gerund(tok)
            participle_with_clause(tok)
            verb_with_said_copula(tok)
            verb_with_matching_aux(tok)
            clause_before_semicolon(tok)
            object_as_subject(tok)
            title_as_subject(tok)


def participle_with_clause(verb: Token) -> bool:
    """Join a participle the parse coordinated with a verb of the clause reported by the
    participle above it to that participle; whether anything changed."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "conj" or head.tag_ == "VBG" or head.pos_ not in VERBS:
        return False
    if any(c.dep_ in SUBJECTS for c in verb.children) or head.dep_ != "ccomp":
        return False
    above = head.head
    if above.tag_ != "VBG" or above.pos_ not in VERBS or above.dep_ not in {"advcl", "conj", "xcomp"}:
        return False
    _rejoin(verb, above, verb.i - 1)
    return True


def verb_with_said_copula(verb: Token) -> bool:
    """Join a past-tense verb the parse coordinated with the copula of a reported
    that-clause to the verb of saying; whether anything changed."""
    head = verb.head
    progressive = head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in head.children)
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)  # "would travel", "could be considered"
    if head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children):  # "had taken"
        # (not "The Kremlin said Vladimir Putin had spoken with Pashinyan and urged both sides":
        # an institution telling what a person did goes on telling it)
        reported = next((c for c in head.children if c.dep_ == "nsubj"), None)
        speaker = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        modal = modal or not (reported is not None and reported.ent_type_ == "PERSON"
                              and (speaker is None or speaker.ent_type_ != "PERSON"))
    # (a passive told of a thing: "said the boat was operated by Tren de Aragua … and accused Maduro")
    told_of = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    passive = head.tag_ == "VBN" and told_of is not None and told_of.pos_ == "NOUN" and not any(
        t.ent_type_ or t.pos_ == "PROPN" for t in told_of.subtree) and any(c.dep_ == "agent" for c in head.children)
    if verb.tag_ != "VBD" or verb.dep_ != "conj" or head.dep_ != "ccomp" or not (
            head.lemma_.lower() == "be" or progressive or modal or passive):
        return False
    existential = any(c.dep_ == "expl" for c in head.children)  # "said there were allegations … and demanded"
    if any(c.dep_ in SUBJECTS for c in verb.children) or not (
            progressive or modal or existential or passive or _thing_subject(head)) and not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in head.children):
        return False
    say = head.head  # (or a speech act: "threatened that no place in Israel would be spared, and warned Cyprus")
    if say.tag_ != "VBD" or say.lemma_.lower() not in _speech_acts():
        return False
    _rejoin(verb, say, verb.i - 1)
    return True


def verb_with_matching_aux(verb: Token) -> bool:
    """Join a perfect verb the parse coordinated with a reported clause to the verb that
    reports it, when both have the same auxiliary and the clause has none: "Pretoria has
    denied that the law permits seizures and has accused Washington of …"; whether
    anything changed."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or head.pos_ not in VERBS or any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() == "have"), None)
    above = head.head
    if aux is None or any(c.dep_ == "aux" for c in head.children) or not any(
            c.dep_ == "aux" and c.lower_ == aux.lower_ for c in above.children):
        return False
    _rejoin(verb, above, aux.i - 1)
    return True


def clause_before_semicolon(verb: Token) -> bool:
    """Make a clause the parse hung across a semicolon on a later verb stand beside it;
    whether anything changed."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i < verb.i or head.pos_ not in VERBS:
        return False
    if not any(t.text == ";" for t in verb.doc[verb.right_edge.i:head.i]):
        return False
    verb.dep_ = "parataxis"
    return True


def inverted_condition(should: Token) -> bool:
    """Hang the verb of "should Minsk refuse" on the main verb as a condition; whether
    anything changed."""
    doc = should.doc
    if should.i == 0 or should.i + 2 >= len(doc) or doc[should.i - 1].is_punct:
        return False  # "Should Russia invade, …" opens its sentence and is parsed as such
    verb = should.head
    if verb.pos_ in NOUNS and verb.i == should.i + 1 or verb.pos_ in NOUNS and verb.i > should.i and all(
            t.pos_ in NOUNS | {"DET", "ADJ"} for t in doc[should.i + 1:verb.i]):
        subject = verb  # "… should Tbilisi press ahead": the name hung the verb on itself
        verb = next((c for c in subject.rights if c.pos_ in VERBS and c.tag_ == "VB"
                     and c.i == subject.right_edge.i + 1 or c.pos_ in VERBS and c.tag_ == "VB" and c.i == subject.i + 1), None)
        main = subject.head
        if verb is None or main.pos_ not in VERBS or main.i > should.i:
            return False
        for tok in [c for c in subject.children if c.i > verb.i]:
            _attach(tok, verb, tok.dep_)
        _attach(verb, main, "advcl")
        _attach(subject, verb, "nsubj")
        _attach(should, verb, "aux")
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and should.i < c.i < verb.i), None)
    if verb.pos_ not in VERBS or subject is None:
        return False
    if verb.dep_ == "ROOT":  # "The EU will impose sanctions should Minsk refuse"
        main = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < should.i), None)
        if main is None:
            return False
        for tok in [c for c in verb.children if c.i > verb.i and c.is_punct]:
            _attach(tok, main, tok.dep_)
        _attach(main, main, "ROOT")
        _attach(verb, main, "advcl")
        return True
    if verb.dep_ in {"ccomp", "conj"} and verb.head.pos_ in VERBS and verb.head.i < should.i:
        verb.dep_ = "advcl"  # "are ready to impose consequences should Russia choose war"
        return True
    return False


def object_as_subject(verb: Token) -> bool:
    """Make the subject of a "to" clause under an object-control verb without an object
    that verb's object; whether anything changed."""
    lemma = verb.lemma_.lower()
    bare = lemma in _classes().get("bare-object-control", frozenset())  # "would help North Korea build satellites"
    if lemma not in _classes().get("object-control", frozenset()) and not bare:
        return False
    if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return False
    clause = next((c for c in verb.rights if c.dep_ in {"ccomp", "advcl", "xcomp"} and c.tag_ == "VB"
                   and (bare and not any(a.dep_ in {"aux", "mark"} for a in c.children)
                        or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
                   and not any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None) if clause else None
    if subject is None or subject.pos_ not in NOUNS | {"PRON"}:
        return False
    _attach(subject, verb, "dobj")
    _attach(clause, verb, "xcomp")
    return True


def for_subject_as_object(mark: Token) -> bool:
    """Make "for" before an infinitive the preposition of the verb above, with the object
    the parse gave that verb between them as its object; whether anything changed."""
    clause = mark.head
    if clause.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    verb = clause.head
    obj = next((c for c in [*verb.children, *clause.children] if c.dep_ in {"dobj", "nsubj"} and mark.i < c.i < clause.i
                and (c.dep_ == "dobj") == (c.head == verb)), None)
    if obj is None or verb.pos_ not in VERBS or clause.dep_ not in {"xcomp", "advcl", "ccomp"}:
        return False
    _attach(mark, verb, "prep")
    _attach(obj, mark, "pobj")
    if clause.dep_ != "xcomp":
        clause.dep_ = "xcomp"
    return True


def clause_as_phrase(prep: Token) -> bool:
    """Make the object of a preposition that a subjectless verb right after it continues
    that verb's subject; whether anything changed."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in NOUNS | {"PRON"} or obj.right_edge.i + 1 >= len(prep.doc):
        return False
    verb = prep.doc[obj.right_edge.i + 1]
    if verb.pos_ != "VERB" or verb.tag_ not in FINITE or verb.head != prep.head or verb.dep_ not in {"advcl", "conj", "dep"}:
        return False
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    _attach(obj, verb, "nsubj")
    _attach(prep, verb, "mark")
    verb.dep_ = "advcl"
    return True


def noun_as_clause_verb(noun: Token) -> bool:
    """Make the noun heading a that-clause, with an object of its own, the clause's verb
    and the proper noun before it its subject; whether anything changed."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in noun.children):
        return False
    if not any(c.dep_ == "dobj" for c in noun.children):
        return False
    subject = next((c for c in noun.lefts if c.dep_ in {"compound", "nmod", "amod"} and c.pos_ == "PROPN"
                    and c.right_edge.i == noun.i - 1), None)
    if subject is None:
        return False
    noun.pos_, noun.tag_ = "VERB", "VB"
    for det in [c for c in noun.lefts if c.dep_ == "det" and c.i < subject.left_edge.i]:
        _attach(det, subject, "det")
    _attach(subject, noun, "nsubj")
    return True


def charge_on_object(prep: Token) -> bool:
    """Hang on an accusing verb the "of" phrase the parse hung on its object, when the
    object is an actor and the phrase tells the charge ("accused the army of bombing
    civilian areas", "accused the president of corruption"; not "the head of the IAEA");
    whether anything changed."""
    obj, verb = prep.head, prep.head.head
    if prep.lower_ != "of" or obj.dep_ != "dobj" or verb.lemma_.lower() not in _trigger_verbs(frozenset({"accuse"})):
        return False
    if obj.pos_ != "PROPN" and obj.lemma_.lower() not in _actor_nouns():
        return False
    charge = next((c for c in prep.children if c.dep_ in {"pcomp", "pobj"}), None)
    if charge is None or charge.pos_ == "PROPN" or charge.dep_ == "pobj" and charge.lemma_.lower() in _actor_nouns():
        return False
    _attach(prep, verb, "prep")
    return True


def noun_as_time_clause(noun: Token) -> bool:
    """Make a noun the parse read as the verb of a time clause, with the name before it
    its subject ("Hours after the U.S. strikes on Iran's nuclear sites, …"), the object
    of "after" with the name a modifier; whether anything changed."""
    mark = next((c for c in noun.lefts if c.dep_ == "mark" and c.lower_ in TIME_MARKS), None)
    subject = next((c for c in noun.lefts if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i == noun.i - 1), None)
    if mark is None or subject is None or any(c.dep_ in {"aux", "dobj", "auxpass"} for c in noun.children):
        return False
    for interval in [c for c in noun.lefts if c.dep_ in {"dep", "npadvmod"} and c.i < mark.i]:
        _attach(interval, mark, "npadvmod")  # "Hours after …", "A day after …"
    _attach(mark, noun.head, "prep")
    _attach(noun, mark, "pobj")
    for det in [c for c in subject.children if c.dep_ == "det"]:
        _attach(det, noun, "det")
    _attach(subject, noun, "compound")
    return True


def name_read_as_verb(ent: Span) -> bool:
    """Make the first word of a name that the parse read as a verb over the rest of the
    name a part of it; whether anything changed."""
    if ent.label_ not in {"ORG", "PERSON", "GPE"} or len(ent) < 2:
        return False
    first, last = ent[0], ent[-1]
    if first.pos_ != "VERB" or not first.text[:1].isupper() or first.is_sent_start or last.head != first:
        return False
    if any(t.head.i < ent.start or t.head.i >= ent.end for t in ent if t not in (first, last)):
        return False
    head, dep = (first.head, first.dep_) if first.head != first else (last, "ROOT")
    _attach(last, head if head != first else last, "dobj" if dep in {"xcomp", "ccomp", "advcl"} else dep)
    for child in [c for c in first.children if c.i >= ent.end or c.i < ent.start]:
        _attach(child, last, child.dep_)
    first.pos_, first.tag_ = "PROPN", "NNP"
    _attach(first, last, "compound")
    return True


def relative_that(tok: Token) -> bool:
    """Tag a "that" that is the subject or object of a relative clause a relative
    pronoun; whether anything changed."""
    if tok.lower_ != "that" or tok.dep_ not in {"dobj", "nsubj", "nsubjpass"} or tok.head.dep_ != "relcl" \
            or tok.tag_ == "WDT":
        return False
    tok.tag_, tok.pos_ = "WDT", "PRON"
    return True


def day_as_object(day: Token) -> bool:
    """Make a day that the parse made the object of a verb of saying a modifier of the
    verb, and the relative clause on it the clause the verb reports; whether anything
    changed."""
    verb = day.head
    if verb.pos_ not in VERBS or verb.lemma_.lower() not in _say_verbs():
        return False
    clause = next((c for c in day.children if c.dep_ == "relcl" and c.i > day.i), None)
    if clause is None:
        return False
    that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i), None)
    if that is None or that.dep_ in SUBJECTS or that.dep_ == "dobj" \
            or not any(c.dep_ in SUBJECTS for c in clause.children):
        return False
    _attach(day, verb, "npadvmod")
    _attach(clause, verb, "ccomp")
    _attach(that, clause, "mark")
    that.tag_, that.pos_ = "IN", "SCONJ"
    return True


def owner_as_conjunct(owner: Token) -> bool:
    """Make a conjunct with a possessive "'s" the owner of the name right after it, when
    that name hangs elsewhere as an apposition, and the name the conjunct; whether
    anything changed."""
    case = next(c for c in owner.children if c.dep_ == "case" and c.tag_ == "POS")
    name = next((t for t in owner.doc[case.i + 1:owner.sent.end] if t.dep_ != "compound"), None)
    if name is None or name.dep_ != "appos" or name.pos_ != "PROPN" or name.head.i >= owner.i \
            or any(t.i != name.i and t.head.i != name.i for t in owner.doc[case.i + 1:name.i]):
        return False
    head = owner.head
    if name.is_ancestor(head) and not (head.head == name and head.dep_ in {"nmod", "compound", "appos"}):
        return False
    if head.head == name:
        # "Goita, Niger's General Tiani and Burkina Faso's Captain Traore" with "Tiani" on "Traore":
        # the middle name is the first one's conjunct
        _attach(head, name.head, "conj")
    _attach(name, head, "conj")
    _attach(owner, name, "poss")
    return True


def names_as_modifier(name: Token) -> bool:
    """Make proper names that the parse hung on a verb as an adverbial noun phrase an
    apposition to the plural noun that ends right before their comma; whether anything
    changed."""
    start = name.left_edge.i
    if name.head.pos_ not in VERBS or start < 2 or name.doc[start - 1].text != ",":
        return False
    noun = name.doc[start - 2]
    if noun.tag_ != "NNS" or noun.dep_ not in {"pobj", "dobj"} or name.head not in noun.ancestors:
        return False
    _attach(name, noun, "appos")
    return True


def object_before_subject(name: Token) -> bool:
    """Make a name the parse read as the object of a verb it stands before, at the head
    of the verb's subject phrase, a modifier of the next word ("ECOWAS Commission
    President Omar Touray told the summit", with "ECOWAS" read as told's object);
    whether anything changed."""
    verb, nxt = name.head, name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if nxt is None or subject is None or name.right_edge.i != name.i or nxt.dep_ != "compound" \
            or nxt.pos_ != "PROPN" or subject not in (nxt, *nxt.ancestors):
        return False
    _attach(name, nxt, "compound")
    return True


def list_as_apposition(name: Token) -> bool:
    """Make a proper name that the parse hung on the proper name before it as an
    apposition a conjunct of it, when a conjunct joined by "and" follows it (a list of
    names); whether anything changed."""
    first = name.head
    if first.pos_ != "PROPN" or first.i >= name.i or not name.ent_type_ or not first.ent_type_:
        return False
    if not any(c.dep_ == "conj" for c in name.children) or not any(c.dep_ == "cc" for c in name.children):
        return False
    if name.doc[name.left_edge.i - 1].text != "," or name.left_edge.i - 2 != first.i:
        return False  # right after the first name (not "called on the army chief, General Burhan, and …")
    _attach(name, first, "conj")
    return True


def name_before_conjunct(name: Token) -> bool:
    """Make a name the parse read as a conjunct of its own, right before the next
    conjunct's phrase with no comma or "and" between them, a modifier of that phrase
    ("met Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti", with
    "Kosovo" and "Kurti" both joined to "Vucic"); whether anything changed."""
    nxt = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    if nxt is None or name.right_edge.i != name.i or name.left_edge.i != name.i or nxt.dep_ != "compound":
        return False
    after = next((c for c in name.head.children if c.dep_ == "conj" and c.i > name.i), None)
    ccs = [c for c in name.head.children if c.dep_ == "cc"]
    if after is None or after.left_edge.i != nxt.i or after not in nxt.ancestors or len(ccs) != 1 or ccs[0].i > name.i:
        return False
    _attach(name, nxt, "compound")
    return True


def title_before_apposition(name: Token) -> bool:
    """Make a name the parse hung as an apposition on the first of two joined names the
    second of them, when the conjunct it follows at once is a title ("Lazaro and Chinese
    Vice Foreign Minister Sun Weidong"); whether anything changed."""
    title = name.doc[name.left_edge.i - 1] if name.left_edge.i > 0 else name
    if title.dep_ != "conj" or title.pos_ != "PROPN" or title.head != name.head or title.ent_type_ in {"PERSON", "GPE"}:
        return False
    _attach(name, title.head, "conj")
    _attach(title, name, "compound")
    return True


def participle_as_subject(participle: Token) -> bool:
    """Make the noun subject of a participle that the parse made a verb's subject that
    verb's subject, and the participle a clause on the noun; whether anything changed."""
    verb = participle.head
    noun = next((c for c in participle.children if c.dep_ == "nsubj" and c.pos_ in NOUNS and c.i < participle.i), None)
    if noun is None or verb.pos_ not in VERBS or noun.i != participle.i - 1 and noun.right_edge.i != participle.i - 1:
        return False
    _attach(noun, verb, "nsubj")
    _attach(participle, noun, "acl")
    return True


def verb_read_as_participle(noun: Token) -> bool:
    """Make the past-tense clause right after a subject, followed by a conjunction the
    parse left on the subject without a conjunct, the subject's verb, and the verb the
    parse gave the subject its conjunct; whether anything changed."""
    verb = noun.head
    clause = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"} and c.i == noun.i + 1), None)
    if clause is None or verb.pos_ not in VERBS or verb.i <= clause.right_edge.i or verb.tag_ != "VBD":
        return False
    cc = next((c for c in noun.rights if c.dep_ == "cc" and clause.right_edge.i < c.i < verb.i), None)
    if cc is None or any(c.dep_ == "conj" for c in noun.children) or any(
            c.dep_ in SUBJECTS | {"agent"} for c in clause.children):
        return False
    end = clause.right_edge.i
    head, dep = (clause, "ROOT") if verb.dep_ == "ROOT" else (verb.head, verb.dep_)
    _attach(clause, head, dep)
    clause.tag_ = "VBD"
    for tok in [t for t in verb.children if t.i < noun.i]:  # "In a joint statement, …"
        _attach(tok, clause, tok.dep_)
    _attach(noun, clause, "nsubj")
    for tok in [t for t in noun.rights if t.i > end and t.dep_ in {"cc", "punct"}]:
        _attach(tok, clause, tok.dep_)
    _attach(verb, clause, "conj")
    for tok in [t for t in verb.rights if t.dep_ == "punct" and t.i == verb.sent.end - 1]:
        _attach(tok, clause, "punct")
    return True


def participle_before_object(participle: Token) -> bool:
    """Make a participle the parse read as the complement of the verb before it a modifier
    of the object after it ("told visiting … Blinken"); whether anything changed."""
    verb = participle.head
    obj = next((c for c in participle.children if c.dep_ == "dobj"), None)
    telling = _classes().get("in-person-verbs", frozenset()) | _classes().get("object-control", frozenset()) | (
        _speech_acts() - _trigger_verbs(REFUSAL_TYPES))
    if verb.i != participle.i - 1 or verb.lemma_.lower() not in telling or obj is None or obj.pos_ != "PROPN" \
            or obj.left_edge.i != participle.i + 1 or any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return False  # (not "denied sending troops", "denied visiting Kyiv")
    for tok in [c for c in participle.children if c is not obj]:
        _attach(tok, verb, tok.dep_)
    _attach(obj, verb, "dobj")
    _attach(participle, obj, "amod")
    return True


def infinitive_on_participle(verb: Token) -> bool:
    """Make a "to" infinitive the parse hung on the participle that opens its object
    ("called on the junta to free deposed President Mohamed Bazoum") the complement of
    the verb that took that object; whether anything changed."""
    participle = verb.head
    obj = participle.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or participle.tag_ != "VBN" \
            or participle.dep_ != "amod" or obj.dep_ != "dobj" or not obj.head.i < verb.i < participle.i < obj.i:
        return False
    _attach(verb, obj.head, "xcomp")
    _attach(obj, verb, "dobj")
    return True


def particle_as_preposition(verb: Token) -> bool:
    """Make the preposition right after a verb that makes a phrasal verb of the lexicon
    with it a particle, and its object the verb's; whether anything changed."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1), None)
    if prep is None or f"{verb.lemma_.lower()} {prep.lower_}" not in default_lexicon().verbs:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    if obj is None and not has_object or obj is not None and (has_object or obj.ent_type_ in {"DATE", "TIME"}):
        return False  # (not "sat across on Monday")
    prep.dep_, prep.tag_ = "prt", "RP"  # "brushing aside the talk", with or without the object hung on "aside"
    if obj is not None:
        _attach(obj, verb, "dobj")
    return True


def object_as_clause_subject(verb: Token) -> bool:
    """Split a verb of force or of a measure whose object the parse read, with another noun
    joined to it, as the subject of a clause on the verb ("Thai F-16 jets struck Cambodian
    military targets and Cambodian rockets hit a petrol station", read as "struck [targets
    and rockets hit …]"): the first noun is the verb's object, the second the subject of
    the clause, which is joined to the verb; whether anything changed."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children) \
            or verb.lemma_.lower() not in _trigger_verbs(frozenset({"attack", "sanction", "aid", "mobilize"})):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    second = next((c for c in subject.children if c.dep_ == "conj"), None) if subject is not None else None
    cc = next((c for c in subject.children if c.dep_ == "cc"), None) if subject is not None else None
    if second is None or cc is None or not subject.i < cc.i < second.i or any(
            t.is_punct for t in verb.doc[subject.i:second.i] if t.text != ","):
        return False
    _attach(subject, verb, "dobj")
    _attach(second, clause, "nsubj")
    _attach(cc, verb, "cc")
    _attach(clause, verb, "conj")
    return True


def infinitive_subject_as_conjunct(verb: Token) -> bool:
    """Make the subject the parse gave a "to" infinitive joined to an appeal or demand a
    conjunct of that verb's object ("appealed to Sudan's army chief Abdel Fattah
    al-Burhan and paramilitary commander Mohamed Hamdan Dagalo to stop the fighting", read
    as "Dagalo to stop" joined to "appealed"), and the infinitive what is asked; whether
    anything changed."""
    above = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "conj" or verb.tag_ != "VB" or subject is None or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or above.lemma_.lower() not in _trigger_verbs(frozenset({"appeal", "demand"})):
        return False
    cc = verb.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else subject
    obj = _object_before(cc, above) if cc.dep_ == "cc" and cc.head == above and above.i < cc.i else None
    if obj is None:
        return False
    _attach(subject, obj, "conj")
    _attach(cc, obj, "cc")
    _attach(verb, above, "advcl")
    return True


def _object_before(cc: Token, verb: Token) -> Token | None:
    """The head of the object of ``verb`` (direct, or of a preposition) whose phrase ends
    right before the conjunction ``cc``: "to Sudan's army chief Abdel Fattah al-Burhan and"."""
    obj = cc.doc[cc.i - 1]
    while obj.head.pos_ in NOUNS and obj.head.i < cc.i and obj.dep_ in {"appos", "compound", "flat"}:
        obj = obj.head
    if obj.pos_ not in NOUNS or obj.dep_ not in {"dobj", "pobj"} or not verb.is_ancestor(obj):
        return None
    return obj


def noun_joined_to_verb(noun: Token) -> bool:
    """Make a name or noun the parse joined to a verb a conjunct of that verb's object just
    before the "and" ("appealed to army chief Abdel Fattah al-Burhan and paramilitary
    commander Mohamed Hamdan Dagalo", with "Dagalo" joined to "appealed"); whether
    anything changed."""
    verb = noun.head
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.i == noun.left_edge.i - 1), None)
    obj = _object_before(cc, verb) if cc is not None and verb.pos_ == "VERB" and verb.i < cc.i else None
    if obj is None:
        return False
    _attach(noun, obj, "conj")
    _attach(cc, obj, "cc")
    return True


def particle_as_modifier(verb: Token) -> bool:
    """Make the particle right after a verb that makes a phrasal verb of the lexicon with
    it, which the parse hung on the object's number ("handed over 200,000 doses", read as
    "over 200,000"), the verb's particle; whether anything changed."""
    doc = verb.doc
    particle = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if particle is None or particle.tag_ != "RP" or particle.dep_ == "prt" or particle.head == verb \
            or f"{verb.lemma_.lower()} {particle.lower_}" not in default_lexicon().verbs:
        return False
    _attach(particle, verb, "prt")
    return True


def speakers_participle(participle: Token) -> bool:
    """Hang a closing participle of saying that the parse put inside a reported clause on
    the verb that reports the clause; whether anything changed."""
    doc, acts = participle.doc, _speech_acts()
    last = participle.right_edge.i + 1
    lemma = participle.lemma_.lower()
    phrasal = participle.i + 1 < len(doc) and f"{lemma} {doc[participle.i + 1].lower_}" in acts  # "brushing aside"
    if lemma not in acts and not phrasal or doc[participle.i - 1].text != "," or \
            any(not t.is_punct for t in doc[last:participle.sent.end]):
        return False
    if participle.head.dep_ == "ccomp" and participle.head.head.pos_ in VERBS and any(
            c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in participle.head.children):
        return False  # "The Elysee said Macron had held a call with him, urging him to …": the caller's
    inside, at = False, participle.head
    while at.head != at:
        inside = inside or at.dep_ in {"ccomp", "xcomp", "acl", "relcl"}
        if at.dep_ in {"ccomp", "acl"} and at.head.pos_ in NOUNS | VERBS:  # "denied a report that Beijing was building"
            reporter = at.head if at.head.pos_ in VERBS else at.head.head
            if reporter.pos_ in VERBS and reporter.lemma_.lower() in acts and any(
                    c.dep_ == "nsubj" for c in reporter.children):
                if reporter is participle.head:
                    return False
                _attach(participle, reporter, "advcl")
                return True
        at = at.head
    return False


@cache
def _trigger_verbs(types: frozenset[str], requires: str | None = None) -> frozenset[str]:
    """The trigger lexicon's verbs with an entry of one of ``types`` (and, when given,
    that check): "deny"/"reject" verbs take a gerund ("denied sending troops"); "deny"
    verbs that require a claim deny what their object claims ("rejected U.S. claims")."""
    return frozenset(lemma for lemma, entries in default_lexicon().verbs.items() if any(
        e.type in types and (requires is None or e.requires == requires) for e in entries))


@cache
def _speech_acts() -> frozenset[str]:
    """Verbs of saying and of the acts one does by saying: denying, rejecting, accusing,
    warning, threatening, urging, demanding (the trigger lexicon's verbs of those types)."""
    return _say_verbs() | _trigger_verbs(SPEECH_ACT_TYPES)


def free_relative_object(clause: Token) -> bool:
    """Make what a "what it called …" clause names the object of the verb it hangs on,
    with the words after it; whether anything changed."""
    verb = clause.head
    what = next((c for c in clause.children if c.dep_ == "dobj" and c.lower_ == "what" and c.i < clause.i), None)
    named = next((c for c in clause.children if c.dep_ in {"oprd", "xcomp", "attr"} and c.pos_ in NOUNS), None)
    named = named or next((o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as"  # "described as"
                           for o in p.children if o.dep_ == "pobj" and o.pos_ in NOUNS), None)
    inner = next((c for c in clause.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"), None)
    if what is None and inner is not None and clause.lemma_.lower() in _say_verbs():  # "what New Delhi said was a camp"
        what = next((c for c in inner.children if c.dep_ == "nsubj" and c.lower_ == "what" and c.i < clause.i), None)
        named = next((c for c in inner.children if c.dep_ == "attr" and c.pos_ in NOUNS), None)
        clause = inner if what is not None else clause
    if what is None or named is None or verb.pos_ not in VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return False
    after = [c for c in clause.children if c.i > named.right_edge.i]
    _attach(named, verb, "dobj")
    for child in after:  # "… in Pakistan early on Wednesday"
        _attach(child, named if child.dep_ == "prep" and child.lower_ in {"in", "at", "near"} else verb, child.dep_)
    return True


def infinitive_on_object(verb: Token) -> bool:
    """Hang an infinitive that the parse made a purpose clause of a verb on the verb's
    object right before it, when that object is a noun of planning or proposing;
    whether anything changed."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i), None)
    if to is None:
        return False
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i == to.i - 1), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in _intent_nouns():
        return False
    _attach(verb, obj, "acl")
    return True


def noun_read_as_verb(tok: Token) -> bool:
    """Make a present-tense verb that the parse made an object a plural noun, its proper
    noun subject a modifier; whether anything changed."""
    claim = tok.lower_[:-1] in _classes().get("claim-object", frozenset())  # "U.S. claims that the balloon was …"
    if tok.dep_ == "ccomp" and not claim:
        return False
    if not tok.lower_.endswith("s") or any(c.dep_ in {"dobj", "xcomp", "aux"} or c.dep_ == "ccomp" and not claim
                                           for c in tok.children):
        return False
    tok.pos_, tok.tag_ = "NOUN", "NNS"
    for subject in [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]:
        subject.dep_ = "compound" if subject.pos_ == "PROPN" else "amod"
    for clause in [c for c in tok.children if c.dep_ == "ccomp"]:
        clause.dep_ = "acl"  # what the claims say
    before = tok.doc[tok.i - 1] if tok.i > 0 else tok
    if before.dep_ == tok.dep_ and before.head == tok.head and before.pos_ == "PROPN" and not any(
            c.i > before.i for c in before.children):
        _attach(before, tok, "compound")  # "rejected U.S. claims", parsed as two objects
    return True


def title_as_subject(verb: Token) -> bool:
    """Make the common noun read as a subject beside the name right after it a title on
    that name; whether anything changed."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2:
        return False
    title, name = subjects
    if title.pos_ != "NOUN" or name.pos_ != "PROPN" or name.left_edge.i != title.i + 1:
        return False
    _attach(title, name, "compound")
    return True


def subject_of_aside(sent: Span) -> bool:
    """Give the main verb of ``sent`` the subject the parse hung on a participle set off
    by commas before it; whether anything changed."""
    verb = sent.root
    if verb.tag_ == "VBG" and verb.pos_ in VERBS:  # "Milei, addressing a rally …, accused …" with the participle the root
        main = next((c for c in verb.children if c.dep_ in {"dep", "conj"} and c.tag_ == "VBD" and c.i > verb.i
                     and c.doc[c.i - 1].text == "," and not any(s.dep_ in SUBJECTS for s in c.children)), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if main is None or subject is None or not any(t.text == "," for t in sent.doc[subject.i + 1:verb.i]):
            return False
        _attach(main, main, "ROOT")
        for tok in [c for c in verb.children if c.i > main.i]:  # the full stop
            _attach(tok, main, tok.dep_)
        _attach(verb, main, "advcl")
        _attach(sent.doc[main.i - 1], main, "punct")
        _attach(subject, main, "nsubj")
        return True
    if verb.pos_ not in VERBS or any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    aside = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i), None)
    subject = next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None) if aside else None
    if subject is None or not any(t.text == "," for t in sent.doc[subject.i + 1:aside.i]):
        return False
    if sent.doc[verb.i - 1].text != ",":
        return False
    _attach(subject, verb, "nsubj")
    return True


def finite_with_infinitive(verb: Token) -> bool:
    """Join a finite verb the parse coordinated with an infinitive to the finite verb
    above that infinitive; whether anything changed."""
    head = verb.head
    if verb.lower_ == verb.lemma_.lower():
        return False  # "to bomb Iran and hit it": "hit" is an infinitive too, whatever its tag
    if verb.dep_ != "conj" or verb.tag_ not in FINITE or head.tag_ != "VB" or any(
            c.dep_ in SUBJECTS for c in verb.children):
        return False
    if head.dep_ != "xcomp" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    above = next((a for a in head.ancestors if a.pos_ in VERBS and a.tag_ in FINITE), None)
    if above is None:
        return False
    _join_to(verb, above)
    return True


def infinitive_with_gerund(verb: Token) -> bool:
    """Join a "to" infinitive the parse coordinated with a gerund inside another
    infinitive's phrase to that infinitive ("pledged to refrain from escalating the
    conflict and to meet again": to meet, as to refrain); whether anything changed."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VB" or head.tag_ != "VBG" or head.dep_ != "pcomp" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    above = next((a for a in head.ancestors if a.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in a.children)), None)
    if above is None:
        return False
    _join_to(verb, above)
    return True


def headline_verb(sent: Span) -> bool:
    """Make the plural noun a headline's parse took for its root, between two names, the
    verb; whether anything changed."""
    root = sent.root
    if not unpunctuated(sent.text):
        return False  # a headline has no full stop
    if root.pos_ != "NOUN" or root.tag_ != "NNS" or root.i == sent.start:
        return False
    subject = root.doc[root.i - 1]
    if subject.pos_ != "PROPN" or subject.dep_ != "compound" or subject.head != root:
        return False
    obj = next((c for c in root.rights if c.pos_ == "PROPN" and c.dep_ in {"appos", "dobj", "npadvmod"}), None)
    if obj is None or any(c.dep_ in {"det", "amod", "nummod"} for c in root.children):
        return False
    root.pos_, root.tag_ = "VERB", "VBZ"
    for owner in [c for c in root.lefts if c.dep_ == "poss" and c.i < subject.i]:
        _attach(owner, subject, "poss")  # "Nigeria's Tinubu"
    _attach(subject, root, "nsubj")
    _attach(obj, root, "dobj")
    return True


def empty_preposition(prep: Token) -> bool:
    """Give a preposition without an object the noun phrase after it that the parse hung
    on the preposition's head as a bare dependent; whether anything changed."""
    if any(c.dep_ in {"pobj", "pcomp"} for c in prep.children) or prep.i + 1 >= len(prep.doc):
        return False
    phrase = prep.doc[prep.i + 1]
    while phrase.head != phrase and phrase.head.i > prep.i and phrase.head.pos_ in NOUNS:
        phrase = phrase.head
    if phrase.pos_ not in NOUNS or phrase.dep_ not in {"dep", "npadvmod"} or phrase.head != prep.head:
        return False
    _attach(phrase, prep, "pobj")
    return True


def name_as_modifier(verb: Token) -> bool:
    """Make the proper noun the parse hung on a finite verb as a modifier, just before
    it, the verb's subject; whether anything changed."""
    if verb.tag_ not in FINITE or any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    name = next((c for c in verb.lefts if c.dep_ in {"amod", "compound", "nmod", "npadvmod"}
                 and c.pos_ == "PROPN" and c.right_edge.i == verb.i - 1), None)
    if name is None:
        return False
    _attach(name, verb, "nsubj")
    return True


def swallowed_subject(sent: Span) -> bool:
    """Give the main verb of `sent` the subject its opening phrase swallowed; whether
    anything changed."""
    verb = sent.root
    opening = sent[0]
    if verb.pos_ not in VERBS or any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    if opening.dep_ != "prep" or opening.head != verb or opening.right_edge.i != verb.i - 1:
        return False
    comma = next((t for t in reversed(list(sent.doc[opening.i:verb.i])) if t.text == ","), None)
    if comma is None:
        return False
    subject = sent.doc[comma.i + 1:verb.i].root
    if subject.pos_ not in NOUNS or comma.i < subject.head.i < verb.i:
        return False
    place, dep = subject.head, subject.dep_
    taken = [t for t in sent.doc[opening.i:comma.i] if comma.i < t.head.i < verb.i]
    if len(taken) != 1 or taken[0].pos_ not in NOUNS:
        return False
    _attach(subject, verb, "nsubj")
    _attach(taken[0], place, dep)
    return True


def verb_on_apposition(sent: Span) -> bool:
    """Make the past-tense verb hung on a root noun with an apposition (or a relative
    clause set off by commas) the root, and the noun its subject; whether anything
    changed."""
    noun = sent.root
    aside = [c for c in noun.rights if c.dep_ == "appos" or c.dep_ == "relcl" and c.left_edge.i > 0
             and c.doc[c.left_edge.i - 1].text == ","]  # "Trump, who had said …, announced"
    if noun.pos_ not in NOUNS or not aside:
        return False
    appositive = any(a.dep_ == "appos" for a in aside)
    verb = next((c for c in noun.rights if c.dep_ == "acl" and c.pos_ == "VERB" and c.i > 0
                 and c.doc[c.i - 1].text == "," and c.i > aside[0].i and (
                     c.tag_ == "VBD" or c.tag_ == "VBN" and (  # (a participle aside has no object or clause)
                         appositive or any(x.dep_ in {"ccomp", "dobj"} for x in c.children)))), None)
    if verb is None or any(c.dep_ in SUBJECTS | {"agent"} for c in verb.children):
        return False
    if any(c.dep_ == "appos" and c.i > verb.i for c in noun.children):
        return False
    moved = [c for c in noun.rights if c.i > verb.i]  # the full stop, a trailing quote
    _attach(verb, verb, "ROOT")
    verb.tag_ = "VBD"  # a finite verb now, as its subject shows
    _attach(noun, verb, "nsubj")
    for tok in [verb.doc[verb.i - 1], *moved]:
        _attach(tok, verb, tok.dep_)
    return True


def saying_read_as_clause(sent: Span) -> bool:
    """Make the past-tense verb right after a root noun, whose that-clause the parse hung
    on the noun, the root; whether anything changed."""
    noun = sent.root
    verb = next((c for c in noun.rights if c.dep_ == "acl" and c.i == noun.i + 1 and c.tag_ in {"VBD", "VBN"}), None)
    if noun.pos_ not in NOUNS or verb is None or any(c.dep_ in SUBJECTS | {"agent", "dobj"} for c in verb.children):
        return False
    said = [c for c in noun.rights if c.dep_ in {"relcl", "acl"} and c.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.tag_ == "IN" for m in c.children)]
    if not said:
        return False
    moved = [c for c in noun.rights if c.i > verb.i and c not in said]  # the full stop
    _attach(verb, verb, "ROOT")
    verb.tag_ = "VBD"
    _attach(noun, verb, "nsubj")
    for clause in said:
        _attach(clause, verb, "ccomp")
    for tok in moved:
        _attach(tok, verb, tok.dep_)
    return True


def shifted_object(verb: Token) -> bool:
    """Make the noun phrase put after `verb`'s "as" phrase its direct object; whether
    anything changed."""
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return False
    as_ = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
    # (the last object: "dismissed as 'slander' the White House's claim" may give "as" two)
    obj = next((c for c in reversed(list(as_.children)) if c.dep_ == "pobj"), None) if as_ is not None else None
    if obj is None or obj.pos_ not in NOUNS:
        return False
    closing = [q for q in verb.doc[as_.i + 1:obj.i] if q.tag_ == "''"]
    if closing:  # the quoted words are the complement, wherever the parse hung them: "as 'ugly propaganda'
        # U.S. claims", "as 'groundless' accusations by the United States", "as 'absurd' US President Donald Trump's idea"
        start = verb.doc[closing[-1].i + 1]
    else:  # "rejected as interventionist a joint statement by Brazil"
        start = next((c.left_edge for c in reversed(list(obj.lefts)) if c.dep_ in {"det", "poss"}), None)
    if start is None or start.i <= as_.i + 1:
        return False  # "described the move as a provocation": the object is where it belongs
    before = [t for t in verb.doc[as_.i + 1:start.i] if not as_.i < t.head.i < start.i]  # (the quoted words' head)
    if any(not t.is_alpha and not t.is_punct for t in before):
        return False
    complement = next((t for t in reversed(before) if t.is_alpha), None)
    if complement is None:
        return False
    for tok in before:
        if tok is not complement:
            _attach(tok, complement, "punct" if tok.is_punct else tok.dep_)
    _attach(complement, as_, "pobj")
    _attach(obj, verb, "dobj")
    return True


def _classes() -> dict[str, frozenset[str]]:
    """The trigger lexicon's word classes ("object-control", "naming-verbs", …)."""
    return default_lexicon().object_classes


@cache
def _say_verbs() -> frozenset[str]:
    return default_lexicon().words("say_verbs")


def _thing_subject(clause: Token) -> bool:
    """Whether the subject of ``clause`` is a thing that does not act: a common noun no
    title or group of people names ("said the ball was in Serbia's court and called on
    Belgrade to sign": the ball calls on no one)."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ \
        and subject.lemma_.lower() not in _actor_nouns() and subject.lower_ not in _actor_nouns()


@cache
def _actor_nouns() -> frozenset[str]:
    from .gazetteer import default_titles
    from .resolve import default_referents

    titles, referents = default_titles(), default_referents()
    return frozenset(titles.words()) | titles.groups | referents.state_nouns | referents.organization_nouns | \
        referents.person_groups | frozenset(referents.pair_nouns)


@cache
def _intent_nouns() -> frozenset[str]:
    lex = default_lexicon()
    return lex.words("planned_governors") | lex.words("proposed_governors")


def _rejoin(verb: Token, above: Token, conjunction: int) -> None:
    """Join ``verb`` to ``above`` as a conjunct, with the "and" (or comma) at index
    ``conjunction`` that the parse hung on its old head."""
    for cc in [c for c in verb.head.children if c.dep_ in {"cc", "punct"} and c.i == conjunction]:
        _attach(cc, above, cc.dep_)
    _attach(verb, above, "conj")


def _join_to(verb: Token, above: Token) -> None:
    """Join ``verb`` to ``above`` as a conjunct, with the conjunction and commas that
    stood between it and its old head."""
    head = verb.head
    for cc in [c for c in head.children if c.dep_ in {"cc", "punct"} and head.i < c.i < verb.i]:
        _attach(cc, above, cc.dep_)
    _attach(verb, above, "conj")


def _attach(tok: Token, head: Token, dep: str) -> None:
    tok.head = head
    tok.dep_ = dep
