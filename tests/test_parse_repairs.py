"""The tokens and parse the small model gets wrong and the project mends: abbreviated
names run into a hyphenated word (graph/nlp.py), names read as verbs
(graph/name_parse.py) and the misparses graph/parse_repair.py mends."""
from __future__ import annotations

import pytest

from graph.gazetteer import default_gazetteer
from graph.name_parse import name_kinds

from .extraction_helpers import facts, nlp, read

pytestmark = pytest.mark.model


def parsed(text: str):
    """The project's parse of ``text``, and its tokens by their words."""
    doc = nlp()(nlp().make_doc(text))
    return doc, {t.text: t for t in doc}


def model_only(text: str):
    """The parse of the model's own components, without the project's repairs."""
    doc = nlp().make_doc(text)
    for name, proc in nlp().pipeline:
        if not name.startswith("diplograph_"):
            doc = proc(doc)
    return doc


def before_repairs(text: str):
    """The parse as graph/parse_repair.py receives it."""
    doc = nlp().make_doc(text)
    for name, proc in nlp().pipeline:
        if name == "diplograph_parse_repair":
            return doc
        doc = proc(doc)
    return doc


def unchanged(text: str) -> bool:
    """Whether the project's parse of ``text`` is the model's own: tags, labels and heads."""
    first, doc = model_only(text), parsed(text)[0]
    return [(t.pos_, t.tag_, t.dep_, t.head.i) for t in doc] == [(t.pos_, t.tag_, t.dep_, t.head.i) for t in first]


def test_one_word_names_that_are_no_english_words():
    kinds = name_kinds(default_gazetteer(), lambda word: word in {"chad", "turkey"})
    assert kinds["ECOWAS"] == "Organization"
    assert kinds["Kovind"] == "Person"
    assert "Chad" not in kinds and "Turkey" not in kinds  # English words: a verb tag may be right
    assert not any(" " in name for name in kinds)


def test_the_name_is_the_subject_and_the_text_is_unchanged():
    text = "ECOWAS imposed sanctions on Niger on Sunday."
    doc = parsed(text)[0]
    assert doc.text == text
    ecowas, imposed = doc[0], doc[1]
    assert (ecowas.text, ecowas.lemma_, ecowas.pos_, ecowas.dep_) == ("ECOWAS", "ECOWAS", "PROPN", "nsubj")
    assert imposed.dep_ == "ROOT" and ecowas.head == imposed
    assert facts(read(text, "2023-07-31")) == {("sanction", "ecowas", "niger", "occurred", "2023-07-30")}


def test_sentences_without_a_misread_name_keep_their_parse():
    text = "NATO warned Russia on Sunday. Chad closed its border."
    assert unchanged(text)


def test_a_subject_swallowed_by_the_opening_phrase_is_given_back():
    text = "After a morning phone call with Trump, Mexican President Claudia Sheinbaum said her government would " \
           "immediately send troops to the border."
    doc, words = parsed(text)
    assert words["Sheinbaum"].dep_ == "nsubj" and words["Sheinbaum"].head == words["said"]
    assert words["Trump"].dep_ == "pobj" and words["Trump"].head == words["with"]
    assert doc.text == text


def test_a_sentence_with_its_subject_is_left_alone():
    text = "In a call with Putin on Tuesday, French President Emmanuel Macron urged a ceasefire."
    assert unchanged(text)


def test_an_object_put_after_its_as_phrase_is_the_object():
    text = 'Zelenskiy dismissed as an "ultimatum" Vladimir Putin\'s offer to halt the war.'
    _, words = parsed(text)
    assert words["offer"].dep_ == "dobj" and words["offer"].head == words["dismissed"]
    assert words["ultimatum"].dep_ == "pobj" and words["ultimatum"].head == words["as"]


def test_an_as_phrase_with_its_own_determiner_is_left_alone():
    _, words = parsed("Moscow described the move as a provocation.")
    assert words["move"].dep_ == "dobj" and words["provocation"].head == words["as"]


def test_a_verb_hung_on_a_name_in_apposition_is_the_root():
    text = "Ralph Gonsalves, the prime minister of St Vincent and the Grenadines, offered on Thursday to host talks."
    doc, words = parsed(text)
    assert words["offered"].dep_ == "ROOT" and words["offered"].head == words["offered"]
    assert words["Gonsalves"].dep_ == "nsubj" and words["Gonsalves"].head == words["offered"]
    assert len(list(doc.sents)) == 1


