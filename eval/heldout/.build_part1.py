import json

G = {}

def P(name, aliases, states, roles, why=None):
    d = {"name": name, "aliases": aliases, "states": states, "roles": roles}
    if why:
        d["why"] = why
    return d

def S(speaker, text, direct, date=None, medium=None, why=None):
    d = {"speaker": speaker, "text": text, "direct": direct}
    if date:
        d["date"] = date
    if medium:
        d["medium"] = medium
    if why:
        d["why"] = why
    return d

def E(label, cameo, participants, date=None, location=None):
    d = {"label": label, "cameo": cameo, "participants": participants}
    if date:
        d["date"] = date
    if location:
        d["location"] = location
    return d

def ST(name, iso, why=None):
    d = {"name": name, "iso": iso}
    if why:
        d["why"] = why
    return d

# ---------------------------------------------------------------- isot-0621
G["isot-0621"] = {
    "article": "isot-0621.txt",
    "published": "2017-11-16",
    "dateline": "WASHINGTON",
    "notes": "Reuters story as stored in the ISOT 'True' set: headline added on the first line, body in one paragraph, double spaces kept. Published Thursday 2017-11-16: 'released on Wednesday' and Cummings' objection 'on Wednesday' = 2017-11-15; Sessions 'on Tuesday' = 2017-11-14; DeSantis 'on Oct. 22' = 2017-10-22; the investigations opened 'on Oct. 24' = 2017-10-24. The two quotes from the letters are given to the speaker 'the committees' (the article's own subject: 'The committees \"have questions ...\"', 'the letters said'); the letters were written by the two chairmen Nunes and Gowdy, so no single person is the speaker; they are dated the release day and have medium 'letters'. Their indirect forms are optional because the reported content is mostly the quote. 'Democrats and other critics say ...' is one statement with the group 'Democrats' as speaker (like 'human rights groups' in straw-china-arms), two statements, since the verb has two complements each with its own 'that' ('say the allegations are baseless, and that Trump ...'; the same rule splits Poehl's and Trump's 'and that'/'but that' reports in r21578-19557 and isot-0987, while a single complement with coordinated clauses stays one statement, as Abe's in trump-abe-missiles); the whole span is optional. 'Republican lawmakers say [the informant] has new evidence' is anonymous:US. In 'Cummings said Republican lawmaker Ron DeSantis told Fox News ... that he thought ...' the inner report (DeSantis, dated 2017-10-22, medium Fox News) is required and the outer report by Cummings is optional (as the outer report in reagan-iran-arms); the partial quotes 'millions of dollars' and 'sources connected to Uranium One' are given to DeSantis as the person whose claim they quote. Cummings 'objected ... to the Republicans' refusal' is a statement like 'praised'/'pressed' in trump-abe-missiles. 'Trump has called for an investigation' (Twitter) is a statement. 'Allegations by Trump ...' (a noun), 'five committees found', 'letters ... showed' and 'according to congressional records' are optional. Canada appears only as the nationality of the company sold ('a Canadian uranium company') and is optional. The 2010 sale of Uranium One to a Russian government firm, approved by CFIUS, is coded as economic cooperation (061) between the US and Russia. Annotated blind (without kg output), following FORMAT.md.",
    "people": [
        P("Donald Trump", ["Trump", "U.S. President Donald Trump"], ["US"], ["president"]),
        P("Devin Nunes", ["Nunes"], ["US"], ["chairman", "lawmaker"]),
        P("Trey Gowdy", ["Gowdy"], ["US"], ["chairman", "lawmaker"]),
        P("Barack Obama", ["Obama", "President Barack Obama"], ["US"], ["president"]),
        P("Hillary Clinton", ["Clinton"], ["US"], ["secretary of state", "nominee"]),
        P("Jeff Sessions", ["Sessions", "Attorney General Jeff Sessions"], ["US"], ["attorney general"]),
        P("Robert Mueller", ["Mueller", "Special Counsel Robert Mueller"], ["US"], ["special counsel"]),
        P("Jose Fernandez", ["Fernandez"], ["US"], ["assistant secretary"]),
        P("Elijah Cummings", ["Cummings", "Representative Elijah Cummings"], ["US"], ["representative", "lawmaker"]),
        P("Ron DeSantis", ["DeSantis"], ["US"], ["lawmaker"]),
    ],
    "optional_people": [],
    "not_people": ["Uranium One", "Clinton Foundation", "CFIUS", "Committee on Foreign Investment in the United States", "FBI", "Fox News", "Nuclear Regulatory Commission", "House Intelligence Committee", "Office of the Director of National Intelligence", "Treasury"],
    "states": [ST("United States", "US"), ST("Russia", "RU")],
    "optional_states": [ST("Canada", "CA", "only as the nationality of the company sold ('a Canadian uranium company')")],
    "statements": [
        S("the committees", "have questions ... about the review and approval", True, "2017-11-15", "letters"),
        S("the committees", "had evidence that Russian nuclear industry officials were engaged in bribery, kickbacks, extortion and money laundering,", True, "2017-11-15", "letters"),
        S("Donald Trump", "an investigation of the sale", False, None, "Twitter"),
        S("Jeff Sessions", "he is evaluating whether to appoint a special counsel", False, "2017-11-14"),
        S("Democrats", "the allegations are baseless", False),
        S("Democrats", "Trump and his supporters are fanning them to distract attention from Special Counsel Robert Mueller’s probe into whether there was any collusion between the Trump election campaign and Russia", False),
        S("Jose Fernandez", "Clinton played no role in the decision", False),
        S("Elijah Cummings", "the Republicans’ refusal to give Democrats access to an unidentified FBI informant", False, "2017-11-15"),
        S("anonymous:US", "has new evidence in the case", False),
        S("Ron DeSantis", "he thought the informant could link the approval of the Uranium One sale to millions of dollars that sources connected to Uranium One donated to the Clinton Foundation", False, "2017-10-22", "Fox News"),
        S("Ron DeSantis", "millions of dollars", True, "2017-10-22", "Fox News"),
        S("Ron DeSantis", "sources connected to Uranium One", True, "2017-10-22", "Fox News"),
    ],
    "optional_statements": [
        S("the committees", "The committees have questions ... about the review and approval of the sale of Uranium One", False, "2017-11-15", "letters", why="indirect form of the partial quote; the reported content is mostly the quote"),
        S("the committees", "The committees also want to know if the FBI had evidence that Russian nuclear industry officials were engaged in bribery, kickbacks, extortion and money laundering", False, "2017-11-15", "letters", why="indirect form of the partial quote; the reported content is mostly the quote"),
        S("the committees", "they were seeking documents and other material on the deal from the FBI, the Treasury and State Departments and the Office of the Director of National Intelligence", False, "2017-11-15", "letters", why="'the letters showed' describes documents rather than reporting words"),
        S("Democrats", "the allegations are baseless, and that Trump and his supporters are fanning them to distract attention from Special Counsel Robert Mueller’s probe into whether there was any collusion between the Trump election campaign and Russia", False, why="both complements of 'say ... and that ...' as one span"),
        S("Donald Trump", "the 2016 Democratic nominee masterminded the approval of the sale in return for donations to the Clinton Foundation", False, why="reported through a noun ('allegations by ... Trump, Republican lawmakers, and right-wing media'), several speakers at once"),
        S("Five committees in the U.S. House and Senate", "no evidence that Clinton was behind the CFIUS’ approval of the deal", False, why="'found ..., according to congressional records': a finding, not an utterance"),
        S("Elijah Cummings", "Republican lawmaker Ron DeSantis told Fox News on Oct. 22 that he thought the informant could link the approval of the Uranium One sale to millions of dollars that sources connected to Uranium One donated to the Clinton Foundation", False, None, "a letter to Gowdy", why="outer report around DeSantis' statement; either span is defensible"),
    ],
    "events": [
        E("2010 sale of Uranium One (Canadian company owning 20 percent of U.S. uranium supplies) to a Russian government firm, approved by CFIUS", "061", ["RU", "US"], "2010"),
        E("House Intelligence and Oversight committees (Nunes, Gowdy) open investigations into the Uranium One deal", "09", ["Devin Nunes", "Trey Gowdy", "US"], "2017-10-24", "US"),
    ],
    "optional_events": [
        E("committee letters seek documents on the deal from the FBI, Treasury, State Department and ODNI, deadline Nov. 30", "10", ["Devin Nunes", "Trey Gowdy", "US"], "2017-11-15"),
        E("five congressional inquiries found no evidence of wrongdoing", "09", ["US", "Hillary Clinton"]),
        E("Special Counsel Mueller's probe into possible collusion between the Trump campaign and Russia", "09", ["Robert Mueller", "Donald Trump", "RU", "US"]),
        E("Trump calls for an investigation of the sale (Twitter)", "02", ["Donald Trump", "US"]),
        E("Sessions evaluating whether to appoint a special counsel", "09", ["Jeff Sessions", "US"], "2017-11-14"),
        E("Cummings objects to Republicans' refusal to give Democrats access to the FBI informant", "11", ["Elijah Cummings", "Trey Gowdy"], "2017-11-15"),
        E("Republicans refuse Democrats access to an unidentified FBI informant", "12", ["Trey Gowdy", "Elijah Cummings"]),
        E("alleged bribery, kickbacks, extortion and money laundering by Russian nuclear industry officials", "17", ["RU"]),
    ],
}

