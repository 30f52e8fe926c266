exec(open('/work/main/eval/heldout/.build_part1.py', encoding='utf-8').read())

# ---------------------------------------------------------------- isot-0286
G["isot-0286"] = {
    "article": "isot-0286.txt",
    "published": "2017-12-07",
    "dateline": "SEATTLE/SAN FRANCISCO",
    "notes": "Reuters story as stored in the ISOT 'True' set: headline added on the first line, body in one paragraph, double spaces kept. Published Thursday 2017-12-07: the hearing 'on Wednesday' = 2017-12-06, so Hawkins' and Gould's statements are dated so; the Supreme Court order 'two days after' = 2017-12-04; the first ban 'in January' = 2017-01, the revised one 'in March' = 2017-03, the current version replaced the revised one 'in September' = 2017-09; the 4th Circuit hearing 'on Friday' = 2017-12-08. The unnamed 'Honolulu federal judge' who 'said it exceeded Trump's powers' is anonymous:US (undated). Hawkins' question to Hawaii's lawyers ('asked whether ...') is optional; his 'The current one, he said, is based on ...' is given from 'is based' (the words after the interrupting 'he said'). The six targeted states (Chad, Iran, Libya, Somalia, Syria, Yemen) and the further ones covered (North Korea, Venezuela) are what the ban is about and are required states. Kim Jong Un is named only inside Hawkins' question; he is tied to KP as its head of state, with no role given in the article. Hawaii is a U.S. state, not a sovereign state. The travel ban is coded 16 (reduce relations: entry restrictions/sanctions on the targeted states), the current version dated 2017-09; the earlier January and March versions are separate bans and optional, as are the airport protests (14) and the court steps (no fitting CAMEO for domestic litigation). Annotated blind (without kg output), following FORMAT.md.",
    "people": [
        P("Donald Trump", ["Trump", "President Donald Trump"], ["US"], ["president"]),
        P("Michael Daly Hawkins", ["Hawkins", "Judge Michael Daly Hawkins"], ["US"], ["judge"]),
        P("Ronald Gould", ["Gould", "Judge Ronald Gould"], ["US"], ["judge"]),
        P("Kim Jong Un", [], ["KP"], []),
    ],
    "optional_people": [],
    "not_people": ["Hawaii", "Honolulu", "Seattle", "9th U.S. Circuit Court of Appeals", "4th U.S. Circuit Court of Appeals", "U.S. Supreme Court", "Supreme Court"],
    "states": [
        ST("United States", "US"), ST("Chad", "TD"), ST("Iran", "IR"), ST("Libya", "LY"),
        ST("Somalia", "SO"), ST("Syria", "SY"), ST("Yemen", "YE"), ST("North Korea", "KP"), ST("Venezuela", "VE"),
    ],
    "optional_states": [],
    "statements": [
        S("Donald Trump", "the travel ban is needed to protect the United States from terrorism", False),
        S("anonymous:US", "it exceeded Trump’s powers under immigration law", False),
        S("Michael Daly Hawkins", "is based on specific findings that some foreign governments do not share enough information to properly vet immigrants", False, "2017-12-06"),
        S("Michael Daly Hawkins", "You would trust Kim Jong Un to say this person is this person, you gotta let him in?", True, "2017-12-06"),
        S("Ronald Gould", "the court would issue a ruling as soon as practicable", False, "2017-12-06"),
        S("Ronald Gould", "as soon as practicable.", True, "2017-12-06"),
    ],
    "optional_statements": [
        S("Michael Daly Hawkins", "whether Trump’s latest proclamation is more sound than prior versions", False, "2017-12-06", why="a question put to Hawaii's lawyers, not a claim"),
        S("Michael Daly Hawkins", "The current one, he said, is based on specific findings that some foreign governments do not share enough information to properly vet immigrants", False, "2017-12-06", why="the same statement with the subject before the interrupting 'he said'"),
    ],
    "events": [
        E("Trump's (current, third) travel ban on people from Chad, Iran, Libya, Somalia, Syria and Yemen, also covering North Korea and some Venezuelan officials", "16", ["Donald Trump", "US", "TD", "IR", "LY", "SO", "SY", "YE", "KP", "VE"], "2017-09"),
    ],
    "optional_events": [
        E("Trump's first travel ban targeting several Muslim-majority countries", "16", ["Donald Trump", "US"], "2017-01"),
        E("Trump's revised travel ban", "16", ["Donald Trump", "US"], "2017-03"),
        E("mass protests (and chaos at airports) against the first ban", "14", ["US"], "2017-01", "US"),
        E("Hawaii challenges the ban in court", "11", ["US", "Donald Trump"]),
        E("9th Circuit panel hears arguments on the ban in Seattle", "09", ["Michael Daly Hawkins", "Ronald Gould", "US"], "2017-12-06", "US"),
    ],
}