def test_a_name_read_as_a_modifier_of_the_verb_after_it_is_its_subject():
    text = "Kinshasa accuses Rwanda of backing the M23 rebel group. Kigali denies supporting M23 and says its " \
           "troops act in self-defence."
    assert model_only(text)[10].dep_ == "amod"  # the misreading this mends
    doc, words = parsed(text)
    assert words["Kigali"].dep_ == "nsubj" and words["Kigali"].head == words["denies"]
    assert ("deny", "rwanda", "democratic-republic-of-the-congo", "occurred", None) in facts(read(text, "2025-06-28"))


def test_a_modifier_that_is_no_name_is_left_alone():
    text = "Russia swiftly denies the claims."
    assert unchanged(text)


def test_a_headline_verb_read_as_a_plural_noun_is_the_verb():
    text = "Nigeria's Tinubu hosts Ghana's Mahama for talks on trade row"
    assert model_only(text)[3].pos_ == "NOUN"  # the misreading this mends
    doc, words = parsed(text)
    assert (words["hosts"].pos_, words["hosts"].dep_) == ("VERB", "ROOT")
    assert words["Tinubu"].dep_ == "nsubj" and words["Mahama"].dep_ == "dobj"
    assert words["Nigeria"].head == words["Tinubu"]
    assert {f[:2] for f in facts(read(text, "2025-07-15"))} == {("meet", frozenset({"bola-tinubu", "john-mahama"}))}


def test_a_plural_noun_with_a_determiner_stays_a_noun():
    text = "The Biden talks ended."
    assert unchanged(text)


@pytest.mark.parametrize("text,words", [
    ("Russia vetoed a U.S.-drafted resolution.", ["U.S.", "-", "drafted"]),
    ("the U.N.-backed talks", ["U.N.", "-", "backed"]),
])
def test_a_hyphen_after_an_abbreviated_name_parts_two_words(text, words):
    tokens = [t.text for t in nlp().make_doc(text)]
    assert tokens[tokens.index(words[0]):tokens.index(words[0]) + 3] == words


def test_abbreviations_without_a_hyphen_stay_whole():
    assert [t.text for t in nlp().make_doc("U.S. troops left e.g.-style camps")] == \
        ["U.S.", "troops", "left", "e.g.-style", "camps"]


@pytest.mark.parametrize("text", [
    "Trump hosted Zelensky at the White House on Friday.",
    "Trump repeated accusations that Pretoria persecutes white farmers.",
])
def test_a_surname_that_is_an_english_word_is_read_as_the_subject(text):
    assert model_only(text)[0].dep_ != "nsubj" or model_only(text)[1].dep_ != "ROOT"  # the misreading this mends
    doc, words = parsed(text)
    assert words["Trump"].dep_ == "nsubj" and words["Trump"].head.dep_ == "ROOT"
    assert words["Trump"].lemma_ == "Trump" and doc.text == text


def test_a_surname_read_right_keeps_its_parse():
    text = "Trump warned Iran on Sunday."
    assert unchanged(text)


def test_a_preposition_left_without_its_object_gets_the_phrase_after_it():
    text = "Tshisekedi, who had already arrived in the Angolan capital, held talks instead with President Joao " \
           "Lourenco, who has been mediating between the two neighbours."
    assert not [c for c in model_only(text)[14].children if c.dep_ == "pobj"]  # the misreading this mends
    doc, words = parsed(text)
    assert words["Lourenco"].dep_ == "pobj" and words["Lourenco"].head == words["with"]
    assert ("meet", frozenset({"felix-tshisekedi", "joao-lourenco"}), "occurred", None) in facts(read(text, "2024-12-16"))


def test_an_object_read_as_the_subject_of_the_infinitive_is_the_object():
    text = "UN Secretary-General Antonio Guterres on Thursday implored Sudan's army and the paramilitary Rapid " \
           "Support Forces to silence their guns for the holy month of Ramadan."
    assert model_only(text)[11].dep_ == "nsubj"  # the misreading this mends
    doc, words = parsed(text)
    assert words["army"].dep_ == "dobj" and words["army"].head == words["implored"]
    assert words["silence"].dep_ == "xcomp"
    assert {f[:3] for f in facts(read(text, "2024-03-08"))} == {
        ("appeal", "antonio-guterres", "sudan"), ("appeal", "antonio-guterres", "rapid-support-forces")}


def test_an_infinitive_with_an_object_before_it_is_left_alone():
    assert unchanged("Biden urged Putin to pull back his troops.")


