"""Statements on real sentences: who said what, direct or not, when and where.

Each row is a stretch of a real article (the corpus record or gold file it
comes from is cited and checked), run through the whole of kg (entities,
then statements) with the article's publication date. The row asserts what a
careful reader takes out: speaker, words, direct flag, date and medium.
"""

from __future__ import annotations

import pytest

from kg.api import extract
from tests.conftest import GOLD, corpus_record, corpus_records

# (source, published, excerpt, [(direct, text, speaker, date, medium), ...])
# ``text`` must equal the statement's text; speaker "anonymous:CC" asks for an
# anonymous speaker tied to CC.
CASES = [
    # direct quote, speaker after, platform as medium
    ("gold:prisoner-swap", "2025-05-23",
     "“A major prisoners swap was "
     "just completed between Russia and Ukraine,” Mr. Trump said on his Truth Social platform. "
     "He said it would “go into effect shortly,” although it was not clear what that meant.",
     [(True, "A major prisoners swap was just completed between Russia and Ukraine",
       "Donald Trump", "2025-05-23", "Truth Social"),
      # the same post goes on: the speaker's medium of the sentence before
      (True, "go into effect shortly", "Donald Trump", "2025-05-23", "Truth Social")]),
    # anonymous source tied to its state, agency as medium
    ("gold:prisoner-swap", "2025-05-23",
     "A senior Ukrainian official familiar with the details of the swap told The Associated "
     "Press that the exchange was ongoing Friday morning but had not finished.",
     [(False, "the exchange was ongoing Friday morning but had not finished", "anonymous:UA",
       "2025-05-23", "The Associated Press")]),
    # indirect with a date phrase, "saying" sharing its verb's date and medium
    ("gold:prisoner-swap", "2025-05-23",
     "Shamsail Saraliev, a senior Russian lawmaker and representative of the parliamentary "
     "coordination group on military operations, told the country’s RBC\xa0news agency on "
     "Thursday that it would be difficult to conduct a prisoner exchange with Ukraine "
     "involving as many as 2,000 prisoners in total in just one day, saying the process would "
     "likely be carried out over several days.",
     [(False, "it would be difficult to conduct a prisoner exchange with Ukraine involving as "
       "many as 2,000 prisoners in total in just one day", "Shamsail Saraliev", "2025-05-22",
       "RBC"),
      (False, "the process would likely be carried out over several days", "Shamsail Saraliev",
       "2025-05-22", "RBC")]),
    # speaker before a quote, outlet told
    ("corpus:g5w-cluster-23f05ed1a38ed2ba2ec67ec7", None,
     "“This is a good opportunity to offer women a place to retreat to if they feel harassed,” "
     "Berlin police spokeswoman Valeska Jakubowski told The Associated Press.",
     [(True, "This is a good opportunity to offer women a place to retreat to if they feel "
       "harassed", "Valeska Jakubowski", "2017-12-30", "The Associated Press")]),
    # a quote split by its attribution, pronoun speaker from the sentence before
    ("corpus:g5w-cluster-1f500d301693b2f58e25789a", None,
     "“The horror, the horror has, once again, hit France,” President François Hollande said "
     "in a nationally televised address early Friday. He said the “terrorist character” of the "
     "assault was undeniable, and he described the use of a large truck to deliberately kill "
     "people as “a monstrosity.”\n“France has been struck on the day of "
     "her national holiday,” he said. “Human rights are denied by fanatics, and France is "
     "clearly their target.”",
     # date not checked (...): "early Friday" in an article dated the Thursday before
     [(True, "The horror, the horror has, once again, hit France", "François Hollande", ...,
       "a televised address"),
      (True, "France has been struck on the day of her national holiday", "François Hollande",
       "2016-07-14", None),
      (True, "Human rights are denied by fanatics, and France is clearly their target.",
       "François Hollande", "2016-07-14", None)]),
    # colon format, straight marks
    ("corpus:g5w-gold-08ebc52cada9093774e3ba71", None,
     'Pal Asma Kazim said: "Dorota was full of life, caring and a funny girl. It is shocking '
     'news for us and I still can\'t believe she has gone."',
     [(True, "Dorota was full of life, caring and a funny girl. It is shocking news for us and "
       "I still can't believe she has gone.", "Asma Kazim", "2016-11-12", None)]),
    # dash format: the name after the quote, no verb
    ("corpus:aeb-851498a2b9f4f0b5", None,
     "“Had he taken The Dragon Waiting and written a sequence of five books based in that "
     "world, with that power, he would’ve been George R.R. Martin.” — Neil Gaiman",
     [(True, "Had he taken The Dragon Waiting and written a sequence of five books based in "
       "that world, with that power, he would’ve been George R.R. Martin.", "Neil Gaiman",
       None, None)]),
    # an organisation speaking through its seat of government
    ("corpus:isot-0677", None,
     "MOSCOW (Reuters) - The Kremlin said on Sunday that inflexibility on the part of the "
     "United States was to blame for the lack of a bilateral meeting  between Russia’s "
     "President Vladimir Putin and U.S.",
     [(False, "inflexibility on the part of the United States was to blame for the lack of a "
       "bilateral meeting  between Russia’s President Vladimir Putin and U.S.", "Kremlin",
       "2017-11-12", None)]),
    # a ministry, "in a statement"
    ("corpus:g5w-cluster-2989428ad5737c66b7832be5", None,
     "“We will respond strongly based on our steadfast alliance with the United States if North "
     "Korea continues nuclear and missile provocations,” the South’s foreign ministry said in "
     "a statement.",
     [(True, "We will respond strongly based on our steadfast alliance with the United States "
       "if North Korea continues nuclear and missile provocations", "foreign ministry",
       "2017-08-28", "a statement")]),
    # "X, he said" order with a news conference
    ("corpus:isot-0168", None,
     "Smith, 59, will serve a one-year term concluding in January 2019, Governor Mark Dayton "
     "said at a news conference, and will run in a special election for the seat in November "
     "next year.",
     [(False, "Smith, 59, will serve a one-year term concluding in January 2019", "Mark Dayton",
       "2017-12-13", "a news conference")]),
    # according to
    ("gold:trump-abe-missiles", "2017-11-06",
     "Japan had a $69 billion trade surplus with the United States last year, according to "
     "the U.S. Treasury Department.",
     [(False, "Japan had a $69 billion trade surplus with the United States last year",
       "U.S. Treasury Department", None, None)]),
    # anonymous officials tied to their state; the dateline is not what was said
    ("corpus:r21578-7892", None,
     "NEW YORK, March 20 - High interest rates, sluggish global\neconomic growth and creeping "
     "protectionism are deepening the\nthird world debt crisis, senior Mexican officials said.",
     [(False, "High interest rates, sluggish global\neconomic growth and creeping protectionism "
       "are deepening the\nthird world debt crisis", "anonymous:MX", "1987-03-20", None)]),
    # "told reporters": the press it was told to is the medium (FORMAT.md "to
    # whom it was told"; the gold's "briefed reporters" -> "reporters"); a
    # quote over two sentences
    ("corpus:isot-0463", None,
     "“It’s time for us to saddle up and ride. And I’m ready to go,” Republican Senator John "
     "Kennedy of Louisiana told reporters.",
     [(True, "It’s time for us to saddle up and ride. And I’m ready to go", "John Kennedy",
       "2017-11-29", "reporters")]),
    # a verb that names its platform; colon format
    ("corpus:g5w-cluster-544db91c72dce4dbe8644c8b", None,
     'Canadian Prime Minister Justin Trudeau tweeted: "Canadians are shocked by tonight\'s attack '
     'in Nice. Our sympathy is with the victims, and our solidarity with the French people.',
     [(True, "Canadians are shocked by tonight's attack in Nice. Our sympathy is with the "
       "victims, and our solidarity with the French people.", "Justin Trudeau", "2016-07-14",
       "Twitter")]),
    # a name the entity layer may not know, after an honorific; a broadcast medium
    ("corpus:g5w-cluster-73434a97d102acbcbeaf1144", None,
     "Mr Estrosi said on TV: “The driver fired on the crowd, according to the police who "
     "killed him.”",
     [(True, "The driver fired on the crowd, according to the police who killed him.",
       "Estrosi", "2016-07-14", "TV")]),
    # the date right after the cue is the saying's, not part of the content
    ("corpus:isot-0103", None,
     "WASHINGTON (Reuters) - Republican U.S. Senator Susan Collins said on Monday she would "
     "vote for the sweeping tax overhaul her party’s leaders hope to push through Congress "
     "this week, all but ensuring its passage despite seemingly universal opposition from "
     "Democrats.",
     [(False, "she would vote for the sweeping tax overhaul her party’s leaders hope to push "
       "through Congress this week", "Susan Collins", "2017-12-18", None)]),
    # Reuters' market-comment format: an upper-case name and title before a colon
    ("corpus:isot-0708", None,
     "MICHAEL O’ROURKE, CHIEF MARKET STRATEGIST, JONESTRADING, GREENWICH, CONNECTICUT: “That "
     "was the catalyst for the recent leg down,” he said, referring to the headlines that the "
     "Senate tax proposal will delay the corp tax rate cut to 2019.",
     [(True, "That was the catalyst for the recent leg down", "Michael O’Rourke", "2017-11-09",
       None)]),
    # "(Reuters) -" is a dateline, not what was said
    ("corpus:isot-0708", None,
     "(Reuters) - U.S. Senate Republicans’ version of a tax cut bill will delay corporate rate "
     "cuts by one year to take effect in 2019, and will not include a repeal of Obamacare’s "
     "individual mandate, Republican Senate Finance Committee member Bill Cassidy said.",
     [(False, "U.S. Senate Republicans’ version of a tax cut bill will delay corporate rate cuts "
       "by one year to take effect in 2019, and will not include a repeal of Obamacare’s "
       "individual mandate", "Bill Cassidy", "2017-11-09", None)]),
    # -- speakers that generalise (eval/dev error categories, 2026-11-25) --
    # a person from an organisation is an unnamed source of its state, not the
    # organisation speaking; the organisation itself ("State Department
    # guidance ... says") stays the organisation
    ("corpus:isot-0989", None,
     "Friday’s action does not itself impose new sanctions, and determinations will be made "
     "on a case by case basis, State Department officials said.",
     [(False, "Friday’s action does not itself impose new sanctions, and determinations will be "
       "made on a case by case basis", "anonymous:US", "2017-10-27", None)]),
    ("corpus:isot-0989", None,
     "State Department guidance released on Friday says that in determining whether a "
     "transaction is “significant,” officials would weigh its impact on U.S. national security",
     [(False, "in determining whether a transaction is “significant,” officials would weigh its "
       "impact on U.S. national security", "State Department", "2017-10-27", None)]),
    # the hearers of the speaker's own relative clause are the medium
    ("corpus:isot-0989", None,
     "State Department officials, who briefed reporters on condition of anonymity, indicated "
     "the Trump administration would move carefully in imposing sanctions and dealing with "
     "issues such as U.S. allies who buy Russian-made weaponry or spare parts.",
     [(False, "the Trump administration would move carefully in imposing sanctions and dealing "
       "with issues such as U.S. allies who buy Russian-made weaponry or spare parts",
       "anonymous:US", "2017-10-27", "reporters")]),
    # a party ties unnamed lawmakers to their state
    ("corpus:isot-0989", None,
     "Both Republican and Democratic lawmakers have complained that Trump has been tardy in "
     "enforcing the law, which required the list of Russian entities be ready by Oct. 1.",
     [(False, "Trump has been tardy in enforcing the law, which required the list of Russian "
       "entities", "anonymous:US", ..., None)]),
    # an official with no state in the description: the dateline's state (a capital)
    ("corpus:r21578-21107", None,
     "    WASHINGTON, Oct 19 - President Reagan and his advisers\ndiscussed the stock market "
     "fall at a previously scheduled\n\"issues lunch\" at the White House, officials said.",
     [(False, "President Reagan and his advisers\ndiscussed the stock market fall at a "
       "previously scheduled\n\"issues lunch\" at the White House", "anonymous:US",
       "1987-10-19", None)]),
    ("corpus:r21578-2842", None,
     "    WASHINGTON, March 6 - A senior Defense Department official\nsaid he believed "
     "President Reagan has decided against an early\ndeployment of the controversial "
     "anti-missile defense system\nknown as \"Star Wars.\"",
     [(False, "he believed President Reagan has decided against an early\ndeployment of the "
       "controversial anti-missile defense system\nknown as \"Star Wars", "anonymous:US",
       "1987-03-06", None)]),
    # unnamed members of a group ("some Indian firms"), not one body
    ("corpus:bbc-business-068", None,
     "The Indian government's decision has spread good cheer in the construction sector, "
     "according to some Indian firms.",
     [(False, "The Indian government's decision has spread good cheer in the construction "
       "sector", "anonymous:IN", None, None)]),
    # "a spokesman for X, Dr Y, told": the apposition names the spokesman
    ("corpus:bbc-business-068", None,
     "A spokesman for DLF Builders, Dr Vancheshwar, told the BBC this will mean \"better "
     "offerings\" for consumers as well as builders.",
     [(False, "this will mean \"better offerings\" for consumers as well as builders",
       "Vancheshwar", None, "BBC")]),
    # a document speaks for its author
    ("corpus:bbc-business-068", None,
     "The government proposal states that foreign investment of up to 100% will be allowed on "
     "the 'automatic route' in the construction sector, on projects including housing, hotels, "
     "resorts, hospitals and educational establishments.",
     [(False, "foreign investment of up to 100% will be allowed on the 'automatic route' in the "
       "construction sector, on projects including housing, hotels, resorts, hospitals and "
       "educational establishments", "government", None, None)]),
    # a name whose last word the tagger took for a common noun
    ("corpus:bbc-tech-345", None,
     "Film studio Lions Gate entertainment has announced an initial list of 12 movies that will "
     "be on the UMD format used by the handheld.",
     [(False, "an initial list of 12 movies that will be on the UMD format used by the "
       "handheld", "Lions Gate entertainment", None, None)]),
    # the quote after the attribution's own sentence goes on with its speaker
    ("corpus:bbc-sport-502", None,
     "But Dechy is fuming that she has been implicated in the row. \"How can you be happy when "
     "you see your face on the cover page and talking about doping?\" Dechy said. \"I'm really "
     "upset about it and I think the Belgian government did a really bad job about this. \"I "
     "think we deserve an apology from the guy.",
     [(True, "I'm really upset about it and I think the Belgian government did a really bad job "
       "about this.", "Dechy", None, None)]),
    # a colon at a paragraph's end introduces the quote of the next
    ("corpus:r21578-11444", None,
     "    WASHINGTON, March 31 - Treasury Secretary James Baker told\nthe House Appropriations "
     "Committee that he believes the\npresident remains opposed to an oil import fee.\n"
     "    He said Reagan last year rejected the idea and he added:\n    \"In my personal view "
     "he is not likely to change his thinking\non that.\"",
     [(True, "In my personal view he is not likely to change his thinking\non that.",
       "James Baker", ..., None)]),
    # a description after a named speaker whose roles are unknown: that speaker
    ("corpus:bbc-politics-086", None,
     "Michael Howard has backed stem cell research, saying it is important people are not "
     "frightened of the future.\n\nThe controversial issue was a feature of the recent US "
     "presidential election, where George Bush opposed extending it. But the Tory leader argued "
     "there was a moral case for embracing science which could help victims of Alzheimer's, "
     "Parkinson's and Motor Neurone disease.",
     [(False, "there was a moral case for embracing science which could help victims of "
       "Alzheimer's, Parkinson's and Motor Neurone disease", "Michael Howard", None, None)]),
    # noun-object reports: the object or gerund is the report, however short
    ("corpus:isot-0402", None,
     "Most notably Representative John Conyers, a Michigan Democrat, is under pressure to resign "
     "in light of sexual harassment allegations, which Reuters has not verified. U.S. media have "
     "reported Conyers used public funds to settle a claim with a woman, and the ethics "
     "committee is currently investigating if he “used official resources for impermissible "
     "personal purposes.” Conyers has acknowledged settling with a former staffer over her "
     "claims of harassment, but he has denied wrongdoing.",
     [(False, "settling with a former staffer over her claims of harassment", "Conyers", ...,
       None),
      (False, "wrongdoing", "Conyers", ..., None)]),
    ("corpus:bbc-sport-039", None,
     "Jones, who won five medals at the 2000 Olympics, denies using drugs and says she will "
     "take legal action over Conte's allegations.",
     [(False, "using drugs", "Jones", None, None)]),
    # a report in a sentence set in an earlier year takes that year
    ("corpus:isot-0402", None,
     "Farenthold and Greene reached a mediated agreement in 2015 to avoid costly litigation, "
     "but the settlement’s details were confidential, according to a statement released at the "
     "time, where Farenthold denied engaging in any wrongdoing.",
     [(False, "engaging in any wrongdoing", "Farenthold", "2015", None)]),
    # ... but a year that describes the speaker is not the report's
    ("corpus:g5w-cluster-a15612a5518d8726704064a9", None,
     "Chinchilla, who was president of Costa Rica from 2010 to 2014, said on Twitter that her "
     "cousin, one of the crew members, had died in the accident.",
     [(False, "her cousin, one of the crew members, had died in the accident", "Chinchilla",
       "2017-12-31", "Twitter")]),
    # ", saying" hung on another clause: the subject of the clause before it, and its time
    ("corpus:isot-0989", None,
     "Also listed is the St. Petersburg-based Special Technology Center, which former President "
     "Barack Obama sanctioned in December, saying it played a role in Moscow’s hacking and "
     "other interference in the 2016 U.S. presidential election.",
     [(False, "it played a role in Moscow’s hacking and other interference in the 2016 U.S. "
       "presidential election", "Barack Obama", "2016-12", None)]),
    # a quote paragraph after a narrative paragraph about the last speaker
    ("corpus:bbc-sport-420", None,
     "Johnny O'Connor is determined to make a big impression when he makes his RBS Six "
     "Nations debut for Ireland against Scotland on Saturday.\n\nThe Wasps flanker replaces "
     "Denis Leamy but O'Connor knows that the Munster man will be pushing hard for a recall for "
     "the following game against England. \"It's a 'horses for courses' selection really,\" "
     "said O'Connor. \"There's a lot of competition "
     "here and I can't just drag my heels around if I don't get picked.\" It looks a definite "
     "head-to-head battle between himself and 23-year-old Leamy - three stone heavier than "
     "O'Connor - for the number seven role against the world champions. Nonetheless, all "
     "O'Connor is currently concerned about is making an impression while winning his third "
     "cap.\n\n\"Missing the Italian game was disappointing certainly, but you can't dwell on "
     "these things - it's part and parcel of rugby.",
     [(True, "Missing the Italian game was disappointing certainly, but you can't dwell on "
       "these things - it's part and parcel of rugby.", "O'Connor", None, None)]),
    # "the statement said": the body whose statement it is, and the statement
    # it said things "in" the sentence before is the medium
    ("corpus:aeb-7916ecca969ffdd8", None,
     "Two United States service members have been killed in a helicopter crash in Afghanistan, "
     "the US military said in a statement on Wednesday.\n\n\"The cause of the crash is under "
     "investigation, however preliminary reports do not indicate it was caused by enemy "
     "fire,\" the statement said.",
     [(True, "The cause of the crash is under investigation, however preliminary reports do "
       "not indicate it was caused by enemy fire", "US military", "2019-11-20",
       "a statement")]),
    # an unnamed voter is an unnamed source, not no one
    ("corpus:isot-0633", None,
     "“I’m a Republican, but Roy Moore - no way,” one voter says in the ad.",
     [(True, "I’m a Republican, but Roy Moore - no way", "voter", ..., None)]),
    # "he" after an interview running on in quotes: the last speaker, never a
    # person the quote itself names (Dudley Moore)
    ("corpus:bbc-entertainment-167", None,
     '"We wanted actors who had iconic status but that we could also deconstruct," Gervais '
     'told BBC News.\n\n"It\'s not about the zeitgeist. We wanted people who would still be '
     'around in 20 years, not just the winner of Big Brother to take part." Gervais '
     'admitted he was cautious about revealing who would be taking part until they had all '
     'signed on the dotted line. But he has met with Stiller and Jackson and they enjoyed '
     'the scripts enough to commit to it.\n\n"I didn\'t want to start revealing names until '
     'it was all sorted because people just mention people who haven\'t even been asked. "I '
     "have been linked with ridiculous stories recently such as I'm going to be in a remake "
     "of 10 taking Dudley Moore's part. I haven't been approached and I wouldn't take it "
     'anyway."\n\nHe said Stiller and Jackson would be playing "twisted" versions of '
     'themselves in Extras and that the jokes about them "would sail pretty close to the '
     'bone".',
     [(False, "Stiller and Jackson would be playing \"twisted\" versions of themselves in "
       "Extras and that the jokes about them \"would sail pretty close to the bone",
       "Gervais", None, None),
      (True, "would sail pretty close to the bone", "Gervais", None, None)]),
    # ... and named in the next sentence ("But the official, ... Richard Perle,")
    ("corpus:r21578-2842", None,
     "    WASHINGTON, March 6 - A senior Defense Department official\nsaid he believed "
     "President Reagan has decided against an early\ndeployment of the controversial "
     "anti-missile defense system\nknown as \"Star Wars.\"\n    But the official, Assistant "
     "Defense Secretary Richard\nPerle, told a luncheon Reagan could decide within a few weeks",
     [(False, "he believed President Reagan has decided against an early\ndeployment of the "
       "controversial anti-missile defense system\nknown as \"Star Wars", "Richard Perle",
       "1987-03-06", None)]),
    # a lead's description named only in the next sentence
    ("corpus:bbc-politics-003", None,
     "Plans to extend paid maternity leave beyond six months should be prominent in Labour's "
     "election manifesto, the Trade and Industry Secretary has said.\n\nPatricia Hewitt said "
     "the cost of the proposals was being evaluated",
     [(False, "Plans to extend paid maternity leave beyond six months should be prominent in "
       "Labour's election manifesto", "Patricia Hewitt", None, None)]),
    # a quote paragraph after a paragraph ending in the same speaker's quote
    ("corpus:bbc-politics-189", None,
     "Solving the conflict in the Middle East was the world's single most \"pressing political "
     "challenge\" of the present day, Mr Blair warned. The prime minister also urged Europe "
     "and the US to \"build anew their alliance\".\n\n\"All of us in positions of leadership, "
     "not just President Bush, have a responsibility to rise to this challenge. It is urgent "
     "that we do so.\"",
     [(True, "All of us in positions of leadership, not just President Bush, have a "
       "responsibility to rise to this challenge. It is urgent that we do so.", "Blair", None,
       None)]),
    # any verb a colon and a quote follow is the quote's cue
    ("corpus:g5w-cluster-2fc45aa35a85b92ff0a2a0f6", None,
     "Speaking to BBC Radio 4's Today programme, Mr Taylor continued: \"I’ve seen various "
     "estimates that between 20 and 30 percent bitcoin trading has been through South Korea at "
     "some point.",
     [(True, "I’ve seen various estimates that between 20 and 30 percent bitcoin trading has "
       "been through South Korea at some point.", "Taylor", "2018-01-31", "BBC Radio 4's Today")]),
    # negative cases: no statement at all
    # a vote on a person is not a report ("confirmed Trump's pick")
    ("corpus:isot-0312", None,
     "WASHINGTON (Reuters) - The U.S. Senate on Tuesday confirmed President Donald Trump’s "
     "choice to lead the Department of Homeland Security (DHS), a post that opened after John "
     "Kelly became Trump’s chief of staff earlier this year.", []),
    ("corpus:g5w-cluster-4ea3774837f7170c07a74e22", None,
     "The FBI did not immediately respond to a request for comment.", []),
    ("corpus:g5w-gold-d5239a8dab109c7648233e69", None,
     "German officials in Kabul declined to comment.", []),
    # a nickname in quotes is not a statement
    ("gold:esper-vietnam-china", "2019-11-20",
     "Esper met with several top government officials and paid a visit to the city’s Hoa Lo "
     "prison, dubbed the “Hanoi Hilton” by American servicemen held there during the Vietnam "
     "War.", []),
]


