"""Find the quoted statements of a news text and say who said each, with rules and word lists only.

The stages, each a function below:

1. ``_paragraphs``: split the text into paragraphs (blank lines and line breaks; soft-wrapped lines are
   joined) so that a stray quotation mark can damage one paragraph, never the article.
2. ``_pair_marks``: pair opening and closing marks in one paragraph, classifying each mark by its glyph
   and by what stands on either side of it. A quote left open ends where the paragraph ends.
3. ``_is_statement``: drop titles of books and films, nicknames and scare quotes.
4. ``_Article.attribute``: find each quote's reporting clause ("..., said X", "X told reporters ...",
   "according to X", "X: ...") and resolve the speaker ("he", "Mr. Kang", "the ministry") through a
   per-article table of mentions to the fullest name the article gives.

Every step is a left-to-right scan or a regular expression without nested quantifiers, so run time is
linear in the input; any ``str`` gives a list, never an exception.
"""
from __future__ import annotations

import gc
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from stance import korean
from stance.lexicon import trie_pattern, word_list
from stance.records import Quote

# --- quotation marks -------------------------------------------------------------------------
_DOUBLE_OPENERS = ("“", "„", "‟", "«", "‘‘", "``")
_DOUBLE_CLOSERS = ("”", "»", "’’")
_CJK_OPENERS = "「『"
_CJK_CLOSERS = "」』"
_DOUBLE_MARKS = ("’’", "‘‘", "''", "``", '"', "“", "”", "„", "‟", "«", "»", "「", "」", "『", "』")
_SINGLE_MARKS = frozenset("'‘’‚‹›")
# every mark in one scan: a double mark where one stands (so the double marks are those a scan for them alone
# finds), else a single one. Literals only (no character class), so that the scan skips ahead by first character
_ANY_MARK = re.compile("|".join(re.escape(mark) for mark in (*_DOUBLE_MARKS, *sorted(_SINGLE_MARKS))))
_OPEN_CONTEXT = frozenset("([{—–-/\u2026\"“”„‟«»「」『』'‘’")
_CLOSE_CONTEXT = frozenset(".,;:!?)]}—–-/\u2026\"“”„‟«»「」『』'‘’*")
_LOOK = 100  # characters looked back for a title or a preceding word
_MAX_CONTEXT = 5000  # a longer paragraph is not prose: each quote gets the text around it as context
_CONTEXT_MARGIN = 500
_LEDE_WINDOW = 1500  # how far after a lede's "the prelate said", before anyone is named, the holder is looked for
_NAMED_NEXT_WINDOW = 400  # how far after "a high-ranking defector said" the defector's name is looked for
_ANONYMOUS_HEADS = frozenset(  # "a senior official said": serving officials speak unnamed (former ones are named)
    "official officials spokesperson spokesman spokeswoman source sources aide aides".split())
_NAMED_LATER_HEADS = frozenset(  # "A human rights activist has criticized ...": a lede's description of who the story
    # then names; officials and spokespeople are left out, as they often stay unnamed (_ANONYMOUS_HEADS)
    "activist activists expert experts professor scholar analyst defector defectors woman man researcher advocate "
    "author student survivor lawyer pastor missionary academic rapporteur investigator lawmaker lawmakers "
    "campaigner dissident escapee veteran".split())
_MAX_ATTRIBUTED = 80  # a "paragraph" with more quotes is not prose (a dump, a table): spans only, no speakers
_CLOSING_AFTER_COMMA = frozenset("”\"’")  # a quote closed after a comma still needs its reporting clause
_PLAIN_SPACES = {**dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                                        "\u202f\u205f\u3000"), " "),  # no-break, typographic and ideographic spaces
                 **dict.fromkeys(map(ord, "\x0b\x0c\u2028\u2029"), "\n")}  # form feed, Unicode line breaks
_ODD_SPACE = re.compile("[" + "".join(map(chr, _PLAIN_SPACES)) + "]")
_TERMINAL = frozenset(".!?:;\"“”’)]\u2026»」』")

# --- words -------------------------------------------------------------------------------------
# a capitalised token: "U.S." and "Mr." keep their full stop, but "Chol." ends a sentence ("Park Yong Chol. Park"
# is two runs); "Monday.Turner" is two tokens; "Sch?fer": a lost "ä". Written for speed: runs of word characters
# between the rarer "." and "?" (only these start an inner step, so no match has two ways), and each "." or "?"
# tested before the look-behind that qualifies it.
_NAME_TOKEN = (r"[A-ZÀ-ÖØ-Þ][\w’'\-\u2011]*(?:(?:\.(?<=\b\w\.)(?=\w)|\?(?<=\w\?)(?=[a-z]))[\w’'\-\u2011]*)*"
               r"(?:\.(?:(?<=\b[A-ZÀ-ÖØ-Þ]\.)|(?<=\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|Mt|Co|No|Ft)\.)"
               r"|(?<=\b(?:Mrs|Rep|Sen|Gov|Amb|Pvt|Rev|Col|Adm|Gen|Hon|Sgt|Maj|Inc|Ltd|Cpl|Sec|Dep|Pfc|Ven)\.)"
               r"|(?<=\b(?:Brig|Capt|Cmdr|Prof|Supt|Insp|Msgr)\.)"
               r"|(?<=\.[A-ZÀ-ÖØ-Þ]\.))(?!\w))?")  # an initial or an abbreviation, not "Kim Jong Un. Moon said"
_WEEKDAYS_AND_MONTHS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan", "Feb",
                        "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NAME_PARTICLE = r"(?:bin|al|el|van|von|de|da|di|del|der|la|le|dos|du)(?:-[\w’']+|\b)"
_CAPITALISED = re.compile(  # a run of capitalised words; one ending in a hyphen ends it ("Niigata- Kaoru Hasuike")
    rf"{_NAME_TOKEN}(?:(?<![-\u2011])[ \t\u00a0\n]+(?:{_NAME_TOKEN}|{_NAME_PARTICLE}))*")
_POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}
_SUBJECT_FORMS = {"him": "he", "her": "she", "them": "they"}  # an object pronoun standing for the speaker
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
_OTHER_GENDER_NAMES = {"he": "female_given_names", "she": "male_given_names"}  # whom a pronoun cannot stand for
_SAME_GENDER_NAMES = {"he": "male_given_names", "she": "female_given_names"}  # whom it can, by given name
_GENDERED_NOUNS = {  # a description's head noun of one gender, by the given-name list of that gender
    "male_given_names": frozenset("spokesman chairman congressman assemblyman businessman man boy father son brother "
                                  "husband grandfather uncle nephew king prince emperor".split()),
    "female_given_names": frozenset("spokeswoman chairwoman congresswoman assemblywoman businesswoman woman girl "
                                    "mother daughter sister wife widow grandmother aunt niece queen princess "
                                    "empress".split())}
_GENDER_WINDOW = 1500  # how far back "she said" looks for a woman named, when no subject read is one
_PRONOUNS = {"he": "person", "she": "person", "they": "group", "we": "group", "i": "self", "it": "thing"}
_DETERMINERS = frozenset(
    "the a an one another some several many two three four his her their its this that these those".split()
)
_PREPOSITIONS = frozenset(
    "in with of to by for from at on about against between like than under over into after before "
    "toward towards including".split()
)
_SOFT_WORDS = frozenset(
    "also later again then previously recently earlier repeatedly reportedly publicly privately has had have "
    "would will could might may did does do once further similarly separately however too only had has "
    "then-president first last has been on monday tuesday wednesday thursday friday saturday sunday "
    "yesterday today tonight this week month year night morning afternoon evening late early still already "
    "now just even is was were are be been being not never didn't didn’t doesn't doesn’t hasn't hasn’t haven't haven’t "
    "won't won’t wouldn't wouldn’t can't can’t cannot couldn't couldn’t himself herself themselves itself".split()
    # "X did not say", "Ahn himself said"
)
_SUBORDINATORS = frozenset(
    "when as after while whilst since before if although though because despite during following in on at with "
    "for amid unlike like once until".split()
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_DATE = rf"(?:{'|'.join(_WEEKDAYS_AND_MONTHS[:7] + _MONTHS)})(?:[ \t]+\d{{1,2}})?(?:,?[ \t]+\d{{4}})?"
_TIME_OWNER = rf"(?:{_DATE}|[Ll]ast[ \t]+(?:week|month|year)|[Tt]oday|[Yy]esterday)[’']s[ \t]+"  # "Monday's statement"
_EDGE_TIME = re.compile(  # "the Commission of Inquiry in February", "the White House in 2012", "Monday, over 100
    # groups": when, not who
    rf"[ \t]+(?:(?:in|on)[ \t]+(?:{_DATE}|(?:19|20)\d\d)|(?:last|this)[ \t]+(?:week|month|year))$|^{_DATE},[ \t]+(?=\S)"
    rf"|^{_TIME_OWNER}(?=\S)|^(?:19|20)\d\d-\d\d-\d\d[ \t]+(?=\S)")  # a scraped page's "2021-06-17 Kim told"
_TIME_TAIL = re.compile(rf"[ \t]+(?:on[ \t]+)?(?:{_DATE}|today|yesterday|last[ \t]+\w+)[ \t]*[.,]")  # "said Monday."
_SHARE_OF = re.compile(  # "38.9 percent of the respondents", "Just over half of respondents": a share of a group
    r"(?:(?:just|nearly|almost|about|around|roughly|some|another|over|under|more|less|than|a|near)\s+)*"
    r"(?:[\d.,]+\s*(?:%|percent|per\s+cent)|half|a\s+third|two-thirds|a\s+quarter|(?:the|a)\s+majority|most|"
    r"\w+\s+(?:in|out\s+of)\s+(?:ten|10))(?:\s+of(?:\s+the)?\s+(?=\S)|$)", re.IGNORECASE)
_SURVEY = re.compile(r"\b(?:respondents|surveyed|polled|survey|poll)\b", re.IGNORECASE)  # "32.5 percent said": who
_ONLY_REPORTING = frozenset("said says added wrote".split())  # a quote cannot be their subject or object
_CALLING_VERBS = frozenset(  # "called X “...”": the quote names their object
    "call calls called calling describe describes described describing label labels labeled labelled labeling "
    "labelling brand brands branded branding dub dubs dubbed dubbing".split())
_NATIONALITY_WORDS = frozenset(  # (and the words ending in -ese, -ish, -ian, -ean, -can: _is_nationality)
    "u.s us u.k uk u.n un north south soviet german french dutch swiss thai israeli iraqi pakistani saudi kuwaiti "
    "qatari yemeni filipino greek czech".split())
_NAME_COMPLEMENT = re.compile(  # "of Unification", "for the Peaceful ...", "on International ...", not "on Monday"
    rf"[ \t]+(?:of|for|on(?![ \t]+(?:{'|'.join(_WEEKDAYS_AND_MONTHS)})))(?:[ \t]+the)?[ \t]+{_NAME_TOKEN}"
    rf"(?:[ \t]+{_NAME_TOKEN})*|[ \t]+of[ \t]+\d{{1,3}}\b")  # (and "Group of 7")
_REPORTED_NAME = re.compile(  # who a quote-less sentence names: "..., said X.", "according to X", "..., X said."; each
    # choice opens with a literal (the word boundary before "according" is looked back at), so that a search skips
    # ahead to a comma or an "a" instead of trying every position
    rf"(?:,\s+(?:said|says|added|wrote)|A(?<!\wA)ccording\s+to|a(?<!\wa)ccording\s+to)"
    rf"\s+({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN})*)(?=[,.;]|$)"
    rf"|,\s+(?:the\s+)?({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN})*)\s+(?:said|says|added|wrote)\b[^,;]{{0,30}}$")
_ROLE_REPORTS = re.compile(  # "..., the undersecretary of state also said": a role as the reporting verb's subject
    r"(?:^[ \t]*|,[ \t]+)[Tt]he[ \t]+([a-z][\w\-]*(?:[ \t]+(?:of|for|[a-z][\w\-]*)){0,4}?)[ \t]+"
    r"(?:[a-z]+ly[ \t]+|also[ \t]+)?(?:said|says|told|added|stated|warned)\b")
_REPORTED_DESCRIPTION = re.compile(  # a quote-less sentence's closing "..., an official with the embassy told Xinhua."
    r",\s+((?:an?|one)\s+[^,;:\x00\"“”]{2,100}?)(?:\s+[a-z]+ly)?\s+(?:said|says|added|told)\b[^,;\x00]{0,80}$")
_NAME_THEN_ROLE = re.compile(  # a caption's "Name/Title" or "Name(Title)" before a colon
    r"(?:^|[\[\s])([A-ZÀ-ÖØ-Þ][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'\-]*){0,3})\s*(?:(?:/[^/:\n]{2,80})+|\([^()\n]{2,80}\))\s*$")
_LINE_LABEL = re.compile(r"(?:^|[\n.”\"])[ \t•*·–—-]*([A-ZÀ-ÖØ-Þ][^:\x00\n.!?]{0,40}):\s")  # "Cuba: We “thank ...”"
_NAME_THEN_QUOTE = re.compile(r"[ \t]*([A-ZÀ-ÖØ-Þ][^\n:\x00.!?\"“”]{0,60}?)[ \t]*(?:[-–—][ \t]*)?")  # "Kim Ho - "
_AGE_DESCRIPTION = re.compile(r"\d{1,3}-year-old")
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][\w.]*")  # "R-Ohio", "D-N.Y.": a U.S. legislator's party and state
# "Hong’s son", "Kim Jong Un’s younger sister": someone's relative or aide, described through another person
_IN_DOCUMENT = re.compile(r"\bin\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?\w+\s*$")  # "in a press
# statement" before a participle: where the words were published
_POSSESSED_DESCRIPTION = re.compile(  # "Hong’s son", "South Korea’s point man on the North", "Roll Call’s White
    # House correspondent"
    r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s(?:\s+[A-Z][\w.-]*){0,3}(?:\s+[a-z][\w-]*){1,4}"
    r"(?:\s+(?:on|of|for|in|to|at|with)(?:\s+[\w.’'-]+){1,4})?")
_VERB_BEFORE_STATE = frozenset("to will would can could should must did does do and also".split())
_PERFECT = frozenset(("has", "have", "had"))  # "has called North Korea ...": a verb, not "a group called X"
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
                          "fifty sixty seventy eighty ninety hundred hundreds dozen dozens several".split())
_STATES_NOUN_MODIFIERS = _NUMBER_WORDS | frozenset(  # "member states": a noun, not "the report states"
    "member sovereign all other both many some these those hostile rogue pariah client partner rival enemy nuclear "
    "nuclear-weapon weapons neighboring neighbouring non-aligned island gulf arab african asian european repressive "
    "totalitarian authoritarian communist terrorist belligerent relevant participating small failed fellow".split())
_SUBORDINATE_OPENERS = frozenset(  # '"important" after Kim's sister said': her clause, not the quote's
    "if unless when because until whether although though whereas once since after before".split())
_CONJUNCTIONS = frozenset("when as after while whilst since before if although though because once until".split())
_MAIN_CLAUSE_PRONOUN = re.compile(r",\s+([Hh]e|[Ss]he)\s")  # "When ... , he touted": the main clause's subject
_PRONOUN_AFTER_CONJUNCTION = re.compile(  # "... when he said": a pronoun opening a later clause of the sentence
    r"\s(when|as|after|while|since|before|because|once|until|and|but|what|which)\s+(?:he|she)\s")  # "what he called"
_BE_FORMS = frozenset("is was were are be been being".split())
_CLAUSE_CONTRASTS = frozenset("while whilst whereas but although though".split())
_SPEAKING_BODIES = frozenset("group government ministry committee council court office agency commission "
                             "administration party opposition media union association mission embassy "
                             "department".split())
_INVERTED_SUBJECT = re.compile(  # "..., said the envoy", "..., said newly elected Prime Minister Ishiba", "..., said
    # 53-year-old Takuya Yokota"
    r"[ \t]+(?!(?:in|on|at|during|after|before|to|with|from|for|of|that|when|as|while|because|if|but|and|last|this)"
    r"\b)(?:[a-z\d\-]+[ \t]+){0,3}(?:the[ \t]|[A-ZÀ-ÖØ-Þ])")
_IRREGULAR_PAST = frozenset("spent took made gave held met left told said sent went came saw wrote found brought kept "
                            "stood began ran won lost led put set cut became chose drew fell felt got grew heard knew "
                            "meant paid rose sat sought spoke thought threw understood built bought caught fought "
                            "taught struck hung did".split())
_OPENING_WORDS = _SUBORDINATORS | frozenset("earlier later last this meanwhile however but and also separately still "
                                            "yet now instead by from under through across against to of".split())
_OPENING_MARKS = " “”\"‘’'\x00"
_DOCUMENT_NOUNS = frozenset(
    "letter statement release report document article editorial commentary text update declaration "
    "communique memo message column op-ed petition platform comment resolution remarks piece".split())
# "the statement of X", "the fatal shooting of X, who": X speaks (but "the release of three prisoners" is no document)
_OWNED_NOT_SPEAKING = _DOCUMENT_NOUNS - {"release"} | frozenset(
    "dream secretariat recommendations recommendation shooting death killing assassination murder words".split())
_DOCUMENT_PARTICIPLES = frozenset("released issued published sent signed posted distributed".split())
_REDUCED_PASSIVE = re.compile(  # "denounced by X (as) “...”"; not "indicated by his continued “...”"
    r"\s+by\s+(?![a-z]+ing\b|(?:his|her|its|their)\b)((?:[^,.;\x00]|\.(?=\S))+?)(?:\s+as)?\s*$")
_BY_AGENT = re.compile(r"[^,.;\x00]{0,40}?\bby\s")  # "a statement issued Friday by the chairman": its author
_PARTICIPLE_BY = re.compile(  # "a letter seen by Reuters": Reuters did not write it
    r"\s+(?:seen|obtained|carried|published|reviewed|quoted|cited|posted|broadcast|aired)\s+by\s+")
_NAME_ON_TOPIC = re.compile(  # a label's "Sen. Bernie Sanders on ABC's “This Week”" before a colon and a quote
    r"(?:^|[\n•])[ \t]*((?:[A-ZÀ-ÖØ-Þ][\w.’'\-]*[ \t]+){0,4}[A-ZÀ-ÖØ-Þ][\w’'\-]*)[ \t]+on[ \t]+[^:\n]{1,80}$")
_NAME_THEN_CUT = re.compile(  # what follows a quote that the excerpt cuts off: a name, its description, no verb;
    # or a title and a name ("Ministry of Unification spokesman Baik Tae-hyun")
    r"[ \t]*,?[ \t]+(?!Says\b|Said\b)((?:[A-ZÀ-ÖØ-Þ][\w’'.\-]*[ \t]+(?:(?:of|for|the)[ \t]+)?){1,4}[a-z]+[ \t]+"
    r"[A-ZÀ-ÖØ-Þ][\w’'.\-]*[ \t]+[A-ZÀ-ÖØ-Þ][\w’'.\-]*|(?:[A-ZÀ-ÖØ-Þ][\w’'.\-]*[ \t]+){0,3}[A-ZÀ-ÖØ-Þ][\w’'.\-]*)"
    r"(?:,[^.!?\n\x00“”\"]*)?\s*")
_AUTHORED_BY = re.compile(  # "a report carried by KCNA", "a notice signed by Rex Tillerson": who issued it
    r"\s(?:published|carried|signed|issued|released|written|authored|sent)\s+by\s+([^,;\x00]+)")
_DOCUMENT_FROM = re.compile(  # after a speech verb: a document, then who sent it
    r"\s*(?:a|an|the)\s+[^\x00]{0,30}?\b(?:letter|statement|message|petition|memo|report)\b[^\x00]{0,60}?"
    r"\bfrom\s+((?:the\s+)?[A-ZÀ-ÖØ-Þ].*)$")
_SENT_DOCUMENT_BEFORE = re.compile(  # "a statement from X" right before "saying": who sent it
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|message|memo)\s+(?:from|by)\s+((?:the\s+)?"
    r"[A-ZÀ-ÖØ-Þ][^,;\x00]{0,80})$")
_ATTITUDE_VERBS = frozenset(  # a stance or an accord reported inside someone's statement, not a statement of its own
    "hope hopes hoped believe believes believed fear fears feared agree agrees agreed maintain maintains "
    "maintained".split())
_CITING_AUTHOR = re.compile(  # after a medium's speech verb: whose words it passes on
    r",?\s+citing\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|remarks|comments|letter|message|speech|commentary)"
    r"\s+(?:by|from|of)\s+((?:the\s+)?[A-ZÀ-ÖØ-Þ][^,.;\x00]*)")
_QUOTING_PERSON = re.compile(  # after anyone's speech verb and its object: the person whose words they repeat
    r"(?:\s+(?:[\w-]+\s+){0,3}?[\w-]+)?,\s+quoting\s+((?:a|an|the)\s+[^,.;\x00]{1,80}|[A-Z][^,.;\x00]{1,80})")
_QUOTING_SOURCE = re.compile(r",\s+(?:quoting|citing)\s+([^,.;\x00]{1,80})")  # a medium passing someone's words on
_DOCUMENT_SOURCE = re.compile(  # "a statement from North Korea", "an article in Rodong Sinmun"
    r"\b(?:from|by|(?:article|editorial|commentary|column|op-ed)\s+in)\s+((?:the\s+|a\s+)?(?:official\s+)?[A-Z].*)$")
_AUTHOR_BEFORE = re.compile(  # the words before a mention of the document
    r"([A-ZÀ-ÖØ-Þ][\w.\-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.\-]*)*)(?:[’']s|(?<=s)[’'])\s+(?:[\w\-]+\s+){0,3}$"  # "Kim's (press)
    # statement", "Global Times’ editorial"
    r"|^(.{2,120}?)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:said|says|wrote|sent|issued|released|signed|"
    r"delivered|adopted|penned|submitted|published|filed)\s+(?:in\s+)?(?:a|an|the|its|his|her|their)\s+"
    r"(?:[\w\-]+\s+){0,5}$"  # "X sent a letter", "X said in a statement", "X released the draft of its platform"
    r"|(?:^|\s)(?:a|an|the)\s+(?:[a-z\-]+\s+){0,2}((?:[A-Z][\w.\-]*\s+)(?:(?:(?:of|on|for)\s+(?:the\s+)?)?"
    r"[A-Z][\w.\-]*\s+)*)(?:[a-z\-]+\s+){0,2}$"  # "a White House press release", "a damning U.N. Commission of
    # Inquiry report"
    r"|([A-ZÀ-ÖØ-Þ][\w\-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w\-]+)+),\s+[^,\x00]{0,80}?\bauthor\s+of\s+(?:a|an|the)\s+"
    r"(?:[\w\-]+\s+){0,3}$")  # "Olivia Enos, policy analyst for The Heritage Foundation and author of a new report"
_PARTICIPLE_TAIL = re.compile(r"(\b[A-Z][\w.]*|\b[a-z]+)\s+[a-z]+ing\b.*$")  # a participle modifier after a name
# or a noun: "Kim’s wife urging the administration to ..."
_AUTHOR_AFTER = re.compile(  # the words after it
    r"^,?\s*(?:dated [^,]{1,30},\s*)?(?:was\s+|is\s+)?(?:signed|sent|written|issued|drafted|authored|sponsored|"
    r"co-sponsored|introduced|proposed)\s+(?:[a-z]+\s+){0,2}?by\s+"  # (and "issued last week by X")
    r"([^,;\n\x00]{2,80})"  # "the letter, signed by X"
    r"|^\s+(?:to\s+[^,.;\x00]{1,40}?\s+)?from\s+([^,.;]{2,80})"  # "a letter (to Trump) from X"
    r"|^\s+by\s+((?:the\s+)?[A-ZÀ-ÖØ-Þ][^,.;\x00]{1,80})"  # "the report by the Korea Institute for ..."
    # "In its letter, the NCCK (also) reiterated", but not "the resolution, which expressed"
    r"|^,\s+(?!which\b|who\b|that\b)((?:the\s+|a\s+)[^,.;]{2,60}?|[A-ZÀ-ÖØ-Þ][^,.;]{1,60}?)"
    r"\s+(?:(?:also|then|again|[a-z]+ly)\s+)?[a-z]+ed\b")  # (not "According to the report, sanctions exacerbate
    # an already troubled economy")
_ACRONYM = re.compile(r"[A-Z]{3,7}")
_ABBREVIATED_OWNER = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3}|[A-Z]{2,3})[ \t]$")  # "U.S. " before a body's name
_CAPITALISED_RUN = re.compile(  # "National Council of Churches in Korea"
    r"[A-Z][\w’'\-]*(?:[ \t]+(?:(?:of|for|in|on|and|the|&)[ \t]+)?[A-Z][\w’'\-]*)+")
_OPEN_RELATIVE = re.compile(r"(?:,|\s[—–])\s+(?:who|which)(?:[’']s)?\s")  # "Mike Pompeo, who", "Graham — who’s"
_WHAT_IT = re.compile(r"\s(?:what|which)\s+it\s")  # "... with what it said was"
_RELATIVE_PRONOUN_SUBJECT = re.compile(r",\s+(?:which|what)\s+(?:it|he|she|they)\s+$")  # ", which it claimed"
_RELATIVE_AFTER_QUOTE = re.compile(r"[”\"’'\x00]*[ \t]+(?:that|which)[ \t]+(?:the[ \t]+)?[A-ZÀ-ÖØ-Þ]")
_NAME_THEN_RELATIVE = re.compile(  # "Jeong Gi-seop, who" opening a clause
    r"[\s,”\"’'\x00]*((?:[A-ZÀ-ÖØ-Þ][\w’'.\-]*\s+){1,3}[A-ZÀ-ÖØ-Þ][\w’'.\-]*),\s+who(?:[’']s)?\s")
_WHOSE_CLAUSE = re.compile(r"\bwhose\b[^,]*$")  # a name inside "whose ..." up to the next comma
# the name a "whose" clause running to the verb describes, not a name inside it: "Sakie Yokota, 82, whose daughter,
# Megumi, was kidnapped ...,"
_NAME_BEFORE_WHOSE = re.compile(
    r"((?:[A-ZÀ-ÖØ-Þ][\w’'.\-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w’'.\-]*)(?:,\s+\d{1,3})?,\s+whose\s[^\x00]{0,200},$")
_NAMED_PARTICIPLE_AGENT = re.compile(  # a name after a preposition, right before a participle: "from President
    rf"\b(?:from|by|with)[ \t]+((?:[a-z]+[ \t]+)?(?:{_NAME_TOKEN}[ \t]+)*{_NAME_TOKEN})$")  # Trump (calling)"
_CONTINUED_BY = re.compile(  # a quote's next sentence: '“...” Boyle continued, “...”'
    rf"[ \t]*({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,3}})[ \t]+(?:continued|added|went[ \t]+on)[ \t]*[,:][ \t]*[“\"]")
_UNIFICATION_MINISTRY = re.compile(  # the ministry only one side has, with an owner or a description around it
    r"(?:(?:the[ \t]+)?(?:[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?[’']s|(?:South[ \t]+)?Korean)[ \t]+)?"
    r"((?i:unification[ \t]+ministry))(?:[ \t]+in[ \t]+charge[ \t]+of[ \t].*)?")
_REPORTING_LINE = re.compile(  # a line that opens with a reporting clause: "State Department spokesman Robert Wood
    rf"[ \t]*{_NAME_TOKEN}[ \t]+(?:(?:{_NAME_TOKEN}|[a-z]+)[ \t]+){{0,7}}?(?:said|says|added|told|wrote)\b")  # said."
_WHO_THEN_SUBJECT = re.compile(r"\swho\s+(?=[A-ZÀ-ÖØ-Þ])")  # "people who U.N. investigator Elizabeth Salmón said"
_NAME_THEN_WHO = re.compile(r"\b([A-ZÀ-ÖØ-Þ][\w’'\-]*)\s+who\s")
_NOUN_THEN_WHO = re.compile(r"\b([a-z][\w\-]*|[A-Z][\w.]*[A-Z]\.?)\s+who\s")  # "a man who", "a U.N. inquiry who"
_JOINT = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][\w’'.\-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w’'.\-]*)\s+and\s+"
                    r"((?:[A-ZÀ-ÖØ-Þ][\w’'.\-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w’'.\-]*)")
_AS_SAYING = re.compile(  # "quoted Uriminzokkiri, a propaganda website, as saying", "quoted a spokesman as rejecting
    # the findings": the name before any comma
    r"\s+([^,.;\x00]{1,80}?)(?:,[^.;\x00]{0,80}?)?\s+as\s+[a-z]{2,}ing\b")
_QUOTED_NAME_ENDS = re.compile(  # '"...," KCNA quoted Kim.': the person quoted, named where the sentence ends
    r"\s+((?:[A-ZÀ-ÖØ-Þ][\w’'.\-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w’'\-]*)\.(?:\s|$)")
_THEN_COLON = re.compile(r"\s+([^,.;:\x00]{1,60}?)\s*:\s*$")  # "KCNA ... quoted Kim: “...”": the name the colon ends
# the particle right after a Korean quote's closing mark that makes it a quoted statement: '"..."고 말했다'
_KOREAN_SENTENCE_END = re.compile(r"[다요죠][.!?][”\"’']?")  # "...고 말했다. ": the next sentence starts
_KOREAN_QUOTATIVE = re.compile("이?(?:라고|라며|라면서|고|며|면서)")
_QUOTATIVE_FIRST = frozenset("이라고며면")  # the characters it can start with
_BULLETS = " \t\n•*·–—-\x00"
_LY_NOUNS = frozenset(
    "family assembly ally rally supply anomaly monopoly homily daily weekly monthly quarterly".split())
_LABELLED_OBJECT = re.compile(r"[^\x00.;:]{0,60}?\sas\s+[“\"‘']?\x00")  # "... claims over X as “...”"
_OBJECT_FIRST_VERBS = frozenset(  # speech verbs whose object, not an inverted subject, follows them
    "denounced condemned criticized criticised slammed blasted accused praised welcomed rejected dismissed blamed "
    "urged called described labeled labelled branded lambasted decried".split())
_SHORT_ADVERBS = frozenset("also often long never once since even still again already".split())  # "were also"
_OBJECT_TAKING_VERBS = frozenset(  # verbs whose object may be a speech noun ("offered praise", "made remarks")
    "offered offers offer gave gives give made makes make issued issues issue heaped heaps received receives "
    "welcomed welcomes rejected rejects dismissed dismisses ignored ignores".split())
_PARTICIPLE_FIRST = re.compile(r"\s*[a-z]+ed\b")  # "asked if ...", a clause with no subject of its own
_PRONOUN_REPORTS = re.compile(r"\x00[,”\"’']*[ \t]+(?:he|she)[ \t]+(?:said|says|added|adds|told)\b")  # '“...,” he said'
_QUANTIFIERS = frozenset("few number lot majority couple handful dozen host".split())  # "a few report"
_NOUN_OR_VERB = frozenset(  # speech words that are as often nouns
    "answer appeal call calls charge claim claims comment demand demands note notes pledge pledges praise promise "
    "promises question remark remarks replies reply report reports request state tweet tweets vow vows warning brands "
    "labels mentions releases".split())
_NAMED_OUTLET = re.compile(  # lower-case modifiers, a name, then what kind of outlet it is
    r"(?:[a-z][\w\-]*\s+){0,3}([A-ZÀ-ÖØ-Þ][\w.\-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.\-]*){0,3})"
    r"(?:\s+(?:news|state|newspaper|agency|daily|paper|website|[Ww]eb\s+site|broadcaster|outlet|commentary|editorial"
    r"|propaganda)){1,3}")  # (and "Uriminzokkiri propaganda website")
_DEMONYM = re.compile(r"(?:(?:North|South|East|West)[ \t-])?[A-Z][a-z]+(?:ese|ish|ian|ean|can|-language)")
_MEDIUM_NOUNS = _DOCUMENT_NOUNS | {"interview", "speech", "briefing", "remarks", "post", "tweet", "broadcast"}
_TITLE_CUES = frozenset({"so-called", "titled", "entitled", "headlined"})  # what follows is a name, however long
_NAMING_VERBS = frozenset(("called", "named", "dubbed"))  # a title after "a memoir called"
_TITLE_JOINERS = frozenset({"and", "of", "the", "on", "for", "in", "&"})
_OWNER_BEFORE_NAME = re.compile(  # "North Korea's", "the African country's" before a name
    r"^[A-ZÀ-ÖØ-Þ][\w.\-]*(?:\s+[\w.\-]+){0,3}?(?<!People)[’']s\s+(?:[a-z][\w\-]*\s+){0,2}(?=[A-Z])")
_PLACE_MODIFIER = re.compile(  # "U.N.-backed", "Seoul-based", "state-run" before a body's name: not part of it
    r"^\S+-(?:backed|based|run|led|owned|funded|sponsored|affiliated|controlled|mandated)[ \t]+(?=[A-ZÀ-ÖØ-Þ])")
_SPELLED_SIDE = {"N": "North", "S": "South"}  # "N. Korea", "S. Korea" in headlines
_OWNER_BEFORE_BODY = re.compile(r".*[’']s\s+(.+)")  # "North Korea’s foreign ministry": the body after its owner
_OWNER_OPENING = re.compile(r"[A-ZÀ-ÖØ-Þ][\w.\-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.\-]*){0,3}[’']s\s")  # "Russia's", "U.N.'s"
_BODY_PATTERNS = {head: re.compile(  # "unification ministry", "South Korean foreign ministry", "North's mission"
    rf"(?<![\w’'])((?:[A-Z][\w\-]*(?:[’']s)?[ \t]+){{0,3}}[A-Za-z][\w\-]*(?:[’']s)?)[ \t](?i:{head})\b")
                  for head in "ministry office committee agency department mission council commission".split()}