# ---------------------------------------------------------------- bbc-politics-202
G["bbc-politics-202"] = {
    "article": "bbc-politics-202.txt",
    "published": None,
    "notes": "BBC News text from the 2004-2005 BBC dataset; headline on the first line; no date, so 'last year', 'Earlier this year', 'This week' are left unresolved. The party speaks as 'Tories' (the only name the article gives it). Jowell's 'accused the Tories of opportunism' and Green's 'questioned how ...' and 'warned that ...' are statements. One-word quotes ('disastrous', 'epidemic') are optional, their indirect forms required. Green's quote names the medium 'BBC Radio 4's World at One programme'; his 'warned' sentence does not and carries no medium. Blair's three quote sentences (one paragraph break lost between them) 'he told MPs' are three statements with medium 'MPs' (to whom told); his 'defended the plans against criticism' is optional (no reported content). 'It is hoped that ...' has no speaker. The unnamed 'a judge' who 'claimed' is Judge Charles Harris QC of the next sentence. Police chiefs, ministers and a UK judge are tied to GB; Blair is GB's prime minister by common knowledge although the article gives him no title, so his roles are left empty. No CAMEO event (a domestic licensing dispute); Harris' sentencing of three men is domestic and not coded; Jowell's accusation is kept only as an optional 11 event. Annotated blind (without kg output), following FORMAT.md.",
    "people": [
        P("David Davis", ["Davis", "Spokesman David Davis"], ["GB"], ["spokesman"]),
        P("Steve Green", ["Green", "Notts police chief Steve Green", "chief constable Green"], ["GB"], ["police chief", "chief constable"]),
        P("Tessa Jowell", ["Jowell", "Culture Secretary Tessa Jowell"], ["GB"], ["culture secretary", "secretary"]),
        P("Richard Caborn", ["Caborn", "Minister Richard Caborn"], ["GB"], ["minister"]),
        P("Tony Blair", ["Blair"], ["GB"], []),
        P("Charles Harris", ["Judge Charles Harris QC", "Charles Harris QC", "Harris"], ["GB"], ["judge", "qc"]),
    ],
    "optional_people": [],
    "not_people": ["Tories", "Market Square", "Nottingham", "Notts", "World at One", "BBC Radio 4", "Royal College of Physicians", "QC"],
    "states": [ST("United Kingdom", "GB")],
    "optional_states": [],
    "statements": [
        S("Tories", "plans to extend pub opening times should be put on hold until binge drinking is under control", False),
        S("David Davis", "ministers had failed to make his party aware of concern among senior police that plans would cause more anti-social behaviour", False),
        S("Steve Green", "innocent people would suffer", False),
        S("Tessa Jowell", "a delay would be disastrous", False),
        S("Tessa Jowell", "the Tories of opportunism", False),
        S("Tessa Jowell", "The government would go ahead with the changes which would give police more power to tackle excessive drinking", False),
        S("Steve Green", "how his officers would be able to practically apply powers allowing them to shut down problem premises", False),
        S("Steve Green", "If you look at the Market Square in Nottingham, if a fight takes place which licensed premises do you go and lay the responsibilty at the door of?", True, None, "BBC Radio 4's World at One programme"),
        S("Steve Green", "if drinking establishments were allowed to open until three or four in the morning the police would have to take officers off day shifts in order to do their job effectively at night", False),
        S("Royal College of Physicians", "it opposed the plan to extend drinking hours when there was already an epidemic of binge drinking", False),
        S("Richard Caborn", "the government was tackling the causes and the symptoms of the problem by allowing more powers to close down problem premises", False),
        S("Tony Blair", "My view of this is very clear: we should have the same flexibility that other countries have and then we should come down really hard on those who abuse that freedom and don't show the responsibility,", True, None, "MPs"),
        S("Tony Blair", "The law-abiding majority who want the ability, after going to the cinema or theatre say, to have a drink at the time they want should not be inconvenienced, we shouldn't have to have restrictions that no other city in Europe has, just in order to do something for that tiny minority who abuse alcohol, who go out and fight and cause disturbances.", True, None, "MPs"),
        S("Tony Blair", "To take away that ability for all the population - even the vast majority who are law abiding - is not, in my view, sensible.", True, None, "MPs"),
        S("Charles Harris", "easy access to drink was breeding urban savages and turning town centres into no go areas", False),
        S("Charles Harris", "urban savages", True),
    ],
    "optional_statements": [
        S("Tessa Jowell", "disastrous", True, why="one-word quote"),
        S("Royal College of Physicians", "epidemic", True, why="one-word quote"),
        S("Tony Blair", "the plans against criticism from one of his own backbenchers", False, why="'defended the plans' gives no reported content"),
        S("Tories", "opposing 24-hour drinking", False, why="headline restating the lead"),
    ],
    "events": [],
    "optional_events": [
        E("Jowell accuses the Tories of opportunism", "11", ["Tessa Jowell", "GB"]),
    ],
}