def _source_text(source: str) -> tuple[str, str | None]:
    kind, name = source.split(":", 1)
    if kind == "gold":
        return (GOLD / f"{name}.txt").read_text(encoding="utf-8"), None
    record = corpus_record(name)
    return record["text"], (record.get("published") or "")[:10] or None


def _speaker_ok(statement, speaker: str) -> bool:  # type: ignore[no-untyped-def]
    if speaker.startswith("anonymous:"):
        return statement.speaker_type == "anonymous" and speaker[10:] in statement.speaker_states
    # the entity layer owns the exact name ("Treasury Department" or "U.S. Treasury
    # Department"): the speaker must contain the expected name or be contained in it
    got = (statement.speaker or "").lower()
    return bool(got) and (speaker.lower() in got or got in speaker.lower())


@pytest.mark.parametrize(("source", "published", "excerpt", "expected"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_statements_on_real_sentences(source, published, excerpt, expected, nlp):  # type: ignore[no-untyped-def]
    if source.startswith("gold:") and not GOLD.is_dir():
        pytest.skip("gold articles not available")
    text, record_published = _source_text(source)
    assert excerpt in text, f"{source}: excerpt is not in the article"
    result = extract(excerpt, published=published or record_published)
    got = [s for s in result.statements if s.text in {e[1] for e in expected}]
    assert len(result.statements) >= len(expected)
    if not expected:
        assert result.statements == ()
    for direct, words, speaker, date, medium in expected:
        matches = [s for s in got if s.text == words and s.direct == direct]
        assert matches, f"missing {'direct' if direct else 'indirect'} statement {words!r}: " \
            f"{[(s.text, s.direct) for s in result.statements]}"
        statement = matches[0]
        assert _speaker_ok(statement, speaker), (statement.speaker, speaker)
        if date is not ...:
            assert statement.date == date
        assert statement.medium == medium
        assert excerpt[statement.span[0]:statement.span[1]] == statement.text


def test_spans_are_the_text_on_corpus_articles(nlp) -> None:  # type: ignore[no-untyped-def]
    """Every statement's text is its span of the article, and cues lie
    outside the statement, over 40 corpus articles that contain quotes."""
    from kg.extract import extract_doc
    from kg.ingest.article import Article
    from kg.nlp import parse

    records = [r for r in corpus_records(1500) if "“" in r["text"] or '"' in r["text"]][::25]
    articles = [Article(id=r["id"], source="corpus", text=r["text"],
                        published=r.get("published")) for r in records[:40]]
    total = 0
    for article, doc in parse(nlp, articles):
        for st in extract_doc(doc, article).statements:
            total += 1
            assert article.text[st.span[0]:st.span[1]] == st.text
            assert st.text and st.text == st.text.strip()
            if st.cue_span is not None and not st.direct:
                assert st.cue_span[1] <= st.span[0] or st.cue_span[0] >= st.span[1]
    assert total > 100


def test_reference_article(reference_text: str) -> None:
    """The reference article end to end: the gold's statements with speakers."""
    result = extract(reference_text, published="2025-05-23")
    def find(start: str):  # type: ignore[no-untyped-def]
        return next(s for s in result.statements if s.text.startswith(start))

    trump = find("This could lead to something big???")
    assert trump.speaker == "Donald Trump" and trump.direct
    assert trump.medium == "Truth Social" and trump.date == "2025-05-23"
    peskov = find("no decisions or agreements yet on the next venue")
    assert peskov.speaker == "Dmitry Peskov" and peskov.date == "2025-05-23"
    past = find("he could bring the Russia-Ukraine war to an end within 24 hours")
    assert past.speaker == "Donald Trump" and past.date is None
    assert not any("immediately respond" in s.text for s in result.statements)