@pytest.mark.parametrize("text,verb,main", [
    ("The EU will impose sanctions should Minsk refuse to release him.", "refuse", "impose"),
    ("Washington will slap visa bans and other restrictions on Georgian officials should Tbilisi press ahead "
     "with its 'foreign agents' bill, an official said.", "press", "slap"),
    ("We are ready to impose swift and severe consequences should Russia instead choose war.", "choose", "are"),
])
def test_a_condition_told_with_should_first_hangs_on_the_main_verb(text, verb, main):
    doc, words = parsed(text)
    assert model_only(text)[words[verb].i].dep_ != "advcl"  # the misreading this mends
    assert words[verb].dep_ == "advcl" and words[verb].head == words[main]
    assert words["should"].head == words[verb]
    assert any(c.dep_ == "nsubj" for c in words[verb].children)


def test_a_sentence_opened_by_should_keeps_its_parse():
    assert unchanged("Should Russia invade Ukraine, the West will impose sanctions.")


def test_a_participle_joined_to_a_reported_verb_is_joined_to_the_participle_above():
    text = "Petro turned back two aircraft on Sunday, saying that Colombians must be returned with dignity and " \
           "accusing Washington of treating them like criminals."
    doc, words = parsed(text)
    assert model_only(text)[words["accusing"].i].head.text == "returned"  # the misreading this mends
    assert words["accusing"].dep_ == "conj" and words["accusing"].head == words["saying"]


@pytest.mark.parametrize("text", [
    "Petro left on Sunday, citing fatigue and accusing Washington of lying.",
    "Kim left the summit early, saying that talks had failed and that both sides were blaming each other.",
])
def test_a_participle_joined_where_it_belongs_or_with_its_own_subject_is_left_alone(text):
    assert unchanged(text)


def test_a_verb_joined_to_the_copula_of_what_was_said_is_joined_to_the_saying():
    text = "Noboa's office said on Saturday that Glas was a convicted criminal and accused Mexico of abusing its " \
           "immunities."
    doc, words = parsed(text)
    assert model_only(text)[words["accused"].i].head.text == "was"  # the misreading this mends
    assert words["accused"].head == words["said"]


def test_a_verb_with_its_own_subject_in_a_reported_clause_is_left_alone():
    assert unchanged("Noboa said that Glas was a criminal and he accused Mexico of lying.")


def test_a_headline_clause_before_a_semicolon_stands_beside_the_next():
    text = "India accuses Pakistan of backing militants; Islamabad denies allegations"
    doc, words = parsed(text)
    assert model_only(text)[words["accuses"].i].dep_ == "ccomp"  # the misreading this mends
    assert words["accuses"].dep_ == "parataxis"


def test_a_verb_joined_to_a_reported_progressive_is_joined_to_the_saying():
    text = ("Iranian Foreign Minister Abbas Araghchi said the United States was taking \"a gamble it will certainly "
            "regret\" and warned that Tehran would answer with \"fiercer military counteraction\" if Washington kept "
            "strengthening its commitments.")
    doc, words = parsed(text)
    assert before_repairs(text)[words["warned"].i].head.text == "taking"  # the misreading this mends
    assert words["warned"].head == words["said"]
    assert unchanged("Chinese Foreign Minister Wang Yi said the United States was playing \"a dangerous game it will "
                     "regret\" and warned that Beijing would respond if Washington kept arming Taiwan.")


def test_the_subject_of_a_for_to_clause_is_the_object_of_for():
    text = "German Chancellor Olaf Scholz called for Russia to withdraw its troops."
    doc, words = parsed(text)
    assert before_repairs(text)[words["for"].i].dep_ == "mark"  # the reading this mends
    assert words["for"].head == words["called"] and words["for"].dep_ == "prep"
    assert words["Russia"].head == words["for"] and words["Russia"].dep_ == "pobj"


def test_a_for_phrase_with_its_own_object_is_left_alone():
    assert unchanged("Scholz called for talks to resume.")


def test_a_subordinate_clause_read_as_a_phrase_gets_its_subject():
    text = ("Relations had soured since Marco Rubio and Jake Sullivan struck a deal with Chinese Vice Premier Liu He in "
            "Geneva last month.")
    doc, words = parsed(text)
    assert before_repairs(text)[words["Rubio"].i].dep_ == "pobj"  # the misreading this mends
    assert words["Rubio"].head == words["struck"] and words["Rubio"].dep_ == "nsubj"
    assert words["since"].dep_ == "mark"