_DASH_CREDIT = re.compile(  # a dash, then who said it, to the paragraph's end: '" — Mr. Shin Dong-hyuk, defector'
    r"[ \t\u00a0]*(?:[—–―]|--?(?=[ \t]))[ \t\u00a0]*([A-ZÀ-ÖØ-Þ][^\"“”\x00\n]{1,100}?)[ \t.]*")
_NAME_CREDIT = re.compile(  # a full name and an appositive to the paragraph's end: '” Choe Myong Nam, ambassador.'
    rf"[ \t\u00a0]+({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{1,3}}),[ \t]+[^\"“”\x00\n.!?]{{5,150}}\.[ \t]*")
_UNNAMED_ONES = frozenset({"one", "another", "someone", "somebody"})  # a speaker the text leaves unnamed
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
_OBJECT_NEXT = re.compile(r"[ \t]+[A-Za-z]")  # after a quote standing for a verb, its object: "the resolution"
_QUOTED_PAST = re.compile(  # "categorically rejected", "strongly condemned"; a headline's "categorically and
    r"(?:[A-Za-z]+ ){0,2}[a-z]+ed|(?:[A-Za-z]+ly (?:and )?){1,3}[a-z]+s")  # totally rejects"
_QUOTED_VERB = "[“\"]\x00+[”\"]"  # a quote standing for the verb: Kim "flatly rejected" the resolution
_CLAUSE_OPENER = re.compile(  # a sentence opening with a name and a finite verb: "South Korea rejected", "Kim made"
    rf"^[\s“”\"‘’'«»\x00,.]*({_NAME_TOKEN}(?:[ \t\u00a0]+{_NAME_TOKEN})*)\s+"
    rf"(?:(?:[a-z]+(?:ed|s)|has|had|have|will|{'|'.join(sorted(_IRREGULAR_PAST))})\b|{_QUOTED_VERB})")
_PARTICIPLE_OPENING = re.compile(r"[\s“”\"‘’'\x00]*([A-Z][a-z]+ing)\s")  # "Describing", "Calling" opening a sentence
_PREPOSITION_PARTICIPLES = frozenset(  # sentence openers in -ing that lead no participle clause of the subject's:
    # prepositions, nouns and names ("Morning", "Beijing")
    "Following Including Regarding Concerning According Considering Excluding Barring Pending Notwithstanding "
    "Morning Evening Spring Beijing Nanjing Chongqing".split())
_WITH_SUBJECT = re.compile(  # "with Russia urging"; the literal first, as in _REPORTED_NAME
    r"with(?<!\wwith)\s+((?:[a-z]+\s+)?(?:[A-ZÀ-ÖØ-Þ][\w’'.\-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w’'.\-]*)$")  # "with leader Kim"
_OWN_NAME_MODIFIES = re.compile(r"\s+(?:administration|government|cabinet|camp|campaign|team|family|era|doctrine)\b")
_INVERTED_CLAUSE = re.compile(r",\s+([a-z]+)\s+(?:[A-Z]|(?:the|a|an)\s)")  # ", said Sen. X", ", said the official"
_THE_ROLE_OPENING = re.compile(  # "The congresswoman", "And the vice president", "On Monday, the minister"
    r"[\W\x00]*(?:[A-Za-z]+\s+)?(?:[^,\x00]{0,60},\s*)?[Tt]he\s+[a-z]")
_PASSIVE_AGENT = re.compile(  # "is being directed at Japan by", "was condemned by"
    r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b[^,.;:\x00]{0,60}?\bby\s+")
_OWNER_AFTER_WORD = re.compile(  # the lower-case word before a possessor's name: "on Chairman Infantino's "
    r"\b([a-z]+)\s+(?:(?:[A-Z][\w.\-()]*|of|the)\s+){0,5}[A-Z(][\w.\-()]*[’']s\s+$")  # "to Voice of America (VOA)'s"
_SPEECH_ACTS = _ONLY_REPORTING | frozenset("told tells asked asks replied replies answered stated".split())
_KIM_JONG_UN = re.compile(r"Kim Jong[ -]Un")
_OFFICE_OF = re.compile(r"([a-z]+)\s+of\s")  # "chairman of": a name after it is the office's body, not its holder
_NEVER_IN_NAMES = frozenset("has have had is was were does did can would should could what who why how where".split())
_WITH_NOUN_PHRASE = re.compile(  # "with an official saying", "with a spokesperson for the ... Committee calling"
    r"(?:^|[\s(])with\s+((?:the|a|an|one|its|his|her|their|[A-ZÀ-ÖØ-Þ][\w’'.\-]*)\s[^,;:.!?\x00“”\"()]{0,100}"
    r"|[A-ZÀ-ÖØ-Þ][\w’'.\-]*)$")
_TRAILING_TIME = re.compile(  # "last summer", "at one point", "on Monday" between a subject and its verb
    r"\s+(?:at\s+one\s+point|(?:last|this|next)\s+(?:week|month|year|summer|winter|spring|fall|autumn)"
    r"|on\s+[A-Z][a-z]+day|in\s+(?:19|20)\d\d)$")
_AGENT = re.compile(r"^[\s,\x00”\"’]*(?:and\s+)?[^.;]{0,40}?\bby\s+([^,;\x00]{2,80})")
_CLAUSE_VERBS = frozenset("has have had is was were are will would can could should must".split())
_NAME_AFTER_DESCRIPTION = re.compile(
    r"(?:^|\s)(?:[Tt]he|[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne\s+of|[A-ZÀ-ÖØ-Þ][\w.\-]*[’']s)\s+"
    r"[^,]{1,60},\s+((?:[A-ZÀ-ÖØ-Þ][\w’'.\-]*\s+){0,4}[A-ZÀ-ÖØ-Þ][\w’'.\-]*(?:\s+and\s+[A-ZÀ-ÖØ-Þ][\w’'.\-]*)?),$")
# "Bae's sister, Terri Chung,", "Warmbier's parents, Fred and Cindy,"
_FULL_NAME = r"(?:[A-ZÀ-ÖØ-Þ][\w’'.\-]*[ \t]+){1,3}[A-ZÀ-ÖØ-Þ][\w’'.\-]*"  # two to four capitalised words
_NAME_LIST = re.compile(  # people named together: "Ileana Ros-Lehtinen, Edward Royce and Donald Manzullo"
    rf"{_FULL_NAME}(?:,\s+{_FULL_NAME}){{0,20}},?\s+and\s+{_FULL_NAME}")
_NAMES_AFTER_GROUP = re.compile(  # a group, then its members by name: "the three Republican legislators from the
    # House of Representatives, Ileana Ros-Lehtinen, Edward Royce and Donald Manzullo,"
    rf"(?:^|\s)[Tt]he\s+(?=[^,]{{0,120}}?\b[a-z]{{3,}}s\b)[^,]{{1,120}},\s+({_NAME_LIST.pattern}),$")
_TOKEN = re.compile(r"\S+")
_BEEN_NEXT = re.compile(r"\s+been(?!\S)")  # the next token is "been"
_DASHES = frozenset(("--", "—", "–", "-", "•"))  # "SEOUL, Aug. 2 (Yonhap) -- North Korea said": a dateline ends
_CLAUSE_STOPS = frozenset(
    "who which that whose where when while whilst because although though as in at on during to after before "
    "about for with from and but if what since until unless whereas".split()
)
_MEDIA_NOUNS = frozenset(
    "newspaper paper daily agency outlet commentary editorial broadcaster website station mouthpiece".split())
_MEDIA_AUTHORED = _MEDIA_NOUNS | {"article", "column"}  # "the article said": the news outlet last named
_MEDIA_WORDS = ("outlet", "sinmun", "kcna", "agency", "uriminzokkiri", "meari", "news", "times", "herald", "post",
                "daily", "journal", "yonhap", "xinhua")
_REGNAL_TITLES = frozenset({"pope", "king", "queen", "prince", "princess", "emperor", "empress"})
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "madam", "madame", "mme", "dr", "sir", "dame", "lord",
                              "ven", "venerable"})  # "Ven. Jaseung": a monk named by his dharma name alone
_HEADS_OF_GOVERNMENT = ("leader", "president", "prime", "premier", "chancellor")  # "the Japanese leader"
_TOP_DIPLOMATS = (  # a country's "top diplomat", or the EU's (its High Representative for Foreign Affairs)
    ("minister", "foreign"), ("secretary", "state"), ("representative", "foreign"))
_ROLE_CLASSES = {  # titles that name one office: "Rep. Young Kim" is "Congresswoman Kim"
    **dict.fromkeys(("rep", "rep.", "reps", "representative", "congressman", "congresswoman", "lawmaker",
                     "assemblyman"), "legislator"),
    **dict.fromkeys(("sen", "sen.", "sens", "senator"), "senator"),
    **dict.fromkeys(("spokesman", "spokeswoman", "spokesperson"), "spokesperson"),
    **dict.fromkeys(("premier", "prime"), "premier"),  # "the Japanese premier" is "Prime Minister Fumio Kishida"
    **dict.fromkeys(("adviser", "advisor", "aide"), "adviser"),  # "the presidential aide": the adviser introduced
    **dict.fromkeys(("cardinal", "archbishop", "bishop", "prelate"), "prelate"),  # "the prelate": the cardinal
    **dict.fromkeys(("ambassador", "envoy", "amb", "amb."), "envoy"),  # "the former ambassador": the one introduced
    # as "Washington's top envoy to Seoul"
    **dict.fromkeys(("chairman", "chairwoman", "chairperson", "chair"), "chair"),  # "the Hyundai chairwoman": the
    # group's chairperson
}
_PREPOSITIONS_AND_DETERMINERS = _PREPOSITIONS | _DETERMINERS
_LINE_END_FUNCTION_WORDS = _PREPOSITIONS_AND_DETERMINERS | {"and", "or", "but", "nor"}  # no paragraph ends so
_PREPOSITIONS_BUT_TO = _PREPOSITIONS - {"to"}  # "to say" is an infinitive, "in said launches" an adjective
_PREPOSITIONS_BUT_OF = _PREPOSITIONS - {"of"}  # "leaders of the civic groups": the groups, if not the leaders
_LINKING_WORDS = _PREPOSITIONS_AND_DETERMINERS | {"and", "or", "of"}
_CLAUSE_END = re.compile(r"[,;:!?\x00()]|\.(?=\s|$)")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")  # "p.j" of "P.J.", lower-cased, its last full stop cut
_POST_MODIFIER = re.compile(  # what follows a description's head noun: "of ...", "specializing in ..."
    r"\s+(?:of|for|at|from|with|in|to|on|[a-z]{3,}ing(?=\s+(?:in|on|at|for|with|as)\s))\s+")
_SENTENCE_OPENING = re.compile(r"^[\s“”\"‘’'«»]*(?:\x00+[,.!?]?[”\"’»]*\s*)?")  # marks and a quote's blanks
_TRAILING_NAME = re.compile(rf"(?<![\w’'\-.])([a-z][\w’'\-]*)\s+({_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*)$")
_PAIR_DESCRIPTION = re.compile(  # "the two sides", "both leaders", "the lawmakers": two people named before; also
    r"(?:(?i:the|both)(?:\s+two)?|(?i:two))(?:\s+[a-z\-]+)?\s+(?:leaders|sides|presidents|politicians|ministers|pair|"
    r"couple|lawmakers|senators|congressmen|congresswomen)|(?i:the\s+two|both)(?:\s+(?:men|women))?")  # "two sides",
# a subject whose "the" the reading cut off ("On April 27, the two sides agreed")
_DELEGATE_HEADS = frozenset({"representative", "delegate"})  # UN meetings coverage names speakers by their country
_INITIAL = re.compile(r"[A-ZÀ-ÖØ-Þ]\.")  # a given name's initial: "C." of "John C. Demers"
_VERB_AFTER_NAME = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+)\b")  # "Williams (also) said"
_LOOK_AROUND = 4000  # characters either side of a word that _written_as_name reads
_NEWCOMER_WINDOW = 300  # characters before a quote within which "a ... official" is the "the official" it names
_PAIR_WINDOW = 600  # characters before the quote within which "the two" finds its pair
_COUPLE = re.compile(rf"\b({_NAME_TOKEN}) and ({_NAME_TOKEN}) ({_NAME_TOKEN})\b")  # "Fred and Cindy Warmbier"
_NAMED_PARENTS = re.compile(rf"\b({_NAME_TOKEN})[’']s parents, ({_NAME_TOKEN}) and ({_NAME_TOKEN}),")  # "Warmbier's
# parents, Fred and Cindy,"
_PARENTS = re.compile(  # who a couple is called: "the Warmbiers", "Otto Warmbier's parents", "the parents of X"
    r"(?:[Tt]he\s+)?(?P<family>[A-Z][a-z\-]+)s|(?P<owner>(?:[A-Z][\w.’'\-]*\s+)*[A-Z][\w.\-]*)[’']s\s+parents"
    r"|(?:[Tt]he\s+)?parents\s+of\s+(?:[a-z\-]+\s+){0,4}(?P<child>(?:[A-Z][\w.’'\-]*\s+)*[A-Z][\w.\-]*)"
    r"|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:parents|couple)")
_COUPLE_TAIL = re.compile(rf" and ({_NAME_TOKEN} {_NAME_TOKEN})\b")  # "[Fred] and Cindy Warmbier"
_TRAILING_DASH_ASIDE = re.compile(  # " – who died in 2017 –", "--the European Union's executive body--"
    r"(?:\s+[–—]\s|\s*--\s*|[–—](?=(?:which|who)\s))[^–—\x00]{1,200}?(?:\s[–—]|\s*--|(?<=\w)[–—])$")  # "HRNK—which
# also spoke to defectors—": unspaced dashes around a relative clause
_DASHED_RELATIVE = re.compile(r"[–—](?:which|who)\s+(?:[\w-]+\s+)?$")  # "—which also" before an aside's verb
_ON_DAY_OF_MONTH = re.compile(r"\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th)$")  # "on the 15th", as Korean outlets date
_ON_WEEKDAY_AND_DATE = re.compile(  # "Russia on Thursday, November 20, slammed": when, between subject and verb
    rf"\s+on\s+(?:{'|'.join(_WEEKDAYS_AND_MONTHS[:7])}),\s+(?:{'|'.join(_MONTHS)}|(?:{'|'.join(_WEEKDAYS_AND_MONTHS[7:])})\.?)"
    r"\s+\d{1,2}(?:,\s+\d{4})?,$")
_SPEAKING_ASIDE = re.compile(r",?\s+speaking\s+(?:(?:on|to|under|with|at|in|from)\b[^,.;\x00]*|anonymously),?$")
_GOES_ON_TO = re.compile(  # "went on to say", "likes to call": the verb's subject is the catenative's
    r"\s+(?:(?:went|goes|go|going|gone)\s+on|likes?|liked|loves?|loved|tends?|tended|prefers?|preferred|continues?"
    r"|continued|seems?|seemed|appears?|appeared)\s+to$")
_OWNER_THEN_MODIFIER = re.compile(r"(.*[^\s’'])[’']s\s+([a-z]+)")  # "Trump’s public" (promise)
_TRAILING_AGE = re.compile(r",\s*\d{1,3}\s*$")  # "Sakie Yokota, 89, the mother of ..., said"
_TRAILING_PARENTHESIS = re.compile(r"\s*\((?:[^()\x00]{0,60}|[“\"‘']\x00{1,40}[”\"’'])\)\s*$")  # "(DPRK)", "(“HRNK”)"
_NAME_FINAL_WORDS = frozenset({"Now"})  # stop words that end a body's name ("Korea Peace Now", "Peace Now")
_HONOURS = frozenset({"ac", "ao", "cmg", "obe", "mbe", "cbe", "kbe", "qc", "kc", "mp", "mep"})  # (and a seat: "MEP")
_SURNAME_STOPWORDS = frozenset({"so", "no", "do", "ko", "ha"})  # Korean surnames spelt like English words
_GIVEN_NAME_STOPWORDS = frozenset({"in", "an", "so", "do", "on"})  # the last syllables of "Moon Jae In", "Lee Jae An"
_GROUP_NOUNS = frozenset("group organization organisation company firm coalition association charity movement "
                         "campaign alliance foundation watchdog".split())  # what "the group said" may call a named body
_ABSTRACT_NOUN_ENDINGS = ("tion", "sion", "ness", "ism", "ship")  # "Provocation", "Readiness": no name's words
_TO_BE_SUFFIXES = ("-designate", "-nominee", "-elect")
_OWNED_DOCUMENT = re.compile(  # a named body's or person's statement, story, stance: the owner speaks
    r"((?:[A-ZÀ-ÖØ-Þ][\w.’'\-]*\s+(?:(?:of|for|and|the)\s+)*)*[A-ZÀ-ÖØ-Þ][\w.\-]*?)(?:[’']s)?\s+"
    r"(?:statement|stance|guidance|story|lawsuit|remarks|comments|position)")
_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Keo-don" of "Oh Keo-don"
_FIELD_OPENERS = frozenset({"of", "for"})  # "Minister of Natural Resources Alexander Kozlov": a field, then a name
_REPORT_MODIFIERS = frozenset("annual latest new recent final interim special joint first second third formal "
                               "preliminary comprehensive separate previous past earlier own public lengthy".split())
_OUTLET_HEADS = frozenset("outlet website site newspaper paper daily agency group organization organisation "
                          "broadcaster magazine".split())  # what an unclosed "X, a propaganda outlet said" calls X
_GROUP_NAME_WORDS = frozenset(  # words that make a name a group's, not a place's or a government's
    "committee council association foundation institute movement coalition alliance network center centre union "
    "solidarity society federation league fund service watch tours church churches campaign group forum "
    "organization organisation company".split())
_GENERIC_BODIES = frozenset({"ministry", "mission", "office", "department", "embassy"})
_GENERIC_BODY_WORDS = frozenset({"foreign", "defense", "defence", "unification", "interior", "justice", "state",
                                 "un", "u.n.", "permanent", "government", "communications", "presidential", "press",
                                 "information", "affairs", "home", "finance", "treasury"})
_ONE_SIDE_BODY_WORDS = frozenset({"unification", "presidential"})  # generic words, but one such body in these stories
_STATE_NOUNS = frozenset("news media television tv radio agency newspaper broadcaster department councillor councilor "
                         "secretary visit dinner funeral of security affairs propaganda prosecutors prosecutor "
                         "mouthpiece outlet outlets press officials official leader leaders".split())
_ENVOY_NOUNS = frozenset("envoy envoys ambassador ambassadors mission delegation delegate representative adviser "
                         "advisor advisers advisors".split())  # "X to the Y" is their title, not an infinitive
_ENVOY_BODIES = frozenset({"mission", "delegation"})  # bodies whose name may run on "to the UN" ("in Geneva")
_ENVOY_COMPLEMENT = re.compile(  # " to the United Nations in Geneva" after "North Korea's mission" (not "on Monday")
    rf"[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z][\w.’'\-]*"
    rf"(?:[ \t]+(?:in[ \t]+)?(?!(?:{'|'.join(_WEEKDAYS_AND_MONTHS)})\b)[A-Z][\w.’'\-]*){{0,5}}")
_TOPIC_NOUNS = _ENVOY_NOUNS | {"policymaker", "rapporteur", "expert", "experts", "specialist", "man"}  # "... on X"
_CREDIT_BEFORE = re.compile(r"(?i)\b(?:photo|photograph|image|credit|pictured)(?:\s+by)?\s*[:=]?\s*$")
_GLUED_WORDS = re.compile(r"\b[A-Z][a-z]{3,}+(?=[A-Z][a-z])")  # "AltonDavid"; not "McDonald", "MacArthur"
_KIN_NOUNS = frozenset({"father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "parents",
                        "uncle", "aunt", "widow", "grandson", "granddaughter", "grandmother", "grandfather", "nephew",
                        "niece"})  # "the father of Otto Warmbier", "his father": someone other than the one named
_KIN_OF = re.compile(rf"\b(?:{'|'.join(sorted(_KIN_NOUNS))})s?\s+of\s+(?:[a-z][\w\-]*\s+){{0,3}}$")
_NEAREST = 8  # how many of a person's mentions before a quote _fullest weighs (the latest ones) ...
_MANY_MENTIONS = 32  # ... when a name has more mentions than this
_DIRECT_RESPELLINGS = 8  # words _respelt compares with every surname before it indexes them
_DEATH_WORDS = ("died", "was killed", "passed away", "late")  # "X, who died", "the late X"
_DIED_APPOSITIVE = re.compile(r",?\s+(?:(?:an?|the)\s+[^,.;]{0,40}?\s+)?(?:who\s+)?$")  # ", an American who"
_SENTENCE_ADVERBS = frozenset("thus hence moreover furthermore nevertheless nonetheless indeed besides therefore "
                               "accordingly consequently likewise similarly otherwise meanwhile however still yet "
                               "instead".split())  # "Thus continues what Rodman has referred to as": nobody's name
_PARTY_MEMBERS = frozenset({"democrat", "republican"})  # capitalised, yet a role: "the California Democrat said"
_ROLES_THEN_NAME = re.compile(r"(?:[a-z][\w’'\-]*\s+){1,4}([A-ZÀ-ÖØ-Þ][\w’'\-.]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'\-.]*){1,3})")
_TITLE_THEN_NAME = re.compile(r"\b([a-z]+)\s+((?:[A-ZÀ-ÖØ-Þ][\w’'\-]*\s+){1,3}[A-ZÀ-ÖØ-Þ][\w’'\-]*)$")
_FINITE_VERB = re.compile(r"\b(?:[a-z]+ed|has|have|had|was|were|is|are|took|made|gave|held|met|left|told|said|"
                          rf"says|called|urged|staged|sent)\b|{_QUOTED_VERB}")
_ED_ADJECTIVES = frozenset("united concerned involved related interested detained abducted affected unnamed "
                           "unidentified retired elected appointed designated".split())
_PLURAL_ONLY_NOUNS = frozenset(  # plurals after a name that are never its verb ("a U.S. rights activist")
    "rights officials affairs relations troops".split())
_WITHHELD = frozenset({"unnamed", "unidentified", "anonymous"})
_TIME_WORDS = frozenset("year week month day weekend night morning afternoon evening earlier later also again once "
                        "recently previously repeatedly".split())
_WORDS_BEFORE_CALLED_VERB = _TIME_WORDS | frozenset(_PRONOUNS) | _PERFECT  # "last year called", "has called"
_NOUN_MARKERS = frozenset(
    "a an the his her their its our this that conference phone press news no any direct other".split())
_EDGE_PUNCTUATION = ".,;:!?()[]\"“”‘’'—–"  # what _bare strips from a word
_BYLINE = re.compile(r"By (?:[A-Z][\w.’'-]*\s?)+(?:(?:,\s|\sand\s)(?:[A-Z][\w.’'-]*\s?)+)*")
_LINK_LABEL = re.compile(r"(?:RELATED|Related|READ MORE|Read more|ALSO READ|Also read|SEE ALSO|See also|WATCH):?\s")
_DASH_BREAK = re.compile(r"\s(?:--|—|–|-)\s|\)(?:--|—)")  # a dateline's dash: no appositive runs across it
_NAMED_APPOSITIVE_THEN_VERB = re.compile(  # a name, an appositive set off by commas, then the verb that reports
    rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}},[^,.!?“”\"\x00]{{1,160}},\s+(?:[a-z]+ly\s+)?([a-z]+)\b")
_APPOSITIVE_HEAD_END = re.compile(r"\s(?:of|for|to|at|in|with|who|that|which|based)\s")  # "a propaganda outlet| of"
_TITLE_SMALL_WORDS = frozenset("of the a an and in on for to with at by from".split())  # lower case in a title
_NP_PREPOSITIONS = frozenset("of for at from with in".split())
_TITLED_OWNER = re.compile(r"((?:[A-Z][\w.\-]*\s+)+[A-Z][\w\-]*)[’']s\s+[a-z]")  # "Mr Carr's spokesman"
_OBJECT_PHRASE_STOPS = _CLAUSE_STOPS - _NP_PREPOSITIONS - {"the"} | {"through", "via"}  # where "said X" or
# "according to X" ends ("reported the deputy director general ... through state media")
_WHEN_WORDS = frozenset(day.lower() for day in _WEEKDAYS_AND_MONTHS[:7]) | {"yesterday", "today", "tonight"}
_ABBREVIATIONS = frozenset(
    "mr mrs ms messrs dr sen sens rep reps gov gen lt col st jr sr prof pres rev ven no vs u.s u.n u.k e.g i.e jan "
    "feb aug sept amb oct nov dec adm sgt capt maj cmdr ft mt dept brig supt insp msgr".split()
)
_SENTENCE_END = re.compile(  # "issue.Thae Yong-ho said": scraped text often loses the space after a full stop
    r"[.!?][”\"’)\]]*\s+(?=[“\"‘«(\[]?[A-ZÀ-Þ0-9\x00])"
    r"|[.!?](?<=[a-z\x00]{2}[.!?])[”\"’]?(?=[“\"‘«]\x00|[A-Z][a-z])")  # both open with [.!?]: a fast scan
_POSSESSIVE_SOURCE = re.compile(
    r"([A-ZÀ-ÖØ-Þ][\w\-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w\-]*)*)[’']s\s+(?:[\w\-]+\s+){0,5}?"
    r"(?:address|speech|remarks|statement|words|tweet|letter|interview|message|comments|testimony|post|"
    r"op-ed|column|book|memoir|report|briefing|declaration|account|plea|call|warning|pledge|vow|demand|claim)s?\b"
)


@dataclass(slots=True)
class _Mention:
    name: tuple[str, ...]
    folded: tuple[str, ...]  # the name's tokens as _fold gives them
    roles: frozenset[str]
    position: int
    is_person: bool


@dataclass(slots=True)
class _Span:
    """One quote's content ``[start, end)``, where its opening mark starts and its closing mark ends
    (``close_end`` is None for a quote left open)."""

    start: int
    end: int
    open_mark: int
    close_end: int | None


@dataclass(slots=True)
class _Attribution:
    speaker: str | None
    found: bool
    kind: str


_MentionFields = tuple[tuple[str, ...], tuple[str, ...], frozenset[str], int, bool]  # _Mention's, in order
_RoleEntry = tuple[frozenset[str], tuple[str, ...], tuple[str, ...], frozenset[str], int, bool]  # keys, then those


_LAZY_LOOKUPS = 16  # words looked up one scan each before the role index files every mention by word


class _RoleIndex:
    """The mentions by role word or organisation word ("minister", "ministry", "kcna"), filed lazily: an article
    names hundreds of such words and looks up one or two, so each mention is kept as its keys and fields, and a
    word's list is made when the word is first looked up."""

    def __init__(self) -> None:
        self._entries: list[_RoleEntry] = []  # in text order
        self.add = self._entries.append  # files one such entry (a bound method: the mention table's hot path)
        self._filed: dict[str, list[_Mention]] = {}
        self._positions: list[int] | None = None  # the entries' positions, for mentions_between
        self._by_key: defaultdict[str, list[_RoleEntry]] | None = None  # every entry by word, once many are asked

    def mentions_between(self, start: int, end: int) -> list[_MentionFields]:
        """The mentions standing from ``start`` to before ``end``, in text order (found by bisection, so that a
        look back over a few paragraphs costs the same in a long text)."""
        if self._positions is None or len(self._positions) != len(self._entries):
            self._positions = [entry[4] for entry in self._entries]
        return [entry[1:] for entry in self._entries[bisect_left(self._positions, start):
                                                     bisect_left(self._positions, end)]]

    def get(self, key: str, default: list[_Mention]) -> list[_Mention]:
        """The mentions filed under ``key``, in text order; ``default`` if there are none (as ``dict.get``)."""
        filed = self._filed.get(key)
        if filed is None:
            if self._by_key is None and len(self._filed) >= _LAZY_LOOKUPS:  # many words looked up (a long text
                self._by_key = defaultdict(list)  # naming many people): file every entry once, so that time
                for entry in self._entries:  # stays linear
                    for word in entry[0]:
                        self._by_key[word].append(entry)
            entries = self._by_key.get(key, ()) if self._by_key is not None else (
                entry for entry in self._entries if key in entry[0])
            filed = self._filed[key] = [_Mention(*entry[1:]) for entry in entries]
        return filed or default


# ------------------------------------------------------------------------------------------------
def extract_quotes(text: str) -> list[Quote]:
    """Every quoted statement of ``text`` with its offsets, speaker, kind and paragraph.

    >>> [ (q.text, q.speaker, q.kind) for q in extract_quotes('“We will press on,” said Kim Tae-hoon. “Now.”') ]
    [('We will press on,', 'Kim Tae-hoon', 'direct'), ('Now.', 'Kim Tae-hoon', 'continuation')]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_quotes expects str, got {type(text).__name__}")
    if not text:
        return []
    # Python's cyclic garbage collector is paused: extraction makes no reference cycles (reference counting
    # frees all it allocates), yet its many small objects trigger full collections that cost a third of the
    # time on a 1 MB input. The collector's previous state is restored (inline: a context manager costs more
    # than a short article's collections).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _Article(text).quotes()
    finally:
        if enabled:
            gc.enable()


def paragraph_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the paragraph (as the extractor splits them) that holds ``text[start:end]``."""
    for p_start, p_end in _paragraphs(text):
        if p_start <= start < p_end or (p_start < end <= p_end):
            return p_start, p_end
    return start, end