# ---------------------------------------------------------------- bbc-tech-282
G["bbc-tech-282"] = {
    "article": "bbc-tech-282.txt",
    "published": None,
    "notes": "BBC News tech text from the 2004-2005 BBC dataset; headline on the first line; no date, so '1 February' and 'In recent months' are left unresolved; 'in 2003' and 'in 2000' are absolute. The lab speaks as 'Media Labs Europe' (its first and fullest name; the article also writes 'Media Lab Europe'); 'According to its latest accounts, Media Lab Europe said ...' is its statement too. Pearson's two unattributed quote sentences after 'told the BBC News website' are his (paragraph continuation); medium 'BBC News website' only for the sentence that names it. Dempsey's quotes are two statements (split by 'he said'). Ahern 'had wanted' is not a statement. Company people (Jones, Pearson) get no state. Ireland (the Irish government, Prime Minister Ahern, the communications minister, Dublin) is the state; the US appears only through the 'US-based' MIT and US$ conversions and is optional. The closure is not a CAMEO event; the founding by the Irish government and MIT and their refusal to fund are optional events. Annotated blind (without kg output), following FORMAT.md.",
    "people": [
        P("Bertie Ahern", ["Ahern", "Mr Ahern", "Prime Minister Bertie Ahern"], ["IE"], ["prime minister"]),
        P("Simon Jones", ["Jones"], [], ["managing director"]),
        P("Ian Pearson", ["Pearson"], [], ["futurologist"]),
        P("Noel Dempsey", ["Dempsey"], ["IE"], ["communications minister", "minister"]),
    ],
    "optional_people": [],
    "not_people": ["Media Labs Europe", "Media Lab Europe", "Massachusetts Institute of Technology", "MIT", "BT", "Guinness", "iBand", "Human Connectedness", "Dublin"],
    "states": [ST("Ireland", "IE")],
    "optional_states": [ST("United States", "US", "only through 'the prestigious US-based Massachusetts Institute of Technology' and US$ conversions")],
    "statements": [
        S("Media Labs Europe", "the decision to close was taken because neither the Irish Government nor the prestigious US-based Massachusetts Institute of Technology (MIT) was willing to fund it", False, None, "a statement"),
        S("Simon Jones", "In the end, it was too deep and too long a recession,", True),
        S("Ian Pearson", "the closure was a real shame", False, None, "BBC News website"),
        S("Ian Pearson", "real shame", True, None, "BBC News website"),
        S("Ian Pearson", "There were a lot of very talented, creative people there and they came up with some great ideas that were helping to ensure greater benefits of technology for society.", True),
        S("Ian Pearson", "I have no doubt that the individuals will be quickly snapped up by other research labs, but the synergies from them working as a team will be lost.", True),
        S("Noel Dempsey", "Mr Ahern had been very committed to the project", False),
        S("Noel Dempsey", "very committed", True),
        S("Noel Dempsey", "He is, I know, very disappointed it has come to this. At the time it seemed to be the right thing to do,", True),
        S("Noel Dempsey", "Unfortunately the model is not a sustainable one in the current climate.", True),
        S("Media Labs Europe", "it spent 8.16 million euros (about US$10.6 million) in 2003 and raised just 2.56 million euros (US$3.3 million)", False),
    ],
    "optional_statements": [],
    "events": [],
    "optional_events": [
        E("Irish government and MIT start the research centre", "06", ["IE"], "2000", "IE"),
        E("Irish government (and MIT) unwilling to fund the labs", "12", ["IE"]),
    ],
}