# ---------------------------------------------------------------- r21578-19557
G["r21578-19557"] = {
    "article": "r21578-19557.txt",
    "published": "1987-06-29",
    "dateline": "BONN, June 29",
    "notes": "Reuters wire copy from the Reuters-21578 collection: upper-case headline on the first line, hard line breaks and paragraph indents in the body, ' Reuter' signature. Statement texts have the article's line breaks collapsed to single spaces. All of Poehl's words come from an interview with the Sunday newspaper Bild am Sonntag; the text does not say on which day the interview was given or printed (only the dateline 'June 29' of the wire story), so the statements are left undated. Medium 'Bild am Sonntag' is given only for the sentence that names it and its 'he added' continuation, as in straw-china-arms. Quote paragraphs that open without closing give one statement per paragraph (reagan-iran-arms); the closing quote 'For this reason ... As pretexts,\" he added. \"This includes...' gives two statements, one on each side of 'he added'. 'West Germany' (and 'Germany' in 1987) is DE. The European Community is not a state. A U.S.-EC trade war is only asked about (hypothetical) and is optional. The headline 'POEHL SPEAKS AGAINST ...' is an optional statement. There is no real-world happening to code as an event: the story is an interview. Annotated blind (without kg output), following FORMAT.md.",
    "people": [
        P("Karl Otto Poehl", ["Poehl", "Bundesbank President Karl Otto Poehl", "POEHL"], ["DE"], ["president", "bundesbank president"]),
    ],
    "optional_people": [],
    "not_people": ["Bild am Sonntag", "Bundesbank", "Reuter", "European Community", "EC", "BONN"],
    "states": [ST("Germany", "DE"), ST("United States", "US")],
    "optional_states": [],
    "statements": [
        S("Karl Otto Poehl", "West Germany would be badly advised to lower interest rates", False),
        S("Karl Otto Poehl", "he believed the economy would continue to recover after a six-month lull", False),
        S("Karl Otto Poehl", "We would be badly advised if we forced further interest rate cuts.", True, None, "Bild am Sonntag"),
        S("Karl Otto Poehl", "This could, under certain circumstances, release new inflationary fears which would then be more likely to lead to higher interest rates,", True, None, "Bild am Sonntag"),
        S("Karl Otto Poehl", "Germany had practically no growth in the past six months because of the mark's surge and the cold winter", False),
        S("Karl Otto Poehl", "But since April, statistics clearly show that the economy finds itself on a course of growth,", True),
        S("Karl Otto Poehl", "I expect this development to continue in the coming months.", True),
        S("Karl Otto Poehl", "such an event would be disastrous", False),
        S("Karl Otto Poehl", "For this reason we in Europe must avoid everything used by protectionist forces in the U.S. As pretexts,", True),
        S("Karl Otto Poehl", "This includes...Eliminating existing restrictions in the EC as far as possible. Protectionism is not found only in the U.S.", True),
    ],
    "optional_statements": [
        S("Karl Otto Poehl", "AGAINST GERMAN INTEREST RATE CUT", False, why="headline restating the lead"),
    ],
    "events": [],
    "optional_events": [
        E("possible U.S.-European Community trade war (asked about, hypothetical)", "16", ["US", "DE"]),
    ],
}