def test_the_verb_of_a_that_clause_read_as_a_noun_is_the_verb():
    text = ("Vietnam's foreign ministry said on Friday that Beijing had \"repeatedly promised\" to respect its waters, "
            "and demanded that the Philippines honour that pledge and stop sending ships to the reef.")
    doc, words = parsed(text)
    assert before_repairs(text)[words["honour"].i].pos_ == "NOUN"  # the misreading this mends
    assert words["honour"].pos_ == "VERB"
    assert words["Philippines"].head == words["honour"] and words["Philippines"].dep_ == "nsubj"


def test_a_word_of_a_name_read_as_a_verb_is_part_of_the_name():
    text = "The U.S. Treasury sanctioned Zhongxing Sky Trading Co, along with two of its executives."
    doc, words = parsed(text)
    assert before_repairs(text)[words["Zhongxing"].i].pos_ == "VERB"  # the misreading this mends
    assert words["Zhongxing"].head == words["Co"] and words["Zhongxing"].dep_ == "compound"
    assert words["Co"].head == words["sanctioned"] and words["Co"].dep_ == "dobj"


def test_a_plural_noun_read_as_a_verb_is_a_noun():
    text = ("Ethiopia's foreign minister, Taye Atske Selassie, dismissed the US remarks as \"unwarranted\", saying the "
            "presence of Ethiopian troops was a matter of national security.")
    doc, words = parsed(text)
    assert before_repairs(text)[words["remarks"].i].pos_ == "VERB"  # the misreading this mends
    assert words["remarks"].pos_ == "NOUN" and words["remarks"].head == words["dismissed"]


def test_a_perfect_verb_joined_to_a_reported_clause_is_joined_to_the_reporting_verb():
    text = "Pretoria has denied that the law permits seizures and has accused Washington of spreading misinformation."
    doc, words = parsed(text)
    assert before_repairs(text)[words["accused"].i].head.text == "permits"  # the misreading this mends
    assert words["accused"].head == words["denied"]


def test_a_past_verb_joined_to_a_reported_modal_is_joined_to_the_saying():
    text = ("Venezuelan Foreign Minister Yvan Gil said on Sunday the president would travel to the island \"to defend "
            "the truth of Venezuela\", and accused Guyana of handing out concessions.")
    doc, words = parsed(text)
    assert before_repairs(text)[words["accused"].i].head.text == "travel"  # the misreading this mends
    assert words["accused"].head == words["said"]


def test_a_subject_hung_on_a_participle_aside_is_the_main_verbs():
    text = "Javier Milei, addressing a rally in Madrid on Sunday, accused Pedro Sanchez of corruption."
    doc, words = parsed(text)
    assert before_repairs(text)[words["addressing"].i].dep_ == "ROOT"  # the misreading this mends
    assert words["accused"].dep_ == "ROOT" and words["Milei"].head == words["accused"]
    assert words["addressing"].head == words["accused"]


def test_a_title_read_as_a_second_subject_is_a_title_on_the_name():
    text = ("The bloc's foreign policy chief Josep Borrell accused Lukashenko's government of using migrants as a "
            "\"hybrid weapon\".")
    doc, words = parsed(text)
    assert before_repairs(text)[words["chief"].i].dep_ == "nsubj"  # the misreading this mends
    assert words["chief"].head == words["Borrell"] and words["Borrell"].head == words["accused"]


def test_a_relative_that_is_a_relative_pronoun():
    text = ("In a joint statement, the two governments said they would not apply the \"illegal, illegitimate and "
            "inhumane\" sanctions that the Economic Community of West African States (ECOWAS) imposed on Niger on Sunday.")
    doc, words = parsed(text)
    assert before_repairs(text)[words["that"].i].tag_ != "WDT"  # the misreading this mends
    assert words["that"].tag_ == "WDT"


def test_a_day_read_as_the_object_of_a_saying_lets_the_clause_be_reported():
    text = "Japan sanctioned Russia on Friday. Canada announced the same day that it had sanctioned Belarus."
    doc, words = parsed(text)
    assert before_repairs(text)[words["Belarus"].i - 1].dep_ == "relcl"  # the misreading this mends
    said, sanctioned = words["announced"], words["Belarus"].head
    assert sanctioned.head == said and sanctioned.dep_ == "ccomp"
    assert words["day"].head == said and words["that"].dep_ == "mark"


def test_an_infinitive_after_a_plan_noun_hangs_on_the_noun():
    text = "Germany launched the process to restore EU sanctions on Belarus."
    doc, words = parsed(text)
    assert before_repairs(text)[words["restore"].i].head.text == "launched"  # the misreading this mends
    assert words["restore"].head == words["process"] and words["restore"].dep_ == "acl"