# ---------------------------------------------------------------- isot-0987
G["isot-0987"] = {
    "article": "isot-0987.txt",
    "published": "2017-10-27",
    "dateline": "KINSHASA",
    "notes": "Reuters story as stored in the ISOT 'True' set: headline added on the first line, body in one paragraph. Published Friday 2017-10-27: Haley's statements 'on Friday' are dated so (all made to reporters in Kinshasa; medium 'reporters' where the sentence says 'told reporters'); Tillerson's 'on Oct. 4' = 2017-10-04. Trump's tweet ('a few days' before Oct. 4) and Tillerson's remark on communicating with Pyongyang (before the tweet) cannot be dated to the day and are left undated; Trump's 'more recently ... has said' is undated. The NBC report that Tillerson called Trump a 'moron' is optional (inside a 'whether' clause), as is the one-word quote 'moron'. Trump's 'said he has a good relationship ... but that Tillerson could be tougher' has two complements, each with its own 'that', and gives two statements (the whole span optional), as the 'and that' reports in isot-0621 and r21578-19557. The headline 'Haley says does not want ...' restates the lead and is optional. Haley's week-long trip (Ethiopia, South Sudan, DR Congo; she spoke in Kinshasa) is a required visit event (042), but the three African states play no part in the story's subject and are optional states. North Korea is required (Tillerson's direct communication with Pyongyang, Trump's tweet). Annotated blind (without kg output), following FORMAT.md.",
    "people": [
        P("Nikki Haley", ["Haley", "U.S. Ambassador to the United Nations Nikki Haley"], ["US"], ["ambassador", "former governor", "governor"]),
        P("Rex Tillerson", ["Tillerson", "Secretary of State Rex Tillerson"], ["US"], ["secretary of state", "former chief executive officer"]),
        P("Donald Trump", ["Trump", "President Donald Trump"], ["US"], ["president"]),
    ],
    "optional_people": [],
    "not_people": ["Exxon Mobil Corp", "NBC", "Kinshasa", "United Nations", "South Carolina", "Twitter"],
    "states": [ST("United States", "US"), ST("North Korea", "KP")],
    "optional_states": [
        ST("Democratic Republic of the Congo", "CD", "only as a stop of Haley's trip and the place she spoke (Kinshasa)"),
        ST("Ethiopia", "ET", "only as a stop of Haley's trip"),
        ST("South Sudan", "SS", "only as a stop of Haley's trip"),
    ],
    "statements": [
        S("Nikki Haley", "she did not want to take the job of Secretary of State Rex Tillerson", False, "2017-10-27"),
        S("Nikki Haley", "I just don’t want to keep having this conversation. The focus is, I really want to do a good job now in what I’m doing.", True, "2017-10-27"),
        S("Nikki Haley", "We have a secretary of state. Tillerson’s not going anywhere, so it’s really not been a topic of conversation,", True, "2017-10-27", "reporters"),
        S("Nikki Haley", "I would say no.", True, "2017-10-27"),
        S("Rex Tillerson", "he had never considered resigning", False, "2017-10-04"),
        S("Donald Trump", "Tillerson was wasting his time trying to negotiate with North Korea", False, None, "Twitter"),
        S("Donald Trump", "wasting his time", True, None, "Twitter"),
        S("Rex Tillerson", "Washington was directly communicating with Pyongyang on its nuclear and missile programs", False),
        S("Donald Trump", "he has a good relationship with his secretary of state", False),
        S("Donald Trump", "Tillerson could be tougher", False),
    ],
    "optional_statements": [
        S("Nikki Haley", "does not want Secretary of State Tillerson's job", False, why="headline restating the lead"),
        S("NBC", "he had referred to Trump as a moron", False, why="'as NBC reported', inside a 'whether' clause"),
        S("Rex Tillerson", "moron", True, why="one-word quote, attributed to Tillerson only by the NBC report"),
        S("Donald Trump", "he has a good relationship with his secretary of state but that Tillerson could be tougher", False, why="both complements of 'said ... but that ...' as one span"),
    ],
    "events": [
        E("Haley's week-long trip to Africa: Ethiopia, South Sudan and DR Congo", "042", ["Nikki Haley", "US", "ET", "SS", "CD"], "2017-10"),
    ],
    "optional_events": [
        E("U.S. directly communicating with North Korea on its nuclear and missile programs", "04", ["Rex Tillerson", "US", "KP"]),
        E("Trump says Tillerson is 'wasting his time' negotiating with North Korea (criticism on Twitter)", "11", ["Donald Trump", "Rex Tillerson"]),
    ],
}