# ---------------------------------------------------------------- bbc-politics-350
G["bbc-politics-350"] = {
    "article": "bbc-politics-350.txt",
    "published": None,
    "notes": "BBC News text from the 2004-2005 BBC dataset; headline on the first line; no dateline, no date. Relative days ('On Friday night', 'on Saturday', 'On Friday') are left unresolved. The party 'the Conservatives'/'the Tories'/'Tory' speaks as 'Conservatives'. 'The Gateshead conference was told he would ...' is a statement by Brown (passive reporting). The 'vowed to ...' and 'pledging to ...' clauses are statements. James Hardy's 'He would contrast ...' continues his reported speech without a reporting verb and is optional (as in straw-china-arms). Milburn's indirect form 'Mr Blair has \"the same passion ...\" as when Labour came to power in 1997' is mostly the quote and optional. 'He confirmed Mr Blair's insistence that no poll date had yet been set' is Milburn's statement; Blair's own insistence (a noun) is optional. 'The Conservatives and Lib Dems said the pledges ... were \"worthless\"' has two speakers at once and is optional (as 'Germany and France' in straw-china-arms); the one-word quote 'worthless' is optional too. Journalists (Hardy, Taylor) get no state. There is no CAMEO event in the story (speeches, a campaign tour, a planned Q&A with voters); accusations between parties are statements, kept as optional 11 events only. Annotated blind (without kg output), following FORMAT.md.",
    "people": [
        P("Gordon Brown", ["Brown", "Mr Brown"], ["GB"], ["chancellor"]),
        P("Tony Blair", ["Blair", "Mr Blair", "Prime Minister Tony Blair", "Tony"], ["GB"], ["prime minister"]),
        P("James Hardy", ["Hardy"], [], ["correspondent"]),
        P("Alan Milburn", ["Milburn"], ["GB"], ["election strategist", "general election co-ordinator"]),
        P("Margherita Taylor", ["Taylor"], [], ["dj"]),
    ],
    "optional_people": [],
    "not_people": ["Labour", "Conservatives", "Tories", "Lib Dems", "Gateshead", "Capital Radio", "Radio 4", "Today", "Budget", "Asian tiger"],
    "states": [ST("United Kingdom", "GB")],
    "optional_states": [],
    "statements": [
        S("Gordon Brown", "he was proud of his party's record on the economy, and would strive for continuing stability if elected", False),
        S("Gordon Brown", "he would help young people who were struggling to buy their own homes", False),
        S("Gordon Brown", "to continue the fight against child poverty", False),
        S("James Hardy", "Mr Brown would draw sharp dividing lines with the Conservatives for the forthcoming election campaign", False),
        S("James Hardy", "sharp dividing lines", True),
        S("James Hardy", "Mr Brown will lay out his credentials as a reforming chancellor determined to take on and beat the Asian tiger economies which increasingly dominate world trade,", True),
        S("Gordon Brown", "he would not make any tax commitments until the Labour manifesto had been published after the Budget", False),
        S("Conservatives", "he plans to raise tax after the election", False),
        S("Conservatives", "Labour of raising taxes 66 times since coming to power in 1997", False),
        S("Alan Milburn", "The prime minister's enthusiasm for the job remains undimmed", False, None, "Radio 4's Today programme"),
        S("Alan Milburn", "the same passion and the same commitments for the job", True),
        S("Alan Milburn", "Mr Blair's insistence that no poll date had yet been set", False),
        S("Alan Milburn", "I'm the General Election co-ordinator and I don't know, and Tony has not made up his mind.", True),
        S("Tony Blair", "to build on what he said were Labour's achievements on the economy, crime, education and public services", False),
    ],
    "optional_statements": [
        S("Gordon Brown", "proud of economy record", True, why="headline restating the lead"),
        S("James Hardy", "He would contrast Labour's plan to invest £60bn in services with a Tory plan to cut spending by £35bn", False, why="continues Hardy's reported speech without a reporting verb"),
        S("Alan Milburn", "Mr Blair has the same passion and the same commitments for the job as when Labour came to power in 1997", False, why="indirect form of the partial quote; the reported content is mostly the quote"),
        S("Tony Blair", "no poll date had yet been set", False, why="Blair's insistence, reported through a noun by Milburn"),
        S("Tony Blair", "Labour's achievements on the economy, crime, education and public services", False, why="'what he said were ...' inside the pledge"),
        S("Conservatives and Lib Dems", "the pledges - set to underpin Labour's election campaign - were worthless", False, why="two party speakers at once"),
        S("Conservatives and Lib Dems", "worthless", True, why="one-word quote by two speakers at once"),
    ],
    "events": [],
    "optional_events": [
        E("Conservatives and Lib Dems dismiss Labour's pledges as worthless", "11", ["GB"]),
        E("Tories accuse Labour of raising taxes 66 times", "11", ["GB"]),
    ],
}