def test_titled_names_with_owners_in_a_list_are_conjuncts():
    text = ("Mali's Colonel Assimi Goita, Niger's General Abdourahamane Tiani and Burkina Faso's Captain Ibrahim Traore "
            "met in Bamako on Friday.")
    doc, words = parsed(text)
    before = before_repairs(text)
    assert before[words["Traore"].i].dep_ == "appos" and before[words["Faso"].i].dep_ == "conj"  # the misreading
    assert {words["Tiani"].head.text, words["Traore"].head.text} <= {"Goita", "Tiani"}
    assert words["Tiani"].dep_ == words["Traore"].dep_ == "conj"
    assert words["Faso"].head == words["Traore"] and words["Faso"].dep_ == "poss"


def test_a_sentence_whose_mended_parse_is_no_tree_keeps_the_models(monkeypatch):
    import graph.parse_repair as repair

    def looping(doc):  # a repair gone wrong: two words that hang on each other
        doc[0].head, doc[1].head = doc[1], doc[0]

    text = "Biden met Xi in Bali."
    monkeypatch.setattr(repair, "_repair", looping)
    doc = repair.repair_parse(before_repairs(text))
    model = before_repairs(text)
    assert [(t.head.i, t.dep_) for t in doc] == [(t.head.i, t.dep_) for t in model]


def test_a_past_verb_joined_to_a_reported_past_perfect_is_joined_to_the_saying():
    text = "Mao Ning said on Tuesday that the Chinese coast guard had acted lawfully and blamed Manila for the clash."
    doc, words = parsed(text)
    assert before_repairs(text)[words["blamed"].i].head.text == "acted"  # the misreading this mends
    assert words["blamed"].head == words["said"]


def test_a_person_named_with_a_word_read_as_a_preposition_is_one_name():
    text = "Putin flew to Hanoi overnight and held talks there on Thursday with President To Lam."
    doc, words = parsed(text)
    assert model_only(text)[words["To"].i].pos_ == "ADP"  # the misreading this mends
    assert words["To"].pos_ == "PROPN" and words["To"].lemma_ == "To"
    assert words["Lam"].head.i == words["To"].i or words["To"].head.i == words["Lam"].i


def test_a_co_prefix_stays_on_its_verb_with_the_verbs_lemma():
    doc, words = parsed("Wang Yi co-hosted a meeting in Suva, and Saudi Arabia co-chaired the talks.")
    assert words["co-hosted"].lemma_ == "co-host" and words["co-hosted"].pos_ == "VERB"
    assert words["co-chaired"].lemma_ == "co-chair"


def test_names_after_a_plural_noun_are_its_apposition():
    text = ("Yoko Kamikawa and Minoru Kihara held talks in Manila with their Philippine counterparts, Enrique Manalo "
            "and Gilberto Teodoro.")
    doc, words = parsed(text)
    assert before_repairs(text)[words["Manalo"].i].head.text == "held"  # the misreading this mends
    assert words["Manalo"].head == words["counterparts"] and words["Manalo"].dep_ == "appos"


def test_the_one_helped_to_do_something_is_the_object_of_help():
    text = "Putin said Russia would help North Korea build satellites."
    doc, words = parsed(text)
    assert before_repairs(text)[words["Korea"].i].dep_ == "nsubj"  # the misreading this mends
    assert words["Korea"].head == words["help"] and words["Korea"].dep_ == "dobj"
    assert words["build"].head == words["help"] and words["build"].dep_ == "xcomp"


def test_what_a_free_relative_names_is_the_object():
    text = "India struck what it called terrorist infrastructure in Pakistan early on Wednesday."
    doc, words = parsed(text)
    assert not any(t.dep_ == "dobj" and t.head.text == "struck" for t in before_repairs(text))  # the misreading
    assert words["infrastructure"].head == words["struck"] and words["infrastructure"].dep_ == "dobj"
    assert words["in"].head == words["infrastructure"]


def test_a_past_verb_joined_to_a_reported_clause_about_a_thing_is_the_speakers():
    text = "Kurti said the ball was now in Serbia's court and called on Belgrade to sign."
    doc, words = parsed(text)
    assert before_repairs(text)[words["called"].i].head.text == "was"  # the misreading this mends
    assert words["called"].head == words["said"]
    kept = "Biden said the army was ready and called on Putin to talk."  # an army may call
    assert parsed(kept)[1]["called"].head.text == before_repairs(kept)[parsed(kept)[1]["called"].i].head.text


