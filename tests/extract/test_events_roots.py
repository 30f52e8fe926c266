"""One real sentence per CAMEO root kg codes, with its actors.

Each row is a sentence from shared/corpora/news.jsonl (record id given) or
a gold article, the entity layer for it given by hand (surface forms of each
person, state and organisation), the CAMEO root expected and participants
that must be among the event's. The sentence is checked to be in its record.
"""

from __future__ import annotations

import pytest

from tests.conftest import GOLD, corpus_record
from tests.extract.events_support import coded_event

P, S, ORG = "people", "states", "orgs"

ROOTS = [
    # (record, sentence, entity layer, root, participants, published)
    ("isot-0832", "Later, he was to visit Pearl Harbor and the USS Arizona memorial for the "
     "U.S. sailors killed when Japan bombed the American naval base on Dec. 7, 1941.",
     {S: {"JP": ["Japan"], "US": ["U.S.", "American"]}}, "19", {"JP", "US"}, "2017-11-03"),
    ("g5w-gold-921a73cf9c9293238dfb7460", "A spokesman for the German special forces command "
     "at its headquarters in Potsdam, Germany, said that Afghan police forces responded and "
     "fought with Taliban attackers soon after the initial bombing outside the consulate.",
     {S: {"AF": ["Afghan"], "DE": ["German", "Germany"]}, ORG: {"Taliban": ["Taliban"]}},
     "19", {"AF", "Taliban"}, "2016-11-10"),
    ("bbc-politics-064", "The internationally recognised southern part of Cyprus is an EU "
     "member, but Turkey, which occupies northern Cyprus, had previously insisted it would not "
     "bow to demands to recognise the country, calling the issue a \"red line\".",
     {S: {"TR": ["Turkey"], "CY": ["Cyprus"]}, ORG: {"European Union": ["EU"]}},
     "19", {"TR", "CY"}, None),
    ("bbc-politics-188", "Gen Musharraf held talks with Tony Blair on Monday.",
     {P: {"Pervez Musharraf": ["Musharraf"], "Tony Blair": ["Tony Blair"]}},
     "04", {"Pervez Musharraf", "Tony Blair"}, None),
    ("g5w-gold-09d729c0013e096cf6ed1b13", "The White House said that Pence met with Vice "
     "President Biden in the afternoon.",
     {P: {"Mike Pence": ["Pence"], "Joe Biden": ["Biden"]}, S: {"US": ["The White House"]}},
     "04", {"Mike Pence", "Joe Biden"}, "2016-11-10"),
    ("isot-0129", "U.S. Energy Secretary Rick Perry visited Saudi Arabia last week, telling "
     "Reuters then that new talks between the two allies on a 123 agreement would start soon.",
     {P: {"Rick Perry": ["Rick Perry"]}, S: {"US": ["U.S."], "SA": ["Saudi Arabia"]},
      ORG: {"Reuters": ["Reuters"]}}, "04", {"Rick Perry", "SA"}, "2017-12-15"),
    ("aeb-c90731f051d033e4", "In the morning, Democratic lawmakers grilled Lt Col Alexander "
     "Vindman, a Ukraine specialist on the National Security Council (NSC), and Jennifer "
     "Williams, a top national security aide to Vice President Pence on Trump's July 25 phone "
     "call with Ukrainian President Zelensky.",
     {P: {"Donald Trump": ["Trump"], "Volodymyr Zelensky": ["Zelensky"],
          "Alexander Vindman": ["Alexander Vindman"], "Mike Pence": ["Pence"]},
      S: {"UA": ["Ukraine", "Ukrainian"]}},
     "04", {"Donald Trump", "Volodymyr Zelensky"}, "2019-11-20"),
    ("g5w-cluster-a124707a5aa22b683f5a2b4a", "The Security Council earlier this month "
     "unanimously imposed new sanctions on North Korea after it staged two long-range missile "
     "launches in July.",
     {S: {"KP": ["North Korea"]}, ORG: {"U.N. Security Council": ["Security Council"]}},
     "16", {"KP"}, "2017-08-30"),
    ("g5w-cluster-36549ab743dc4ee795d71fd6", "The man, who told a witness that he, too, had "
     "been kidnapped by Boko Haram, was detained by Nigeria's military.",
     {S: {"NG": ["Nigeria"]}, ORG: {"Boko Haram": ["Boko Haram"]}}, "17", {"NG"}, "2016-10-13"),
    ("isot-0818", "A man has been arrested for assaulting U.S. Senator Rand Paul at his "
     "Kentucky home on Friday and causing a “minor injury,” the state police said.",
     {P: {"Rand Paul": ["Rand Paul"]}, S: {"US": ["U.S."]}}, "18", {"Rand Paul"},
     "2017-11-04"),
    ("g5w-cluster-a386e5ed27e0877454b373d6", "The United Nations welcomes the released of 82 "
     "Nigerian Chibok schoolgirls that were kidnapped by the extremist group Boko Haram in "
     "2014, said a spokesperson here on Monday.",
     {S: {"NG": ["Nigerian"]}, ORG: {"Boko Haram": ["Boko Haram"],
                                   "United Nations": ["United Nations"]}},
     "18", {"NG", "Boko Haram"}, "2017-05-09"),
    ("g5w-cluster-587140c4f72aa485eabeec31", "North Korea has fired a ballistic missile, "
     "which reportedly passed through Japan’s airspace near Hokkaido, triggering a public "
     "alert.", {S: {"KP": ["North Korea"], "JP": ["Japan"]}}, "15", {"KP"}, "2017-11-26"),
    ("isot-0550", "The United States on Wednesday called the Myanmar military operation "
     "against the Rohingya population “ethnic cleansing” and threatened targeted sanctions "
     "against those responsible for what it called “horrendous atrocities.”",
     {S: {"US": ["The United States"], "MM": ["Myanmar"]}}, "13", {"US"}, "2017-11-22"),
    ("isot-0351", "In hopes of stemming this migration, former President Barack Obama’s "
     "administration in 2015 came up with a plan that included sending hundreds of millions "
     "of dollars in additional aid to Honduras, Guatemala and El Salvador.",
     {P: {"Barack Obama": ["Barack Obama"]},
      S: {"HN": ["Honduras"], "GT": ["Guatemala"], "SV": ["El Salvador"]}},
     "07", {"HN", "GT", "SV"}, "2017-12-04"),
    ("g5w-gold-09d729c0013e096cf6ed1b13", "Obama had denounced Trump as \"temperamentally "
     "unfit\" for the White House during a long and brutal campaign.",
     {P: {"Barack Obama": ["Obama"], "Donald Trump": ["Trump"]}, S: {"US": ["White House"]}},
     "11", {"Barack Obama", "Donald Trump"}, "2016-11-10"),
    ("aeb-624fcd903d56fc70", "China’s ambassador to Britain accused the UK and the US of "
     "meddling in the country’s affairs and warned that the Chinese government “will not sit "
     "on our hands” if the Hong Kong situation “becomes uncontrollable”.",
     {S: {"CN": ["China", "Chinese"], "GB": ["Britain", "UK"], "US": ["US"]}},
     "11", {"CN", "GB", "US"}, "2019-11-19"),
    ("r21578-11487", "Reagan and Chirac meanwhile signed an agreement ending a dispute between "
     "two leading research institutes over patent rights to a blood screening test for the "
     "deadly disease AIDS.",
     {P: {"Ronald Reagan": ["Reagan"], "Jacques Chirac": ["Chirac"]}},
     "05", {"Ronald Reagan", "Jacques Chirac"}, "1987-03-31"),
    ("g5w-cluster-872c4e597a458ce076ff1015", "For eight years, villagers along with Israeli "
     "and foreign activists have protested weekly against Israeli policies in the West Bank.",
     {S: {"IL": ["Israeli"], "PS": ["West Bank"]}}, "14", {"IL"}, "2018-01-01"),
    ("bbc-politics-100", "Mr Mubanga and the three other freed British detainees were released "
     "without charge by UK police on their return from Cuba.",
     {P: {"Martin Mubanga": ["Mubanga"]}, S: {"GB": ["British", "UK"], "CU": ["Cuba"]}},
     "08", {"Martin Mubanga"}, None),
    ("isot-0859", "Two days earlier, Russia vetoed a renewal of the JIM mandate after it was "
     "unsuccessful in getting the Security Council to postpone the vote.",
     {S: {"RU": ["Russia"]}, ORG: {"U.N. Security Council": ["Security Council"]}},
     "12", {"RU"}, "2017-11-03"),
    ("isot-0242", "The House Ethics Committee said on Thursday it was investigating "
     "Farenthold, 55, over allegations of sexual harassment, discrimination and retaliation "
     "involving a former female staff member.",
     {P: {"Blake Farenthold": ["Farenthold"]}, ORG: {"House Ethics Committee":
                                                   ["House Ethics Committee"]}},
     "09", {"Blake Farenthold"}, "2017-12-08"),
    ("g5w-cluster-36549ab743dc4ee795d71fd6", "Amina Ali told CNN in August that she was held "
     "hostage by Boko Haram for more than two years, and was married off a year into her "
     "ordeal.", {P: {"Amina Ali": ["Amina Ali"]}, ORG: {"Boko Haram": ["Boko Haram"],
                                                     "CNN": ["CNN"]}},
     "18", {"Amina Ali", "Boko Haram"}, "2016-10-13"),
    ("r21578-1746", "The official said Reagan would tell the public what he is doing to set "
     "things right in the wake of last week's scorching Tower commission report on the "
     "origins of the scandal.",
     {P: {"Ronald Reagan": ["Reagan"], "John Tower": ["Tower"]}},
     "09", {"John Tower"}, "1987-03-04"),
    ("straw-china-arms (gold)", "The 15 year embargo was imposed in the aftermath of China's "
     "crackdown on protesters in Tiananmen Square in 1989.",
     {S: {"CN": ["China"]}}, "17", {"CN"}, None),
    # round 4: attacking plans is criticism (111), not a military attack
    ("bbc-politics-375", "UK Independence Party leader Roger Knapman attacked the plans for "
     "pensioners saying they needed \"more money and the dignity of being allowed to spend it "
     "how they want,\" not \"free bus rides\".",
     {P: {"Roger Knapman": ["Roger Knapman"]}, S: {"GB": ["UK"]}}, "11", {"Roger Knapman"},
     None),
    # round 4: MPs with no state of their own are the story's home state's
    ("bbc-politics-168", "MPs criticised Home Secretary David Blunkett last year for "
     "introducing last-minute rules allowing reduced sentences for murderers who pleaded "
     "guilty.", {P: {"David Blunkett": ["David Blunkett"]}}, "11", {"GB", "David Blunkett"},
     None),
    # round 4: blocking a platform (172), a demand (10), warning of
    # retaliation (13), a truck attack (18)
    ("g5w-cluster-26c06dca71d6f3c4e092f913", "Iran, for instance, blocked the use of Telegram "
     "after the escalation of anti-government protests over jobs and alleged corruption.",
     {S: {"IR": ["Iran"]}, ORG: {"Telegram": ["Telegram"]}}, "17", {"IR"}, "2018-02-01"),
    ("isot-0603", "McCain joined Warren in demanding a direct answer and warned  Rood that "
     "otherwise, he was “going to have trouble getting through this committee.”",
     {P: {"John McCain": ["McCain"], "Elizabeth Warren": ["Warren"]}}, "10", {"John McCain"},
     "2017-11-16"),
    ("g5w-cluster-bad7d665ca0946c864c36efb", "Over the past week, North Korea had been warning "
     "about \"retaliation\" for these sanctions in its state media.",
     {S: {"KP": ["North Korea"]}}, "13", {"KP"}, "2017-09-14"),
    ("isot-0895", "President Donald Trump on Thursday eased off his earlier call to send the "
     "suspect in this week’s truck attack in New York City to the military prison in "
     "Guantanamo Bay, but stood by his comments that the alleged attacker should get the death "
     "penalty.", {P: {"Donald Trump": ["Donald Trump"]}}, "18", {"US"}, "2017-11-02"),
]