# ---------------------------------------------------------------- isot-0459
G["isot-0459"] = {
    "article": "isot-0459.txt",
    "published": "2017-11-30",
    "dateline": "WASHINGTON",
    "notes": "Reuters story as stored in the ISOT 'True' set: headline (with the attribution ': CNN') added on the first line, body in one paragraph, double spaces kept. Published Thursday 2017-11-30: CNN reported 'on Wednesday' = 2017-11-29 (all four CNN reports dated so); the meeting 'earlier this month' = 2017-11; sources 'said on Friday' = 2017-11-24; Kelner's call 'last week' = 2017-11; Flynn resigned 'in February' = 2017-02; the intelligence conclusion 'in January' = 2017-01; the election 'last year' = 2016. CNN is the speaker of its reports (it cites unnamed sources; the sources are not given as separate statements). Unnamed 'sources familiar with the investigation', 'two people familiar with the call' and 'two other sources' are anonymous:US (unnamed insiders of a U.S. investigation). Kelner's call 'to say the matter had reached ...' is his statement (dated 2017-11); the outer report by the two people who 'told Reuters' about the call is optional (as in reagan-iran-arms). The sources' 'Lawyers for Flynn have halted ...' is given without the appositive 'a potentially critical step in Mueller's probe' (Reuters' own gloss). The intelligence agencies' conclusion is optional (a finding). 'Russia has denied interfering' has the state as speaker (as 'Israel' in tamimi-indictment). Lawyers (Lowell, Kelner, Dowd) get no state; Kushner is tied to the US as the president's son-in-law inside the White House story, with no office given. The Kushner-Mueller team meeting is a required 04 (alternative coding 09 optional); Mueller's Russia probe is a required 09; Russian interference in the 2016 election is optional (no exact CAMEO code). Annotated blind (without kg output), following FORMAT.md.",
    "people": [
        P("Donald Trump", ["Trump", "U.S. President Donald Trump"], ["US"], ["president"]),
        P("Jared Kushner", ["Kushner", "Mr. Kushner"], ["US"], []),
        P("Robert Mueller", ["Mueller", "Special Counsel Robert Mueller"], ["US"], ["special counsel"]),
        P("Michael Flynn", ["Flynn"], ["US"], ["former national security adviser", "national security adviser"]),
        P("Mike Pence", ["Pence", "Vice President Mike Pence"], ["US"], ["vice president"]),
        P("Abbe Lowell", ["Lowell"], [], ["lawyer"]),
        P("Robert Kelner", ["Kelner"], [], ["lawyer"]),
        P("John Dowd", ["Dowd"], [], ["lawyer"]),
        P("Hillary Clinton", ["Clinton"], ["US"], []),
    ],
    "optional_people": [],
    "not_people": ["CNN", "Reuters", "White House", "Special Counsel"],
    "states": [ST("United States", "US"), ST("Russia", "RU")],
    "optional_states": [],
    "statements": [
        S("CNN", "U.S. President Donald Trump’s son-in-law, Jared Kushner, met with Special Counsel Robert Mueller’s team earlier this month as part of its Russia probe", False, "2017-11-29"),
        S("CNN", "Former White House national security adviser Michael Flynn was the prime topic of the conversation between Kushner and Mueller’s team", False, "2017-11-29"),
        S("CNN", "The nature of the questioning was principally to make sure Kushner did not have information that exonerated Flynn", False, "2017-11-29"),
        S("CNN", "Kushner spoke with Mueller’s team for less than 90 minutes", False, "2017-11-29"),
        S("Abbe Lowell", "Mr. Kushner has voluntarily cooperated with all relevant inquiries and will continue to do so,", True, None, "Reuters"),
        S("anonymous:US", "Lawyers for Flynn have halted communications with Trump’s legal team", False, "2017-11-24"),
        S("Robert Kelner", "the matter had reached a point where the two could no longer could discuss it", False, "2017-11"),
        S("anonymous:US", "It was not clear whether Kelner made the call because he had negotiated a plea agreement with Mueller for Flynn to cooperate in the probe, or because Flynn had decided to engage with Mueller", False),
        S("Russia", "interfering in the U.S. election", False),
        S("Donald Trump", "there was no collusion", False),
    ],
    "optional_statements": [
        S("CNN", "Kushner met with special counsel Mueller in Russia probe", False, why="headline with the attribution ': CNN'"),
        S("anonymous:US", "Lawyers for Flynn have halted communications with Trump’s legal team, a potentially critical step in Mueller’s  probe", False, "2017-11-24", why="the same report with Reuters' appositive"),
        S("anonymous:US", "Flynn’s lawyer, Robert Kelner, called John Dowd, Trump’s private lawyer, last week to say the matter had reached a point where the two could no longer could discuss it", False, None, "Reuters", why="outer report around Kelner's statement; either span is defensible"),
        S("U.S. intelligence agencies", "Russia interfered in the election to try to help Trump defeat Democrat Hillary Clinton by hacking and releasing embarrassing emails and disseminating propaganda via social media to discredit her", False, "2017-01", why="'concluded': a finding of an assessment rather than an utterance"),
    ],
    "events": [
        E("Jared Kushner meets Special Counsel Mueller's team (questioned about Flynn)", "04", ["Jared Kushner", "Robert Mueller"], "2017-11"),
        E("Special Counsel Mueller's probe into possible collusion between Russia and the Trump campaign (investigating Flynn)", "09", ["Robert Mueller", "Michael Flynn", "Donald Trump", "RU", "US"]),
    ],
    "optional_events": [
        E("Kushner questioned by Mueller's team (alternative coding as part of the investigation)", "09", ["Jared Kushner", "Robert Mueller"], "2017-11"),
        E("Flynn's conversations with a Russian diplomat", "04", ["Michael Flynn", "RU"]),
        E("Russia interfered in the 2016 U.S. election (hacking, releasing emails, propaganda)", "17", ["RU", "US", "Hillary Clinton"], "2016", "US"),
        E("Flynn's lawyers halt communications with Trump's legal team", "16", ["Robert Kelner", "John Dowd", "Michael Flynn"], "2017-11"),
        E("possible plea agreement between Flynn and Mueller (cooperation)", "03", ["Michael Flynn", "Robert Mueller"]),
    ],
}

ORDER = ["isot-0621", "r21578-19557", "bbc-politics-350", "bbc-business-443", "isot-0286",
         "bbc-politics-202", "bbc-tech-282", "isot-0987", "isot-0459"]
for k in ORDER:
    g = G[k]
    keys = ["article", "published", "dateline", "notes", "people", "optional_people", "not_people",
            "states", "optional_states", "statements", "optional_statements", "events", "optional_events"]
    out = {kk: g[kk] for kk in keys if kk in g}
    with open(f"/work/main/eval/heldout/{k}.gold.json", "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
print("written", len(ORDER))