def test_a_participle_on_the_subject_is_no_subject():
    text = ("West African leaders meeting in Abuja on Saturday appealed to the juntas in Mali, Burkina Faso and Niger "
            "to reconsider their decision.")
    doc, words = parsed(text)
    assert before_repairs(text)[words["meeting"].i].dep_ == "nsubj"  # the misreading this mends
    assert words["leaders"].head == words["appealed"] and words["meeting"].head == words["leaders"]


def test_a_main_verb_read_as_a_participle_on_its_subject():
    text = ("In a joint statement, the bloc called on Bamako to engage directly with the rebels and other armed groups, "
            "and urged the junta to observe an immediate ceasefire.")
    doc, words = parsed(text)
    model = before_repairs(text)
    assert model[words["called"].i].dep_ == "acl" and model[words["and"].i].head.i == words["bloc"].i  # misread
    assert words["called"].dep_ == "ROOT" and words["bloc"].head == words["called"]
    assert words["urged"].dep_ == "conj" and words["urged"].head == words["called"]
    assert words["and"].head == words["called"] and words["In"].head == words["called"]


def test_a_participle_on_a_subject_with_a_real_conjunct_stays():
    text = "The sanctions imposed on Moscow and the tariffs announced on Friday hurt exporters."
    assert unchanged(text)


def test_a_closing_participle_of_saying_belongs_to_the_speaker():
    text = ("The prime minister told parliament that the agreement would not allow China to open a naval base on the "
            "islands, rejecting concerns voiced by Canberra.")
    doc, words = parsed(text)
    assert before_repairs(text)[words["rejecting"].i].head.text == "open"  # the misreading this mends
    assert words["rejecting"].head == words["told"]


def test_a_closing_participle_on_the_reported_verb_stays_there():
    text = ("The Elysee said Macron had held a phone call with the crown prince late on Wednesday, urging him to use "
            "his influence.")
    assert parsed(text)[1]["urging"].head.text == "held"


def test_claims_read_as_a_verb_with_its_clause():
    text = "Beijing rejected U.S. claims that the airship was a spy craft."
    doc, words = parsed(text)
    assert before_repairs(text)[words["claims"].i].tag_ == "VBZ"  # the misreading this mends
    assert words["claims"].tag_ == "NNS" and words["U.S."].dep_ == "compound"
    assert words["was"].dep_ == "acl" and words["was"].head == words["claims"]


def test_an_object_after_a_quoted_as_phrase():
    text = "The foreign minister rejected as 'ugly propaganda' U.S. claims that Tehran had sent missiles to Russia."
    doc, words = parsed(text)
    assert before_repairs(text)[words["claims"].i].dep_ == "pobj"  # the misreading this mends
    assert words["claims"].dep_ == "dobj" and words["claims"].head == words["rejected"]
    assert words["propaganda"].head == words["as"]


def test_a_participle_before_a_name_is_its_modifier():
    text = "Putin told visiting Indian Prime Minister Narendra Modi on Monday that Moscow valued its ties with India."
    doc, words = parsed(text)
    assert before_repairs(text)[words["visiting"].i].dep_ == "xcomp"  # the misreading this mends
    assert words["Modi"].head == words["told"] and words["Modi"].dep_ == "dobj"
    assert words["visiting"].head == words["Modi"] and words["valued"].head == words["told"]


def test_a_gerund_after_a_denial_stays_its_complement():
    text = "Rwanda on Saturday denied sending troops into eastern Congo."
    assert parsed(text)[1]["sending"].head.text == "denied"


def test_a_verb_joined_to_a_reported_there_is_the_speakers():
    text = ("The prime minister said on Monday there were credible allegations linking Indian agents to the killing, "
            "and demanded that New Delhi cooperate with the investigation.")
    doc, words = parsed(text)
    assert before_repairs(text)[words["demanded"].i].head.text == "were"  # the misreading this mends
    assert words["demanded"].head == words["said"]


def test_a_verb_of_saying_read_as_a_clause_on_its_subject():
    text = "Armenia's foreign minister charged on Monday that Azerbaijani troops had crossed into its territory."
    doc, words = parsed(text)
    model = before_repairs(text)
    assert model[words["minister"].i].dep_ == "ROOT" and model[words["charged"].i].dep_ == "acl"  # misread
    assert words["charged"].dep_ == "ROOT" and words["minister"].head == words["charged"]
    assert words["crossed"].dep_ == "ccomp" and words["crossed"].head == words["charged"]