PERSON_STATES = {"Tony Blair": ("GB",), "Pervez Musharraf": ("PK",), "Mike Pence": ("US",),
                 "Joe Biden": ("US",), "Donald Trump": ("US",), "Volodymyr Zelensky": ("UA",),
                 "Ronald Reagan": ("US",), "Jacques Chirac": ("FR",), "Rick Perry": ("US",),
                 "Blake Farenthold": ("US",), "Rand Paul": ("US",), "Barack Obama": ("US",),
                 "Martin Mubanga": ("GB",), "Amina Ali": ("NG",), "John Tower": ("US",),
                 "John McCain": ("US",), "Elizabeth Warren": ("US",),
                 "David Blunkett": ("GB",), "Roger Knapman": ("GB",)}


def _in_record(record_id: str, sentence: str) -> bool:
    if record_id.endswith("(gold)"):
        text = (GOLD / f"{record_id.split()[0]}.txt").read_text(encoding="utf-8")
    else:
        text = corpus_record(record_id)["text"]
    return " ".join(sentence.split()) in " ".join(text.split())


@pytest.mark.parametrize(("record", "sentence", "layer", "root", "participants", "published"),
                         ROOTS, ids=[f"{r[3]}-{r[0]}" for r in ROOTS])
def test_root(nlp, record, sentence, layer, root, participants, published):
    assert _in_record(record, sentence)
    event = coded_event(nlp, sentence, layer, root, participants, published, PERSON_STATES)
    assert event.pattern and event.trigger
    start, end = event.span
    assert event.trigger in sentence[start:end]


def test_every_root_of_the_table_is_distinct_enough():
    """The table covers the roots the issue names (consult, visit, sanction,
    arrest, release, attack, fight, threaten, aid) and more."""
    assert {r[3] for r in ROOTS} >= {"04", "07", "08", "11", "13", "15", "16", "17", "18", "19"}