# ---------------------------------------------------------------- bbc-business-443
G["bbc-business-443"] = {
    "article": "bbc-business-443.txt",
    "published": None,
    "notes": "BBC News business text from the 2004-2005 BBC dataset; headline on the first line; no date. Kraft speaks as an organisation ('the firm said'); its partial quote \"all family\" is a scare-quoted audience term and optional; \"Sensible Solution\" is a label name, not a statement. Kraft's plans and PepsiCo's initiative are company actions without a reporting verb, not statements. Lance Friedmann is a company executive: no state. The only state is the US ('The largest US food maker', 'US children'). No CAMEO event: the story is about companies' advertising policy. Annotated blind (without kg output), following FORMAT.md.",
    "people": [
        P("Lance Friedmann", ["Friedmann"], [], ["senior vice president", "vice president"]),
    ],
    "optional_people": [],
    "not_people": ["Kraft", "PepsiCo", "Oreo", "Kool-Aid", "Sensible Solution"],
    "states": [ST("United States", "US")],
    "optional_states": [],
    "statements": [
        S("Kraft", "it would continue to advertise all its products in media seen by parents and all family audiences", False),
        S("Lance Friedmann", "We're working on ways to encourage both adults and children to eat wisely by selecting more nutritionally balanced diets,", True),
    ],
    "optional_statements": [
        S("Kraft", "all family", True, why="scare-quoted audience term"),
        S("Kraft", "Sensible Solution", True, why="a label's name in quotation marks, not an utterance"),
    ],
    "events": [],
    "optional_events": [],
}