@pytest.mark.parametrize("text", [
    "Israeli jets struck what the army described as weapons depots in southern Lebanon.",
    "Turkish drones struck what Ankara said were militant hideouts in northern Iraq.",
])
def test_a_free_relative_with_as_or_said_was(text):
    doc, words = parsed(text)
    obj = next(t for t in doc if t.dep_ == "dobj" and t.head == words["struck"])
    assert obj.text in {"depots", "hideouts"}
    assert before_repairs(text)[obj.i].dep_ != "dobj"  # the misreading this mends


def test_an_infinitive_joined_to_a_gerund_is_joined_to_the_infinitive():
    text = "In a joint declaration, they pledged to refrain from escalating the conflict and to meet again in Brazil."
    doc, words = parsed(text)
    assert before_repairs(text)[words["meet"].i].head.text == "escalating"  # the misreading this mends
    assert words["meet"].head == words["refrain"] and words["meet"].dep_ == "conj"


@pytest.mark.parametrize("text", [
    "Carney told Trump on Tuesday that Canada 'won't be for sale, ever', brushing aside the president's repeated "
    "talk of making it the 51st U.S. state.",  # "aside" a preposition without an object, "talk" the verb's
    "Carney told Trump in the Oval Office on Tuesday that Canada would never be for sale, brushing aside the "
    "president's talk of annexation.",
])
def test_a_phrasal_particle_read_as_a_preposition(text):
    doc, words = parsed(text)
    assert before_repairs(text)[words["aside"].i].dep_ == "prep"  # the misreading this mends
    assert words["aside"].dep_ == "prt" and words["talk"].dep_ == "dobj" and words["talk"].head == words["brushing"]


def test_an_infinitive_hung_on_the_participle_of_its_object():
    text = "The bloc also called on the junta to free deposed President Mohamed Bazoum and said its sanctions would stay."
    doc, words = parsed(text)
    assert before_repairs(text)[words["free"].i].head.text == "deposed"  # the misreading this mends
    assert words["free"].head == words["called"] and words["Bazoum"].head == words["free"]
    assert words["Bazoum"].dep_ == "dobj"


def test_a_name_after_a_joined_title_is_the_conjunct():
    text = ("Philippine Foreign Undersecretary Maria Theresa Lazaro and Chinese Vice Foreign Minister Sun Weidong are "
            "due to hold talks in Manila on July 2.")
    doc, words = parsed(text)
    model = before_repairs(text)
    assert model[words["Weidong"].i].dep_ == "appos" and model[words["Minister"].i].dep_ == "conj"  # the misreading
    assert words["Weidong"].dep_ == "conj" and words["Weidong"].head == words["Lazaro"]
    assert words["Minister"].head == words["Weidong"] and words["Minister"].dep_ == "compound"


def test_a_particle_read_as_a_modifier_of_a_number():
    text = "China handed over 200,000 doses of its Sinopharm vaccine to Zimbabwe on Monday."
    doc, words = parsed(text)
    assert before_repairs(text)[words["over"].i].dep_ == "quantmod"  # the misreading this mends
    assert words["over"].dep_ == "prt" and words["over"].head == words["handed"]


@pytest.mark.parametrize("text,obj", [
    ('Sheinbaum dismissed as "slander" the White House\'s claim that her government had ties to cartels.', "claim"),
    ('China rejected as "groundless" accusations by the United States that it was behind the hack.', "accusations"),
])
def test_an_object_after_a_quoted_as_phrase(text, obj):
    doc, words = parsed(text)
    assert before_repairs(text)[words[obj].i].dep_ == "pobj"  # the misreading this mends
    assert words[obj].dep_ == "dobj" and words[obj].head.lemma_ in {"dismiss", "reject"}


def test_a_plural_noun_read_as_a_verb_that_is_a_subject():
    text = ('Iranian Foreign Minister Abbas Araqchi warned on Sunday that U.S. strikes on three Iranian nuclear sites '
            'overnight would have "everlasting consequences".')
    doc, words = parsed(text)
    assert before_repairs(text)[words["strikes"].i].tag_ == "VBZ"  # the misreading this mends
    assert words["strikes"].tag_ == "NNS" and words["U.S."].dep_ == "compound"