def sentence_span(paragraph: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the sentences of ``paragraph`` that hold ``paragraph[start:end]``, split as the extractor
    splits them (not after "Mr." or "U.S.", nor between a quoted question and its "Lee said").

    >>> text = "Talks went on. Mr. Kim said it was QUOTE at the time. Nobody agreed."
    >>> text[slice(*sentence_span(text, 35, 40))]
    'Mr. Kim said it was QUOTE at the time.'
    """
    first, last = start, end
    for s_start, s_end in _sentences(paragraph, 0):
        if s_start <= start < s_end:
            first = s_start
        if s_start < end <= s_end:
            last = s_end
    while last > first and paragraph[last - 1].isspace():
        last -= 1
    return first, last


class _Article:
    """The state of one article while its quotes are attributed: mentions, last subject, last speaker."""

    def __init__(self, text: str) -> None:
        self.source = text  # what the quotes and contexts are cut from
        # the rules below read one kind of space and of line break; each odd one stands for one, so offsets hold
        # (a CR LF as a space and a line break: "Yu Myung\r\nHwan" is one name, as "Yu Myung\nHwan" is)
        if _ODD_SPACE.search(text):
            text = text.translate(_PLAIN_SPACES)
        if "\r" in text:
            text = text.replace("\r\n", " \n").replace("\r", "\n")
        self.paragraphs = _paragraphs(text)
        if "\n" in text:  # a line break inside a paragraph (wrapped copy: "said Rep Kweon\nSeong-dong") is a space
            text = _spaced_line_breaks(text, self.paragraphs)
        self.text = text
        marks = _Marks(text)
        self.spans = [_pair_marks(text, start, end, *marks.to_read(start, end)) for start, end in self.paragraphs]
        self.masked = [_masked(text, start, end, spans) for (start, end), spans in
                       zip(self.paragraphs, self.spans, strict=True)]
        self.people_by_token: defaultdict[str, list[_Mention]] = defaultdict(list)  # folded name token -> people
        self.by_role = _RoleIndex()  # role or organisation word -> mentions
        headlines = []
        for (start, _), masked in zip(self.paragraphs, self.masked, strict=True):
            if _is_headline(masked):  # "Franklin Graham Declares ...": Title Case joins words to names
                headlines.append((masked, start))
            else:
                self._collect_mentions(masked, start)
        for masked, start in headlines:  # but "Vice President Mike Pence (@VP)" over a story on "Pence"
            self._collect_headline_people(masked, start)
        # (masked sentence, offset, its speaker, False), or (masked paragraph, offset, None, True) for a paragraph
        # without quotes, split into sentences only if current_subject reads back that far
        self.sentences_read: list[tuple[str, int, str | None, bool]] = []
        self.known_people: dict[tuple[str, ...], bool] = {}  # _is_known_person's answers
        self.longest_names: dict[tuple[str, ...], str] = {}  # _longest_with_prefix's answers
        self.longer_firsts: dict[str, list[tuple[int, tuple[str, ...]]]] = {}  # _longer_name's table
        self.respellings: dict[str, tuple[str, ...] | None] = {}  # _respelt's answers
        self.surnames: set[str] | None = None  # the table's people's family names, for _respelt
        self.surname_variants: defaultdict[str, set[str]] | None = None  # _respelt's index of them
        self.full_names: dict[str, str] = {}  # _in_full's answers for one-word names
        self.names_by_form: dict[str, bool] = {}  # _written_as_name's answers
        self.deaths: set[str] | None = None  # the names of people the text tells died (_died)
        self.referred_groups: dict[tuple[tuple[str, ...], frozenset[str] | None],
                                   list[tuple[list[int], list[_Mention]]]] = {}  # _referred's answers
        self._subject_cache: tuple[int, str | None] = (0, None)  # (sentences read, the subject then)
        self.last_organisation: str | None = None
        self.quoted = ""  # the words of the quote being attributed
        self.last_speaker: str | None = None
        self.speakers: set[str] = set()
        self.described: dict[str, str] = {}  # head noun -> the unnamed speaker described with it
        self.colon_lead: tuple[int, str, int] | None = None  # (paragraph, its last sentence, offset) ending in ":"
        self._masked_cache: str | None = None
        self._acronyms: dict[str, str] | None = None
        self._quoted_names: defaultdict[str, set[str]] | None = None  # _named_in_quotes's table
        self._survey: bool | None = None  # _reports_survey's answer
        self._couples: defaultdict[str | tuple[str, str], set[str]] | None = None  # _couple's table
        self._first_person: int | None = None  # _first_person_named's answer
        self.last_speaker_paragraph = -10
        self.organisation_paragraph = -10  # where last_organisation spoke
        self.paragraph_read = 0  # the index of the paragraph whose quotes are attributed

    # -- mention table ---------------------------------------------------------------------------
    def _collect_mentions(self, masked: str, offset: int) -> None:
        """File the capitalised runs of one paragraph as mentions of people and bodies."""
        titles = word_list("titles")
        credit_words = _has_credit_words(masked)
        may_be_credit = credit_words or "/" in masked  # _is_credit needs one or the other
        people_by_token, add_by_role = self.people_by_token, self.by_role.add
        for match in _CAPITALISED.finditer(masked):
            chunk = match.group()
            pieces: Iterable[tuple[int, str]] = ((match.start(), chunk),)
            if not chunk.istitle() and _GLUED_WORDS.search(chunk):  # "Lord AltonDavid Alton", "Rep. Tulsi
                pieces = _unglued(match.start(), chunk)  # GabbardTulsi Gabbard": scraped captions and hover cards
            for start, chunk in pieces:
                parts = _name_parts(chunk, "")
                if ("’s " in chunk or "'s " in chunk) and (possessor := _possessor(chunk)):  # "Donald Trump’s State
                    self._file_person(possessor, offset + start)  # of the Union": Donald Trump
                if not parts.name:  # "The"
                    continue
                if may_be_credit and _is_credit(masked, start, credit_words):  # "AP Photo/X"
                    continue
                if start > 1 and masked[start - 1].isspace() and not masked[start - 2].isspace():  # a word before it
                    previous = _previous_word(masked, start)
                    if (previous in titles or previous in _FIELD_OPENERS) and not _listed(masked, start, chunk):
                        parts = _name_parts(chunk, previous)  # "Minister of Natural Resources X Y"
                    elif previous in _MEDIA_NOUNS and masked[start - 2].isalpha():  # "the newspaper Minju Joson"
                        parts = parts._replace(person_keys=frozenset(), is_person=False,
                                               role_keys=parts.role_keys | {"outlet"})
                name, folded, person_keys, roles, is_person, role_keys = parts
                if not is_person and len(name) > 1 and ("’s " in chunk or "'s " in chunk) and (
                        _owned_generic_body(name)):  # (a "Ministry" alone is cut from "Ministry of Unification")
                    name = (*_owner_part(chunk).split(), *name)  # "North
                    # Korea’s U.N. Mission": a body every government has keeps its owner
                end = start + len(chunk)
                if masked.startswith(",", end):
                    appositive = _appositive_roles(masked[end: end + 60])
                    if appositive:
                        roles, role_keys = roles | appositive, role_keys | appositive
                if is_person:  # (filed here, not by _file_person: the mention table's hot path)
                    mention = _Mention(name, folded, roles, offset + start, True)
                    for token in person_keys:
                        people_by_token[token].append(mention)
                add_by_role((role_keys, name, folded, roles, offset + start, is_person))

    def _collect_headline_people(self, masked: str, offset: int) -> None:
        """File the people a headline or a caption names by a title or a given name, then a surname that the
        story uses again; a longer run may hold a headline's verb ("Joseph Yun Urges Trump")."""
        text = self.text
        for match in _CAPITALISED.finditer(masked):
            chunk = match.group()
            if " " not in chunk or all(text.count(word) < 2 for word in chunk.rsplit(None, 2)[-2:]):  # (cheap tests
                continue  # first: one word holds no given name and surname; a family name used once is not used
                # again, last in most names, before the given name in Korean ones)
            parts = _name_parts(chunk, "")
            name = parts.name
            if parts.is_person and len(name) == 2 and (parts.roles or _given_name_first(list(name)) or (
                    _KOREAN_GIVEN_NAME.fullmatch(name[1]))) and (  # a caption's "Moon Jae-in speaks to ..."
                    text.count(_family_name(name)) > 1) and not _is_credit(masked, match.start()):
                self._file_person(parts, offset + match.start())

    def _file_person(self, parts: _NameParts, position: int) -> None:
        """Add a person's mention to the table of people, under each of its name's (folded) tokens."""
        mention = _Mention(parts.name, parts.folded, parts.roles, position, True)
        for token in parts.person_keys:
            self.people_by_token[token].append(mention)

    def _fullest(self, name: tuple[str, ...], position: int, roles: frozenset[str] = frozenset()) -> str:
        """The longest name in the article that this (short) name refers to, by salience; a title given
        with the short name ("Congresswoman Kim") keeps only the people introduced with that title."""
        lowered = tuple(map(_fold, name))
        wanted = frozenset(_ROLE_CLASSES.get(role, role) for role in roles - _COURTESY_TITLES) if roles else None
        candidates = self.people_by_token.get(lowered[0], []) if lowered else []
        if not candidates and (respelt := self._misspelt_surname(name)):  # "Chung" for Choung Tae-ok
            lowered, candidates = respelt, self.people_by_token.get(respelt[0], [])
        if len(candidates) > _MANY_MENTIONS:  # a name met again and again: each person's mentions nearest the
            nearest = [mention for positions, mentions in self._referred(lowered, wanted, candidates)  # quote,
                       for mention in _near(positions, mentions, position)]  # so that time stays linear
        else:
            nearest = _referred_mentions(lowered, wanted, candidates)
        if not nearest or len(name) == 1 and all(len(mention.name) == 1 for mention in nearest):
            longer = self._longer_name(name[0], position) if len(name) == 1 else None
            if longer and longer.endswith(" Un"):  # "Kim" after "leader Kim Jong Un", whom the table does not
                return longer  # hold as a person (his "Un" is also the UN's abbreviation)
        if not nearest:
            return " ".join(name)
        best = nearest[0] if len(nearest) == 1 else max(  # no ties: positions differ
            nearest, key=lambda m: self._salience(m, lowered, position))
        return self._longest_with_prefix(best.folded)

    def _misspelt_surname(self, name: tuple[str, ...]) -> tuple[str, ...] | None:
        """``_respelt`` for a one-word name that the table does not hold and that is long enough to tell (a
        misspelling of "Kim" or "Lee" is another name)."""
        token = _fold(name[0]) if len(name) == 1 and len(name[0]) >= 5 and name[0].istitle() else ""
        if not token or token in self.people_by_token or token.endswith("s") and token[:-1] in self.people_by_token:
            return None  # (not "the Warmbiers", a family)
        return self._respelt(token)

    def _respelt(self, token: str) -> tuple[str, ...] | None:
        """The one person's surname in the table that a bare surname found nowhere misspells by one letter added,
        dropped or changed ("Tilllerson" for Tillerson, "Chung" for Choung Tae-ok); None if none or several."""
        if token not in self.respellings:
            if self.surnames is None:  # from each name once: a name has many mentions (a Korean name's family name
                names = {mention.name for mentions in self.people_by_token.values() for mention in mentions}  # first:
                self.surnames = {_fold(_family_name(name)) for name in names if len(name) > 1}  # "Choung Tae-ok")
            if len(self.respellings) < _DIRECT_RESPELLINGS:  # a few words: each compared with every surname
                close = {surname for surname in self.surnames if _one_edit_apart(token, surname)}
            else:  # many: each surname filed under itself and its one-letter deletions, once, so time stays linear
                if self.surname_variants is None:
                    self.surname_variants = defaultdict(set)
                    for surname in self.surnames:
                        for variant in _with_deletions(surname):
                            self.surname_variants[variant].add(surname)
                close = {surname for variant in _with_deletions(token)
                         for surname in self.surname_variants.get(variant, ()) if _one_edit_apart(token, surname)}
            self.respellings[token] = (close.pop(),) if len(close) == 1 else None
        return self.respellings[token]

    def _referred(self, lowered: tuple[str, ...], wanted: frozenset[str] | None, candidates: list[_Mention]
                  ) -> list[tuple[list[int], list[_Mention]]]:
        """``_referred_mentions`` by person (folded name): their positions and mentions in text order;
        remembered, as the mention table does not change once built."""
        key = (lowered, wanted)
        groups = self.referred_groups.get(key)
        if groups is None:
            by_person: dict[tuple[str, ...], list[_Mention]] = {}
            for mention in sorted(_referred_mentions(lowered, wanted, candidates), key=lambda m: m.position):
                by_person.setdefault(mention.folded, []).append(mention)
            groups = self.referred_groups[key] = [([m.position for m in mentions], mentions)
                                                  for mentions in by_person.values()]
        return groups

    def _longest_with_prefix(self, prefix: tuple[str, ...]) -> str:
        """The longest person's name that starts with these folded tokens (the first such if several);
        remembered, as the mention table does not change once built."""
        longest = self.longest_names.get(prefix)
        if longest is None:
            longest = " ".join(max((m for m in self.people_by_token[prefix[0]] if m.folded[: len(prefix)] == prefix),
                                   key=lambda m: len(m.name)).name)
            self.longest_names[prefix] = longest
        return longest

    def _salience(self, mention: _Mention, short: tuple[str, ...], position: int
                  ) -> tuple[bool, bool, bool, bool, int]:
        """How likely a short name refers to this mention: introduced before it, a longer name, someone
        already quoted ("Pence" is Mike Pence, who spoke, not Karen Pence), not a relative named in passing
        ("Park Geun-hye, daughter of Park Chung-hee," then "Park said") nor one who died ("the late Otto Warmbier",
        "Otto Warmbier, who died in 2017"), the latest."""
        before = mention.position <= position
        kin = _KIN_OF.search(self.text, max(0, mention.position - 50), mention.position) is not None
        name = " ".join(mention.name)
        return (before, len(mention.name) > len(short), name in self.speakers, not (kin or self._died(name)),
                mention.position if before else -mention.position)

    def _died(self, name: str) -> bool:
        """Does the text tell that this person died ("the late Otto Warmbier", "Otto Warmbier, an American who
        died after his release")? Such a person is quoted from the past, if at all. The names are read once,
        found from literal searches (most stories tell no death)."""
        if self.deaths is None:
            self.deaths = set()
            text = self.text
            for word in _DEATH_WORDS:
                at = text.find(word)
                while at >= 0:
                    end = at + len(word)
                    if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                        if word == "late":  # "the late" before the name
                            named = _CAPITALISED.match(text, end + 1) if text.startswith(" ", end) else None
                        else:  # the name, perhaps an appositive, then "who died"
                            named = _last_match(_CAPITALISED, _DIED_APPOSITIVE.sub("", text[max(0, at - 60): at]))
                        if named is not None:
                            self.deaths.add(named.group(0))
                    at = text.find(word, end)
        return name in self.deaths

    def _by_role(self, head: str, position: int, also: frozenset[str] = frozenset(), strict: bool = False
                 ) -> str | None:
        """The most recent person holding role ``head`` or organisation named with it, before ``position``;
        one who also holds the roles ``also`` ("prime" of "the prime minister") first, or only (``strict``)."""
        found: _Mention | None = None
        best: _Mention | None = None
        heads = _same_office(head)  # "the congresswoman" is the one introduced as "Rep. Young Kim"
        mentions = [m for title in heads for m in self.by_role.get(title, [])]
        for mention in sorted(mentions, key=lambda m: m.position) if len(heads) > 1 else mentions:
            if mention.position >= position:
                break
            if found is None or mention.position >= found.position:
                found = mention
            if also and also <= mention.roles:
                best = mention
        found = best if strict else best or found
        if found is None:
            return None
        if found.is_person or self._is_known_person(found.name):  # ("Han, a former envoy": Han Tae Song)
            return self._fullest(found.name, position)
        return self._body_name(found)

    def _first_person_named(self) -> int:
        """Where the text first names a person (its length if it names none); read once."""
        if self._first_person is None:
            self._first_person = min((mention.position for mentions in self.people_by_token.values()
                                      for mention in mentions), default=len(self.text))
        return self._first_person

    def _next_holder(self, head: str, position: int, window: int = _NAMED_NEXT_WINDOW) -> str | None:
        """The first person named with the office ``head`` stands for, soon after ``position``: whom a story's
        "a congresswoman" introduces."""
        following = [mention for title in _same_office(head) for mention in self.by_role.get(title, [])
                     if mention.is_person and position < mention.position < position + window]
        first = min(following, key=lambda mention: mention.position, default=None)
        return self._fullest(first.name, first.position) if first is not None else None

    def _national_leader(self, position: int, nationality: frozenset[str]) -> str | None:
        """"The Japanese leader": the head of government introduced with that nationality ("Japanese Prime
        Minister Fumio Kishida"), else the latest one introduced with none ("Prime Minister Shinzo Abe"); never
        one of another side ("North Korean leader Kim Jong Un", "U.S. President Donald Trump")."""
        best: tuple[bool, int, _Mention] | None = None
        for title in _HEADS_OF_GOVERNMENT:
            for mention in self.by_role.get(title, []):
                if mention.position >= position:
                    continue
                before = self.text[max(0, mention.position - 40): mention.position].lower().split()[-3:]
                sides = frozenset(word for word in (*mention.roles, *before) if _is_nationality(word))
                if (not sides or sides & nationality) and (best is None or (bool(sides), mention.position) > best[:2]):
                    best = (bool(sides), mention.position, mention)
        if best is None:
            return None
        return self._fullest(best[2].name, position) if best[2].is_person else self._body_name(best[2])

    def _last_speaker_as(self, head: str, position: int, also: frozenset[str]) -> str | None:
        """The person quoted in this paragraph or the one before, if introduced with the role ``head`` (and the
        roles ``also``: "vice" of "the vice president"): "The president added" after Donald Trump's words is
        Trump, though "President Xi Jinping" was named since."""
        speaker = self.last_speaker
        if speaker is None or self.paragraph_read - self.last_speaker_paragraph > 1:
            return None
        heads = _same_office(head)
        return speaker if any(mention.is_person and mention.position < position and also <= mention.roles and (
            self._fullest(mention.name, position) == speaker) for title in heads for mention in self.by_role.get(
            title, [])) else None

    def _body_name(self, mention: _Mention) -> str:
        """An organisation's name with its "of"/"for" complements, which the mention table splits off:
        "Ministry" of "Seoul's Ministry of Unification" is the Ministry of Unification."""
        text = self._masked_text()
        run = _CAPITALISED.match(text, mention.position)
        if run is None or tuple(run.group(0).split()[-len(mention.name):]) != mention.name:
            return " ".join(mention.name)
        end = run.end()
        while (complement := _NAME_COMPLEMENT.match(text, end)) is not None:
            end = complement.end()
        return " ".join(mention.name) + text[run.end(): end]

    def _named_body(self, head: str, position: int) -> str | None:
        """"the ministry" after "Seoul's unification ministry": the last body of that kind the text named
        with a qualifier before it."""
        if head not in _BODY_PATTERNS:
            return None
        found, complement = None, ""
        ordinary = word_list("stopwords") | _DETERMINERS | _PREPOSITIONS
        window = self._masked_text()[max(0, position - 2000): position]
        for match in _BODY_PATTERNS[head].finditer(window):
            words = match.group(1).split()
            kept = words[max((i + 1 for i, word in enumerate(words) if word.lower() in ordinary), default=0):]
            if kept:  # "the ministry" names no body; "While the Seoul ministry" names "Seoul ministry"
                found = " ".join(kept) + match.group(0)[len(match.group(1)):]
                sent_to = _ENVOY_COMPLEMENT.match(window, match.end()) if head in _ENVOY_BODIES else None
                complement = sent_to.group(0) if sent_to else ""  # "the North's mission to the U.N.", then "The
                # mission said"
        owned = _OWNER_BEFORE_BODY.match(found) if found else None
        if owned and not _owned_generic_body(tuple(owned.group(1).split())):  # "North Korea’s foreign ministry"
            return owned.group(1) + complement  # keeps its owner; "South Korea’s unification ministry" needs none
        return found + complement if found else None

    def _recent_organisation(self, position: int) -> str | None:
        """The organisation named last within a few paragraphs before ``position``: "the group said" after
        "The American Friends Service Committee said on its website ..." (a name holding a group word)."""
        for name, folded, _, at, _ in reversed(self.by_role.mentions_between(position - 2000, position)):
            if len(name) > 1 and _GROUP_NAME_WORDS.intersection(folded):  # "Koryo Tours" reads as a person
                return self._body_name(_Mention(name, folded, frozenset(), at, False))
        return None

    def _introduced(self, head: str, position: int) -> str | None:
        """"the official" after "..., a unification ministry official said Wednesday." or "according to a
        senior official": the description the text introduced the speaker with, in a sentence that quoted no one."""
        text = self._masked_text()[max(0, position - 3000): position]
        found: list[tuple[int, str]] = []
        at = text.find(head)
        while at >= 0:  # "a unification ministry official from the ... said": the head, then what follows it, then
            end = at + len(head)  # what opens the description before it
            speech = _QUALIFIED_SPEECH.match(text, end) if text[at - 1: at].isspace() else None
            opening = _INTRODUCING_ARTICLE.search(text, max(0, at - 200), at) if speech else None
            if opening:
                found.append((opening.start(), text[opening.start(1): end] + speech.group(1)))
            at = text.find(head, speech.end() if speech else at + 1)
        if _according_then_head(text, head):  # "According to a high-ranking government source, Lee ..."
            found += [(match.start(), match.group(1)) for match in _sourced_introduction(head).finditer(text)]
        return max(found)[1] if found else None

    def _document_author(self, description: str, head: str, position: int) -> str | None:
        """Who wrote "the letter" or "a statement from North Korea": named in the phrase itself or where
        the article brings the document up ("X sent a letter", "in its letter, X", "X's statement",
        "a White House press release", "the letter, signed by X"), most recent mention first."""
        source = _DOCUMENT_SOURCE.search(description)
        if source:
            return self._resolve(source.group(1), position, document=True)
        text = self._masked_text()[max(0, position - 3000): position]
        word = re.escape(head)  # the word first and the boundary before it looked back at: a fast literal search
        mentions = [m.start() for m in re.finditer(rf"{word}(?<!\w{word})\b", text)]
        for at in reversed(mentions[-6:]):
            sentence_start = _sentence_start(text, at)
            before, after = text[sentence_start: at], text[at + len(head): at + len(head) + 200]
            before = before[before.rfind("\x00") + 1:].lstrip(" ,.!?\"”’")  # '"...," the ministry said in a'
            phrase = None
            for pattern, text_part in ((_AUTHOR_BEFORE, before), (_AUTHOR_AFTER, after)):
                found = pattern.search(text_part)
                if found and "\x00" not in found.group(0):  # a quote's words are nobody's name
                    phrase = next(group for group in found.groups() if group)
                    break
            if phrase:
                phrase = _object_phrase(phrase) if pattern is _AUTHOR_AFTER else _subject_phrase(phrase) or phrase
                phrase = _PARTICIPLE_TAIL.sub(r"\1", phrase)  # "the Third Committee handling human rights issues"
                phrase = _PARTICIPLE_BY.split(phrase, maxsplit=1)[0]  # "the ... Foreign Ministry posted by the Korean
                # Central News Agency": the agency did not write it
                if _DEMONYM.fullmatch(phrase.strip()):  # "an English-language commentary" names no author
                    continue
                speaker = self._resolve(phrase, position, document=True)
                if speaker and _bare(speaker.split()[-1]) not in _DOCUMENT_NOUNS:
                    return speaker
        return None

    def _in_full(self, name: str | None) -> str | None:
        """The speaker's name as the article gives it most fully: an acronym spelt out, or a surname that the
        article gives in full only inside a quotation ("Rep. Ed Royce offered an amendment," his office said)."""
        if name is not None and (owned := _OWNED_DOCUMENT.fullmatch(name)) and not _DEMONYM.fullmatch(owned.group(1)):
            name = owned.group(1)  # "Ministry of External Affairs statement", "AFP story": whose it is (but an
            # "English-language statement" is no one's)
        if name is not None and name.endswith(" Un") and name.split(None, 1)[0].lower() in word_list("titles"):
            name = name.split(None, 1)[1]  # "President Kim Jong Un": his title, which the table did not cut off as
            # it cuts a person's (his "Un" is also the UN's abbreviation)
        if name is not None and "nification" in name and (one := _UNIFICATION_MINISTRY.fullmatch(name)):
            name = one.group(1)  # "Seoul's unification ministry", "Unification Ministry in charge of inter-Korean
            # affairs": the one there is, as "the ministry" found it named
        if name is None or " " in name or not name[:1].isupper():
            return self._spelled_out(name)
        full = self.full_names.get(name)
        if full is None:
            full = self.full_names[name] = self._named_in_quotes(name) or self._spelled_out(name) or name
        return full

    def _named_in_quotes(self, surname: str) -> str | None:
        """The one person's name of two words or more that ends in ``surname`` inside the article's quotations,
        if the mention table (which reads outside them) knows no longer name with that word."""
        if any(len(m.name) > 1 for m in self.people_by_token.get(_fold(surname), [])):
            return None
        if self._quoted_names is None:  # the names inside quotations, read once (the table has not read them)
            self._quoted_names = defaultdict(set)
            for spans in self.spans:
                for span in spans:
                    for run in _CAPITALISED.finditer(self.text, span.start, span.end):
                        tokens, _, is_person = _split_name(run.group(0), "")
                        if is_person and len(tokens) > 1:
                            self._quoted_names[tokens[-1]].add(" ".join(tokens))
        found = self._quoted_names.get(surname, ())
        return next(iter(found)) if len(found) == 1 else None

    def _spelled_out(self, name: str | None) -> str | None:
        """An acronym ("NCCK") as the article spells it out ("National Council of Churches in Korea")."""
        if name is None or len(name) > 7 or not _ACRONYM.fullmatch(name):  # (a longer name cannot match)
            return name
        if self._acronyms is None:
            self._acronyms = {}
            text = self._masked_text()
            for match in _CAPITALISED_RUN.finditer(text):
                words = match.group(0).split()
                if words[0].lower() in word_list("stopwords"):  # "The National Council ..."
                    words = words[1:]
                elif (owner := _ABBREVIATED_OWNER.search(text, max(0, match.start() - 8), match.start())) is not None:
                    words = [owner.group(1), *words]  # "U.S. Commission on International Religious Freedom"
                initials = "".join(word[0] for word in words if word[0].isupper())
                if len(initials) >= 3:
                    self._acronyms.setdefault(initials, " ".join(words))
                letters = [word.replace(".", "") if word.endswith(".") and word.replace(".", "").isupper() else word[0]
                           for word in words]  # "U.S." gives "US"
                with_joiners = "".join(letters).upper()  # "Ministry of Unification": MOU
                dotted = "".join(letter for letter in letters if letter[0].isupper())  # "U.S. Commission on
                for acronym in (with_joiners, dotted):  # International Religious Freedom": USCIRF
                    if len(acronym) >= 3:
                        self._acronyms.setdefault(acronym, " ".join(words))
        return self._acronyms.get(name, name)

    def _masked_text(self) -> str:
        """The whole text with every quote's words blanked, as ``self.masked`` holds it paragraph by paragraph."""
        if self._masked_cache is None:
            pieces, cursor = [], 0
            for (start, end), masked in zip(self.paragraphs, self.masked, strict=True):
                pieces += [self.text[cursor:start], masked]
                cursor = end
            self._masked_cache = "".join(pieces) + self.text[cursor:]
        return self._masked_cache

    def _latest_outlet(self, position: int) -> str | None:
        """The most recent news organisation named before ``position`` ("the newspaper said"), leaving out
        credits in parentheses ("SEOUL, July 22 (Yonhap) --", a photo caption's "(Yonhap)")."""
        found = None
        for word in _MEDIA_WORDS:
            for mention in self.by_role.get(word, []):
                if mention.position < position and (found is None or mention.position > found.position) and (
                        self.text[mention.position - 1: mention.position] != "("):
                    found = mention
        return " ".join(found.name) if found is not None else None

    # -- speakers ---------------------------------------------------------------------------------
    def _recent_body(self) -> str | None:
        """An "it said" before any body has spoken: the body a recent sentence is about ("..., the White
        House said.", "The North's official website, Uriminzokkiri, renewed its demand")."""
        for text, offset, _, is_paragraph in reversed(self.sentences_read[-3:]):
            spans = _sentences(text, offset) if is_paragraph else []
            sentence = text[spans[-1][0] - offset:] if spans else text  # a paragraph read whole: its last sentence
            reported = _REPORTED_NAME.search(sentence)
            words = reported.group(reported.lastindex) if reported else _main_clause_subject(sentence)
            speaker = self._resolve(words, offset) if words and _bare(words.split()[0]) not in _PRONOUNS else None
            if speaker and speaker[:1].isupper() and not self._is_known_person(tuple(speaker.split())) and (
                    self._used_mid_sentence(speaker) and not _DEMONYM.fullmatch(speaker)):  # not "South Korean"
                return speaker
        return None

    def _used_mid_sentence(self, name: str) -> bool:
        """Is this capitalised name used mid-sentence somewhere (a name), not only opening sentences ("Talks")?"""
        needle = " " + name.split(None, 1)[0]  # after a lower-case word or a comma, and ending a word
        ends_word = needle[-1].isalnum()  # ("U.N." ends with its full stop)
        at = self.text.find(needle, 1)
        while at >= 0:
            if self.text[at - 1] in _MID_SENTENCE_BEFORE and (
                    not ends_word or _WORD_BOUNDARY.match(self.text, at + len(needle))):
                return True
            at = self.text.find(needle, at + 1)
        return False

    def _is_known_person(self, name: tuple[str, ...]) -> bool:
        """Does a person's name in the article hold these tokens in a row? Remembered per name, as the
        mention table does not change once built."""
        known = self.known_people.get(name)
        if known is None:
            lowered = tuple(map(_fold, name))
            candidates = self.people_by_token.get(lowered[0], []) if lowered else []
            # each is filed under its every token, so a one-token name is in all of them
            known = bool(candidates or self._misspelt_surname(name)) if len(lowered) == 1 else any(
                _contains(m.folded, lowered) for m in candidates)
            self.known_people[name] = known
        return known

    def _named_after_pronoun(self, pronoun: str, name: str, position: int) -> bool:
        """Does the sentence name ``name`` (by its last word) between the pronoun and the quote at ``position`` ("He
        also says Trump was “...”")? Then the pronoun stands for someone else."""
        text = self._masked_text()[max(0, position - 200): position]
        words = [_bare(word) for word in text[max(text.rfind(". "), text.rfind("\n")) + 1:].split()]
        at = max((index for index, word in enumerate(words) if word == pronoun.lower()), default=None)
        return at is not None and _bare(name.split()[-1]) in words[at + 1:]

    def _two_people(self, phrase: str, position: int) -> str | None:
        """Two people described with their titles and sides and joined by one "and" ("South Korean President Moon
        Jae-in and North Korea’s Kim Jong Un", "The North’s leader Kim Jong-un and the South’s president Moon
        Jae-in"), each resolved; None unless each side ends in a name, and each is a person's."""
        if phrase.count(" and ") != 1:
            return None
        sides = phrase.split(" and ")
        if not all(side.split() and side.split()[-1][:1].isupper() for side in sides):
            return None
        first, second = self._resolve(sides[0], position), self._resolve(sides[1], position)
        if not (first and " " in first and second and " " in second):  # ("Economic", of a body's name cut at "and")
            return None
        return self._pair_of_people(first, second)

    def _pair_of_people(self, first: str | None, second: str | None) -> str | None:
        """"First and Second" when both are two people the article names (the table holds no "Kim Jong Un": his
        "Un" is also the UN's abbreviation), else None."""
        if first and second and first != second and all(
                self._is_known_person(tuple(name.split())) or _KIM_JONG_UN.fullmatch(name) for name in (first, second)):
            return f"{first} and {second}"
        return None

    def _resolve(self, phrase: str, position: int, local: str | None = None, document: bool = False) -> str | None:
        """Turn the words of a reporting clause's subject into the speaker's fullest name (``document``: the
        phrase already names a document's author, so it is not looked up again)."""
        phrase = _EDGE_TIME.sub("", phrase.strip(" ,;:—–-\u00a0\t\n\r"))
        if "]" in phrase:  # "[Asia Economy Reporter Park Hyun-joo] Lee Jun-seok": a byline, then the subject
            inserted, _, named_after_bracket = phrase.rpartition("]")
            named_after_bracket = named_after_bracket.strip()
            given = inserted.rsplit("[", 1)[-1].split()
            if " " not in named_after_bracket and len(given) > 1 and given[-1][:1].isupper() and (
                    given[-2][:1].islower() or given[-2].lower() in word_list("titles")):  # "[Department
                phrase = " ".join((*given, named_after_bracket))  # spokeswoman Marie] Harf": an editor's insertion
            elif named_after_bracket[:1].isupper():  # of the title and given name before the surname
                phrase = named_after_bracket
        if phrase.endswith(("’s", "'s")):  # "Trump's" of "Trump's tweet message that ...": the owner's words
            phrase = phrase[:-2]
        elif (owner := _OWNER_THEN_MODIFIER.fullmatch(phrase)) is not None and owner.group(2) in _REPORT_MODIFIERS:
            phrase = owner.group(1)  # "President Trump’s public" of "President Trump’s public promise that ...":
            # the owner's words
        if not phrase or phrase.lower() in _WHEN_WORDS:  # "Monday" of "Monday's statement": when, not who
            return None
        if _DEMONYM.fullmatch(phrase) and not phrase.endswith("-language"):  # "Korean", "North Korean": a side's
            return None  # adjective, no one's name
        if phrase.startswith(("N. ", "S. ")) and (spelled := _SPELLED_SIDE[phrase[0]] + phrase[2:]) in self.text:
            phrase = spelled  # a headline's "N. Korea": the "North Korea" of the story
        if (share := _SHARE_OF.match(phrase)) is not None:  # the group a share is of, or the survey's respondents
            phrase = phrase[share.end():] or ("respondents" if self._reports_survey() else phrase)
        words = phrase.split()
        if len(words) == 1 and _bare(words[0]) in _SENTENCE_ADVERBS:
            return None  # "Thus continues what Rodman has referred to as": a sentence adverb, nobody's name
        joint = _JOINT.fullmatch(phrase) if "and" in phrase else None
        if joint and joint.group(1).split()[-1].lower() in word_list("titles"):
            joint = None  # "Open Doors President and CEO David Curry": one person's two titles
        if joint and not document:  # two speakers together: "Beijing and Moscow", "Moon Jae-in and Joe Biden"
            second = joint.group(2).split()
            if len(joint.group(1).split()) == 1 and len(second) == 2 and _bare(second[0]) not in word_list("titles"):
                return phrase  # "Fred and Cindy Warmbier" (but "Abe and U.S. President Donald Trump" are two)
            if len(joint.group(1).split()) == 1 and len(second) == 1 and (  # "Fred and Cindy": the couple named
                    couple := self._couple(given=(joint.group(1), joint.group(2)))):  # with them, "Warmbier's
                return couple  # parents, Fred and Cindy,"
            first, second = self._resolve(joint.group(1), position), self._resolve(joint.group(2), position)
            if first and second:
                return f"{first} and {second}"
        elif " and " in phrase and not document and (pair := self._two_people(phrase, position)):
            return pair
        if len(words) == 1 and words[0][:1].isupper() and self._is_known_person((words[0],)):
            return self._fullest((words[0],), position)  # "So told Reuters": So Se Pyong, not the conjunction
        if len(words) == 1 and (respelt := self._misspelt_surname((words[0],))):  # "Tilllerson said": Rex
            return self._fullest(respelt, position)  # Tillerson, misspelt
        pronoun = _SUBJECT_FORMS.get(words[0].lower(), words[0].lower()) if len(words) == 1 else ""
        if pronoun in _PRONOUNS:  # "he said"; "Yonhap quoted him as saying"
            if _PRONOUNS[pronoun] == "person":
                if local and _names_a_body(local):  # "Inner City Press asked the spokesman ...; he said": not the
                    local = None  # press
                found = local or self._subordinate_subject(position) or self._subject_before_conjunction(
                    position) or self.current_subject()
                if found and (_of_other_gender(found, pronoun) or _names_a_body(found)):
                    # "she said" after "David Cameron"; "he said" after "the EU said": a person, not a body
                    return self._subject_of_gender(pronoun) or self._named_of_gender(pronoun, position) or found
                if found and not local and (_speaks_of(self.quoted, found) or self._named_after_pronoun(
                        words[0], found, position)) and self._is_known_person(tuple(found.split())):  # '“Trump is
                    # only in Korea for two days,” he said', 'He also says Trump was “defeated”': not Trump
                    return self._subject_of_gender(pronoun, besides=found) or found
                return found
            if pronoun == "they" and not local and (pair := self._joint_subject(position)):
                return pair  # "Russia and China requested a vote. They called it ...": the two named together
            if pronoun == "they" and not (local or self.last_organisation):  # "The victims' families said ...
                return self._plural_subject()  # They said": the group the latest sentence is about
            if pronoun == "it" and not local and (named := self._subject_before_what_it(position)):
                return named  # "North Korea was hit with what it said was “...”": the sentence's subject
            if pronoun == "it" and not local and (self.last_organisation is None or (
                    self.paragraph_read - self.organisation_paragraph > 1)):  # none spoke lately: what the latest
                return self._recent_body() or self.last_organisation  # sentences are about ("The paper denied")
            return local or self.last_organisation
        if words[0].lower() in ("the", "both", "two") and _PAIR_DESCRIPTION.fullmatch(phrase):
            pair = self._recent_pair(position)  # "Both leaders had condemned" after "Biden and Yoon issued"
            if pair:
                return pair
        parents = _PARENTS.fullmatch(phrase) if phrase[-1:] == "s" or words[-1].lower() == "couple" or (
            " of " in phrase) else None
        if parents:  # "the Warmbiers", "Otto Warmbier's parents", "the couple": the parents the article names
            owner = parents.group("family") or parents.group("owner") or parents.group("child") or ""
            if not parents.group("family") or self._is_known_person((owner,)):
                couple = self._couple(owner.split()[-1] if owner else "")
                if couple:
                    return couple
        # "A spokesman for former vice president Joe Biden": the spokesman spoke
        described = words[0].lower() in _DETERMINERS and len(words) > 1 and words[1][:1].islower()
        kin = described and _bare(words[1]) in _KIN_NOUNS  # "the father of ... Otto Warmbier" is not Otto
        for match in _CAPITALISED.finditer(phrase):
            if _is_possessor(phrase, match) or _is_modifier(phrase, match) or (
                    described and _before_noun_phrase(phrase, match.start()) in ("for", "of", "to")) or (
                    kin and " of " in phrase[:match.start()]):
                continue
            name, roles, is_person = _split_name(match.group(0), _previous_word(phrase, match.start()))
            if name and not is_person and self._is_known_person(name) and _person_named_later(phrase, match.end()):
                continue  # "Toronto lawyer Jack Kim" (a "Toronto Star" in the article): the full name that follows
            if name and is_person and phrase.startswith(" of ", match.end()) and _person_named_later(
                    phrase, match.end(), titled=True):  # "Christian Friends of Korea Executive Director Heidi
                continue  # Linton": a body named before its officer's title and name, not a "Christian"
            if name and (is_person or self._is_known_person(name)):
                return self._fullest(name, position, roles)
        possessor = _POSSESSIVE_SOURCE.match(phrase)
        if possessor:
            return self._resolve(possessor.group(1), position, local)
        description = _PLACE_MODIFIER.sub("", _strip_determiner(phrase))
        if not description or any(word in _CLAUSE_VERBS for word in description.split()[1:]):
            return None  # "Pyongyang has cut off whatever slim": a clause, no one's name
        if description in ("North", "South") and f"{description} Korea" in self.text:
            return f"{description} Korea"  # "the North said": the country, by the name the article gives it
        outlet = _NAMED_OUTLET.fullmatch(_OWNER_BEFORE_NAME.sub("", description))  # "North Korea's state-run ..."
        if outlet and not _DEMONYM.fullmatch(outlet.group(1)):  # "the state-run Rodong Sinmun newspaper": its name
            return outlet.group(1)  # (but "a Japanese website", "an English-language commentary" name no one)
        trailing = _TRAILING_NAME.search(description)
        before_name = _bare(trailing.group(1)) if trailing else ""
        office_of = _OFFICE_OF.search(description, 0, trailing.start(2)) if trailing else None
        if trailing and before_name not in _LINKING_WORDS and before_name not in word_list("titles") and not (
                kin and " of " in description[:trailing.start(2)]) and not (  # not "father of ... Otto Warmbier",
                office_of and _bare(office_of.group(1)) in word_list("titles") and (  # "chairman of the main
                    _ROLE_CLASSES.get(_bare(office_of.group(1))) != "spokesperson")):  # opposition Democratic Party"
            name, roles, _ = _split_name(trailing.group(2), before_name)
            if name:  # "A day earlier Trump": an adverbial, then the name
                return self._fullest(name, position, roles)
        if trailing and before_name in ("official", "state-run", "state-owned") and not _split_name(
                trailing.group(2), "")[2]:  # "the official Korean Central News Agency": a body's name
            return trailing.group(2)
        core = _PARTICIPLE_BY.split(description)[0]  # "letter seen by Reuters": Reuters did not write it
        head_word = _description_head(core)
        head = head_word.lower()
        # a role: lower case, a party's member ("the California Democrat") or titles only ("the Special Rapporteur")
        nationality = frozenset(word.lower().rstrip(".") for word in description.split()[:-1]
                                if _is_nationality(word.lower().rstrip(".")))
        is_role = head in word_list("titles") and (head_word.islower() or head in _PARTY_MEMBERS or all(
            word.lower() in word_list("titles") or word.lower().rstrip(".") in nationality
            for word in description.split()))  # "the Special Rapporteur", "the South Korean President"
        named, _, last = description.rpartition(" ")
        if last in _DOCUMENT_NOUNS and named.rpartition(" ")[2] in ("press", "news"):  # "the UN press release"
            named = named.rpartition(" ")[0]
        if last in _DOCUMENT_NOUNS and named and "-" not in named and not _DEMONYM.fullmatch(named) and all(
                word[:1].isupper() for word in named.split()):  # (not "English-language", "North Korean")
            return _unless_united_nations(self._resolve(named, position, document=True), last)  # "the KCNA piece", "a
            # White House statement"
        side, _, noun = description.rpartition(" ")
        if description[0].isupper() and not is_role and not (noun.islower() and noun in _MEDIA_AUTHORED and (
                _DEMONYM.fullmatch(side))):  # an organisation or a place: "Cheong Wa Dae" (not "the North
            # Korean outlet", a described outlet)
            first, _, rest = description.partition(" ")
            if rest and first.lower() in word_list("stopwords") and not rest.startswith("of "):
                return rest  # "In USCIRF" (but "Some of the fishermen" keeps "Some")
            owned = _OWNER_BEFORE_NAME.sub("", description)  # "the North's Committee for ...": the committee
            titled = _TITLE_THEN_NAME.search(owned)
            if titled and titled.group(1) in word_list("titles"):  # "North Korean leader Kim Jong Un": the name
                return self._fullest(tuple(titled.group(2).split()), position)
            owner = description[: len(description) - len(owned)].split()
            the_north = len(owner) == 1 and _bare(owner[0])[:5] in ("north", "south")  # "the North's ministry"
            named = all(word[:1].isupper() for word in owner)  # not "the African country's"
            if owner and named and _is_generic_body(owned) and not the_north:
                return description  # "North Korea's Foreign Ministry": whose ministry it is belongs to the name
            office = owned.rsplit(None, 1)[-1].lower()
            if owner and office in word_list("titles") and self.last_speaker is None and not document:
                named = self._next_holder(office, position)  # a story's opening "South Korea’s Unification
                if named:  # Minister on Monday urged ...": the minister it names next
                    return named
            return self._longer_name(owned, position) or self._envoy_body_in_full(owned, position) or owned
        if head in _DOCUMENT_NOUNS and not document and not _DOCUMENT_SOURCE.search(core) and (
                by := _AUTHORED_BY.search(description)):  # "a commentary published by Rodong Sinmun": its author
            return self._resolve(by.group(1), position, document=True)
        if head in _DOCUMENT_NOUNS and not document:
            author = self._document_author(core, head, position)
            if author:
                return _unless_united_nations(author, head)
            owner = words[0].lower()
            if owner in _POSSESSIVE_PRONOUNS:  # "its statement said": whoever "it" is
                return self._resolve(_POSSESSIVE_PRONOUNS[owner], position)
            speaker = self.last_speaker
            plain = all(word[:1].islower() or "-" in word for word in words[1:-1])  # "the English-language statement"
            if owner == "the" and plain and speaker and (speaker == self.last_organisation or head in (
                    "statement", "letter", "message")) and (speaker[:1].isupper() or not speaker.endswith("s")):
                return speaker  # "the statement said": the body or person just quoted (one author: "the families"
                # are several), though a person writes no resolution, report or memo
        if _AGE_DESCRIPTION.fullmatch(description) and self.last_speaker:  # "“...” the 73-year-old said": the
            current = self.current_subject()  # person the text is about, named a sentence before, or else the one
            known = current is not None and self._is_known_person(tuple(current.split()))  # just quoted
            return current if known else self.last_speaker
        qualifiers = (frozenset(word.lower() for word in description.split()) & word_list("titles")) - {head}
        if is_role and head_word.islower() and _OWNER_OPENING.match(description) and head not in _ANONYMOUS_HEADS:
            holder = self._by_role(head, position, qualifiers, strict=bool(qualifiers))  # "Russia's new envoy": the
            # one introduced so ("North Korea's vice foreign minister" is no other minister)
            if not holder and head == "diplomat" and "top" in description.split():  # "Russia's top diplomat": its
                holder = next(filter(None, (self._by_role(title, position, frozenset({field}), strict=True)
                                            for title, field in _TOP_DIPLOMATS)), None)  # foreign minister
            if holder and self._is_known_person(tuple(holder.split())):
                return holder
            if self.last_speaker is None and not document and (named := self._named_in_next_paragraph(position)):
                return named  # a story's opening "South Korea’s point man on North Korea “strongly” called on":
                # the one its next paragraph names
            if qualifiers and words[0].lower() == "the":  # "the North’s vice foreign minister": nobody introduced
                return description  # so, and no other side's minister
        if head in _ANONYMOUS_HEADS and qualifiers and words[0].lower() == "the" and not self._by_role(
                head, position, qualifiers, strict=True):  # "the senior administration official": unnamed,
            return self.described.get(head) or description  # unless someone was introduced as one
        if words[0].lower() == "the" or len(description.split()) == 1 and words[0].lower() not in (
                "a", "an", "one", "another"):  # ("one diplomat said": someone unnamed, not the latest subject)
            resolved = self.described.get(head) or (  # "the South Korean president": Moon, not Trump, if told
                nationality and self._by_role(head, position, qualifiers | nationality, strict=True)) or (
                head == "leader" and nationality and self._national_leader(position, nationality)) or (
                self._last_speaker_as(head, position, qualifiers)) or self._by_role(
                head, position, qualifiers) or self._named_body(head, position) or (  # "the outlet"
                self._latest_outlet(position) if head in _MEDIA_AUTHORED and words[0].lower() == "the" else None)
            if not resolved and head in _GROUP_NOUNS and words[-1].lower() == head and all(
                    word.islower() for word in words[1:]):  # "the group said", "the rights group said"
                resolved = self._recent_organisation(position)
            if resolved:
                return resolved
            if head in _KIN_NOUNS and words[0].lower() in _POSSESSIVE_PRONOUNS:
                return description  # "His father said": not the "he" the sentence before was about
            if is_role and not document and self.last_speaker is None and _introduces_someone(words):
                named = self._named_in_next_paragraph(position)  # a story's opening: "The head of a U.N. food
                if named:  # agency said ..." then "WFP Executive Director David Beasley made the remarks"
                    return named
            if is_role and not document and not nationality and self.last_speaker is None and (
                    position < self._first_person_named()) and (
                    named := self._next_holder(head, position, _LEDE_WINDOW)):
                return named  # a lede's "the prelate said" before any name: the cardinal the story names next (one of
                # the same side: not for "the US representative")
            introduced = self._introduced(head, position) if words[0].lower() == "the" else None
            if introduced and head in _ANONYMOUS_HEADS:  # "a senior Blue House official told JoongAng Ilbo": the
                return introduced  # unnamed official, not the subject of the latest sentence
            if is_role and description == head_word and words[0].lower() == "the" and (
                    newcomer := self._described_before(head, position, _NEWCOMER_WINDOW, indefinite_only=True)):
                return newcomer  # "he told a North Korean official that ... “...,” the official replied": the one
                # just introduced, not the sentence's subject
            # a singular role only: "the foreign ministers" are several people, not the sentence's subject
            of_body = head in _DELEGATE_HEADS and _BODY_AFTER_HEAD.match(  # "the representative of the United
                description, description.find(head_word) + len(head_word))  # States said": whoever speaks for it
            if is_role and not document and not of_body and not _plural_role(head) and _WITHHELD.isdisjoint(
                    map(str.lower, words)) and (current := self.current_subject()) and not _names_a_body(current):
                return current  # (a person's role: "the academic" is not "the two Koreas"; "the unnamed spokesman"
                # is nobody named)
            if introduced:
                return introduced
        if words[0].lower() in ("a", "an") and head in word_list("titles") and (
                head not in _ANONYMOUS_HEADS or "former" in description.lower().split()):
            named = self._named_next(position) or self._next_holder(head, position)  # "a high-ranking defector
            if named:  # said ..." then "Thae Yong-ho, a former ..."; "A Korean-American congresswoman" then "Rep.
                return named  # Young Kim of the Republican Party"
        if head in _NOUN_OR_VERB and head in _DOCUMENT_NOUNS:  # "the report pointed out", its author not found:
            return None  # the discourse's speaker, as when such a speech word was not read as a noun
        bare_head = description == head_word and words[0].lower() in ("the", "this", "that")
        if bare_head and head not in _DOCUMENT_NOUNS and (described_before := self._described_before(head, position)):
            return described_before  # "the source said" after "an informed diplomatic source here said Friday"
        return core if head in _DOCUMENT_NOUNS else self._owner_named(description, position)

    def _owner_named(self, description: str, position: int) -> str:
        """A description owned by a person ("Mr Carr's spokesman", "Prime Minister Shinzo Abe’s government") with
        the owner by name, as the article gives it, without titles; an owner named by surname alone stays so."""
        owned = _TITLED_OWNER.match(description)
        if owned is None:
            return description
        name, roles, is_person = _split_name(owned.group(1), "")
        if not is_person or not roles or len(name) == 1 and roles.isdisjoint(_COURTESY_TITLES):
            return description
        return f"{self._fullest(name, position) if len(name) == 1 else ' '.join(name)}{description[owned.end(1):]}"

    def _described_before(self, head: str, position: int, window: int = 3000, indefinite_only: bool = False
                          ) -> str | None:
        """The latest fuller description ending in ``head`` that introduced someone before ``position``: qualified
        before the head or by a body's name after it ("a North Korean security agent, who ordered him", "a spokesman
        for the country's Religious Believers Council"), by an owner's name ("Lim's family", not "Tuesday’s vote"),
        or, after "the", by capitalised words ("the South Korean police"): what a later bare "the agent" stands for."""
        text = self._masked_text()[max(0, position - window): position]
        at = len(text)
        while (at := text.rfind(head, 0, at)) >= 0:
            end = at + len(head)
            if text[at - 1: at].isalnum() or text[end: end + 1].isalnum() or text[end: end + 1] in ("’", "'", "-"):
                continue  # not the whole word
            before = text[max(0, at - 80): at]
            body = _BODY_AFTER_HEAD.match(text, end)
            described = _DESCRIBED_BEFORE_HEAD.search(before)
            if described and (described.group(1) or body):
                found = text[at - len(before) + described.start(1): body.end() if body else end]
            elif indefinite_only:
                continue
            elif owned := _OWNER_BEFORE_HEAD.search(before):
                found = "" if owned.group(1).split()[0][:-2].lower() in _WHEN_WORDS else owned.group(1) + head
            elif named := _CAPITALISED_BEFORE_HEAD.search(before):
                found = named.group(1) + head
            else:
                continue
            return found if found and "\x00" not in found else None
        return None

    def _couple(self, surname: str = "", given: tuple[str, str] | None = None) -> str | None:
        """The one couple the article names by two given names and a family name ("Fred and Cindy Warmbier",
        "Warmbier's parents, Fred and Cindy,"), with this family name or these given names if given; else None."""
        if self._couples is None:  # read once, filed under "" (any), the family name and the given names
            self._couples = defaultdict(set)
            text = self._masked_text()
            for first, second, family in (
                    *((match.group(1), match.group(2), match.group(3)) for match in _COUPLE.finditer(text)),
                    *((match.group(2), match.group(3), match.group(1)) for match in _NAMED_PARENTS.finditer(text))):
                if _given_name_first([first, family]) and _given_name_first([second, family]):
                    for key in ("", family, (first, second)):
                        self._couples[key].add(f"{first} and {second} {family}")
        couples = self._couples.get(given or surname, set())
        return next(iter(couples)) if len(couples) == 1 else None

    def _recent_pair(self, position: int) -> str | None:
        """The two people named together ("Joe Biden and Yoon Suk Yeol") last, a few sentences before
        ``position``, whom "both leaders" or "the two sides" refers to."""
        text = self._masked_text()
        start = max(0, position - _PAIR_WINDOW)
        for joint in reversed(list(_JOINT.finditer(text, start, position))):
            pair = self._pair_of_people(self._resolve(joint.group(1), joint.start()),
                                        self._resolve(joint.group(2), joint.start(2)))
            if pair:
                return pair
        return None

    def _envoy_body_in_full(self, body: str, position: int) -> str | None:
        """"US mission" as the text named it last, within a few paragraphs, with the body it is sent to: "the US
        mission to the UN" (then "the US mission tweeted"); None if it never did."""
        if body.rpartition(" ")[2] not in _ENVOY_BODIES:
            return None
        start = max(0, position - 2000)
        window = self._masked_text()[start: position]
        at = window.rfind(body + " to ")
        complement = _ENVOY_COMPLEMENT.match(window, at + len(body)) if at >= 0 else None
        return body + complement.group(0) if complement else None

    def _longer_name(self, word: str, position: int) -> str | None:
        """The one longer name a bare word opens that the mention table read as no person's: "Kim" after "leader
        Kim Jong Un" (whose "Un" is also the UN's abbreviation), "the Rodong" after "Rodong Sinmun"."""
        if " " in word:
            return None
        folded = _fold(word)  # a body's mention is filed under each of its tokens
        firsts = self.longer_firsts.get(folded)
        if firsts is None:  # each longer name's first mention, read once per word (time stays linear)
            first_at: dict[tuple[str, ...], int] = {}
            for mention in self.by_role.get(folded, []):
                if len(mention.folded) > 1 and mention.folded[0] == folded and not mention.is_person:
                    first_at[mention.name] = min(mention.position, first_at.get(mention.name, mention.position))
            firsts = self.longer_firsts[folded] = sorted((at, name) for name, at in first_at.items())
        named_before = bisect_left(firsts, (position,))
        return " ".join(firsts[0][1]) if named_before == 1 else None

    def _subordinate_subject(self, position: int) -> str | None:
        """The person named in a subordinate clause opening the sentence before ``position``, whom a "he"
        after it refers to: "When President Donald Trump emerged from the meeting, he touted ..."."""
        text = self._masked_text()
        start = _sentence_start(text, position)
        lead = _SENTENCE_OPENING.sub("", text[start: position])
        first, _, rest = lead.partition(" ")
        comma = rest.find(",")
        if first.lower() not in _CONJUNCTIONS or comma < 0 or "\x00" in rest[:comma] or (
                _PARTICIPLE_FIRST.match(rest)):  # "When asked if he had met Kim ..., he said": no subject there
            return None
        return self._main_subject(rest[:comma], position - len(rest))  # an offset before the quote: for salience

    def _subject_before_conjunction(self, position: int) -> str | None:
        """The person who opens the sentence before ``position``, whom a "he" in a later clause of it refers to:
        "Foreign Minister Ri Son Gwon dashed any hopes when he said, ..."."""
        text = self._masked_text()
        start = _sentence_start(text, position)
        clause = _PRONOUN_AFTER_CONJUNCTION.search(text, start, position)
        if clause and clause.group(1) in ("what", "which") and _bare(
                (text[start: clause.start()].split() or [""])[0]).lower() in _PRONOUNS:
            return None  # "He also offered Kim Jong-un what he called ...": "he" is the earlier "he", not Kim
        return self._main_subject(text[start: clause.start()], start) if clause else None

    def _subject_before_what_it(self, position: int) -> str | None:
        """The named subject of the clause before a "what it" or "which it" just before ``position`` ("North Korea
        was hit with what it said was “...”"), whom that "it" stands for."""
        text = self._masked_text()
        relative = _WHAT_IT.search(text, max(0, position - 40), position)  # (its verb reports the quote)
        start = max(_sentence_start(text, position), position - 4 * _LOOK) if relative else position
        subject = _main_clause_subject(text[start: relative.start()]) if relative and relative.start() >= start else ""
        if not subject[:1].isupper() or _bare(subject.split()[0]) in _PRONOUNS:
            return None
        return self._resolve(subject, position)

    def _named_next(self, position: int) -> str | None:
        """The person who opens a sentence soon after ``position`` with a full name and an appositive: news
        writing introduces "a high-ranking North Korean defector" first and names him a sentence later."""
        text = self._masked_text()
        end = position + _NAMED_NEXT_WINDOW
        for match in _CAPITALISED.finditer(text, position, min(len(text), end)):
            before = text[max(0, match.start() - _LOOK): match.start()].rstrip(" \t")
            if not text.startswith(",", match.end()) or before[-1:] not in ("\n", ".", "") and not (
                    before.endswith((" said", " says")) and "," in before[-12:]):  # "..., said Geng Shuang, China's
                continue  # deputy permanent representative": a name after its quote's verb
            name, roles, is_person = _split_name(match.group(0), "")
            if len(name) >= 2 and is_person and not roles:
                return self._fullest(name, match.start())
        return None

    def _named_in_next_paragraph(self, position: int) -> str | None:
        """The person the first sentence of the next paragraph is about: a story opening with "The head of
        a U.N. food agency" names him in its second paragraph."""
        text = self._masked_text()
        start = text.find("\n", position)
        if start < 0:
            return None
        start = len(text) - len(text[start:].lstrip())
        end = _SENTENCE_END.search(text, start, min(len(text), start + _NAMED_NEXT_WINDOW))
        return self._main_subject(text[start: end.start() if end else start + _LOOK], start)

    # -- the main loop ---------------------------------------------------------------------------
    def quotes(self) -> list[Quote]:
        found: list[Quote] = []
        open_chain: list[int | None] = []  # paragraph of an unattributed quote left open (it runs on), else None
        for index, ((p_start, p_end), spans, masked) in enumerate(
                zip(self.paragraphs, self.spans, self.masked, strict=True)):
            if not spans:  # nothing to attribute: split into sentences only when current_subject reads it
                self.sentences_read.append((masked, p_start, None, True))
                if self.organisation_paragraph == index - 1 and masked.lstrip().startswith("It "):
                    self.organisation_paragraph = index  # "It said the decision was taken ...": still the body
                self.colon_lead = _colon_lead(index, masked, p_start, _sentences(masked, p_start)) if (
                    masked.rstrip().endswith(":")) else None
                continue
            sentences = _sentences(masked, p_start)
            self.paragraph_read = index
            if len(spans) > _MAX_ATTRIBUTED:  # not prose: keep the spans, skip filtering and attribution
                for span in spans:
                    found.append(Quote(text=self.source[span.start:span.end], start=span.start, end=span.end,
                                       speaker=None, kind="direct",
                                       context=_context(self.source, span, p_start, p_end)))
                    open_chain.append(None)
                continue
            # once per paragraph with quotes; sentences and windows below take their share by bisect
            self.verbs, cue_starts = _speech_words(masked)
            self.verb_starts = [start for _, start, _ in self.verbs]
            by_sentence: dict[int, list[_Span]] = {}
            starts = [start for start, _ in sentences]
            cues: dict[int, bool] = {}
            for span in spans:
                s_index = max(0, bisect_right(starts, span.open_mark) - 1)
                if s_index not in cues:
                    s_start, s_end = sentences[s_index]
                    cues[s_index] = bisect_left(cue_starts, s_start - p_start) < bisect_left(
                        cue_starts, s_end - p_start) or bool(
                        _POSSESSIVE_SOURCE.search(masked, s_start - p_start, s_end - p_start))
                if self._is_statement(span, masked, p_start, cues[s_index]):
                    by_sentence.setdefault(s_index, []).append(span)
            for s_index, (s_start, s_end) in enumerate(sentences):
                in_sentence = by_sentence.get(s_index, [])
                sentence_speaker: str | None = None
                for position, span in enumerate(in_sentence):
                    attribution = self.attribute(span, in_sentence, position, (s_start, s_end), masked,
                                                 p_start, sentence_speaker, index)
                    if attribution.found and attribution.speaker:
                        sentence_speaker = attribution.speaker
                    found.append(Quote(text=self.source[span.start:span.end], start=span.start, end=span.end,
                                       speaker=self._in_full(attribution.speaker), kind=attribution.kind,
                                       context=_context(self.source, span, p_start, p_end)))
                    open_chain.append(index if not attribution.found and span.close_end is None else None)
                    if attribution.speaker:
                        self._remember_speaker(attribution.speaker, index)
                    elif attribution.found:  # '"...," one told the radio': the next quote runs on from no one named
                        self.last_speaker, self.last_speaker_paragraph = None, index
                self.sentences_read.append(
                    (_sentence_text(masked, p_start, s_start, s_end), s_start, sentence_speaker, False))
            self.colon_lead = _colon_lead(index, masked, p_start, sentences)
        return self._name_described_lead(_attribute_open_chains(found, open_chain))

    def _name_described_lead(self, quotes: list[Quote]) -> list[Quote]:
        """"A human rights activist has criticized ... as an “impure manoeuvre”", then "..., said Song Young-chae":
        the quotes that open an article under a description before anyone named speaks go to the first person
        named as a speaker after them, if the article first names that person there."""
        lead = 0
        while lead < len(quotes) and (quotes[lead].speaker or "")[:1].islower() and (
                _description_head(quotes[lead].speaker or "").lower() in _NAMED_LATER_HEADS) and (
                self._introduced_indefinitely(quotes[lead].speaker or "", quotes[lead].start)):
            lead += 1
        if lead == 0 or lead == len(quotes):
            return quotes
        named = quotes[lead].speaker
        if named is None or " " not in named or not self._is_known_person(tuple(named.split())) or (
                self.text.find(named.split()[-1]) < quotes[lead - 1].end):
            return quotes
        return [replace(quote, speaker=named) for quote in quotes[:lead]] + quotes[lead:]

    def _introduced_indefinitely(self, description: str, before: int) -> bool:
        """Is the last "a"/"an" + ``description`` before ``before`` how the text introduces that speaker ("A
        human rights expert has called"), not "one defector recalled" (one of many) nor "the expert"?"""
        at = self.text.rfind(description, 0, before)
        return at > 0 and _previous_word(self.text, at) in ("a", "an")

    def _remember_speaker(self, speaker: str, paragraph: int) -> None:
        self.speakers.add(speaker)
        described = speaker[:1].islower() or speaker.rsplit(None, 1)[-1] in _ANONYMOUS_HEADS
        if described and " " in speaker:  # "foreign ministry spokesperson", "State Department spokesperson": later
            self.described[_description_head(speaker).lower()] = speaker  # "the spokesperson" (a bare "official"
            # says no more than the head itself)
        self.last_speaker = speaker
        self.last_speaker_paragraph = paragraph
        if not self._is_known_person(tuple(speaker.split())):
            self.last_organisation = speaker
            self.organisation_paragraph = paragraph

    def current_subject(self) -> str | None:
        """Who the latest sentence read is about, for a "he said": found lazily, reading sentences backward
        from the last one read to the last one already settled, as most quotes never need it."""
        read = len(self.sentences_read)
        settled, subject = self._subject_cache
        if settled != read:
            for index in range(read - 1, settled - 1, -1):
                found = self._read_subject(*self.sentences_read[index])
                if found:
                    subject = found
                    break
            self._subject_cache = (read, subject)
        return subject

    def _latest_subject_phrase(self) -> str:
        """The words of the subject of the latest sentence read (of a paragraph, its last sentence), or ""."""
        if not self.sentences_read:
            return ""
        text, _, _, is_paragraph = self.sentences_read[-1]
        if is_paragraph:
            text = text.rstrip().rsplit(". ", 1)[-1]
        verb = _FINITE_VERB.search(text)
        return _subject_phrase(text[: verb.start()]) if verb else ""

    def _joint_subject(self, position: int) -> str | None:
        """The two or more names joined by "and" that are the subject of the sentence's main clause before
        ``position`` ("Abe and U.S. President Donald Trump also reaffirmed they will"), else of the latest sentence
        read, resolved."""
        text = self._masked_text()
        start = max(_sentence_start(text, position), position - 4 * _LOOK)  # (bounded: a giant paragraph)
        subject = _main_clause_subject(text[start: position])
        if " and " not in subject:
            subject = self._latest_subject_phrase()
        if " and " in subject and "," in subject and _NAME_LIST.fullmatch(subject):  # "Ileana Ros-Lehtinen, Edward
            listed, last = subject.replace(", and ", " and ").rsplit(" and ", 1)  # Royce and Donald Manzullo"
            names = [self._resolve(name, position) for name in (*listed.split(", "), last)]
            return f"{', '.join(names[:-1])} and {names[-1]}" if all(
                name and self._is_known_person(tuple(name.split())) for name in names) else None
        if " and " not in subject or not _JOINT.fullmatch(subject):
            return None
        resolved = self._resolve(subject, position)
        return resolved if resolved and " and " in resolved else None

    def _plural_subject(self) -> str | None:
        """The group the latest sentence read is about ("the victims' families"), if it is about a group."""
        subject = _strip_determiner(self._latest_subject_phrase())
        return subject if subject and _is_plural_description(subject) else None

    def _subject_of_gender(self, pronoun: str, besides: str | None = None) -> str | None:
        """The latest subject read, within a few sentences, whom ``pronoun`` can stand for by given name (and who
        is not ``besides``)."""
        for index in range(len(self.sentences_read) - 1, max(-1, len(self.sentences_read) - 13), -1):
            found = self._read_subject(*self.sentences_read[index])
            if found and found != besides and not _of_other_gender(found, pronoun) and self._is_known_person(
                    tuple(found.split())):
                return found
        return None

    def _named_of_gender(self, pronoun: str, position: int) -> str | None:
        """The person named last, shortly before ``position``, whose given name ``pronoun`` stands for ("Julie",
        "Samantha Power" for "she"): when the subjects read offer nobody that pronoun can stand for."""
        names = word_list(_SAME_GENDER_NAMES[pronoun])
        latest: _Mention | None = None
        for mention in self.by_role.mentions_between(position - _GENDER_WINDOW + 1, position):
            if mention[4] and mention[1][:1] and _has_given_name(mention[1], names):  # "Kim Yo-jong" for "she"
                latest = _Mention(*mention)
        return self._fullest(latest.name, position) if latest is not None else None

    def _read_subject(self, text: str, offset: int, speaker: str | None, is_paragraph: bool) -> str | None:
        """The subject of a sentence read, or of a paragraph without quotes: its latest sentence's that has one."""
        if not is_paragraph:
            return self._sentence_subject(text, offset, speaker)
        for s_start, s_end in reversed(_sentences(text, offset)):
            found = self._sentence_subject(_sentence_text(text, offset, s_start, s_end), s_start, None)
            if found:
                return found
        return None

    def _sentence_subject(self, sentence: str, offset: int, sentence_speaker: str | None) -> str | None:
        """Who the sentence is about: its main subject or its quotes' speaker; None for a "he"/"she" sentence."""
        body = _SENTENCE_OPENING.sub("", sentence)
        if (body.startswith("By ") and _BYLINE.fullmatch(body.rstrip())) or _LINK_LABEL.match(body):
            return None  # "By Koh Byung-joon and Choi Soo-hyang", "RELATED Son of American held ...": page parts
        first = body.split(None, 1)[0].lower().strip(",") if body.strip() else ""
        if first in _CONJUNCTIONS and (main := _MAIN_CLAUSE_PRONOUN.search(body)):
            # "While Ri Tong Il, the deputy ambassador, declined to answer, he gave some clues": about Ri
            lead = self._clause_opening_subject(body[len(first): main.start()],
                                                offset + len(sentence) - len(body) + len(first))
            return lead if lead and not _of_other_gender(lead, main.group(1).lower()) else None
        if first in _SUBORDINATORS or first.endswith("ing"):
            comma = body.find(",")
            body = body[comma + 1:] if comma >= 0 else body
            first = body.split(None, 1)[0].lower() if body.strip() else ""
        if first in ("he", "she") or first.endswith(("’s", "'s", "’d", "'d")) and first[:-2] in ("he", "she"):
            return None  # (also "She’s head of a Bay Area-based group": no name of hers)
        reported = _REPORTED_NAME.search(body)  # "..., said Tun Dr Mahathir Mohamad.", "according to Cheong"
        if reported:
            group = reported.lastindex  # the one name group of whichever form matched
            name, roles, is_person = _split_name(reported.group(group), "")
            if name and (is_person or self._is_known_person(name)):
                return self._fullest(name, offset + len(sentence) - len(body) + reported.start(group), roles)
        start = offset + len(sentence) - len(body)
        role = _ROLE_REPORTS.search(body) if sentence_speaker is None else None
        if role and _bare(role.group(1).split()[0]) in word_list("titles"):  # "..., the undersecretary of state also
            return None  # said Kim was mistaken": about the undersecretary, whoever that is, not Kim
        described = _REPORTED_DESCRIPTION.search(body, max(0, len(body) - 250)) if sentence_speaker is None else None
        if described and _description_head(described.group(1)).lower() in _ANONYMOUS_HEADS | word_list("titles"):
            return self._resolve(described.group(1), start + described.start(1))  # "..., an official with the
            # Japanese Embassy told Xinhua.", then "he said": the official
        holder = self._role_holder_subject(body, start) if sentence_speaker is None else None  # (a sentence with
        # a quote is about its speaker: "The former US president had 'urged ...,' Mr Kawamura told")
        if sentence_speaker is not None and _PRONOUN_REPORTS.search(body):  # 'Both incidents gave Kim Jong-Un
            return sentence_speaker  # “some accomplishments,” he said.': about its speaker, not whom it names
        return holder or self._main_subject(body, start) or sentence_speaker or self._passive_agent(body, start) or (
            self._described_subject(body, start))

    def _passive_agent(self, clause: str, offset: int) -> str | None:
        """The person a passive clause names as its agent, whom it is about ("Criticism is being directed at Japan
        by U.S. Rep. Tony Hall (D-OH)."), as its subject would be in the active."""
        agent = _PASSIVE_AGENT.search(clause)
        if agent is None:
            return None
        match = _CAPITALISED.match(clause, agent.end())
        if match is None:
            return None
        name, _, is_person = _split_name(match.group(0), "by")
        return self._fullest(name, offset + match.start()) if name and (
            is_person or self._is_known_person(name)) else None

    def _role_holder_subject(self, clause: str, offset: int) -> str | None:
        """The person a clause's subject names by an office held before ("The congresswoman urged the Senate to
        pass a bill introduced by Sens. Mazie Hirono": Rep. Grace Meng, not the senator named later)."""
        if not _THE_ROLE_OPENING.match(clause):  # (a cheap test first: most sentences open otherwise)
            return None
        words = _main_clause_subject(clause).split()
        if len(words) < 2 or words[0] not in ("The", "the") or not words[-1].islower():
            return None
        head = _bare(words[-1])
        if head not in word_list("titles") or head in _ANONYMOUS_HEADS or _plural_role(head):
            return None
        holder = self._by_role(head, offset, frozenset(map(_bare, words[1:-1])) & word_list("titles"))
        return holder if holder and self._is_known_person(tuple(holder.split())) else None

    def _clause_opening_subject(self, clause: str, offset: int) -> str | None:
        """The person a subordinate clause opens with as its subject (" President Donald Trump emerged", " the
        envoy Ri Tong Il declined"); None when other words come first (" meeting Kim Jong Un": his object)."""
        match = _CAPITALISED.search(clause)
        if match is None:
            return None
        titles = word_list("titles")
        if any(word not in _DETERMINERS and word not in titles for word in clause[: match.start()].lower().split()):
            return None
        name, _, is_person = _split_name(match.group(0), _previous_word(clause, match.start()))
        return self._fullest(name, offset + match.start()) if name and (
            is_person or self._is_known_person(name)) else None

    def _described_subject(self, clause: str, offset: int) -> str | None:
        """A person the clause's subject describes as one who speaks unnamed ("an unnamed spokesman for the
        ministry reacted ..."), whom a later "he said" refers to."""
        subject = _main_clause_subject(clause)
        if not subject or subject[:1].isupper() and subject.split()[0] not in ("A", "An") or (
                _bare(subject.split()[0]) in _PRONOUNS):  # (a name; but "An official with ..." opens a sentence)
            return None
        description = _strip_determiner(subject)
        head = _description_head(description).lower() if description else ""
        if head not in _ANONYMOUS_HEADS:
            return None
        newcomer = subject.split()[0] in ("A", "An", "a", "an") and description != head  # "A source in Yangkang
        return description if newcomer else self.described.get(head) or description  # Province": not the one met
        # before as "a source in North Hamkyung Province"

    def _written_as_name(self, word: str, position: int) -> bool:
        """Is a capitalised word a name by how the text around ``position`` writes it: double-barrelled
        ("Thomas-Greenfield"), or also capitalised mid-sentence and never in lower case (not "Experts", "Other")?
        Read once a word per article, in a bounded window, so that time stays linear."""
        if word not in self.names_by_form:
            text = self.text[max(0, position - _LOOK_AROUND): position + _LOOK_AROUND]
            self.names_by_form[word] = not _whole_word_at(text, word.lower()) and (
                "-" in word and word.split("-")[1][:1].isupper() or any(
                    text[at - 2: at - 1].islower() or text[at - 2: at - 1] == "," for at in _whole_word_at(text, word)
                    if text[at - 1: at] == " "))
        return self.names_by_form[word]

    def _main_subject(self, clause: str, offset: int) -> str | None:
        """The first person named in the clause who is not a prepositional object or a possessor."""
        whose = "whose" in clause
        for match in _CAPITALISED.finditer(clause):
            previous = _previous_word(clause, match.start())
            if previous in _PREPOSITIONS and not _completes_title(clause, match) or (
                    match.group(0).split(None, 1)[0].lower() in _PREPOSITIONS) or (
                    _is_possessor(clause, match)) or _is_credit(clause, match.start()) or (
                    clause.startswith("/", match.end())) or (  # "(Kim Won-Jin/AFP/Getty Images)": a photo credit
                    whose and _WHOSE_CLAUSE.search(clause, max(0, match.start() - 60), match.start())):
                continue  # "from Kim", "By Koh Byung-joon" (a byline), "Kim's", "AP Photo/Evan Vucci", "The
                # 72-year-old, whose younger sister Kaoru Matsuki was abducted, ...": the relative's, not the clause's
            couple = _COUPLE_TAIL.match(clause, match.end()) if " " not in match.group(0) else None
            if couple and _given_name_first([match.group(0), *couple.group(1).split()]):  # "Fred and Cindy
                return f"{match.group(0)} and {self._fullest(tuple(couple.group(1).split()), offset + match.start())}"
            if _listed(clause, match.start(), match.group(0)):
                previous = ""  # "for Civilian Security, Democracy, and": a list, not a title then a name
            name, _, is_person = _split_name(match.group(0), previous)  # Warmbier thanked": the couple
            if name and (is_person or self._is_known_person(name) or (
                    match.start() == 0 and _speaking_surname(clause, match) and self._written_as_name(
                        name[0], offset + match.start()))):
                return self._fullest(name, offset + match.start())
        return None

    def _is_statement(self, span: _Span, masked: str, offset: int, sentence_has_cue: bool) -> bool:
        """False for titles, names and scare quotes: quoted words nobody is said to have spoken."""
        quote = self.text[span.start:span.end]
        words = quote.split(None, 14)  # up to 15 words: all the tests below need (a title has at most 14)
        if not words:
            return False
        before = masked[max(0, span.open_mark - offset - _LOOK): span.open_mark - offset].rstrip(" ,:")
        last_words = before.rsplit(None, 2)
        previous = last_words[-1].lower() if last_words else ""
        cues = word_list("non_statement_cues")
        cue_before = previous in cues or (  # "a memoir called “The Girl with Seven Names”"
            previous in _NAMING_VERBS and len(last_words) > 1 and last_words[-2].lower() in cues)
        if previous in _TITLE_CUES:  # 'a commentary titled "Dissecting the US' hideous intentions ..."'
            return False
        opening = words[0].lstrip("[(")[:1]  # "[But] we failed.": an editor's bracket opens a sentence too
        sentence_like = (opening.isupper() or opening.isdigit()) and (
            len(words) >= 4 or quote.rstrip()[-1:] in ".!?,"
        )
        if _closes_with_quotative(span, masked, offset):
            return True  # '"..."고 말했다': Korean marks a quoted statement with a particle
        if masked[span.open_mark - offset] in _CJK_OPENERS:
            return len(quote.strip()) >= 4
        if _is_titleish(words):  # "said on “Anderson Cooper 360”", "an edition of “Fox & Friends”": a programme
            return not cue_before and previous not in ("on", "of") and self._verb_adjacent(span, masked, offset)
        if cue_before and len(words) <= 8 and quote.rstrip()[-1:] not in ".!?":
            return False
        if sentence_like or len(words) >= 8:
            return True
        return sentence_has_cue

    def _verb_adjacent(self, span: _Span, masked: str, offset: int) -> bool:
        before = masked[max(0, span.open_mark - offset - _LOOK): span.open_mark - offset].rstrip(" ,:")
        after = masked[span.close_end - offset: span.close_end - offset + _LOOK] if span.close_end is not None else ""
        last_words = before.split()[-3:]
        next_words = after.split()[:4]
        speech = word_list("speech_verbs")
        return any(_bare(w) in speech for w in last_words + next_words) or before.endswith(":")

    def attribute(self, span: _Span, in_sentence: list[_Span], position: int, sentence: tuple[int, int],
                  masked: str, offset: int, sentence_speaker: str | None, paragraph: int) -> _Attribution:
        """The speaker and kind of one quote, from its reporting clause or the discourse before it."""
        s_start, s_end = sentence
        self.quoted = self.text[span.start: span.end]
        previous = in_sentence[position - 1] if position else None
        left_limit = previous.close_end if previous is not None and previous.close_end else s_start
        right_limit = in_sentence[position + 1].open_mark if position + 1 < len(in_sentence) else s_end
        window = 4 * _LOOK  # a reporting clause stands near its quote: bounded windows keep this linear
        pre = masked[max(left_limit, span.open_mark - window) - offset: span.open_mark - offset]
        post = masked[span.close_end - offset: min(right_limit, span.close_end + window) - offset] if (
            span.close_end is not None) else ""
        pre_start = max(s_start, span.open_mark - window) - offset
        whole_pre = masked[pre_start: span.open_mark - offset]
        quotative = _closes_with_quotative(span, masked, offset)
        embedded = _is_embedded(pre) and not quotative  # Korean '..."고 말했다' quotes a whole statement
        kind = "partial" if embedded else "direct"

        if quotative or korean.is_korean(self.text[span.start:span.end]):  # '홍 의원은 "..."고 말했다'
            speaker = self._korean_speaker(masked[: span.open_mark - offset], span.open_mark)
            if speaker:
                return _Attribution(speaker, True, kind)
        inner = _inner_reporting_clause(self.text, span) if span.close_end is None else None
        if inner:  # '“We’ve seen a history here, said Sen. Amy Klobuchar, adding ...': its closing mark lost, the
            speaker = self._resolve(inner, span.open_mark)  # quote runs on over its own reporting clause
            if speaker:
                return _Attribution(speaker, True, kind)
        set_off = _set_off(self.text, span)
        post_start = span.close_end - offset if span.close_end is not None else 0
        credit = _DASH_CREDIT.fullmatch(masked, post_start) if span.close_end is not None else None
        if credit is None and span.close_end is not None and self.text[span.end - 1: span.end] == ",":
            credit = _NAME_CREDIT.fullmatch(masked, post_start)  # '“...,” Choe Myong Nam, Pyongyang’s deputy
            if credit and _speech_words(credit.group(0))[0]:  # ambassador to the UN in Geneva.' with no verb
                credit = None
        if credit:  # '“We believed the United Nations could save us.” — A Yodok survivor': an epigraph's credit
            name = re.split(r"[,(]", credit.group(1), maxsplit=1)[0].strip()
            speaker = self._resolve(name, span.open_mark) if len(name.split()) <= 8 else None
            if speaker:
                return _Attribution(speaker, True, "direct")
        if self.colon_lead and self.colon_lead[0] == paragraph - 1 and not whole_pre.strip(_BULLETS):
            speaker, found = self._from_post(post, post_start, span.open_mark, sentence_speaker, True, set_off)
            if found:  # 'this quote from a refugee:' then '"..." says Hyeonseo Lee': the quote's own clause first
                return _Attribution(speaker, True, "direct")
            _, lead, lead_start = self.colon_lead  # "The family released this statement:" then the quote
            lead = lead[-window:]
            lead_verbs = _speech_words(lead)[0]
            if lead_verbs:
                speaker, found = self._from_pre(lead, lead_verbs, lead_start, None)
                if found:
                    return _Attribution(speaker, True, "direct")
            speaker = self._labelled(_LINE_LABEL.fullmatch(lead.rstrip() + " "), span.open_mark)  # "Burundi:"
            if speaker:  # a speaker's name alone on the line before the quote
                return _Attribution(speaker, True, "direct")
        leading = _PARTICIPLE_OPENING.match(whole_pre) if position == 0 and span.close_end is not None and (
            "," not in whole_pre) else None  # (not "Speaking with CBS, Wi said the chances are “very low”")
        subject = _CLAUSE_OPENER.match(post) if leading and leading.group(1) not in _PREPOSITION_PARTICIPLES else None
        if subject:  # "Describing the leader as “unpredictable,” Carter worried that ...": the main clause's subject
            speaker = self._resolve(subject.group(1), span.open_mark)  # leads the participle opening the sentence
            if speaker:
                return _Attribution(speaker, True, kind)
        verbs = self._verbs_in(pre_start, span.open_mark - offset)
        adjacent = bool(verbs) and _ends_with_verb(whole_pre, verbs[-1])
        pre_first = adjacent or whole_pre.rstrip().endswith(":")
        post_first = pre_first and not adjacent  # "blunt about the carnage in Syria: “...” he asked"
        # '... accused the administration of "..." News 1 reported': the outlet passes on the sentence's words
        outlet_speaks = not (embedded and verbs)
        if post_first:
            speaker, found = self._from_post(post, post_start, span.open_mark, sentence_speaker, outlet_speaks,
                                             set_off)
            if found:
                return _Attribution(speaker, True, kind)
        if pre_first:
            speaker, found = self._from_pre(whole_pre, verbs, span.open_mark, sentence_speaker)
            if found and adjacent and span.close_end is not None and not (
                    speaker and self._is_known_person(tuple(speaker.split()))) and (
                    post.startswith((",", " ,")) or self.text[span.close_end - 2: span.close_end - 1] == ","):
                reporter, reported = self._from_post(post, post_start, span.open_mark, sentence_speaker, False, set_off)
                if reported and reporter:  # 'meetings ... indicate “a big improvement,” the academic said': the
                    return _Attribution(reporter, True, kind)  # clause after the quote reports the whole sentence
            if found:
                return _Attribution(speaker or self._agent_after(in_sentence[-1], masked, offset, s_end), True, kind)
        if not post_first:
            speaker, found = self._from_post(post, post_start, span.open_mark, sentence_speaker, outlet_speaks,
                                             set_off)
            if found and embedded and verbs and not pre_first and not (
                    verbs[-1][0].endswith("ing") or verbs[-1][0] in _ATTITUDE_VERBS):
                inner, said = self._from_pre(whole_pre, verbs, span.open_mark, sentence_speaker)
                if said and inner and inner != speaker and self._is_known_person(tuple(inner.split())):
                    return _Attribution(inner, True, kind)  # "Yoon stressed that ... is the “key road map” ...,
                    # Lee said": the words are Yoon's, as Lee reports them
            if found:
                return _Attribution(speaker, True, kind)
        last = in_sentence[-1]
        if last is not span and last.close_end is not None:  # '"A" and "B", Kwon said': the end attributes all
            tail = masked[last.close_end - offset: min(s_end, last.close_end + window) - offset]
            speaker, found = self._from_post(tail, last.close_end - offset, span.open_mark, sentence_speaker,
                                             outlet_speaks, _set_off(self.text, last))
            if found:
                return _Attribution(speaker, True, kind)
        if verbs and not pre_first:  # tried above when the verb stands next to the quote
            speaker, found = self._from_pre(whole_pre, verbs, span.open_mark, sentence_speaker)
            if found:
                return _Attribution(speaker or self._agent_after(in_sentence[-1], masked, offset, s_end), True, kind)
        possessive = _last_match(_POSSESSIVE_SOURCE, whole_pre)
        if possessive is not None:
            return _Attribution(self._resolve(possessive.group(1), span.open_mark), True, "partial")
        label = _last_match(_LINE_LABEL, pre)  # "China: We “welcome ...”" in a list of speakers, not "TOKYO:"
        speaker = self._labelled(label, span.open_mark) if label and "\x00" not in pre[label.end():] else None
        if speaker:
            return _Attribution(speaker, True, kind)
        line_start = masked.rfind("\n", 0, span.open_mark - offset) + 1
        named = _NAME_THEN_QUOTE.fullmatch(masked, line_start, span.open_mark - offset) if (
            position == 0 and self.text[span.start: span.start + 1].isupper()) else None
        if named and " " in named.group(1) and _is_label(named.group(1)):  # a headline's 'Michael Kirby - "I Hope
            speaker = self._resolve(named.group(1), span.open_mark)  # ..."', 'President Yoon Suk Yeol “We need ...”'
            if speaker and self._is_known_person(tuple(speaker.split())):
                return _Attribution(speaker, True, kind)
        if sentence_speaker is not None:
            return _Attribution(sentence_speaker, True, "partial" if embedded else "continuation")
        cut_off = self._cut_after_name(span)
        if cut_off:  # '“...,” Greg Scarlatoiu, pre': an excerpt cut before the verb, the name given
            speaker = self._resolve(cut_off.group(1), span.open_mark)
            if speaker:
                return _Attribution(speaker, True, kind)
        if embedded:
            quoted = self.text[span.start:span.end]
            verb_like = (_is_quoted_verb(quoted) or _opens_with_verb(quoted)) and _OBJECT_NEXT.match(post) is not None
            subject = self._sentence_agent(whole_pre, span.open_mark, verb_like)
            if subject:
                return _Attribution(subject, True, "partial")
        continued = _CONTINUED_BY.match(masked, span.close_end - offset) if span.close_end is not None else None
        if continued:  # '“...” Boyle continued, “...”': the one who goes on said this too
            speaker = self._resolve(continued.group(1), span.open_mark)
            if speaker:
                return _Attribution(speaker, True, "partial" if embedded else "direct")
        inherited = self.last_speaker if paragraph - self.last_speaker_paragraph <= 1 else self.current_subject()
        attributed = quotative or span.close_end is not None and bool(  # '"..." it said': its own clause
            self._verbs_in(post_start, post_start + 20))
        return _Attribution(inherited, False, "partial" if embedded else "direct" if attributed else "continuation")

    def _reports_survey(self) -> bool:
        """Does the text report a survey or poll ("32.5 percent said" are its respondents)? Read once."""
        if self._survey is None:
            self._survey = _SURVEY.search(self.text) is not None
        return self._survey

    def _cut_after_name(self, span: _Span) -> re.Match[str] | None:
        """A name (and its description) with no verb between a quote and the end of its line or the next quote's
        sentence, if that is within 160 characters and the quote closes with a comma, which says a reporting clause
        follows ("“....” Jiji Press" is a credit)."""
        if span.close_end is None or "," not in self.text[span.end - 1: span.close_end]:
            return None
        limit = span.close_end + 160  # a bounded search: the time stays linear in the text's length
        line_end = self.text.find("\n", span.close_end, limit)
        if line_end < 0 and len(self.text) < limit:
            line_end = len(self.text)
        stop = line_end if line_end >= 0 else min(limit, len(self.text))
        cut = _NAME_THEN_CUT.match(self.text, span.close_end, stop)
        if cut is None or cut.end() == line_end:
            return cut
        rest = self.text[cut.end(): stop]  # '“...,” Koichiro Iizuka, 42-year-old son of abductee Yaeko
        return cut if rest[:1] == "." and rest[1:].lstrip()[:1] in ("“", "\"", "‘") else None  # Yaguchi. “...”'

    def _korean_speaker(self, before: str, position: int) -> str | None:
        """The speaker a Korean sentence names as its topic before the quote (``before``: the paragraph up to
        the quote's mark); "그는" (he) is the last speaker."""
        ends = [match.end() for match in _KOREAN_SENTENCE_END.finditer(before)]
        found = korean.topic(before[ends[-1] if ends else 0:])
        if found is None:
            return None
        kind, phrase = found
        return self.last_speaker if kind == "pronoun" else korean.speaker(kind, phrase, self.text[:position])

    def _sentence_agent(self, before: str, position: int, quoted_verb: bool = False) -> str | None:
        """The subject of the main clause before a partial quote nobody is said to speak: 'The court granted
        a warrant, citing "the gravity of the issue"' is the court's wording, and 'A North Korean diplomat
        "categorically rejected" the resolution' the diplomat's (a ``quoted_verb``: the quote is the verb)."""
        subject = _main_clause_subject(before)
        if not subject and quoted_verb:
            subject = _main_clause_subject(before + " said")  # the quote as the verb: a verb in its place
            subject = subject if before.rstrip().endswith(subject) else ""
        speaker = self._resolve(subject, position) if subject else None
        if not speaker:
            return None
        if speaker[:1].isupper():  # a name used mid-sentence somewhere ("Talks will be" opens a sentence only),
            return speaker if self._used_mid_sentence(speaker) or (  # or the subject of a quoted verb that
                quoted_verb and _names_a_body(speaker)) else None  # names a body ("N. Korea 'rejects' ...")
        head = speaker.rsplit(None, 1)[-1].lower()  # "the bill could be a "trigger"": only a speaker's noun
        speaking = head in word_list("titles") or _plural_role(head) or head.rstrip("s") in _SPEAKING_BODIES
        return speaker if speaking else None

    def _labelled(self, label: re.Match[str] | None, position: int) -> str | None:
        """The speaker a ``_LINE_LABEL`` match names, if its words read as a name and not a dateline."""
        return self._resolve(label.group(1), position) if label is not None and _is_label(label.group(1)) else None

    def _from_pre(self, pre: str, verbs: list[tuple[str, int, int]], position: int,
                  sentence_speaker: str | None) -> tuple[str | None, bool]:
        """Attribution from the words before the quote: "X said", "X said that", "According to X,", "X:"."""
        if not verbs:
            colon = pre.rstrip()
            if not colon.endswith(":"):
                return None, False
            titled = _NAME_THEN_ROLE.search(colon[:-1])  # "[Yoon Seong-deok/Ambassador to Geneva:", "Kim Song(...):"
            if titled:
                return self._resolve(titled.group(1), position), True
            on_topic = _NAME_ON_TOPIC.search(colon[:-1])  # "Sen. Bernie Sanders on ABC's “This Week”:", "Trump on
            if on_topic and (named := self._resolve(on_topic.group(1), position)):  # Kim and human rights:": a
                return named, True  # label naming the speaker and what or where they spoke on
            # "He listed these criteria:": a clause's subject leads the quote, not its object
            return self._resolve(_main_clause_subject(colon[:-1]) or _subject_phrase(colon[:-1]), position), True
        verbs = [verb for verb in verbs if not (_ends_opening_clause(pre, verb[1], verb[2]) or (
            _opens_with_participle(pre, verb[0], verb[1], verb[2])))]
        local: str | None = None
        found = False
        considered = range(len(verbs)) if len(verbs) <= 4 else [0, *range(len(verbs) - 3, len(verbs))]
        reported_by = ""  # the verb that found the speaker so far
        reports_that = False  # whether "that" follows it
        for index in considered:
            if found and local is not None and verbs[index][0] in _ATTITUDE_VERBS:
                continue  # "The ministry said Seoul had hoped the Games would “foster peace”": the ministry's words
            speaker, ok = self._verb_subject(pre, verbs, index, local, position, sentence_speaker)
            if found and local is not None and reported_by in _CALLING_VERBS and speaker and (
                    _possessed_noun_before_quote(pre, verbs[index])):
                continue  # "Democrats are calling President Trump’s praise of Kim “embarrassing”": what is named
            only_reporting = reported_by in _ONLY_REPORTING
            if found and local is not None and (only_reporting or reports_that) and verbs[index][0] not in (
                    _SPEECH_ACTS) and speaker and (only_reporting and _possessed_noun_before_quote(pre, verbs[index])
                                                   or not (self._is_known_person(tuple(speaker.split()))
                                                           or _KIM_JONG_UN.fullmatch(speaker))):
                continue  # "Takaichi said the leaders confirmed “...”", "KCNA said Washington's calls show it
                # “...”", "it complained that the United States had continued with “...”": what the clause's
                # reporter reports of no one named (but "X said Bush called Kim “...”", "Moon said the pope told
                # him he would “...”", "adding that Kim's remarks about having “...”")
            if ok and speaker is not None:
                reported_by = verbs[index][0]
                reports_that = pre.startswith(" that ", verbs[index][2])  # "complained that the United States ..."
            if ok and (speaker is not None or local is None):  # "X told reporters the groups to be charged
                local, found = speaker, True  # had ...": a later verb without a speaker leaves X speaking
        return local, found

    def _agent_after(self, last: _Span, masked: str, offset: int, sentence_end: int) -> str | None:
        """The agent of a passive reporting verb, after the sentence's last quote: 'was called "scum,"
        "commie" and "traitor" by Rep. Park Young-soon'."""
        if last.close_end is None:
            return None
        after = masked[last.close_end - offset: sentence_end - offset]
        agent = _AGENT.search(after)  # the phrase read on past its comma: "by the recipient, U.N. ... X Y"
        return self._resolve(_object_phrase(after[agent.start(1):]), last.open_mark) if agent else None

    def _verbs_in(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """The paragraph's speech verbs within ``[start, end)`` of it, with offsets relative to ``start``."""
        first = bisect_left(self.verb_starts, start)
        last = bisect_left(self.verb_starts, end)
        return [(verb, v_start - start, v_end - start) for verb, v_start, v_end in self.verbs[first:last]
                if v_end <= end]

    def _main_clause_after(self, window: str, verbs: list[tuple[str, int, int]], position: int) -> str | None:
        """The speaker of a short ", X said" closing the sentence after a subordinate clause, if one does."""
        for _, start, end in verbs:
            clause = window[:start]
            tail = clause[clause.rfind(",") + 1:] if "," in clause else ""
            subject = _subject_phrase(tail) if 0 < len(tail.split()) <= 6 else ""
            if subject and (window[end:].lstrip(" \t")[:1] in ("", ".", ",", "\x00") or _TIME_TAIL.match(window, end)):
                return self._resolve(subject, position)
        return None

    def _from_post(self, post: str, post_start: int, position: int, sentence_speaker: str | None,
                   outlet_speaks: bool = True, set_off: bool = True) -> tuple[str | None, bool]:
        """Attribution from the words after the quote (``post``, at ``post_start`` of the paragraph):
        ", said X", ", X said", ", according to X". ``set_off``: the quote closes with a comma or a full stop,
        as one whose verb comes before its subject does ('"...," said X', not '"..." highlights X')."""
        window = post[:400]
        verbs = self._verbs_in(post_start, post_start + len(window))
        if not verbs:
            return None, False
        if len(verbs) > 1 and _DASHED_RELATIVE.search(window, 0, verbs[0][1]):  # "the director of HRNK—which
            verbs = verbs[1:]  # also spoke to defectors—tells the Guardian": the aside's verb is not the clause's
        if not _subject_can_end(window[: verbs[0][1]], window[verbs[0][2]:]):
            return None, False
        verb, start, end = verbs[0]
        if verb in ("reported", "reports") and not outlet_speaks:
            return None, False
        if "," not in window[:start] and _RELATIVE_AFTER_QUOTE.match(window, 0, start):  # '"the flexibility" that
            return None, False  # the U.S. maintains': a relative clause on the quoted words, not their reporting one
        if verb.endswith("ed") and verb != "quoted" and window.startswith(" by ", end) and (
                window[:start].rstrip()[-1:].isalnum()):  # '"..." to the wish for aid proposed by the US': a
            # participle after a noun, not the quote's reporting clause; but '“...” in a statement issued by
            if _bare(window[:start].split()[-1]) in _DOCUMENT_NOUNS and _IN_DOCUMENT.search(window, 0, start):
                # Pyongyang's foreign ministry': its issuer (but "the statement issued by X says" is X's document)
                return self._resolve(_object_phrase(window[end + 4:]), position), True
            return None, False
        if window[end:].lstrip(" \t")[:1] == ":":  # "..., Rodman replied: "...": the verb leads the next quote
            return None, False
        opening = window[:start].split(None, 1)
        if opening and _bare(opening[0]) in _CLAUSE_CONTRASTS:
            return None, False  # '"...," while China's spokesperson said': another clause, another speaker
        as_saying = (_AS_SAYING.match(window, end) or _QUOTED_NAME_ENDS.match(window, end)) if verb in (
            "quoted", "cited") else None
        if as_saying and _bare(as_saying.group(1).split()[0]) not in _PREPOSITIONS | _REFLEXIVES:  # "the office
            # quoted the pope as saying", but not "Mr Moon was quoted in a statement as saying" nor "he quoted
            # himself as telling": the subject's own words
            return self._resolve(as_saying.group(1), position), True
        if verb == "according to" or verb.endswith("ing"):
            phrase = _object_phrase(window[end:]) if verb == "according to" else ""
            if phrase and not outlet_speaks:  # 'Pyongyang said it was a "...", according to the KCNA news agency',
                return None, False  # 'He told Kim he was "gravely shocked", according to the official': its source
            if _is_source(phrase):  # "according to law" names no one
                return self._resolve(phrase, position), True
            return sentence_speaker, sentence_speaker is not None
        subject = _subject_phrase(window[:start])
        if subject and not outlet_speaks and _names_media(subject):
            return None, False  # 'Kim called for "...", state media KCNA said': the agency passes his words on
        if subject == "it" and self.last_organisation is None and window[:start].split() != ["it"]:
            return None, False  # '... have been "..." due to what it claims': not the quote's own clause
        if subject in _PRONOUNS and "," in window[:start] and _RELATIVE_PRONOUN_SUBJECT.search(window, 0, start):
            return None, False  # 'X accused the US of a "racket", which it claimed was ...': the relative clause's
            # pronoun is X, whom the clause before the quote names
        if subject and _opens_subordinate_clause(window[:start], subject):
            # '"full support" to the North if Pyongyang responds': another clause's verb; but '"..." since the
            # North proposed it, Iizuka said': the main clause follows the subordinate one
            speaker = self._main_clause_after(window, verbs[1:3], position)
            return speaker, speaker is not None
        if subject:
            cited = (_CITING_AUTHOR.match(window, end) or _QUOTING_SOURCE.match(window, end)) if (
                "citing" in window or "quoting" in window) and _names_media(subject) else _QUOTING_PERSON.match(
                window, end) if "quoting" in window else None  # "..., Kawamura told journalists, quoting an
            # unnamed senior US official": the official's words
            speaker = self._resolve(_object_phrase(cited.group(1)) if cited else subject, position)
            # "the KCNA news agency said, citing a statement by Song Il Ho"; '"...," one told the radio': someone
            return speaker, speaker is not None or subject in _UNNAMED_ONES  # unnamed, not the latest subject
        between = window[:start].strip(" \t\n,.!?\u2014\u2013-\x00\"”’")
        # '"..." for the government, said X': an inverted verb after a comma; but in '"..." yesterday, denounced
        # US-South Korean drills' the verb is the main clause's next one, with its object
        if between and not (window[:start].rstrip().endswith(",") and _INVERTED_SUBJECT.match(window, end) and (
                verb not in _OBJECT_FIRST_VERBS)):
            return None, False
        if not between and not set_off and verb not in _ONLY_REPORTING:  # '"..." highlights X': the quote is the
            return None, False  # verb's subject; but '"... someone dies" said Maguire' lacks only its comma
        if window.startswith(" that ", end):  # '“...,” emphasized that any efforts by X ...': a clause the verb
            return None, False  # reports, not its inverted subject
        sent = _DOCUMENT_FROM.match(re.split(r"[,;.\x00]", window[end:], maxsplit=1)[0])
        if sent:  # "..., said a May 17 letter to Trump from the Religious Freedom Institute": the sender
            return self._resolve(sent.group(1), position, document=True), True
        phrase = _object_phrase(window[end:])
        if phrase and phrase.islower() and _bare(phrase.split()[0]) not in _DETERMINERS and not _is_bare_plural(
                phrase.split()):  # '“...,” urged action': the verb's object; an inverted subject is a name ("said
            return None, False  # defector Park"), a description ("said the envoy") or a plural ("said officials")
        if phrase and _names_media(phrase) and (passed := _QUOTING_SOURCE.search(window, end, end + len(phrase) + 80)):
            phrase = _object_phrase(passed.group(1))  # '"...," said the news wire service, quoting the official'
        return (self._resolve(phrase, position), True) if phrase else (None, False)

    def _verb_subject(self, clause: str, verbs: list[tuple[str, int, int]], index: int, local: str | None,
                      position: int, sentence_speaker: str | None) -> tuple[str | None, bool]:
        """The speaker of the ``index``-th speech verb: its subject, a passive's agent, or the clause's."""
        verb, start, end = verbs[index]
        if verb == "according to":
            phrase = _object_phrase(clause[end:])
            return (self._resolve(phrase, position), True) if _is_source(phrase) else (None, False)
        before = clause[:start].rstrip()
        last_words = before.rsplit(None, 2)
        if len(last_words) == 3 and (last_words[2].endswith("ly") or last_words[2] in _SHORT_ADVERBS) and (
                last_words[1].lower() in _BE_FORMS):  # "Americans are regularly decried by the government",
            before = before[: before.rfind(" ")]  # "Allegations ... were also described as": passive
            last_words = last_words[:2]
        last = last_words[-1].lower() if last_words else ""
        if verb in _NOUN_OR_VERB and clause.startswith(" by ", end) and not _DETERMINERS.intersection(
                map(_bare, before.split()[-3:])):  # "following remarks by President Yoon that ...": the agent's
            return self._resolve(_object_phrase(clause[end + 4:]), position), True  # words (not "denounced a
            # human rights report by the United States as “slander”")
        if verb in _DOCUMENT_PARTICIPLES and last in _DOCUMENT_NOUNS and not _BY_AGENT.match(clause, end):
            return None, False  # "the appeal in a statement released on Tuesday, saying": no verb of its own
        sender = _SENT_DOCUMENT_BEFORE.search(before) if verb == "saying" else None
        if sender:  # "KCNA reported a statement from North Korea's vice foreign minister saying": the sender
            return self._resolve(sender.group(1), position, document=True), True
        as_saying = (_AS_SAYING.match(clause, end) or _THEN_COLON.match(clause, end)) if verb in (
            "quoted", "cited") and last not in _BE_FORMS else None
        if as_saying:  # "quoted the pope as saying", "quoted Kim:"
            return self._resolve(as_saying.group(1), position, local), True
        if last in _BE_FORMS and verb in ("quoted", "cited"):
            subject = _subject_phrase(before[: before.rfind(" ")] if " " in before else "")
            return (self._resolve(subject, position, local), True) if subject else (local, local is not None)
        if last in _BE_FORMS and verb.endswith("ing"):  # "The government is warning": active, not passive
            subject = _subject_phrase(before[: before.rfind(" ")] if " " in before else "")
            if subject:
                return self._resolve(subject, position, local), True
        if verb.endswith("ed") and last not in _BE_FORMS and (agent := _REDUCED_PASSIVE.match(clause, end)):
            return self._resolve(_object_phrase(agent.group(1)), position), True  # "a decision denounced by the
            # country’s U.N. mission as “politically motivated”": the agent's words
        if last in _BE_FORMS:
            agent = re.search(r"\bby\s+([^,.;\x00]+)", clause[end:])
            if agent:
                return self._resolve(_object_phrase(agent.group(1)), position), True
            possessive = _last_match(_POSSESSIVE_SOURCE, clause)
            if possessive is not None:
                return self._resolve(possessive.group(1), position), True
            return None, True
        absolute = _WITH_SUBJECT.search(before) if verb.endswith("ing") else None
        subject = absolute.group(1) if absolute else "" if verb.endswith("ing") else _subject_phrase(before)
        described = _with_phrase_subject(before) if verb.endswith("ing") and not absolute and " with " in before else ""
        if described:  # "with an official saying"; but "talked up by Ada Quill, with the league president saying"
            speaker = self._resolve(described, position, local)  # is Ada Quill if no one else is the president
            if speaker and not (described.lower().startswith("the ") and speaker[:1].islower() and (
                    speaker in described)):  # (an unresolved role; but "with the KCNA saying")
                return speaker, True
        if subject.endswith("ed") and subject[:1].isupper() and " " not in subject and (
                before.lstrip(_OPENING_MARKS).startswith(subject)):  # "Pushed again to confirm or deny the
            subject = ""  # report, he added": a participle opening the sentence, not a name
        if not subject and before.endswith(" who"):  # "undercut by President Donald Trump who said": the name
            antecedent = _last_match(_CAPITALISED, before[:-4].rstrip(" ,"))  # the relative pronoun stands for
            if antecedent is not None and antecedent.end() == len(before[:-4].rstrip(" ,")):
                subject = antecedent.group(0)
        if subject:  # "X said", or "with Russia urging"
            return self._resolve(subject, position, local), True
        shared = _coordinated_subject(before) if not (verb.endswith("ing") or local or sentence_speaker) else ""
        if shared:  # "the Blue House held an NSC meeting and stated": the first verb's subject
            speaker = self._resolve(shared, position, local)
            if speaker:
                return speaker, True
        if verb.endswith("ing") and not (local or sentence_speaker) and before.endswith(","):
            opener = _CLAUSE_OPENER.match(clause)  # "South Korea rejected the accusations, saying": its subject
            if opener and _bare(opener.group(1).split()[0]) not in word_list("stopwords") and not (
                    opener.group(1).endswith(("’s", "'s")) or re.search(r"\bwith\b", before)):
                speaker = self._resolve(opener.group(1), position)
                if speaker:
                    return speaker, True
            main_clause = before[:-1].rsplit(",", 1)[-1]  # "..., opposition lawmakers staged a walkout, calling"
            finite = _FINITE_VERB.search(main_clause)
            head = main_clause[: finite.start()] if finite and not re.search(r"\bwith\b", before) else ""
            subject = _subject_phrase(head) if head else ""
            if subject and _bare(subject.split()[0]) not in _PRONOUNS and (  # a description, not a name:
                    subject[:1].islower() or subject.split()[-1][:1].islower()):  # "North Korea's news agency"
                named = _last_match(_CAPITALISED, subject)  # a person first, unless the name only qualifies the
                modifier = named is not None and _is_modifier(subject, named)  # noun: "The Hyundai chairwoman"
                speaker = (None if modifier else self._main_subject(head, position)) or self._resolve(subject, position)
                if speaker:
                    return speaker, True
        if verb.endswith("ing") and not local and (named := _NAMED_PARTICIPLE_AGENT.search(before)):
            agent = self._resolve(named.group(1), position)  # "comments from President Trump calling Kim Jong Un
            if agent and self._is_known_person(tuple(agent.split())):  # “very honorable”": who did the calling
                return agent, True
        agent = self._sentence_agent(clause[:start], position) if verb.endswith("ing") and not (
            local or sentence_speaker or re.search(r"\bwith\b", before)) else None  # "The groups sent Trump
        # a letter asking him to ...", but not "Washington welcomed it, with spokesman Matthew Miller calling"
        fallback = local or sentence_speaker or agent or self._main_subject(clause, position) or self.current_subject()
        return fallback, fallback is not None

# ------------------------------------------------------------------------------------------------
def _context(text: str, span: _Span, p_start: int, p_end: int) -> str:
    """The paragraph of a quote; for a "paragraph" longer than any prose (a dump), the text around the quote,
    so that output stays proportional to the input."""
    if p_end - p_start <= _MAX_CONTEXT:
        return text[p_start:p_end]
    return text[max(p_start, span.start - _CONTEXT_MARGIN): min(p_end, span.end + _CONTEXT_MARGIN)]


def _attribute_open_chains(quotes: list[Quote], open_chain: list[int | None]) -> list[Quote]:
    """A quote running over paragraphs is attributed once, at its end: carry that speaker back."""
    for index in range(len(quotes) - 2, -1, -1):
        following = quotes[index + 1]
        if open_chain[index] is not None and following.speaker and open_chain[index + 1] != open_chain[index]:
            quotes[index] = replace(quotes[index], speaker=following.speaker)
    return quotes


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: lines, with soft-wrapped lines (no closing punctuation, lower-case start) joined."""
    paragraphs: list[list[int]] = []
    end = -1
    lines = text.replace("\r", "\n").split("\n")  # a line: a run of characters other than \r and \n
    width = _wrap_width(lines)
    previous_line = ""
    for line in lines:
        start, end = end + 1, end + 1 + len(line)
        if not line or line.isspace():
            continue
        stop = start + len(line.rstrip())  # the line's last character is its last visible one
        soft = False
        if paragraphs:
            previous_end = paragraphs[-1][1]
            last_char = text[previous_end - 1]
            soft = text.count("\n", previous_end, start) <= 1 and (last_char not in _TERMINAL and (
                # a wrapped line, not a short label ("ADVERTISEMENT", a caption's "KST") unless the next word would
                # not have fitted after it (that case is the last one below)
                width and len(previous_line.rstrip()) > width * 2 // 5
                or line.lstrip()[:1].islower() or last_char in ",;-–—(" or _ends_in_function_word(
                    text, paragraphs[-1][0], previous_end)) or (  # "the\nU.S. envoy said": no line ends in "the"
                last_char in _CLOSING_AFTER_COMMA and text[previous_end - 2] == "," and (
                    line.lstrip()[:1].islower() or _REPORTING_LINE.match(line) is not None))
                or (width and _wrapped_before(previous_line, line, width)))
            # '"... food aid,”\nsaid the Rev. Kim': a quote's own attribution on the next line
        previous_line = line
        if soft:
            paragraphs[-1][1] = stop
        else:
            paragraphs.append([start, stop])
    result = []
    for start, end in paragraphs:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        result.append((start, end))
    return result


def _spaced_line_breaks(text: str, paragraphs: list[tuple[int, int]]) -> str:
    """The text with each line break inside a paragraph read as the space it stands for (offsets kept)."""
    pieces, done = [], 0
    for start, end in paragraphs:
        if text.find("\n", start, end) >= 0:
            pieces += [text[done:start], text[start:end].replace("\n", " ")]
            done = end
    return "".join(pieces) + text[done:] if pieces else text


def _wrap_width(lines: list[str]) -> int:
    """The width the text is wrapped at, as wire copy often is ("Yu Myung\\nHwan agreed"), or 0: most of its
    lines, six or more, are 60-90 characters long, or nearly all of those that another line follows (a
    paragraph's last line is shorter, and short paragraphs have many), or eight or more that another line follows
    are 40-90 long and most broke where the next word would not fit (paragraphs a line each, wrapped); the longest
    of those is the width; or nine in ten of six or more broke mid-sentence, the median line 60 or longer: that
    median is the width. A line break without closing punctuation is then a space."""
    widths = [len(line.rstrip()) for line in lines if line and not line.isspace()]
    wrapped = [width for width in widths if 60 <= width <= 90]
    followed = [len(line.rstrip()) for line, following in zip(lines, lines[1:], strict=False)  # but the last
                if line.strip() and following.strip()]
    if len(widths) >= 6 and (len(wrapped) >= 0.6 * len(widths) or (
            len(followed) >= 4 and sum(1 for width in followed if 60 <= width <= 90) >= 0.9 * len(followed))):
        return max(wrapped)
    narrow = max(followed, default=0)  # wrapped narrower than 60 ("... North," said\nHwang Jang-yop, ..." at 63)
    if len(followed) >= 6 and 40 <= narrow < 65 and sum(1 for width in followed if narrow - 20 <= width) >= (
            0.85 * len(followed)):
        return narrow
    if len(followed) >= 8 and 40 <= narrow <= 90 and sum(  # paragraphs a line each, wrapped: most lines broke
            1 for line, following in zip(lines, lines[1:], strict=False)  # where the next word would not fit
            if line.strip() and following.strip() and _wrapped_before(line, following, narrow)) >= 0.7 * len(followed):
        return narrow
    mid_sentence = sum(1 for line, following in zip(lines, lines[1:], strict=False)
                       if line.strip() and following.strip() and line.rstrip()[-1] not in _TERMINAL)
    median = sorted(followed)[len(followed) // 2] if followed else 0
    if len(followed) >= 6 and mid_sentence >= 0.9 * len(followed) and median >= 60:
        return median  # broken by a page's layout, nearly every line mid-sentence and some short ("Market rice prices
        # in\nNorth Korea held steady ... in April and\nMay; ..."): the median line is the width
    return 0


def _wrapped_before(line: str, following: str, width: int) -> bool:
    """Was the break after ``line`` made by the wrapping, though the line ends a sentence? Only if the next
    line's first word would not have fitted on it: a paragraph's last line leaves room."""
    first_word = following.split(None, 1)[0]
    return not following[:1].isspace() and len(line.rstrip()) + 1 + len(first_word) > width


def _ends_in_function_word(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` end in a lower-case article, preposition or conjunction ("... meeting with the")?"""
    last = text[max(start, end - 16): end].rsplit(None, 1)[-1:]
    return bool(last) and last[0] in _LINE_END_FUNCTION_WORDS


@lru_cache(maxsize=4096)
def _mark_role(prev: str, glyph: str, nxt: str, single_mode: bool) -> str | None:
    """'open', 'close', 'either' or None (an apostrophe) for a quotation mark between the characters
    ``prev`` and ``nxt`` (a space at the paragraph's edges). Cached: a text holds few such triples."""
    prev_space, next_space = prev.isspace(), nxt.isspace()
    can_open = (prev_space or prev in _OPEN_CONTEXT) and not next_space
    can_close = not prev_space and (next_space or nxt in _CLOSE_CONTEXT)
    if glyph in _CJK_OPENERS:
        return "open"
    if glyph in _CJK_CLOSERS:
        return "close"
    if single_mode:
        if prev.isalnum() and nxt.isalnum() or glyph in "'’" and nxt.isdigit():  # "don't", "the '80s"
            return None
        if glyph in "‘‚‹":
            return "open" if can_open else None
        if glyph in "’›":
            return "close" if can_close else None
        if can_open and not can_close:
            return "open"
        if can_close and not can_open:
            return "close"
        return None
    if glyph in _DOUBLE_OPENERS:
        return "open" if can_open or not can_close else "close"
    if glyph in _DOUBLE_CLOSERS:
        return "close" if can_close or not can_open else "open"
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either"


class _Marks:
    """The quotation marks of a text, found in one scan (offset, mark), for each paragraph to take its share."""

    def __init__(self, text: str) -> None:
        self.all = [(match.start(), match.group()) for match in _ANY_MARK.finditer(text)]
        self.doubles = [(at, mark) for at, mark in self.all if mark not in _SINGLE_MARKS]
        self.all_starts = [at for at, _ in self.all]
        self.double_starts = [at for at, _ in self.doubles]

    def to_read(self, start: int, end: int) -> tuple[list[tuple[int, str]], bool]:
        """The marks of the paragraph ``[start, end)`` to pair, and whether they are single marks: its double
        marks, or in a paragraph without any (a headline in a text that otherwise uses double marks) its
        single ones."""
        first, last = bisect_left(self.double_starts, start), bisect_left(self.double_starts, end)
        if first < last:
            return self.doubles[first:last], False
        return self.all[bisect_left(self.all_starts, start): bisect_left(self.all_starts, end)], True


def _pair_marks(text: str, start: int, end: int, found: list[tuple[int, str]], single: bool) -> list[_Span]:
    """Quote spans of one paragraph from the marks ``_Marks.to_read`` gives for it (offset, mark; ``single``:
    they are single marks). A stray closer is ignored; a quote never closed ends the paragraph.

    An opener inside an open quote nests when two closers follow it before the next opener; otherwise the
    first quote was left open and ends there.
    """
    if not found:
        return []
    marks: list[tuple[int, int, str]] = []  # (start, end, role)
    for at, mark in found:
        after = at + len(mark)
        role = _mark_role(text[at - 1] if at > start else " ", mark, text[after] if after < end else " ", single)
        if role is not None:
            marks.append((at, after, role))
    spans: list[_Span] = []
    opener: tuple[int, int, str] | None = None
    depth = 0
    for index, mark in enumerate(marks):
        role = mark[2]
        if opener is None:
            if role != "close":
                opener, depth = mark, 0
        elif role == "open":
            if _closers_before_next_opener(marks, index + 1) >= 2:
                depth += 1
            else:
                spans.append(_unclosed(text, opener, _before_reporting_clause(text, opener[1], mark[0])))
                opener, depth = mark, 0
        elif depth:
            depth -= 1
        else:
            spans.append(_Span(opener[1], mark[0], opener[0], mark[1]))
            opener = None
    if opener is not None:
        spans.append(_unclosed(text, opener, end))
    return [span for span in spans if text[span.start:span.end].strip()]


def _closers_before_next_opener(marks: list[tuple[int, int, str]], index: int) -> int:
    count = 0
    for _, _, role in marks[index: index + 6]:
        if role == "open":
            break
        count += 1
    return count


def _before_reporting_clause(text: str, start: int, opener: int) -> int:
    """Where a quote left open before the next opener ends: before the sentence that introduces that next quote
    ('“The families said such a claim is unacceptable. Takuya Yokota told a press conference, “...”'), or at
    the opener if no such sentence is there."""
    window_start = max(start, opener - _LOOK * 2)
    tail = text[window_start: opener].rstrip()
    if not tail.endswith((",", ":")):
        return opener
    ends = [match.end() for match in _SENTENCE_END.finditer(tail)
            if not _abbreviation_before(tail, 0, match.start())]  # not "Mr. Kim"
    if not ends or not _speech_words(tail[ends[-1]:])[0]:
        return opener
    return window_start + ends[-1]


def _inner_reporting_clause(text: str, span: _Span) -> str:
    """The speaker's words of a reporting clause inside a quote never closed, after a comma (", said Sen. Amy
    Klobuchar (D-Minn.), a presidential candidate"); "" if none."""
    for clause in _INVERTED_CLAUSE.finditer(text, span.start, span.end):
        if clause.group(1) in word_list("speech_verbs"):
            return _object_phrase(text[clause.end(1): min(span.end, clause.end(1) + _LOOK)])
    return ""


def _unclosed(text: str, opener: tuple[int, int, str], limit: int) -> _Span:
    opener_start, opener_end, _ = opener
    stop = limit
    while stop > opener_end and text[stop - 1].isspace():
        stop -= 1
    return _Span(opener_end, stop, opener_start, None)


def _masked(text: str, start: int, end: int, spans: list[_Span]) -> str:
    """The paragraph with every quote's words blanked to NUL (keeping a final . ! ? , for sentence ends)."""
    if not spans:
        return text[start:end]
    pieces: list[str] = []
    cursor = start
    for span in spans:
        pieces.append(text[cursor:span.start])
        content = text[span.start:span.end]
        keep = content[-1] if content[-1:] in ".!?," else ""
        pieces.append("\x00" * (len(content) - len(keep)) + keep)
        cursor = span.end
    pieces.append(text[cursor:end])
    return "".join(pieces)


def _abbreviation_before(text: str, begin: int, at: int) -> bool:
    """Does the full stop at ``at`` close an abbreviation or an initial ("Mr.", "J.", "H.R. 3898") rather than a
    sentence (``begin``: where the sentence being read starts)?"""
    word = text[max(begin, at - 12): at].split()
    token = word[-1].lower().lstrip("(\"“") if word else ""
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or "." in token


def _sentences(masked: str, offset: int) -> list[tuple[int, int]]:
    """Absolute sentence spans of a masked paragraph (quoted words never end a sentence)."""
    bounds = []
    begin = 0
    for match in _SENTENCE_END.finditer(masked):
        if _abbreviation_before(masked, begin, match.start()):
            continue
        if _attribution_follows(masked, match):
            continue
        bounds.append((offset + begin, offset + match.end()))
        begin = match.end()
    bounds.append((offset + begin, offset + len(masked)))
    return bounds


def _sentence_text(masked: str, p_start: int, s_start: int, s_end: int) -> str:
    """The words of a sentence kept for ``current_subject``: enough of them to hold its subject."""
    return masked[s_start - p_start: min(s_end, s_start + _LOOK * 4) - p_start]


def _colon_lead(index: int, masked: str, p_start: int, sentences: list[tuple[int, int]]) -> tuple[int, str, int] | None:
    """(paragraph, its last sentence, offset) when that sentence ends in a colon: "The family said:"."""
    lead = masked[sentences[-1][0] - p_start:].rstrip()
    return (index, lead, sentences[-1][0]) if lead.endswith(":") else None


def _attribution_follows(masked: str, boundary: re.Match[str]) -> bool:
    """``“Is it worth it?” Lee said.``: a question or exclamation closing a quote, then its attribution."""
    if masked[boundary.start()] == "." or not any(mark in boundary.group(0) for mark in "”\"’»"):
        return False
    following = masked[boundary.end(): boundary.end() + 80].split()[:9]  # "NBC News correspondent and debate
    if any(word[:1].islower() and _bare(word) in word_list("speech_verbs") for word in following):
        return True
    appositive = _NAMED_APPOSITIVE_THEN_VERB.match(masked, boundary.end())  # '“... guarantees?” Kim Sang-kyum,
    return bool(appositive) and appositive.group(1) in word_list("speech_verbs")  # a professor who ..., told'


def _bare(word: str) -> str:
    return word.strip(_EDGE_PUNCTUATION).lower()


@lru_cache(maxsize=1)
def _speech_pattern() -> re.Pattern[str]:
    """The lexicon's speech words and "according to", as whole words, in one trie-shaped expression. It opens
    with a choice of first letters, so that a search skips ahead to them, and only after that letter looks
    behind it for a character that would make it part of a longer word."""
    rests_by_first: defaultdict[str, set[str]] = defaultdict(set)
    for word in word_list("speech_verbs") | {"according to", "According to"}:
        rests_by_first[word[0]].add(word[1:])
    return re.compile("(?:" + "|".join(re.escape(first) + r"(?<![\w’'-].)" + trie_pattern(rests)
                                       for first, rests in sorted(rests_by_first.items())) + r")(?![\w’'-])")


def _after_indefinite(words: list[str]) -> bool:
    """Do these last few words before a word open with "a" or "an" and hold only its modifiers ("a human rights"):
    no function word, nor a quantifier that makes a plural subject ("a few", "a number of")?"""
    for index, word in enumerate(words):
        if word in ("a", "an", "A", "An"):
            modifiers = words[index + 1:]
            stop = word_list("stopwords")  # ("an opportunity to claim": an infinitive)
            return all((modifier.isalpha() or "-" in modifier.strip("-")) and modifier.lower() not in stop
                       for modifier in modifiers) and not _QUANTIFIERS.intersection(map(str.lower, modifiers))
    return False


def _speech_words(clause: str) -> tuple[list[tuple[str, int, int]], list[int]]:
    """The speech verbs (lower-case words of the lexicon, and "according to") of a clause with their offsets,
    nouns ("a call", "this remark") skipped; and where every lexicon word starts, nouns included (a cue
    that the sentence reports speech)."""
    verbs, starts = [], []
    for match in _speech_pattern().finditer(clause):
        verb, (start, end) = match.group(0), match.span()
        starts.append(start)
        words_before = clause[max(0, start - 30): start].split()
        previous = _bare(words_before[-1]) if words_before else ""
        if previous in _NOUN_MARKERS and not (previous in ("press", "news") and words_before[-1][:1].isupper()) or (
                previous in _PREPOSITIONS_BUT_TO and not verb.endswith("ing")) or (
                len(words_before) > 1 and _is_adverb(previous) and _bare(words_before[-2]) in _NOUN_MARKERS):
            continue  # "a call", "a mutually agreed framework", "into confirmed abductions", "in said launches", "a
            # press statement" (but "the Associated Press said", "Fox News reported")
        if verb in _NOUN_OR_VERB and (previous in _DETERMINERS or (  # the word before that only when needed
                len(words_before) > 1 and _bare(words_before[-2]) in _DETERMINERS and not (
                    len(words_before) > 2 and _bare(words_before[-3]) == "what") and not (
                    _bare(words_before[-2]) == "that" and words_before[-1][:1].isupper() and verb.endswith(
                        ("s", "ed")))) or (  # ("in what the opposition calls a “...”", "so severe that Kim calls
                # PUST “...”": a verb)
                len(words_before) > 2 and _bare(words_before[-3]) in _DETERMINERS and (
                    previous in _REPORT_MODIFIERS or _bare(words_before[-2]) in _REPORT_MODIFIERS or (
                        _bare(words_before[-2]).isdigit())))):  # (and "a 2014 U.N. report")
            continue  # "a prison state", "the annual human rights report", "the US annual report", "the first
            # formal report"
        if verb in _NOUN_OR_VERB and not verb.endswith(("s", "ed", "ing")) and _after_indefinite(words_before[-3:]):
            continue  # "denounced a human rights report by the United States": "a" makes it a noun (no verb takes
            # a singular indefinite subject in its bare form)
        if verb in _NOUN_OR_VERB and _bare((clause[end: end + 12].split() or [""])[0]) in _BE_FORMS:
            continue  # "The North Korean claim is ...": a noun before its verb
        if verb in _NOUN_OR_VERB and not verb.endswith("ing") and previous in _OBJECT_TAKING_VERBS:
            continue  # "Trump on Tuesday offered praise for Kim": the object of another verb
        if verb in _NOUN_OR_VERB and not verb.endswith(("s", "ed", "ing")) and words_before and (
                words_before[-1][-1:].isalpha()) and not clause[end: end + 2].strip(" \t"):
            continue  # "N. Korea 'rejects' UN rights report" (a headline's end): a noun closing its noun phrase
        if verb in _NOUN_OR_VERB and not verb.endswith("ing") and clause.startswith(" of ", end) and not any(
                mark in clause[end: end + 80].split(",", 1)[0] for mark in "“\"‘\x00"):
            continue  # "defended President Trump’s praise of Kim, saying": a noun with its object; but "Kim’s
            # promise of a “Christmas gift”" gives the owner's words, and "warning of" is a verb
        if verb in _NOUN_OR_VERB and words_before and (
                words_before[-1].endswith(("’s", "'s")) or previous in _POSSESSIVE_PRONOUNS) and (
                _LABELLED_OBJECT.match(clause, end)):
            continue  # "slams Seoul’s claims over loudspeakers as “fabricated”": a possessed noun labelled by the
            # sentence's verb (but "Trump’s comment that he’d be “honored”" gives the owner's words)
        if verb in _NOUN_OR_VERB and len(words_before) > 1 and words_before[-2].endswith(("’s", "'s")) and (
                verbs and previous.isalpha() and words_before[-1].islower() or previous.isdigit()):
            continue  # "Chung said Donald Trump's previous remarks about ...": a possessed noun after its modifier,
            # in what the clause's verb reports; "The State Department's 2015 report on ... described"
        if verb in _NOUN_OR_VERB and verbs and words_before and words_before[-1].endswith(("’s", "'s")) and (
                owner := _OWNER_AFTER_WORD.search(clause, max(0, start - 80), start)) and (
                owner.group(1) in _PREPOSITIONS or owner.group(1) == "to"):  # "X responded to VOA's request for
            continue  # comment on Chairman Infantino's remarks, “...”": nouns a preposition governs: X's words
        if verb in _NOUN_OR_VERB and words_before and words_before[-1].startswith("(") and (
                words_before[-1].endswith(")")) and words_before[-1][1:2].isupper():
            continue  # "The Commission of Inquiry (COI) report “reflects ...”": an acronym's noun
        if verb == "charge" and clause.startswith((" d’", " d'", " of "), end):
            continue  # "a former U.K. charge d’affaires", "in charge of": a noun
        if verb == "accused" and clause.startswith(" of ", end) and previous not in _BE_FORMS:
            continue  # "Kim, a dictator accused of directing murders": a participle (one accuses someone of)
        if verb == "written" and previous not in _PERFECT | _BE_FORMS and not clause.startswith(" by ", end):
            continue  # "a formal, written invitation": an adjective, unless "has written" or "written by"
        if verb.startswith("continu") and clause.startswith(" to ", end):
            continue  # "the government continues to respect": an aspect verb, not speech
        if verb == "state" and previous[:1].islower() and not (
                previous in _VERB_BEFORE_STATE or previous in _PRONOUNS or _is_adverb(previous)):
            continue  # "the family's home state", "a failed state": a noun
        if verb == "states" and (previous in _STATES_NOUN_MODIFIERS or _is_nationality(previous)):
            continue  # "urging member states to support", "between the rival Korean states": a noun
        if verb == "state" and _bare((clause[end: end + 20].split() or [""])[0]) in _STATE_NOUNS:
            continue  # "state news agency KCNA", "North Korean state media": an adjective
        if verb == "called" and words_before and words_before[-1][:1].islower() and previous not in \
                _WORDS_BEFORE_CALLED_VERB and not _is_adverb(previous) and not words_before[-1].endswith(",") and (
                _names_only(clause, end)):
            continue  # "an activist group called No Chain"; but "HRW last year called North Korea ...",
            # "lawmakers called Kim the “leader of ...”", and "Hill, assistant secretary ... affairs, called"
        if verb == "called" and len(words_before) > 1 and _bare(words_before[-2]) in ("a", "an") and (
                words_before[-1][:1].islower()) and clause[end: end + 3].lstrip()[:1] in _OPENING_MARKS:
            continue  # "a program called “Hwang Jang Yop's Democracy Lecture”": a name given, not words said
        verbs.append((verb.lower(), start, end))
    return verbs, starts


def _is_plural_noun(word: str) -> bool:
    """"groups", "officials": letters only, ending in one "s" (not the possessive "victims’", nor "press")."""
    return word.isalpha() and word.endswith("s") and not word.endswith("ss")


def _envoys_name_before(words: list[str], index: int) -> bool:
    """Do the words before ``words[index]`` ("to") end an envoy's or a mission's title ("envoy", "Permanent Mission
    of the Republic of Korea"), so that "to the UN" is part of it?"""
    for word in reversed(words[max(0, index - 8): index]):
        if _bare(word) in _ENVOY_NOUNS:
            return True
        if not (word[:1].isupper() or word in ("of", "the")):
            return False
    return False


def _plural_before_and(words: list[str]) -> str:
    """The group named before an "and" that joins two groups: a plural noun, the lower-case words before it and any
    capitalised ones before those ("Cheong Wa Dae sources", "human rights groups"), standing after the clause's
    start, a preposition or a determiner (not "Kim met officials"); else ""."""
    if not words or not (words[-1].isalpha() and (words[-1].islower() or len(words) == 1) and _is_plural_noun(
            words[-1].lower())):  # ("Officials and analysts said")
        return ""
    start = len(words) - 1
    while start > 0 and len(words) - start < 4 and words[start - 1].isalpha() and words[start - 1].islower() and (
            words[start - 1] not in _CLAUSE_STOPS | _DETERMINERS) and not _FINITE_VERB.fullmatch(words[start - 1]):
        start -= 1  # (not a verb: "Kim met officials and diplomats")
    while start > 0 and len(words) - start < 8 and words[start - 1][:1].isupper() and words[start - 1].isalpha():
        start -= 1
    before = _bare(words[start - 1]) if start > 0 else ""
    opened = not before or before in _CLAUSE_STOPS or before in _DETERMINERS or words[start - 1].endswith(",")
    return " ".join(words[start:]) if opened else ""


def _is_bare_plural(words: list[str]) -> bool:
    """Are these lower-case words a plural noun with its modifiers ("civic groups", "officials")?"""
    return bool(words) and all(word.isalpha() and word.islower() for word in words) and _is_plural_noun(
        words[-1]) and _bare(words[0]) not in _DETERMINERS


def _is_plural_description(phrase: str) -> bool:
    """Does ``phrase`` describe several people ("victims' families", "North Korean defector groups"), not name
    someone? Lower-case words after any demonym, the last a plural noun (not "Opposition forces", a sentence's
    capital)."""
    words = _DEMONYM.sub("", phrase, count=1).split() if phrase[:1].isupper() else phrase.split()
    return bool(words) and all(word[:1].islower() for word in words) and _is_plural_noun(words[-1])


def _plural_role(word: str) -> bool:
    """Is the lower-case ``word`` the plural of a title ("ministers", "lawmakers")?"""
    return word.endswith("s") and word[:-1] in word_list("titles")


def _set_off(text: str, span: _Span) -> bool:
    """Is the quote set off by punctuation, inside its marks (past any nested closing mark) or after them
    ('"...,"', '"...\'yahoo!\'"', '"...",')? An unclosed quote is not."""
    if span.close_end is None:
        return False
    last = text[span.start:span.end].rstrip(" ’'”\"»")[-1:]
    return (last != "" and last in ",.!?…:;—–-") or text[span.close_end: span.close_end + 2].lstrip()[:1] == ","


def _subject_can_end(between: str, after: str) -> bool:
    """Can the words between a quote and a later speech verb end with the verb's subject? A long stretch
    is the reporter's own clause, unless it is all the subject ("a spokesman for the ... Commission said"),
    an appositive closes it ("Bill Richardson, an expert who ..., said") or the sentence closes with a short
    "..., the unification ministry said Monday." (or "said Friday in an unusual admission"). A passive's auxiliary
    before the verb is no part of the subject ("Kim Ha-rin, a participant who ..., was quoted as saying")."""
    words = between.split()
    if len(words) > 1 and _bare(words[-1]) in _BE_FORMS:
        words.pop()
        between = between[: between.rstrip().rfind(" ")]
    if len(words) <= 10:
        return True
    if len(words) <= 30 and words[-1].endswith(","):
        return True
    if len(words) <= 18 and _starts_noun_phrase(words[0]) and "," not in between:
        return True
    if len(words) <= 24 and between.count(",") == 1 and _NAME_THEN_RELATIVE.match(between):
        return True  # "Choi Sung-ryong, who represents family of those abducted by the North told"
    closing = between[between.rfind(",") + 1:].split() if "," in between else []
    if not closing or not _starts_noun_phrase(closing[0]):
        return False
    if len(closing) <= 14 and _bare(closing[0]) in ("a", "an", "the") and _subject_phrase(between) == " ".join(
            closing):  # "... the spirit of the UN Charter, an unnamed spokesman of the ... Association said"
        return True
    if len(words) <= 24 and between.count(",") == 1 and _name_before_title(between):
        return True  # "Marzuki Darusman, Special Rapporteur on the situation of human rights in that country said"
    if len(closing) > 8:
        return False
    tail = _until_clause_end(after).split()
    if tail and _bare(tail[0]) in _WHEN_WORDS:
        tail = tail[1:]
    return len(tail) <= 4 or _bare(tail[0]) in _PREPOSITIONS  # "..., state media said Friday in an unusual
    # admission ...": what follows the verb qualifies it, so the closing words are its subject


def _closes_with_quotative(span: _Span, masked: str, offset: int) -> bool:
    """Does a Korean quotative particle follow the quote's closing mark ('"..."고 말했다')?"""
    if span.close_end is None or masked[span.close_end - offset: span.close_end - offset + 1] not in _QUOTATIVE_FIRST:
        return False  # (most quotes: no particle can start there, spare the expression)
    return _KOREAN_QUOTATIVE.match(masked, span.close_end - offset) is not None


def _is_embedded(pre: str) -> bool:
    """True when the quote continues the reporter's own sentence (a partial quote)."""
    stripped = pre.rstrip()
    if not stripped.replace("\x00", "").strip():
        return False
    return stripped[-1] not in ",:;—–-(\x00"


def _ends_with_verb(clause: str, verb: tuple[str, int, int]) -> bool:
    """Does the clause end with this verb, perhaps followed by "that", an object or a comma?"""
    rest = clause[verb[2]:].strip(" ,:")
    return len(rest.split()) <= 2 and "\x00" not in rest


def _opens_subordinate_clause(before: str, subject: str) -> bool:
    """Whether a subordinating conjunction stands right before the subject that ends ``before``."""
    at = before.rfind(subject)
    previous = before[:at].rsplit(None, 1)[-1:] if at > 0 else []
    opening = before[:at].rsplit(",", 1)[-1].split(None, 1)[:1] if at > 0 else []  # ", once the agency and North
    return bool(previous) and previous[0].lower() in _SUBORDINATE_OPENERS or (  # Korea agree": the clause's opener
        bool(opening) and opening[0].lower() in _SUBORDINATE_OPENERS)


@lru_cache(maxsize=256)  # a sentence's quotes and verbs ask about the same words again (a third of all calls);
# small, as the words seldom recur beyond their article
def _subject_phrase(before: str) -> str:
    """The noun phrase that ends ``before``: the subject of the verb that follows it.

    Skips adverbs and auxiliaries ("Mr. Kang on Tuesday also said"), a closing appositive ("David Maxwell,
    a retired colonel, said") and a relative clause ("Mike Pompeo, who met Kim, said"); keeps a
    post-modifier ("a spokesperson for the National Security Council"). Empty when the verb has no
    subject of its own (coordination, a participle, a prepositional object).
    """
    text = before.rstrip()
    if text.endswith(","):
        text = _ON_WEEKDAY_AND_DATE.sub("", text)
    if text.endswith(" to"):  # "The commentator went on to say": the subject of the verb that leads to it
        text = _GOES_ON_TO.sub("", text)
    if "speaking" in text:  # "A senior official speaking on background said": the official
        text = _SPEAKING_ASIDE.sub("", text)
    if text.endswith(")"):  # the only way _TRAILING_PARENTHESIS can match the stripped text
        text = _TRAILING_PARENTHESIS.sub("", text)
    if text.endswith(("–", "—", "--")) and (aside := _TRAILING_DASH_ASIDE.search(text)):
        # "Fred and Cindy Warmbier, parents of Otto Warmbier – who died in 2017 – condemned": an aside like an
        # appositive's commas, closing what it follows
        text = text[: aside.start()] + ("," if "," in text[: aside.start()] else "")
    if text.endswith((",”", ',"')) and "\x00" in text[-8:] and _opens_aside(text[text.rfind(",", 0, -2) + 1:]):
        text = text[:-1]  # "Darusman, while welcoming the “...,” emphasized": an aside that ends in a quote, its
        # comma inside the closing mark
    if text.endswith(",") and _TRAILING_AGE.search(text[:-1]):  # "Takuya Yokota, 54, said"
        text = _TRAILING_AGE.sub("", text[:-1])
    if text.endswith(",") and (opening := _NAME_THEN_RELATIVE.match(text)) and _split_name(opening.group(1), "")[2]:
        return opening.group(1)  # '”, Jeong Gi-seop, who chairs ..., known as the Gaeseong Industrial Complex, or
        # GIC, told': a person's name opening the clause, then a relative clause to the verb
    if text.endswith(",") and "whose" in text and (whose := _NAME_BEFORE_WHOSE.search(text)) and (
            _split_name(whose.group(1), "")[2]):
        return whose.group(1)
    if text.endswith(",") and " and " in text and (members := _NAMES_AFTER_GROUP.search(text)):
        return members.group(1).replace(", and ", " and ")
    if text.endswith(","):
        named = _NAME_AFTER_DESCRIPTION.search(text)
        if named and (" and " not in named.group(1) or all(  # "the father, Fred,", "the Vatican secretary of
                _is_given_name(name) for name in named.group(1).split(" and "))):  # state, Cardinal Pietro Parolin,"
            return named.group(1)  # "Warmbier's parents, Fred and Cindy," (but not "an envoy to Italy, Greece and
            # Spain,")
        cut = _drop_appositive(text) or _drop_appositive(text, after_name=True) or _drop_listing_appositive(text)
        if cut is None:
            last = text[:-1].rsplit(",", 1)[-1]
            return _subject_phrase(last) if _titled_person(last.strip()) else ""
        text = _TRAILING_AGE.sub("", cut.rstrip())
        text = _drop_appositive(text + ",", after_name=True) or text  # "Sakie Yokota, the mother of Megumi Yokota"
    elif "," in text:  # "Arnold Fang, East Asia Researcher at Amnesty International said": the name
        named = _name_before_title(text)
        if named:
            return named
    if "wh" in text:  # "who" or "which": a relative clause may close the phrase
        relative = _last_match(_OPEN_RELATIVE, text)
        if relative is not None and ("," not in text[relative.end():] or all(  # "Mike Pompeo, who met Kim ... told",
                part.strip()[:1].isupper() for part in text[relative.end():].split(",")[1:])):  # "Trump, who’s in
            # Hanoi, Vietnam": a place's commas
            inner = _subject_phrase(text[relative.end():]) if relative.group(0).split()[-1] == "which" else ""
            antecedent = text[: relative.start()]
            if not inner and "," in antecedent:  # "followed by Sang Hyun Song, former President of the ICC, who
                named = _drop_appositive(_TRAILING_PARENTHESIS.sub("", antecedent) + ",", after_name=True)
                if named:  # stated": the name the appositive describes, whatever the name's own role
                    return _last_match(_CAPITALISED, named).group(0)  # (_drop_appositive found it there)
            return inner or _subject_phrase(antecedent)  # "the plan, which his rival Lee said"
        # "North Koreans who U.N. investigator Elizabeth Salmón said have been ...": "who" is the subject of what
        # is reported, and a person's full name after it is the reporter (not "missing Japanese who Tokyo believes")
        reporting = _last_match(_WHO_THEN_SUBJECT, text)
        if reporting is not None and "," not in text[reporting.end():]:
            subject = _subject_phrase(text[reporting.end():])
            named = _last_match(_CAPITALISED, subject) if subject == text[reporting.end():].strip() else None
            name, _, is_person = _split_name(named.group(0), "") if named is not None else ((), None, False)
            if is_person and len(name) > 1 and named.end() == len(subject):
                return subject
        relative = _last_match(_NAME_THEN_WHO, text)
        if relative is not None and "," not in text[relative.end():]:  # "Mr Deva who is also the Vice President"
            return _subject_phrase(text[: relative.end(1)])
        relative = _last_match(_NOUN_THEN_WHO, text)
        noun = _bare(relative.group(1)) if relative is not None else ""
        if relative is not None and "," not in text[relative.end():] and noun not in _PRONOUNS and (
                noun not in _DETERMINERS):  # "A man who fled North Korea says", "The head of a U.N. inquiry who
            return _subject_phrase(text[: relative.end(1)])  # accused ... told"
    if ")--" in text or ")—" in text:  # "(Jiji Press)--Japan's Chief Cabinet Secretary": a dateline's dash, unspaced
        text = text.replace(")--", ") -- ").replace(")—", ") — ")
    if text.endswith(("st", "nd", "rd", "th")):  # "Marco Rubio on the 15th (local time)"
        text = _ON_DAY_OF_MONTH.sub("", text)
    words = text.split()
    whole = len(words)
    while words and not (words[-1] in _NAME_FINAL_WORDS and len(words) > 1 and words[-2][:1].isupper()) and (
            _bare(words[-1]) in _SOFT_WORDS or _is_adverb(words[-1]) or (
            _bare(words[-1]) in _PREPOSITIONS and len(words) > 1 and _bare(words[-2]) in _SOFT_WORDS)):
        words.pop()
    if words and len(words) < whole and words[-1].endswith(",") and "\x00" not in words[-1]:
        return _subject_phrase(" ".join(words))  # "The Rodong Sinmun, the party's organ, on Monday claimed"
    if not words or "\x00" in words[-1] or words[-1].endswith((",", ";", ":")):
        return ""
    last = _bare(words[-1])
    if last in _PRONOUNS:
        return last
    if last in ("and", "but", "or"):
        return ""
    phrase: list[str] = []
    index = len(words) - 1
    speech = word_list("speech_verbs")
    while index >= 0 and len(phrase) < 16:
        word = words[index]
        bare = _bare(word)
        if "\x00" in word or (phrase and word.endswith((",", ";", ":"))) or word in _DASHES or (
                word[:1].islower() and bare in speech and not ((phrase or bare in _NOUN_OR_VERB) and index > 0 and (
                    # "North Korea's state media", "the report" (pointed out)
                    words[index - 1].endswith(("’s", "'s")) or _bare(words[index - 1]) in _DETERMINERS
                    or words[index - 1].isupper() and len(words[index - 1]) > 1  # "the KCNA state news agency"
                    or bare == "charge" and _bare(words[index - 1]) == "in"))
                and not (bare == "state" and phrase)):  # "Chinese state media": a noun's modifier, not the verb
            break
        if bare == "and" and phrase and phrase[0][:1].isupper() and index > 0 and words[index - 1][:1].isupper() \
                and not words[index - 1].endswith(","):  # "Beijing and Moscow have called"
            phrase.insert(0, word)
            index -= 1
            continue
        if bare == "and" and len(phrase) == 1 and phrase[0].islower() and index > 1 and words[index - 1].isalpha() and (
                words[index - 1].islower() and _bare(words[index - 2]) in _DETERMINERS):  # "The families and
            phrase.insert(0, word)  # supporters also urged": two nouns after one determiner
            index -= 1
            continue
        if bare in ("on", "to") and phrase and index > 0 and _bare(words[index - 1]) in _TOPIC_NOUNS:
            phrase.insert(0, word)  # "Seoul’s top policymaker on Pyongyang", "ambassador to Japan": the post-
            index -= 1  # modifier of a role
            continue
        if bare in _CLAUSE_STOPS and bare not in _NP_PREPOSITIONS:
            if (bare in ("on", "for", "&") or bare == "to" and index > 0 and _envoys_name_before(words, index)) and (
                    phrase and phrase[0][:1].isupper() and index > 0) and (
                    words[index - 1][:1].isupper() and not words[index - 1].endswith(",")) and (
                    _bare(phrase[0]) not in _SOFT_WORDS | _ABBREVIATIONS):  # not "Kim on Saturday", "on Aug. 3"
                phrase.insert(0, word)  # "the Council on Foreign Relations": a joiner inside a name
                index -= 1
                continue
            if bare in ("who", "which") and index > 0 and words[index - 1].endswith(","):
                before_relative = " ".join(words[:index])  # its comma kept: "Kim Gum-hyok, 32, who" loses the age
                return _subject_phrase(before_relative if _TRAILING_AGE.search(before_relative[:-1]) else (
                    before_relative.rstrip(",")))
            break
        phrase.insert(0, word)
        if bare in _DETERMINERS:
            if index > 0 and (_bare(words[index - 1]) in _NP_PREPOSITIONS or (  # "envoy to the United Nations"
                    _bare(words[index - 1]) == "to" and index > 1 and _envoys_name_before(words, index - 1)) or (
                    _bare(words[index - 1]) == "and" and index > 1 and words[index - 2][:1].isupper()
                    and not words[index - 2].endswith(","))):  # "Tara O of the ... Center and the Hudson Institute"
                phrase.insert(0, words[index - 1])
                index -= 2
                continue
            break
        index -= 1
    if index > 0 and _bare(words[index]) == "and" and _is_bare_plural(phrase) and (
            other := _plural_before_and(words[:index])):  # "Cheong Wa Dae sources and political analysts said",
        return f"{other} and {' '.join(phrase)}"  # "criticism from human rights groups and opposition lawmakers, who"
    if (index < 0 or _bare(words[index]) == "what") and len(phrase) <= 3 and _is_bare_plural(phrase):
        return " ".join(phrase)  # '"...," civic groups said', "what officials call": a plural needs no determiner
    if index < 0 and len(phrase) > 2 and _bare(phrase[1]) == "of" and _is_bare_plural(phrase[:1]):
        return " ".join(phrase)  # '"...," leaders of the civic groups said': the leaders, not the groups
    while phrase and not _starts_noun_phrase(phrase[0]):
        if _bare(phrase[0]) in _PREPOSITIONS_BUT_OF and len(phrase) > 1 and _starts_noun_phrase(phrase[1]):
            return ""  # "... and in the past has labeled", "people who escaped from North Korea have reported": a
            # prepositional phrase, not the verb's subject (but "by maintaining what Amnesty calls": Amnesty)
        phrase.pop(0)
    if not phrase or _bare(phrase[0]) in _NP_PREPOSITIONS:
        return ""
    if _bare(phrase[0]) in _PRONOUNS:  # "He also expressed": the pronoun is the subject
        return _bare(phrase[0])
    if "of" in phrase:  # "the dream of South Korean President Moon Jae-in, who said", "the statement of the
        of = phrase.index("of")  # Committee ... said": the owner speaks, not the thing owned
        if 0 < of < len(phrase) - 1 and _bare(phrase[of - 1]) in _OWNED_NOT_SPEAKING and all(
                word[:1].islower() for word in phrase[1:of]):
            phrase = phrase[of + 1:]
    subject = " ".join(phrase)  # "the Democratic People's Republic of Korea (DPRK) on Thursday"
    return _TRAILING_PARENTHESIS.sub("", subject) if subject.endswith(")") else subject


def _name_before_title(text: str) -> str | None:
    """The person's name before an unclosed appositive title: "Arnold Fang, East Asia Researcher at Amnesty
    International" -> "Arnold Fang" (a title without a name of its own; the name ends where the comma stands)."""
    comma = text.rfind(",")
    tail = text[comma + 1:]
    head = _APPOSITIVE_HEAD_END.split(tail + " ", maxsplit=1)[0].split()
    described = len(head) > 1 and (  # "Ji Seong-ho, a defector elected to the National Assembly also said",
        head[0] in ("a", "an") and (head[1][:1].islower() or tail.split()[-1].lower() in word_list("titles"))
        # ("Jung Joon-hee, a Ministry of Unification (MoU) spokesperson said"), "Phil Robertson, deputy Asia director
        or head[-1].lower() in word_list("titles")) or (  # for Human Rights Watch said", "Marzuki Darusman, Special
        len(head) == 1 and head[0].islower() and head[0] in word_list("titles") and len(tail.split()) > 2)
    # Rapporteur on the situation of human rights in that country said", "Lee Gyong-ja, head of a group said"
    if described:  # only when the name opens the clause, perhaps after an adverbial ("Last night, Joo Sung Young,
        name = _CAPITALISED.fullmatch(text[:comma].rsplit(",", 1)[-1].strip())  # a ... lawmaker and Deputy ...")
        tokens, _, is_person = _split_name(name.group(0), "") if name else ((), frozenset(), False)
        if is_person and len(tokens) >= 2:
            return " ".join(tokens)
        if head[-1] in _OUTLET_HEADS:  # "Uriminzokkiri, an external propaganda outlet of the North said": a body
            body = _CAPITALISED.fullmatch(text[:comma].rsplit(",", 1)[-1].strip())  # opening its own clause
            return body.group(0) if body and not _split_name(body.group(0), "")[2] else None
        return None
    if not head or not head[0][:1].isupper() or not any(word.lower() in word_list("titles") for word in head):
        return None
    if any(_split_name(run.group(0), "")[2] for run in _CAPITALISED.finditer(tail)):
        return None  # "After meeting Kim Jong Un, Secretary of State Mike Pompeo": the title has its name
    name = _last_match(_CAPITALISED, text[:comma])
    if name is None or name.end() != len(text[:comma]):
        return None
    tokens, _, is_person = _split_name(name.group(0), "")
    return " ".join(tokens) if is_person and len(tokens) >= 2 else None


def _until_clause_end(text: str) -> str:
    """``text`` up to its first comma, semicolon, bracket or sentence-ending period (not "Rep." or "H.")."""
    for match in _CLAUSE_END.finditer(text):
        if match.group(0) == ".":
            words_before = text[: match.start()].rsplit(None, 1)
            token = words_before[-1].lower() if words_before else ""
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or _INITIALS.fullmatch(token):
                continue  # "Rep.", "H.", "P.J." (of "said P.J. Crowley")
        return text[: match.start()]
    return text


def _with_phrase_subject(before: str) -> str:
    """The subject of an absolute "with" clause ending ``before``, whatever its words ("with an official saying",
    "with Kim at one point calling", "with a spokesperson for the country’s Peace Committee last summer calling");
    empty if none."""
    absolute = _WITH_NOUN_PHRASE.search(before.rstrip())
    if absolute is None:
        return ""
    phrase = absolute.group(1)
    while (trimmed := _TRAILING_TIME.sub("", phrase)) != phrase:
        phrase = trimmed
    if _bare(phrase.rsplit(None, 1)[-1]) in _PREPOSITIONS:  # "would side with North Korea in accusing": the
        return ""  # verb's object, then a gerund
    return _subject_phrase(phrase)


def _coordinated_subject(before: str) -> str:
    """The subject a verb after "and" or "but" shares with the verb before it ("Choe, a military official, met Xi
    in Beijing and said", "North Korea is edging toward talks but has repeated"): the subject of the first finite
    verb before the conjunction that is not in a clause reported by another verb ("The Vatican said the talks
    touched on ... and said": the Vatican, not the talks), as a later one may be a participle ("Kwon attended an
    exhibition held at the National Assembly and stated")."""
    words = before.split()
    while words and (_bare(words[-1]) in _SOFT_WORDS or _is_adverb(words[-1])):
        words.pop()
    if not words or _bare(words[-1]) not in ("and", "but") or len(words) < 3:
        return ""
    head = before[: before.rstrip().rfind(words[-1])]
    speech = word_list("speech_verbs")
    for finite in _FINITE_VERB.finditer(head):
        if not (finite.group()[:1].isalpha() and head[finite.start() - 1: finite.start()].isspace()):  # not a
            continue  # quote ("a “\x00”"), nor "Wrestler-turned-lawmaker"
        subject = _subject_phrase(head[: finite.start()])
        if not subject:
            continue
        if _bare(subject.split()[0]) in _PRONOUNS:  # "it suspended ... and warned": the fallbacks' reading
            return ""
        lead = head[: finite.start()].rstrip()
        lead = lead[: len(lead) - len(subject)].rsplit(None, 1) if lead.endswith(subject) else []
        if lead and (_bare(lead[-1]) in speech or _bare(lead[-1]) == "that"):
            continue  # the subject of a reported clause
        return subject
    return ""


def _is_adverb(word: str) -> bool:
    """"strongly", "reportedly": a lower-case -ly word between a subject and its verb."""
    return word[:1].islower() and word.endswith("ly") and len(word) > 4 and word.isalpha() and (
        word not in _LY_NOUNS)


def _starts_noun_phrase(word: str) -> bool:
    bare = _bare(word)
    return (word[:1].isupper() or word[:1].isdigit() or bare in _DETERMINERS or bare in word_list("titles")
            or bare in _PRONOUNS)


def _drop_appositive(text: str, after_name: bool = False) -> str | None:
    """``"David Maxwell, a retired colonel,"`` -> ``"David Maxwell"``; None when no appositive is there.
    ``after_name``: only when a person's name stands before it ("In a statement, the ministry," keeps all)."""
    body = text[:-1]
    comma = body.rfind(",")
    if comma < 0:
        return None
    appositive = body[comma + 1:].strip()
    first = appositive.split()[0].lower() if appositive.split() else ""
    kept = body[:comma]
    if after_name:
        kept = _TRAILING_AGE.sub("", kept)  # "Masaru Honma, 74, elder brother of ...": the name, then an age
        head = _last_match(_CAPITALISED, kept)
        if head is None or head.end() != len(kept.rstrip()) or not _split_name(head.group(0), "")[2]:
            return None
    described = kept.split()
    if len(described) == 2 and described[0].lower() == "the" and described[1].islower() and first == "the" and (
            _is_titleish(appositive.split()[1:])):
        return appositive  # "The caucus, the Tom Lantos Human Rights Commission,": the name it is given
    if first in word_list("titles") and not after_name and _titled_person(appositive):
        return None  # "On the issue, Rep. Youn Kun-young of the ruling party," is the subject, not an appositive
    if first in _DETERMINERS or first in word_list("titles") or first in ("who", "which") or (
            appositive[:1].islower() and first not in ("and", "but")):
        return kept
    if after_name and (any(_bare(word) in word_list("titles") for word in appositive.split()[1:4]) or (
            _PARTY_TAG.fullmatch(appositive) or _POSSESSED_DESCRIPTION.fullmatch(appositive))):
        return kept  # "Robert Destro, U.S. assistant secretary of state for ...,", "Sen. Rob Portman, R-Ohio,",
        # "Choung Pill-hoon, Hong’s son,"
    if not after_name and described and _bare(described[0]) not in _PREPOSITIONS and (
            _bare(described[0]) not in _OPENING_WORDS) and _POSSESSED_DESCRIPTION.fullmatch(appositive) and (
            (head := _last_match(_CAPITALISED, kept)) is not None and head.end() == len(kept.rstrip())):
        return kept  # "The Rodong Sinmun, North Korea's most widely read newspaper,": a named body described
    return None


def _drop_listing_appositive(text: str) -> str | None:
    """``"Tom Malinowski, Assistant Secretary of State for Democracy, Human Rights and Labor,"`` -> the name:
    an appositive title whose own words hold commas (a list of capitalised names) after a person's name."""
    body = text[:-1]
    comma = body.rfind(",")
    while comma > 0:
        if not all(part.strip()[:1].isupper() for part in body[comma + 1:].split(",")):
            return None  # "Kim Jong Un, the leader, said at a rally, ..." is not one title
        cut = _drop_appositive(body[: comma + 1], after_name=True)
        if cut is not None:
            return cut
        comma = body.rfind(",", 0, comma)
    return None


def _is_quoted_verb(quoted: str) -> bool:
    """Whether a quote's words can stand for its sentence's verb: a past tense and up to two adverbs."""
    return _QUOTED_PAST.fullmatch(quoted) is not None and quoted.rsplit(None, 1)[-1] not in _ED_ADJECTIVES


def _opens_with_verb(quoted: str) -> bool:
    """Whether a quote opens with a reporting verb and goes on to its object, the predicate of the subject
    before it: 'The resolution “condemns in the strongest terms the ... violations”'."""
    first, _, rest = quoted.partition(" ")
    words = rest.split()
    return first.endswith("s") and first in word_list("speech_verbs") and len(words) >= 3 and (
        _FIRST_PERSON.isdisjoint(map(_bare, words)))  # not 'Kim “tells me that ...”', the reporter's words


def _main_clause_subject(clause: str) -> str:
    """The words of the main clause's subject: the noun phrase before its first finite verb, after any
    opening adverbial ("On Sunday, South Korea's National Intelligence Service backed ..."); empty if none.
    Only a verb of doing counts: the subject of "is", "will" or "should" is what the sentence is about."""
    body = clause
    for _ in range(2):  # "In 2022, after the trial, ..."
        first = body.lstrip(_OPENING_MARKS).split(None, 1)
        comma = body.find(",", 0, 120)
        if not first or comma < 0 or not (_bare(first[0]) in _OPENING_WORDS or _bare(first[0]).endswith("ing")):
            break
        body = body[comma + 1:]
    previous = ""
    for index, match in enumerate(_TOKEN.finditer(body)):  # read up to the verb only
        token = match.group(0)
        if "\x00" in token:  # a quote before any verb: no clause to read
            return ""
        if index and token[:1].islower():
            word = _bare(token)
            if not word.endswith(("’s", "'s")) and (
                    word in _PERFECT or word in _IRREGULAR_PAST or (word.endswith("ed") and word not in _ED_ADJECTIVES)
                    or (word.endswith("s") and previous[:1].isupper() and not previous.endswith(",")
                        and word not in _PLURAL_ONLY_NOUNS)):  # "Kim says", but not "a U.S. rights activist"
                passive = _BEEN_NEXT.match(body, match.end()) is not None  # "violations have been committed"
                return "" if passive else _subject_phrase(body[: match.start()])
        previous = token
    return ""


def _object_phrase(after: str) -> str:
    """The noun phrase that starts ``after``: the subject of "said X" or the object of "according to X"."""
    text = after.lstrip(" ,")
    head = _until_clause_end(text)
    kept: list[str] = []
    words = head.split()[:12]
    for index, word in enumerate(words):
        if kept and _bare(word) in ("on", "for") and _bare(kept[-1]) in word_list("titles"):
            named = _name_after_field(words[index + 1:])
            if named:  # "said former White House advisor on North Korea Victor Cha": the field, then the name
                return named
        following = words[index + 1] if index + 1 < len(words) else ""
        if kept and _bare(word) in ("on", "for") and kept[-1][:1].isupper() and following[:1].isupper() and (
                _bare(following) not in _WHEN_WORDS and not following.startswith(_MONTHS)):
            kept.append(word)  # "said U.S. Commission on International Religious Freedom chair Felice D. Gaer": a
            continue  # joiner inside a body's name (not "said Kim on Monday")
        if kept and word in _ONLY_REPORTING:  # "said a 39-year-old woman from Chungjin said": a verb written twice
            break
        if kept and (_bare(word) in _TITLE_CUES or word[:1] in "“\"«\x00"):  # "underscored the Pscore report
            break  # titled “Decoding Crimes”": the document's title is no part of its author's name
        if kept and _bare(word) in _WHEN_WORDS and words[index + 1: index + 2] != ["by"]:
            break  # "said a Japanese official Saturday", but "a report released Monday by Verisk Maplecroft"
        if kept and _is_adverb(word) and (not following or _bare(following) in _CLAUSE_STOPS):  # "stated a senior
            break  # South Korean official anonymously to the Yonhap news agency": how, not who (but "a visibly
            # emotional Chae Un Yong")
        if kept and _bare(word) in _OBJECT_PHRASE_STOPS:
            if word == "and" and not re.search(r"[A-ZÀ-Þ]", _OWNER_OPENING.sub("", " ".join(kept))):
                named = _ROLES_THEN_NAME.fullmatch(" ".join(words[index + 1:]))
                if named:  # "said human rights activist and defector Ji Seong-ho": two roles, one person;
                    return named.group(1)  # "Lee’s foreign and security affairs adviser Wi Sung-lac"
            break
        if kept and _bare(word) == "in" and any(_bare(w) in _MEDIUM_NOUNS for w in words[index + 1: index + 5]):
            break  # "a spokesman ... in an English statement": how it was said, not who
        kept.append(word)
    phrase = " ".join(kept)
    if phrase != head and _is_titled_name_run(head.split()):
        return head  # "Open Doors President and CEO David Curry": capitalised titles, then the name
    last = phrase.split()[-1].lower() if phrase else ""
    titled = last in word_list("titles") or _plural_role(last) or last in _KIN_NOUNS  # "one of the president's
    # special advisors, X", "Lee's younger brother, Lee Jae-seong"
    if phrase and (titled or not re.search(r"[A-ZÀ-Þ]", phrase)):  # "Human Rights Watch's Asia Director, Phil ..."
        apposed = re.match(r",\s*([A-ZÀ-ÖØ-Þ][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'\-]*){1,3})\s*(?:[,.]|\s+of\s|$)",
                           text[len(head):])  # "the committee's top Democrat, Ben Cardin of Maryland"
        if apposed:
            return apposed.group(1)
        rest = text[len(head):]
        segment = _until_clause_end(rest[1:]).rstrip() if rest.startswith(",") else ""
        titled_name = _last_match(_CAPITALISED, segment)  # "the recipient, U.N. special rapporteur on human rights
        if titled_name is not None and titled_name.end() == len(segment):  # in North Korea Marzuki Darusman"
            tokens, _, is_person = _split_name(titled_name.group(0), "")
            if is_person and len(tokens) >= 2:
                return " ".join(tokens)
    return phrase


def _is_titled_name_run(words: list[str]) -> bool:
    """3 to 15 capitalised words, perhaps joined by "and", "of", "the" ..., starting and ending capitalised."""
    capitalised = sum(word[:1].isupper() for word in words)
    return (3 <= capitalised <= 15 and words[0][:1].isupper() and words[-1][:1].isupper()
            and all(word[:1].isupper() or word in _TITLE_JOINERS for word in words))


def _strip_determiner(phrase: str) -> str:
    """The phrase without leading determiners, years and words that only say the name is withheld ("an unnamed
    spokesman"), and without a trailing "here"/"there" ("officials here")."""
    words = phrase.split()
    while words and (words[0].lower() in _DETERMINERS or (words[0].lower() in _WITHHELD and len(words) > 1) or (
            len(words) > 1 and len(words[0]) == 4 and words[0].isdigit())):  # "the 2014 U.N. report"
        if len(words) > 2 and words[1].lower() == "of":
            break  # "one of the organization's leaders", "some of the fishermen" is the description, not "of the ..."
        words.pop(0)
    while len(words) > 1 and (words[-1].lower().strip(",") in ("here", "there") or words[-1].lower() in
                              _PREPOSITIONS_AND_DETERMINERS or (  # "... Ministry of Foreign Affairs of"
            words[-1].endswith("ed") and words[-1].islower() and words[-1] not in _ED_ADJECTIVES)):
        words.pop()  # "congresswoman renewed": the verb is not part of who spoke
    return " ".join(words).strip(" ,")


def _is_credit(text: str, index: int, credit_words: bool = True) -> bool:
    """Is the name at ``text[index]`` a photo or image credit ("AP Photo/Evan Vucci", "(Photo: Reuters)")?
    ``credit_words``: False when ``_has_credit_words`` says that ``text`` holds none, to skip the search."""
    return (index > 0 and text[index - 1] == "/") or (
        credit_words and _CREDIT_BEFORE.search(text, max(0, index - 16), index) is not None)


def _has_credit_words(text: str) -> bool:
    """Could ``_CREDIT_BEFORE`` match in ``text``? Only if one of its words is there; they are looked for in
    lower case without their "i", the one letter that ``(?i)`` also matches to non-ASCII letters ("İ", "ı").
    A search with ``(?i)`` itself would take longer than all the credit checks it saves."""
    lowered = text.lower()
    return "photo" in lowered or "mage" in lowered or "cred" in lowered or "ctured" in lowered


def _before_noun_phrase(text: str, index: int) -> str:
    """The lower-cased word before the noun phrase that ends in the name at ``text[index]``, skipping title
    words and capitalised modifiers: "for" in "a spokesman for former vice president Joe Biden"."""
    words = text[max(0, index - _LOOK): index].split()
    titles = word_list("titles")
    while words and not words[-1].endswith(",") and (words[-1][:1].isupper() or words[-1].lower() in titles):
        words.pop()
    return words[-1].lower().rstrip(",") if words else ""


def _previous_word(text: str, index: int) -> str:
    """The lower-cased word before ``text[index]`` (a trailing comma dropped), looking back a bounded way."""
    words = text[index - 40 if index > 40 else 0: index].rsplit(None, 1)  # not max(): a hot path, and a call
    return words[-1].lower().rstrip(",") if words else ""


def _split_name(chunk: str, previous: str) -> tuple[tuple[str, ...], frozenset[str], bool]:
    """Split a capitalised run into (name tokens, roles before it, is it a person?); ``previous`` is the
    lower-cased word before the run.

    ``"U.S. Secretary of State Mike Pompeo"`` -> ``("Mike", "Pompeo")`` with roles ``{"secretary", "state"}``:
    whatever stands before the last title word is the title, not the name.
    """
    telling = previous in word_list("titles") or previous in _FIELD_OPENERS
    return _split_titled_name(chunk, previous if telling else "")


@lru_cache(maxsize=65536)
def _split_titled_name(chunk: str, previous: str) -> tuple[tuple[str, ...], frozenset[str], bool]:
    """``_split_name`` for a run after the title or field opener ``previous`` ("" if the word before it is
    neither: only those change the answer), cached under that key, so that "said Kim" and "from Kim" share one
    entry."""
    titles, stop, organisations = word_list("titles"), word_list("stopwords"), word_list("organisation_words")
    organisation_tokens = _organisation_tokens()
    if "--" in chunk and chunk[chunk.rindex("--") + 2:][:1].isupper():  # "WASHINGTON--Joseph Yun": a dateline
        chunk = chunk[chunk.rindex("--") + 2:]
    tokens = chunk.split()
    plural_possessor = -1
    if "s’ " in chunk or "s' " in chunk:  # "Open Doors’ Jerry Dykstra" -> "Jerry Dykstra", but "Workers’ Party" stays
        plural_possessor = max((i for i, token in enumerate(tokens[:-1]) if token.endswith(("s’", "s'"))), default=-1)
        if plural_possessor >= 0 and not _given_name_first(tokens[plural_possessor + 1:]):
            plural_possessor = -1
    if "," in chunk or "." in chunk or "’" in chunk or "'" in chunk:  # what _clean_token may drop
        tokens = [_clean_token(token) for token in tokens]
    if "’s" in chunk or "'s" in chunk or plural_possessor >= 0:  # (a cleaned token ends so only if the run holds it)
        possessor = max((i for i, token in enumerate(tokens[:-1]) if token.endswith(("’s", "'s"))
                         and token[:-2].lower() != "people"), default=-1)  # but "Democratic People's Republic"
        tokens = tokens[max(possessor, plural_possessor) + 1:]  # "North Korea’s Rodong Sinmun" -> "Rodong Sinmun"
    whole = len(tokens)
    roles: set[str] = set()
    lowered = [token.lower().rstrip(".") for token in tokens]
    untitled = titles.isdisjoint(lowered[:-1]) and ("-" not in chunk or not any(map(_is_title_to_be, lowered[:-1])))
    last_title = -1 if untitled else max(
        i for i, word in enumerate(lowered[:-1]) if word in titles or _is_title_to_be(word))
    if last_title >= 0 and not organisation_tokens.isdisjoint(lowered[last_title + 1:]):
        last_title = -1  # "State Department", "Foreign Ministry": an organisation's name, not a title
    if last_title >= 0:
        roles.update(word for word in lowered[: last_title + 1] if word in titles or _is_nationality(word))
        regnal = lowered[last_title] in _REGNAL_TITLES and last_title == len(tokens) - 2
        tokens = tokens[last_title:] if regnal else tokens[last_title + 1:]  # "Pope Francis" keeps its title
    while len(tokens) > 1 and tokens[0].lower().rstrip(".") in stop and previous not in titles and not (
            tokens[0].lower() in _SURNAME_STOPWORDS and (len(tokens) >= 3 or "-" in tokens[1])) and not (
            last_title >= 0 and tokens[0] in _MONTHS):
        tokens.pop(0)  # "But Kim", not "envoy So Se Pyong" nor "So Se Pyong" nor "No Kwang-il" nor "Dr. June Lee"
    if len(tokens) >= 3 and len(tokens[0]) >= 4 and tokens[0].isalpha() and tokens[0].isupper() and not any(
            token.isupper() for token in tokens[1:]):
        tokens.pop(0)  # "RELATED Mike Pompeo vows ...": a page's link label, then the name
    if len(tokens) > 1 and (tokens[0].endswith("ed") or tokens[0] in ("Said", "Says", "Wrote")) and (
            tokens[0].lower() in word_list("speech_verbs")):
        tokens.pop(0)  # "Argued Ji Seong-ho, a defector:", "Said Hamamoto:": a reporting verb opening the sentence
    if previous in titles:
        roles.add(previous)
    while tokens and (tokens[-1].lower() in stop and tokens[-1] not in _NAME_FINAL_WORDS or (
            len(tokens) > 2 and tokens[-1].lower() in _HONOURS) or (
            len(tokens) > 1 and tokens[-1].endswith("s") and tokens[-1].lower() in word_list("speech_verbs"))) and not (
            len(tokens) >= 3 and tokens[-1].istitle() and tokens[-1].lower() in _GIVEN_NAME_STOPWORDS):  # "Moon Jae In"
        tokens.pop()  # "Michael Kirby AC CMG": honours are not part of a name; nor "Says" in a Title Case headline
    inner_stop = next((i for i in range(1, len(tokens) - 1) if tokens[i].lower() in _NEVER_IN_NAMES), 0) if len(
        tokens) > 2 else 0
    if inner_stop:  # "Jihyun Park What Happens", "McAuliffe Has Trump": headlines run together, cut at a verb or
        tokens = tokens[:inner_stop]  # a question word, which no name holds
    half = len(tokens) // 2
    if half > 1 and tokens[:half] == tokens[half:]:  # "Han Seo-hee Han Seo-hee": a photo's caption and its alt
        tokens = tokens[:half]  # text run together, one name
    if tokens and tokens[-1].endswith(("’s", "'s")):
        tokens[-1] = tokens[-1][:-2]
    if "" in tokens:
        tokens = [token for token in tokens if token]
    lowered = [token.lower().rstrip(".") for token in tokens]
    # a title word after a title is a surname: "Ms Bishop", "Foreign Minister Julie Bishop"
    surname = len(tokens) == 1 and bool(roles & _COURTESY_TITLES) and lowered[0] not in stop or (
        len(tokens) == 2 and bool(roles) and lowered[0] not in titles)
    if not tokens or (len(tokens) == 1 and (lowered[0] in titles or lowered[0] in stop) and not surname):
        return (), frozenset(roles), False
    if titles.issuperset(lowered) and not surname:  # "Permanent Representative"
        return (), frozenset(roles | set(lowered)), False
    if lowered[-1] in titles and lowered[-1] not in _REGNAL_TITLES and lowered[-1] not in organisations and (
            not surname):
        return (), frozenset(roles | {lowered[-1]}), False  # "North Korean Ambassador"
    if len(tokens) > 1 and all(map(str.isupper, tokens)):  # a dateline: "HONG KONG (AP)"
        return tuple(tokens), frozenset(roles), False
    if len(tokens) == 1 and roles and len(tokens[0]) > 1 and tokens[0].isupper() and (
            not chunk.isupper() or previous):  # "Former NBA player", "former NBA stars": a body's acronym after a
        return tuple(tokens), frozenset(roles), False  # title word (but an all-capitals line's "PRESIDENT TRUMP")
    organisation_at = [] if organisation_tokens.isdisjoint(lowered) else [
        i for i, token in enumerate(lowered) if token in organisation_tokens]
    if organisation_at and len(tokens) - organisation_at[-1] > 2:  # "United Nations Samantha Power"
        tokens = tokens[organisation_at[-1] + 1:]
    elif organisation_at:
        return tuple(tokens), frozenset(roles), False
    if len(tokens) == 1 and tokens[0].lower() in _NATIONALITY_WORDS:  # "Former Soviet dissident Natan Sharansky":
        return tuple(tokens), frozenset(roles), False  # a side, not a surname after a title
    if len(tokens) == 1 and "-" in tokens[0] and all(part[:1].isupper() for part in tokens[0].split("-")):
        # "Trump-Kim", or a surname like "Thomas-Greenfield": a person's after a title ("Ms. Reiss-Andersen")
        return tuple(tokens), frozenset(roles), bool(roles)
    # "Nobel Peace Laureate Jimmy Carter": descriptive words, then a first and last name; "Minister of Natural
    # Resources Alexander Kozlov": an office's field, then the name
    if len(tokens) > 4 or len(tokens) == whole == 4 and not roles and previous in _FIELD_OPENERS or (
            len(tokens) == 3 and previous in _FIELD_OPENERS and _KOREAN_GIVEN_NAME.fullmatch(tokens[-1])):
        tokens = tokens[-2:]  # (and "Mayor of Busan Oh Keo-don": a one-word field, then a Korean name)
    elif len(tokens) == 3 and _given_name_first(tokens[1:]) and not _given_name_first(tokens) and not (
            tokens[0].lower() in _SURNAME_STOPWORDS or len(tokens[0].rstrip(".")) == 1):
        tokens = tokens[1:]  # "director for Asia Tony Banbury": a one-word field, then the name; "Present Donald
        # Trump": a word before a given name and a surname (but not the initial of "J Ron Byler")
    if len(lowered[-1]) > 6 and lowered[-1].endswith(_ABSTRACT_NOUN_ENDINGS):  # a headline's "Unpardonable
        return tuple(tokens), frozenset(roles), False  # Provocation": no one's name ends so
    return tuple(tokens), frozenset(roles), bool(roles) or len(tokens) >= 2


def _same_office(head: str) -> list[str]:
    """The titles of the office ``head`` names ("congresswoman": "rep", "representative", ...), or ``head`` alone."""
    office = _ROLE_CLASSES.get(head)
    return [title for title, kind in _ROLE_CLASSES.items() if kind == office] if office else [head]


@lru_cache(maxsize=1)
def _organisation_tokens() -> frozenset[str]:
    """The lexicon's organisation words, each also without its full stop ("co." as "co"), as a name's
    tokens are compared with theirs dropped."""
    words = word_list("organisation_words")
    return words | {word[:-1] for word in words if word.endswith(".")}


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``text[at]`` starts: after a line break or a full stop that does not end
    an abbreviation ("Nov.", "U.S.") or an initial."""
    line = text.rfind("\n", 0, at) + 1
    stop = at
    while (stop := text.rfind(". ", line, stop)) >= 0:
        word = text[max(line, stop - 12): stop].split()
        token = word[-1].lower() if word else ""
        if token not in _ABBREVIATIONS and len(token) > 1 and "." not in token:
            return stop + 2
    return line


def _is_headline(paragraph: str) -> bool:
    """A short line in Title Case without closing punctuation: a headline or a caption."""
    if len(paragraph) > 200 or paragraph.rstrip()[-1:] in ".!?”\"’":
        return False
    words = [word for word in paragraph.split() if len(word) >= 4 and word[0].isalpha()]
    lower = [word for word in words if not word[0].isupper()]
    return len(words) >= 3 and len(lower) <= 0.2 * len(words) and (  # Title Case capitalises the longer words
        sum(_bare(word) not in word_list("stopwords") for word in lower) < 2)  # but "with", "from": not "Source:
    # a statement by Josep Borrell, EU High Representative ..., on behalf of the European Union was quoted by"


class _NameParts(NamedTuple):
    """A capitalised run read as a mention, whatever its place in the text (see ``_name_parts``)."""

    name: tuple[str, ...]
    folded: tuple[str, ...]  # the name's tokens as _fold gives them
    person_keys: frozenset[str]  # the keys of the table of people by token: a person's folded tokens, once each
    roles: frozenset[str]
    is_person: bool
    role_keys: frozenset[str]  # the keys of the mention table by role: roles, and an organisation's tokens


@lru_cache(maxsize=65536)
def _name_parts(chunk: str, previous: str) -> _NameParts:
    """``_split_name`` with the folded forms and table keys the mention table needs; cached, as an
    article names the same people and bodies again and again."""
    name, roles, is_person = _split_name(chunk, previous)
    folded = tuple(map(_fold, name))
    if is_person:  # only people are looked up by token
        return _NameParts(name, folded, frozenset(folded), roles, True, roles)
    return _NameParts(name, folded, frozenset(), roles, False, roles | frozenset(folded))


def _possessor(chunk: str) -> _NameParts | None:
    """The person a capitalised run opens with as a possessor ("U.S. President Donald Trump’s State of the
    Union" -> Donald Trump), whom the run's own reading ("State of the Union") leaves out; None if none."""
    parts = _name_parts(_owner_part(chunk), "")
    return parts if parts.is_person and len(parts.name) > 1 else None


def _owner_part(chunk: str) -> str:
    """A capitalised run up to its last possessive: "U.S. President Donald Trump’s" of "... Trump’s State of the
    Union", "North Korea’s" of "North Korea’s U.N. Mission"."""
    return chunk[: max(chunk.rfind("’s "), chunk.rfind("'s ")) + 2]


def _unglued(start: int, chunk: str) -> Iterator[tuple[int, str]]:
    """A run of capitalised words cut where a word runs into the next ("AltonDavid"): (start, words) pieces."""
    cut = 0
    for seam in _GLUED_WORDS.finditer(chunk):
        yield start + cut, chunk[cut: seam.end()]
        cut = seam.end()
    yield start + cut, chunk[cut:]


def _of_other_gender(name: str, pronoun: str) -> bool:
    """Whether the given name of ``name`` is one that ``pronoun`` ("he", "she") cannot stand for: its first word,
    or the words after a Korean family name ("Jong-un" of "Kim Jong-un", "Jong Un" of "Kim Jong Un"); or, for a
    description, its head noun ("spokesman of the NDC" for "she")."""
    other = _OTHER_GENDER_NAMES.get(pronoun)
    if other is None:
        return False
    if name[:1].islower() and _description_head(name).lower() in _GENDERED_NOUNS[other]:
        return True
    return _has_given_name(tuple(map(_fold, name.split())), word_list(other))


def _has_given_name(folded: tuple[str, ...], names: frozenset[str]) -> bool:
    """Whether a (folded) name's given name is one of ``names``: its first word, or the words after a Korean family
    name ("jong-un" of "kim jong-un", "jong un" of "kim jong un")."""
    korean = "-".join(folded[1:]) if 1 < len(folded) <= 3 else ""  # (a surname alone holds no hyphen: "Gavin")
    return folded[0] in names or ("-" in korean and korean in names)


def _speaks_of(quoted: str, name: str) -> bool:
    """Whether a quote names this person in the third person, as people seldom name themselves: by the surname,
    or by a Korean name's given name ("Jong Un" of "Kim Jong Un": "Kim" alone may be another Kim's); but not as
    the name of one's own government ("The Abe administration will take action")."""
    tokens = name.split()
    if len(tokens) < 2:
        return False
    korean = _KOREAN_GIVEN_NAME.fullmatch(tokens[-1]) is not None
    own = " ".join(tokens[1:]) if korean else tokens[-1]
    at = quoted.find(own)
    end = at + len(own)
    return at >= 0 and not quoted[at - 1: at].isalpha() and not quoted[end: end + 1].isalpha() and (
        _OWN_NAME_MODIFIES.match(quoted, end) is None)


def _listed(text: str, start: int, run: str) -> bool:
    """Is the capitalised run one word after a comma ("for Civilian Security, Democracy, and Human Rights"): an item
    of a list, which a title word before the comma does not make a titled person's name?"""
    return " " not in run and text[max(0, start - 2): start].startswith(",")


def _possessed_noun_before_quote(clause: str, verb: tuple[str, int, int]) -> bool:
    """Is the speech word a possessed noun ("the prime minister's remarks") that the quote at the clause's end
    does not give the words of (as in "Kim's remarks that “...”")?"""
    _, start, end = verb
    return clause[max(0, start - 4): start].rstrip().endswith(("’s", "'s", "s’", "s'")) and (
        clause[end:].strip(" \t“\"‘'\x00,:").lower() not in ("", "that", "of"))


def _unless_united_nations(author: str | None, document: str) -> str | None:
    """A document's author, unless that is the United Nations as a whole, whose many bodies write its reports and
    resolutions: then the document ("U.N. report") names the speaker better."""
    return f"{author} {document}" if author in ("U.N.", "UN") and document in ("report", "resolution") else author


def _opens_aside(clause: str) -> bool:
    """Does the clause open with a conjunction or a participle ("while welcoming ...", "citing ..."), as an aside
    between a subject and its verb does?"""
    first = _bare(clause.split(None, 1)[0]) if clause.strip() else ""
    return first in _CONJUNCTIONS or first.endswith("ing")


def _ends_opening_clause(sentence: str, start: int, end: int) -> bool:
    """Does the verb at ``start:end`` end a subordinate clause that opens the sentence ("After the summit
    concluded, ...")? Then it is used intransitively, and reports nothing ("As Kim said, ..." does report)."""
    after = sentence[end + 1:].lstrip(" “\"‘'")
    if not sentence.startswith(",", end) or not after or after.startswith("\x00"):  # "After Moon said, “...”"
        return False
    lead = _SENTENCE_OPENING.sub("", sentence[:start])
    first = lead.split(None, 1)[0].lower() if lead.strip() else ""
    return first in _CONJUNCTIONS and first != "as" and "," not in lead


def _opens_with_participle(sentence: str, verb: str, start: int, end: int) -> bool:
    """Does the verb at ``start:end`` open the sentence as a participle ("When asked if he had met Kim more than
    three times, he said ...", "Asked about the talks, she said")? Its subject is the main clause's, after a comma."""
    lead = _SENTENCE_OPENING.sub("", sentence[:start]).split()
    return verb.endswith("ed") and (not lead or len(lead) == 1 and lead[0].lower() in _CONJUNCTIONS) and (
        "," in sentence[end:] and bool(sentence[end:].split(",", 1)[1].strip()))


def _with_deletions(word: str) -> set[str]:
    """The word and each form of it with one letter left out: two words one edit apart share one of these."""
    return {word, *(word[:i] + word[i + 1:] for i in range(len(word)))}


def _one_edit_apart(first: str, second: str) -> bool:
    """Whether two different words differ by one letter added, dropped or changed."""
    if first == second or abs(len(first) - len(second)) > 1:
        return False
    if len(first) > len(second):
        first, second = second, first
    at = next((i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b), len(first))
    return first[at + (len(first) == len(second)):] == second[at + 1:]


def _fold(token: str) -> str:
    """A name token for lookup: lower case without accents ("Salmón" and "Salmon" are one person)."""
    if token.isascii():  # nothing to decompose
        return token.lower()
    decomposed = unicodedata.normalize("NFKD", token.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _is_modifier(text: str, match: re.Match[str]) -> bool:
    """"the Warmbier family", "the Trump administration": the name qualifies the noun that ends the phrase."""
    opening = text.split(None, 1)[:1]
    if not opening or not (opening[0].lower() in _DETERMINERS or _is_number(opening[0])):
        return False  # "Thirty-five Republican lawmakers" is counted like "the Republican lawmakers"
    rest = text[match.end():].split()
    return 0 < len(rest) <= 2 and all(word[:1].islower() and word not in _NP_PREPOSITIONS for word in rest)


def _is_label(text: str) -> bool:
    """A speaker's name before a colon in a list of statements ("Cuba", "North Korean Foreign Ministry"): a few
    capitalised words, not a dateline ("TOKYO") nor a sentence ("Then we get to the quotes")."""
    words = text.split()
    return 0 < len(words) <= 5 and not text.isupper() and _bare(words[0]) not in word_list("stopwords") and all(
        word[:1].isupper() or word in _TITLE_JOINERS for word in words)


def _introduces_someone(words: list[str]) -> bool:
    """"the head of a U.N. food agency", "the new U.S. special envoy for North Korean human rights": a long
    description with a complement introduces someone not yet named; "the former president" refers back."""
    return len(words) >= 4 and words[0].lower() == "the" and not _plural_role(_bare(words[1])) and (
        _bare(words[1]) not in _KIN_NOUNS) and any(
        _bare(word) in ("of", "for", "to", "at", "on") for word in words[2:])


def _titled_person(phrase: str) -> bool:
    """Does the phrase open with a title and a person's full name ("Rep. Youn Kun-young of the party")?"""
    run = _CAPITALISED.match(phrase)
    if run is None:
        return False
    tokens, roles, is_person = _split_name(run.group(0), "")
    return is_person and bool(roles) and len(tokens) >= 2


def _names_only(clause: str, at: int) -> bool:
    """Does a name follow ``at`` and end the phrase ("a group called No Chain said"), rather than a name and
    then what it is called ("called Kim the “leader ...”", "called Kim a liar")?"""
    run = _CAPITALISED.match(clause, at + 1) if clause[at: at + 1] == " " else None
    if run is None:
        return False
    following = clause[run.end(): run.end() + 20].split(None, 1)
    return not following or _bare(following[0]) not in _DETERMINERS and not following[0].startswith(
        ("\x00", "“", '"', "‘", "'"))


def _names_media(phrase: str) -> bool:
    """Does the phrase name a news medium ("the KCNA news agency", "state media"), which passes words on?"""
    lowered = phrase.lower()
    return "media" in lowered or any(word in lowered for word in _MEDIA_WORDS)


_MID_SENTENCE_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz,;:")  # what stands before a name used mid-sentence
_WORD_BOUNDARY = re.compile(r"\b")
_HEAD_QUALIFIER = r"(?:\s+(?:from|of|at|with)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,3}?)?"  # "from the
# Presidential office": where an unnamed speaker works, kept with the description
_HEAD_PLACE = r"(?:\s+in\s+[A-Z][\w’'\-]*)?"  # "in Seoul": where the speaker spoke, left out of the description
_QUALIFIED_SPEECH = re.compile(  # what follows the head of a description that introduces a speaker (_introduced)
    rf"({_HEAD_QUALIFIER}){_HEAD_PLACE}\s+(?:said|says|told)\b")


_DESCRIBING_WORDS = r"(?:(?!(?:the|a|an|of|in|to)\s)[\w’'\-]+\s+){0,4}?"  # "senior Blue House", "high-ranking"
_INTRODUCING_ARTICLE = re.compile(rf"\b(?:[Aa]|[Aa]n)\s+({_DESCRIBING_WORDS})$")  # "a senior Blue House " + head
_BODY_AFTER_HEAD = re.compile(  # " for the country’s Religious Believers Council", " in North Hamgyong Province"
    r"[ \t]+(?:for|of|at|from|in)[ \t]+(?:the[ \t]+)?(?:[\w\-]+[’']s[ \t]+)?[A-Z][\w’'.\-]*"
    r"(?:[ \t]+(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w’'.\-]*|of|for|the|and))*"  # (not "Sunday")
    r"(?<![\s,.])(?<! of)(?<! for)(?<! the)(?<! and)(?![\w’'\-])")
_DESCRIBING_WORD = (  # one word of a description: no joiner, no sentence's full stop (but "U.S.")
    r"(?!(?:the|a|an|of|in|to|and|or|who|which|that|for|at|from|with|by|on)\s)(?:(?:[A-Z]\.)+|[\w’'\-]+)")
# what stands before a head noun that a description introduced (_described_before): "a North Korean security ",
# "a " (then a body's name after the head), "Lim's ", "the South Korean "
_DESCRIBED_BEFORE_HEAD = re.compile(rf"\b(?:[Aa]|[Aa]n|[Oo]ne)[ \t]+((?:{_DESCRIBING_WORD}[ \t]+){{0,4}})$")
_OWNER_BEFORE_HEAD = re.compile(r"\b((?:[A-Z][\w’'.\-]*[ \t]+){0,2}[A-Z][\w\-]*[’']s[ \t]+)$")
_CAPITALISED_BEFORE_HEAD = re.compile(r"\b[Tt]he[ \t]+((?:(?:[A-Z]\.)+[ \t]+|[A-Z][\w’'\-]*[ \t]+){1,3})$")


@lru_cache(maxsize=64)
def _sourced_introduction(head: str) -> re.Pattern[str]:
    """"according to a high-ranking government source": a source introduced by a description ending in ``head``."""
    return re.compile(rf"\b[Aa]ccording\s+to\s+(?:a|an)\s+({_DESCRIBING_WORDS}{re.escape(head)})\b")


def _according_then_head(text: str, head: str) -> bool:
    """Does ``head`` stand within a few words after "according to a(n)", as every match of
    ``_sourced_introduction(head)`` has it? A literal search, far cheaper than compiling that expression."""
    at = text.find("ccording to a")
    while at >= 0:
        if text.find(head, at, at + 80) >= 0:
            return True
        at = text.find("ccording to a", at + 1)
    return False


def _completes_title(text: str, match: re.Match[str]) -> bool:
    """Does the name ``match`` found follow a title's complement ("Secretary of State Rex Tillerson", "Minister for
    Unification Kim"), or a body's name with "of" that runs on into a title and a name ("U.S. Joint Chiefs of Staff
    Vice Chairman Gen. John Hyten"), rather than a preposition's object ("from Kim")?"""
    before = text[max(0, match.start() - 60): match.start()].split()[-2:]  # (a bounded look back: a hot path)
    if len(before) < 2 or before[1] not in ("of", "for") or not before[0][:1].isupper():
        return False
    if _bare(before[0]) in word_list("titles"):
        return True
    if before[1] != "of" or _bare(before[0]) not in word_list("organisation_words"):
        return False
    _, roles, is_person = _split_name(match.group(0), "of")
    return is_person and bool(roles)


def _speaking_surname(clause: str, match: re.Match[str]) -> bool:
    """Does a clause open with one word, no body's or medium's ("Seoul said", "Reuters reported"), that a reporting
    verb follows, as a surname does ("Thomas-Greenfield said that ...", "Williams argued")? (Whether the text
    writes it as a name is ``_Article._written_as_name``.)"""
    word = match.group(0)
    verb = _VERB_AFTER_NAME.match(clause, match.end())
    return " " not in word and len(word) > 2 and word[1:].replace("-", "").isalpha() and not word.isupper() and (
        verb is not None) and verb.group(1) in word_list("speech_verbs") and verb.group(1) not in _NOUN_OR_VERB and (
        not _names_a_body(word)) and not _names_media(word)


def _whole_word_at(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text`` as a whole word (a literal search: no expression to compile per word)."""
    found, at = [], text.find(word)
    while at >= 0:
        end = at + len(word)
        if not text[at - 1: at].isalnum() and not text[end: end + 1].isalnum():
            found.append(at)
        at = text.find(word, at + 1)
    return found


def _is_source(phrase: str) -> bool:
    """Can "according to" this phrase name a source? "according to Kim", "the ministry", "officials", but
    not "according to law" or "according to plan"."""
    words = phrase.split()
    return bool(words) and (_starts_noun_phrase(words[0]) or words[-1].endswith("s") or _is_number(words[0]))


def _is_number(word: str) -> bool:
    """"35", "Thirty-five", "dozens": a count before a noun."""
    return word[:1].isdigit() or word.lower().split("-", 1)[0] in _NUMBER_WORDS


def _owned_generic_body(name: tuple[str, ...]) -> bool:
    """Is a body's name one that an owner before it belongs with ("Foreign Ministry", "U.N. Mission", but not the
    unification ministry, which only one side has)?"""
    return _is_generic_body(" ".join(name)) and not _ONE_SIDE_BODY_WORDS.intersection(map(str.lower, name))


def _referred_mentions(lowered: tuple[str, ...], wanted: frozenset[str] | None, candidates: list[_Mention]
                       ) -> list[_Mention]:
    """The mentions (``candidates``, filed under the first token) a short name can refer to; a title given with
    the short name ("Congresswoman Kim") keeps only the people introduced with that title."""
    titled = [m for m in candidates if len(m.name) > len(lowered)
              and wanted & {_ROLE_CLASSES.get(role, role) for role in m.roles}] if wanted else []
    pool = titled or candidates  # each filed under lowered[0], so a one-token name is in all of them
    return pool if len(lowered) == 1 else [
        m for m in pool if len(m.folded) >= len(lowered) and _contains(m.folded, lowered)]


def _near(positions: list[int], mentions: list[_Mention], position: int) -> list[_Mention]:
    """A person's latest few mentions before ``position`` and the first after it (``positions`` in text order)."""
    at = bisect_left(positions, position)
    return mentions[max(0, at - _NEAREST): at + 1]


def _is_generic_body(name: str) -> bool:
    """"Foreign Ministry", "UN Mission": a body every government has, named only with its owner."""
    words = [word.lower() for word in name.split()]
    return len(words) <= 4 and words[-1] in _GENERIC_BODIES and all(word in _GENERIC_BODY_WORDS for word in words[:-1])


def _names_a_body(name: str) -> bool:
    """Does a capitalised name hold a body's or a place's word ("Ministry of Unification", "North Korea", "EU"), and
    not end in a lower-case head ("North Korean foreign ministry spokesman")? The "Un" of "Kim Jong Un" is no "UN"."""
    tokens = name.split()
    return name[:1].isupper() and tokens[-1][:1].isupper() and any(
        token.lower() in _organisation_tokens() and token != "Un" for token in tokens)


def _description_head(description: str) -> str:
    """The head noun of a description: "North Korean envoy to the United Nations" -> "envoy"; "Democratic Party
    of Korea representative" -> "representative" (a name used as a modifier, then the role)."""
    words = description.split()
    if len(words) > 2 and words[-1] in word_list("titles") and words[0][:1].isupper() and all(
            word[:1].isupper() or word in _TITLE_JOINERS for word in words[:-1]):
        return words[-1]
    return _POST_MODIFIER.split(description, maxsplit=1)[0].split()[-1]


def _is_possessor(text: str, match: re.Match[str]) -> bool:
    """"Otto’s father Fred Warmbier": a name in the possessive is not the one speaking."""
    return match.group(0).endswith(("’s", "'s")) or text[match.end(): match.end() + 2] in ("’s", "'s")


def _name_after_field(words: list[str]) -> str | None:
    """The person's name that ends an office's field ("North Korea Victor Cha"): the first run of capitalised
    words, from its first given name the name lists know on (none for a given name they lack)."""
    tokens: list[str] = []
    for word in words:
        if not tokens and word == "of":
            return None  # "a spokesperson for the office of Joe Colombano": the office's, not Colombano's words
        if word[:1].isupper():
            initial = _INITIAL.fullmatch(word) is not None  # no full stop: "National Security John C. Demers"
            tokens.append(word if initial else word.rstrip(",.;:"))
            if word.endswith((",", ".", ";", ":")) and not initial:
                break
        elif tokens:
            break
    for start in range(len(tokens) - 1):
        if _given_name_first(tokens[start:]):
            return " ".join(tokens[start:])
    return None


def _person_named_later(phrase: str, start: int, titled: bool = False) -> bool:
    """Does a run of capitalised words after ``start`` in a subject phrase read as a person's full name (with a
    title before it, if ``titled``)?"""
    return any(len(name) >= 2 and is_person and (roles or not titled) for name, roles, is_person in (
        _split_name(match.group(0), _previous_word(phrase, match.start()))
        for match in _CAPITALISED.finditer(phrase, start)))


def _is_nationality(word: str) -> bool:
    """A lower-cased word naming a country's people or side ("korean", "u.s", "south"): kept with a title, so
    that "the South Korean president" finds the one introduced as "South Korean President Moon Jae-in"."""
    return word in _NATIONALITY_WORDS or (word.endswith(("ese", "ish", "ian", "ean", "can")) and word.isalpha())


def _is_title_to_be(word: str) -> bool:
    """"Minister-nominee", "Unification-designate": an office not yet taken up (a title, as "president-elect")."""
    return word.endswith(_TO_BE_SUFFIXES)


def _family_name(name: tuple[str, ...]) -> str:
    """The family name of a person's name: the first word of a Korean one ("Kang" of "Kang Kyung-wha"), else
    the last."""
    return name[0] if len(name) > 1 and _KOREAN_GIVEN_NAME.fullmatch(name[-1]) else name[-1]


def _is_given_name(word: str) -> bool:
    """Whether the lexicons know this word as a given name ("Cindy")."""
    return any(_fold(word) in word_list(names) for names in _OTHER_GENDER_NAMES.values())


def _given_name_first(tokens: list[str]) -> bool:
    """Do the tokens read as a person's name: a known given name, then other words, none of a body's? (A Korean
    given name, hyphenated, follows the family name.)"""
    return len(tokens) >= 2 and "-" not in tokens[0] and _is_given_name(tokens[0]) and (
        _organisation_tokens().isdisjoint(token.lower() for token in tokens))


def _clean_token(token: str) -> str:
    """Drop a trailing comma, sentence period or dangling apostrophe; keep initials like "W." or "U.S."."""
    token = token.rstrip(",")
    if token.endswith(("’", "'")):
        return token[:-1]
    if token.endswith(".") and len(token) > 2 and "." not in token[:-1]:
        return token[:-1]
    return token


def _appositive_roles(tail: str) -> frozenset[str]:
    """Role words of an appositive right after a name, and its head noun: ``", the unification minister,"``,
    ``", a propaganda outlet of the North,"`` (so that "the outlet said" finds the name)."""
    if not tail.startswith(","):
        return frozenset()
    body = _DASH_BREAK.split(tail[1:].split(",", 1)[0], maxsplit=1)[0]  # "SEOUL, May 13 (Yonhap) -- The head of"
    opening = body.split(None, 1)[:1]
    if opening and (opening[0] in _PREPOSITIONS or opening[0] == "according"):
        return frozenset()  # "Additionally, according to the diplomat,": an adverbial, not an appositive
    words = [word.strip(_EDGE_PUNCTUATION) for word in body.lower().split()]  # _bare, lowering all at once
    roles = word_list("titles").intersection(words)
    if words and words[0] in _DETERMINERS:
        phrase = _APPOSITIVE_HEAD_END.split(" ".join(words) + " ", maxsplit=1)[0].split()
        if phrase and phrase[-1].isalpha() and phrase[-1] not in _DETERMINERS:
            roles |= {phrase[-1]}
    head = _APPOSITIVE_HEAD_END.split(body + " ", maxsplit=1)[0]
    if roles and (_FINITE_VERB.search(head) or not _IRREGULAR_PAST.isdisjoint(head.split())):
        return frozenset()  # "Asked about the North, the cardinal said", "at a rally in Virginia, the former
        # president spoke": the next clause's subject, not a title
    return roles  # (tested last: a finite verb only matters when the words hold a role)


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    size = len(needle)
    return any(haystack[i:i + size] == needle for i in range(len(haystack) - size + 1))


def _is_titleish(words: list[str]) -> bool:
    """A short run of capitalised words without sentence punctuation: a title or a name."""
    if not 2 <= len(words) <= 14 or words[-1][-1:] in "!?" or not words[0][:1].isupper():
        return False
    has_content = False
    for word in words:  # every word but the small ones capitalised or a number, and at least one such
        if word.lower().strip(",") in _TITLE_SMALL_WORDS:
            continue
        if not (word[:1].isupper() or word[:1].isdigit()):
            return False  # (most quotes: the second word already tells)
        has_content = True
    return has_content


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    match = None
    for match in pattern.finditer(text):  # noqa: B007 - the last match is the one wanted
        pass
    return match