def test_two_clauses_joined_by_and_read_as_one_verb_with_a_clause():
    text = ("Thai F-16 jets struck Cambodian military targets and Cambodian rockets hit a petrol station in Thailand's "
            "Sisaket province.")
    doc, words = parsed(text)
    model = before_repairs(text)
    assert model[words["targets"].i].dep_ == "nsubj" and model[words["hit"].i].dep_ == "ccomp"  # the misreading
    assert words["targets"].dep_ == "dobj" and words["targets"].head == words["struck"]
    assert words["rockets"].dep_ == "nsubj" and words["hit"].dep_ == "conj" and words["hit"].head == words["struck"]


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto appealed on Sunday to Sudan's army chief Abdel Fattah al-Burhan and paramilitary "
    "commander Mohamed Hamdan Dagalo to stop the fighting.",  # "Dagalo" the subject of "to stop"
    "Kenyan President William Ruto appealed on Sunday to Sudan's army chief Abdel Fattah al-Burhan and paramilitary "
    "commander Mohamed Hamdan Dagalo to stop the fighting that has killed scores of civilians in Khartoum.",
])  # (in the second "Dagalo" is joined to "appealed" itself)
def test_the_second_of_two_people_asked(text):
    doc, words = parsed(text)
    model = before_repairs(text)
    assert model[words["Dagalo"].i].head.text in {"stop", "appealed"}  # the misreading this mends
    assert words["Dagalo"].dep_ == "conj" and words["Dagalo"].head == words["chief"]


def test_a_verb_joined_to_a_reported_passive_about_a_thing_is_the_speakers():
    text = ("Trump said the boat was operated by Tren de Aragua, a Venezuelan gang, and accused President Nicolas Maduro "
            "of controlling the group.")
    doc, words = parsed(text)
    assert before_repairs(text)[words["accused"].i].head.text == "operated"  # the misreading this mends
    assert words["accused"].head == words["said"] and words["accused"].dep_ == "conj"


def test_a_noun_read_as_the_verb_of_a_time_clause():
    text = ("Hours after the U.S. strikes on Iran's Fordow, Natanz and Isfahan nuclear sites, Foreign Minister Abbas "
            "Araghchi said on Sunday that Tehran reserved all options.")
    doc, words = parsed(text)
    model = before_repairs(text)
    assert model[words["strikes"].i].dep_ == "advcl" and model[words["U.S."].i].dep_ == "nsubj"  # the misreading
    assert words["strikes"].dep_ == "pobj" and words["strikes"].head == words["after"]
    assert words["after"].dep_ == "prep" and words["U.S."].dep_ == "compound"
    assert words["Hours"].head == words["after"]


def test_a_charge_hung_on_the_accused_is_the_verbs():
    text = "The RSF has accused the army of bombing civilian areas."
    doc, words = parsed(text)
    assert before_repairs(text)[words["of"].i].head.text == "army"  # the misreading this mends
    assert words["of"].head == words["accused"]


def test_the_body_whose_head_is_named_keeps_its_of_phrase():
    doc, words = parsed("Iran accused the head of the IAEA of bias.")
    assert doc[4].text == "of" and doc[4].head == words["head"]  # "of the IAEA" names whose head


def test_a_name_read_as_the_object_before_its_verb_is_a_modifier_of_the_subject():
    text = "ECOWAS Commission President Omar Touray told the summit that the region faced disintegration."
    doc, words = parsed(text)
    assert before_repairs(text)[words["ECOWAS"].i].dep_ == "dative"  # the misreading this mends
    assert words["ECOWAS"].dep_ == "compound" and words["ECOWAS"].head == words["Commission"]


def test_the_object_of_a_verb_taken_through_a_preposition():
    text = "North Korea scoffed at U.S. claims."
    doc, words = parsed(text)
    assert before_repairs(text)[words["claims"].i].dep_ == "pobj"  # mended as a phrasal verb of the lexicon
    assert words["claims"].dep_ == "dobj" and words["claims"].head == words["scoffed"] and words["at"].dep_ == "prt"


def test_a_name_read_as_a_conjunct_before_the_next_one_modifies_it():
    text = "Borrell met Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti separately."
    doc, words = parsed(text)
    assert before_repairs(text)[words["Kosovo"].i].dep_ == "conj"  # the misreading this mends
    assert words["Kosovo"].dep_ == "compound" and words["Kosovo"].head == words["Prime"]
    assert words["Kurti"].dep_ == "conj" and words["Kurti"].head == words["Vucic"]


def test_a_list_of_two_names_joined_by_and_is_left_alone():
    doc, words = parsed("Borrell met Aleksandar Vucic and Albin Kurti in Brussels.")
    assert words["Kurti"].dep_ == "conj" and words["Kurti"].head == words["Vucic"]
