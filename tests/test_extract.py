"""Quote extraction and attribution: the seed article quote by quote, the patterns of issue 2 on small
hand-built texts, and properties that must hold for any string."""
from __future__ import annotations

import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stance import extract_quotes
from stance.extract import sentence_span
from stance.lexicon import word_list

SEED_QUOTES = [
    ("Mr. Trump, please discuss human rights with Mr. Kim when you meet him,", "Kang Chol-hwan", "direct"),
    ("If you want to give a gift of an end-of-war declaration, ask him to dismantle all the gulags that exist in "
     "the North in return.", "Kang Chol-hwan", "continuation"),
    ("real progress", "Mike Pompeo", "partial"),
    ("While there’s still a long way to go and much work to do, we can now see a path to where we’ll achieve the "
     "ultimate goal, which is the full and final verified denuclearization of North Korea,", "Mike Pompeo", "direct"),
    ("we’re setting that up right now", "Trump", "partial"),
    ("Singapore was fantastic, but we’ll probably do a different location.", "Trump", "partial"),
    ("That would lead to the North invading South Korea,", "Kang Chol-hwan", "direct"),
    ("an inspiration to us all", "Trump", "partial"),
    ("Kim Jong-un has been put to the fire and he wants a [peace] declaration for that reason,", "Ji Seong-ho",
     "direct"),
    ("North Korea is pressed for time and it must produce something tangible, now. If somebody wants to declare the "
     "end of the war, they must declare the end of human rights abuse — now.", "Ji Seong-ho", "continuation"),
    ("losing leverage", "David Maxwell", "partial"),
    ("It is a paradox,", "David Maxwell", "direct"),
    ("As we focus on North Korea’s weapons program, we enhance the legitimacy of [the Kim] regime. Whereas focusing "
     "on human rights undermines his regime.", "David Maxwell", "continuation"),
    ("North Korea’s economy is on the verge of collapsing,", "Kang Chol-hwan", "direct"),
    ("South Korea and the U.S. should be able to dictate the terms [of the current talks]. But on the ground it "
     "seems the opposite is occurring. North Korea is dictating the terms.", "Kang Chol-hwan", "continuation"),
]


def test_seed_article_has_its_fifteen_statements_and_not_the_book_title(example_text):
    quotes = extract_quotes(example_text)
    assert [(q.text, q.speaker, q.kind) for q in quotes] == SEED_QUOTES
    assert all(example_text[q.start:q.end] == q.text for q in quotes)
    assert not any("Aquariums" in q.text for q in quotes)


@pytest.mark.parametrize("index", range(len(SEED_QUOTES)))
def test_seed_article_quote(example_text, index):
    quote = extract_quotes(example_text)[index]
    assert (quote.text, quote.speaker, quote.kind) == SEED_QUOTES[index]
    assert quote.context in example_text.splitlines()


def _attributed(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in extract_quotes(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("“We will not bargain,” said Foreign Minister Kang Kyung-wha.",
     [("We will not bargain,", "Kang Kyung-wha", "direct")]),
    ("“We will not bargain,” Kang Kyung-wha said on Tuesday.", [("We will not bargain,", "Kang Kyung-wha", "direct")]),
    ("Lee Jong-seok told reporters: “Peace comes first.”", [("Peace comes first.", "Lee Jong-seok", "direct")]),
    ("According to Human Rights Watch, “the camps are still open.”",
     [("the camps are still open.", "Human Rights Watch", "direct")]),
    ("“The camps are still open,” according to Human Rights Watch.",
     [("The camps are still open,", "Human Rights Watch", "direct")]),
    ("Robert King: “Rights cannot wait.”", [("Rights cannot wait.", "Robert King", "direct")]),
    ("The ministry said that “dialogue should come first.” It was a reply to critics.\nThe Unification Ministry "
     "said later, “We stand by it.”",
     [("dialogue should come first.", "ministry", "partial"), ("We stand by it.", "Unification Ministry", "direct")]),
    ("Cheong Wa Dae said the summit would be “a turning point.”", [("a turning point.", "Cheong Wa Dae", "partial")]),
    ("“It’s a show,” said defector Jung Gwang-il. “Nothing will change.”",
     [("It’s a show,", "Jung Gwang-il", "direct"), ("Nothing will change.", "Jung Gwang-il", "continuation")]),
], ids=["said-X", "X-said", "told-colon", "according-to-before", "according-to-after", "name-colon",
        "organisation", "organisation-partial", "continuation"])
def test_reporting_patterns(text, expected):
    assert _attributed(text) == expected


def test_pronoun_and_short_forms_take_the_fullest_name_across_paragraphs():
    text = ("Defector Kang Chol-hwan spoke in Washington on Tuesday.\n"
            "“Close the camps,” he said.\n"
            "Officials listened.\n"
            "“Then we can talk,” Mr. Kang added.")
    assert [q.speaker for q in extract_quotes(text)] == ["Kang Chol-hwan", "Kang Chol-hwan"]


def test_role_noun_resolves_to_the_person_introduced_with_that_role():
    text = ("Unification Minister Kim Yeon-chul visited the border.\n"
            "“Aid is separate from politics,” the minister said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Kim Yeon-chul"]


def test_partial_quote_takes_the_subject_of_its_reporting_clause():
    text = ("David Maxwell, a retired colonel, said talks will go on, but lamented that the U.S. was “losing "
            "leverage” by waiting.")
    assert _attributed(text) == [("losing leverage", "David Maxwell", "partial")]


def test_partial_quote_without_reporting_clause_takes_the_possessor_of_the_speech():
    text = "Ji Seong-ho was hailed in Mr. Trump’s address as “an inspiration to us all” after he escaped."
    assert _attributed(text) == [("an inspiration to us all", "Trump", "partial")]


@pytest.mark.parametrize("text", [
    "He wrote the book “The Aquariums of Pyongyang,” after his release.",
    "The so-called “maximum pressure” campaign went on.",
    "The report, titled “Crimes Against Humanity,” was published in 2014.",
    "The “charm offensive” went on while the summit neared",
    "In a Korean-language commentary titled “Dissecting the US’ hideous intentions reflected in its complaints on "
    "human rights,” the website attacked Seoul.",
    "She is the author of a new report titled: “Leveraging U.S. Law to Advocate for Human Rights in Talks.”",
    "They disappeared in the late '70s to early '80s.",
    "That would be scary, Ling said on “Anderson Cooper 360.”",
    "She told of being sold as a bride in China, in a memoir called “The Girl with Seven Names”.",
    "The ministry will begin using the term “North Korean migrants” next month.",
    "The leader he once dubbed “Little Rocket Man” wrote back.",
], ids=["book", "so-called", "report-title", "scare-quote", "long-title", "title-after-a-colon", "decades",
        "a-programme-said-on", "a-memoir-called", "a-term-discussed", "a-nickname-given"])
def test_titles_and_scare_quotes_are_not_statements(text):
    assert extract_quotes(text) == []


def test_nested_quote_stays_inside_the_outer_quote():
    text = "“They call it ‘peace,’ but it is surrender,” said Thae Yong-ho."
    assert _attributed(text) == [("They call it ‘peace,’ but it is surrender,", "Thae Yong-ho", "direct")]


def test_unclosed_quote_ends_at_the_paragraph_and_spares_the_next_one():
    text = "“This never closes, said nobody\n“The next one is fine,” said Kim Tae-hoon."
    quotes = extract_quotes(text)
    assert quotes[0].text == "This never closes, said nobody"
    assert (quotes[-1].text, quotes[-1].speaker) == ("The next one is fine,", "Kim Tae-hoon")


def test_a_quote_left_open_ends_before_the_sentence_that_introduces_the_next_one():
    text = ("“The families said such a claim is unacceptable. Oren Falk heads the group and told a press conference, "
            "“It is difficult to stay calm.”")
    assert [(q.text, q.speaker) for q in extract_quotes(text)][-1] == ("It is difficult to stay calm.", "Oren Falk")
    assert extract_quotes(text)[0].text == "The families said such a claim is unacceptable."


def test_multi_paragraph_quote_is_attributed_from_its_last_paragraph():
    text = ("Tomas Ojea Quintana spoke to reporters.\n\n“The world is watching.\n\n"
            "“Dialogue on rights must begin,” Ojea Quintana said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Ojea Quintana", "Tomas Ojea Quintana"]


def test_quote_spanning_a_soft_line_break_is_one_quote():
    text = "“We will raise human rights,\nas we always do,” said Sung Kim."
    assert _attributed(text) == [("We will raise human rights,\nas we always do,", "Sung Kim", "direct")]


def test_editorial_brackets_are_kept_as_written():
    text = "“He wants a [peace] declaration,” said Ji Seong-ho. “[But] we failed.”"
    assert [quote.text for quote in extract_quotes(text)] == ["He wants a [peace] declaration,", "[But] we failed."]


@pytest.mark.parametrize(("text", "quote"), [
    ('"Straight marks work," said Kim Tae-hoon.', "Straight marks work,"),
    ("«Guillemets work too», said Kim Tae-hoon.", "Guillemets work too"),
    ("「対話が先だ」と金氏は述べた。", "対話が先だ"),
    ("‘Single marks in a headline’\n", "Single marks in a headline"),
], ids=["straight", "guillemets", "cjk", "single-headline"])
def test_mark_styles(text, quote):
    assert [q.text for q in extract_quotes(text)] == [quote]


def test_stray_marks_damage_one_paragraph_only():
    text = "A stray ” mark and another “ here\n“Fine,” said Kim Tae-hoon."
    assert ("Fine,", "Kim Tae-hoon", "direct") in _attributed(text)


def test_windows_line_endings():
    text = "“One,” said Kim Tae-hoon.\r\n“Two,” said Lee Jong-seok.\r\n"
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [("One,", "Kim Tae-hoon"), ("Two,", "Lee Jong-seok")]


def test_odd_spaces_read_as_spaces_and_the_quotes_keep_them():
    text = ("“We will\u00a0press on,” according\u00a0to\u00a0Kim\u00a0Tae-hoon, a lawyer.\u2028"
            "“Not now,” Lee\u202fJong-seok said.")
    assert [(q.text, q.speaker, q.kind) for q in extract_quotes(text)] == [
        ("We will\u00a0press on,", "Kim Tae-hoon", "direct"), ("Not now,", "Lee Jong-seok", "direct")]


WIRE_PARAGRAPHS = [
    "Ambassador Robert King met officials of the unification ministry in Seoul on Tuesday. The two sides discussed "
    "food aid and the monitoring of its delivery. \"We will not link humanitarian assistance to politics. Access for "
    "monitors is a condition of any shipment, and they know it,\" King told reporters after the meeting.",
    "The ministry said the talks were useful. \"Both sides agreed to meet again next month,\" a ministry "
    "spokesman said, adding that human rights were also raised by the American delegation at the meeting.",
]


@pytest.mark.parametrize("width", [72, 55, 45])  # wire copy, and narrow newsletter and e-mail columns
def test_text_wrapped_at_a_fixed_width_reads_as_its_paragraphs(width):
    wrapped = "\n\n".join(textwrap.fill(paragraph, width) for paragraph in WIRE_PARAGRAPHS)
    if width == 72:  # a sentence ends at a line end inside a quote: only the width tells that the paragraph goes on
        assert 'its delivery. "We will not link humanitarian assistance to politics.' in wrapped.split("\n")
    expected = [(q.text, q.speaker, q.kind) for q in extract_quotes("\n\n".join(WIRE_PARAGRAPHS))]
    assert [(q.text.replace("\n", " "), q.speaker, q.kind) for q in extract_quotes(wrapped)] == expected
    assert [q.speaker for q in extract_quotes(wrapped)] == ["Robert King", "ministry spokesman"]
    crlf = wrapped.replace("\n", "\r\n")  # the same, with Windows line endings
    assert [(q.text.replace("\r\n", " "), q.speaker, q.kind) for q in extract_quotes(crlf)] == expected


def test_text_wrapped_narrower_than_wire_copy_reads_as_its_paragraphs():
    text = ("SEOUL (Wire) - Aid groups met in Seoul on Monday\n"
            "to discuss the food shortage in the North and the\n"
            "monitoring of shipments before the winter sets in.\n\n"
            "\"Access for monitors is a condition of aid,\" said\n"
            "Tove Halvorsen, the director of Nordic Relief, who\n"
            "has visited the country nine times since 2010.\n\n"
            "The groups asked donors for more funds, as stocks\n"
            "of grain are low and prices have risen this year.\n\n"
            "\"We remain deeply concerned about the situation,\"\n"
            "State Department spokesman Ned Hale said later.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Tove Halvorsen", "Ned Hale"]


def test_a_line_break_inside_a_wrapped_paragraph_reads_as_a_space():
    text = ("date 2023-10-16 SEOUL, Oct. 16 (Yonhap) -- The new U.S. special envoy for Arland human rights called for "
            "international cooperation to expose \"terrible\" violations in the reclusive country as she met "
            "Quillia's top diplomat on Monday.\n\nAmbassador Ada Quill also stressed that the human rights situation "
            "in Arland remains \"amongst the worst in the world\" during her talks with Foreign Minister Tor Mest.")
    wrapped = "\n\n".join(textwrap.fill(paragraph, 50) for paragraph in text.split("\n\n"))
    assert "The new\nU.S. special envoy" in wrapped  # the lede's description broken where "The new" ends a line
    assert [q.speaker for q in extract_quotes(wrapped)] == [q.speaker for q in extract_quotes(text)] == [
        "Ada Quill", "Ada Quill"]


def test_paragraphs_of_one_line_each_wrapped_narrow_read_as_their_paragraphs():
    paragraphs = [
        "Tor Mest met Ada Quill on Monday as the talks between the two sides stalled again and envoys from both "
        "capitals left the venue.",
        "Officials said the delegations had disagreed over the order of the steps each side would take, and over the "
        "role of inspectors.",
        "Mest told reporters that the talks had been \"useful but hard\" and that he would return to the capital on "
        "Tuesday.",
        "Quill, who led the other delegation, said the gap \"remains wide\" and that her side would not move first."]
    wrapped = "\n".join(textwrap.fill(paragraph, 50) for paragraph in paragraphs)  # no blank line between them
    assert 'had been\n"useful but hard"' in wrapped  # a quote that opens a line, after a line without a full stop
    assert [(q.text, q.speaker) for q in extract_quotes(wrapped)] == [
        ("useful but hard", "Tor Mest"), ("remains wide", "Ada Quill")]


def test_a_short_line_in_wrapped_copy_is_no_part_of_the_next_paragraph():
    paragraphs = [textwrap.fill(paragraph, 50) for paragraph in [
        "Tor Mest met Ada Quill on Monday as the talks between the two sides stalled again and envoys from both "
        "capitals left the venue.",
        "Officials said the delegations had disagreed over the order of the steps each side would take, and over the "
        "role of inspectors.",
        "Mest told reporters that the talks had been \"useful but hard\" and that he would return to the capital on "
        "Tuesday.",
        "Quill, who led the other delegation, said the gap \"remains wide\" and that her side would not move first."]]
    paragraphs[2] = "ADVERTISEMENT\n" + paragraphs[2]  # a label the next word would have fitted after if wrapped
    assert [q.speaker for q in extract_quotes("\n\n".join(paragraphs))] == ["Tor Mest", "Ada Quill"]


@pytest.mark.parametrize("text", ["", " \n\t ", "\x00\x01\ufffd", "“", "”", '"' * 101, "‘’" * 50])
def test_degenerate_inputs_give_lists(text):
    quotes = extract_quotes(text)
    assert all(text[q.start:q.end] == q.text for q in quotes)


def test_non_string_input_is_a_type_error():
    with pytest.raises(TypeError, match="expects str"):
        extract_quotes(b"bytes")  # type: ignore[arg-type]


_MARKY_TEXT = st.lists(st.sampled_from(list("ab .,:\n\"“”‘’'«»「」") + [" said", " he said", " Mr. Kim", "Kim Tae-hoon",
                                                                 " according to", "\n\n", " the ministry"]),
                      max_size=120).map("".join)
# the pieces Korean reporting sentences are read from: names, titles, particles, quotatives, asides
_KOREAN_TEXT = st.lists(st.sampled_from(list(" .,\n\"“”()[]=") + [
    "홍익표", "홍", " 의원", "은", "는", "이", "가", "도", "고 말했다", "며", "라고", "다.", "그는", "위원회", "제이",
    " 레프코위츠", " 특사", "(鄭東泳)", "[단독]", "31개국", "외교부 당국자"]), max_size=80).map("".join)


@given(_KOREAN_TEXT)
def test_korean_text_gives_valid_offsets_and_deterministic_output(text):
    first = extract_quotes(text)
    for quote in first:
        assert text[quote.start:quote.end] == quote.text and quote.text in quote.context
    assert extract_quotes(text) == first


@given(st.text(max_size=300) | _MARKY_TEXT)
def test_any_string_gives_valid_offsets_and_deterministic_output(text):
    first = extract_quotes(text)
    for quote in first:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start:quote.end] == quote.text
        assert quote.kind in ("direct", "partial", "continuation")
        assert quote.text in quote.context
    assert extract_quotes(text) == first


@pytest.mark.parametrize(("text", "speakers"), [
    ("North Korean diplomat Kwon Jong Gun spoke.\nThe speech was “intolerable” and “a big blunder,” Kwon said.",
     ["Kwon Jong Gun", "Kwon Jong Gun"]),
    ("The president’s office quoted Pope Francis as saying “I will go if invited.”", ["Pope Francis"]),
    ("North Korea’s Rodong Sinmun ran an editorial.\nThe newspaper said the resolution was “a provocation.”",
     ["Rodong Sinmun"]),
    ("U.S. Ambassador Linda Thomas-Greenfield spoke.\n“We will not look away,” Thomas-Greenfield said.",
     ["Linda Thomas-Greenfield"]),
    ("Anchor George Stephanopoulos asked about the camps.\n“Did you raise it?” Stephanopoulos asked.",
     ["George Stephanopoulos"]),
    ("Nuclear talks are “our priority,” as the State Department said in October.", ["State Department"]),
    ("Otto’s father Fred Warmbier said, “I support the talks.”", ["Fred Warmbier"]),
    ("A day earlier Trump said he was “very well prepared.”", ["Trump"]),
    ("HONG KONG (AP) — Vice President Mike Pence declined, saying, “I have not requested a meeting.”",
     ["Mike Pence"]),
    ("“We reject it,” a foreign ministry spokesman was quoted as saying by the KCNA.",
     ["foreign ministry spokesman"]),
    ("SEOUL, Aug. 2 (Yonhap) -- North Korea said Sunday that “the talks are over.”", ["North Korea"]),
    ("Franklin Graham Declares Hope For Korea\nEvangelist Franklin Graham spoke.\n“Peace is near,” Graham said.",
     ["Franklin Graham"]),
    ("The National Council of Churches in Korea has sent an emergency letter to Moon.\n“Peace first,” the "
     "letter states.", ["National Council of Churches in Korea"]),
    ("The letter, dated Nov. 4, was signed by Rep. Brad Sherman and 20 others.\n“Talk now,” said the letter.",
     ["Brad Sherman"]),
    ("In a press release, the ROK presidential office highlighted hurdles.\n“We will work on it,” the release said.",
     ["ROK presidential office"]),
    ("“Talks are off,” said a statement from North Korea.", ["North Korea"]),
    ("The move was welcomed by the Korean Central News Agency (KCNA).\n“A great victory,” the KCNA said.",
     ["Korean Central News Agency"]),
    ("Speaking in Brussels, MEP for Estonia Urmas Paet said “sanctions work.”", ["Urmas Paet"]),
    ("Former president and Nobel Peace Laureate Jimmy Carter backs the bill.\n“I commend it,” said President "
     "Carter.", ["Jimmy Carter"]),
    ("Chief Cabinet Secretary Yoshimasa Hayashi spoke.\nMinister Hayashi said, “We are ready.”", ["Yoshimasa Hayashi"]),
    ("U.S. Representative Young Kim warned the administration.\n“It is dangerous,” said Congresswoman Kim.",
     ["Young Kim"]),
    ("“Engagement is right,” U.N. Secretary-General Jan Eliasson said.", ["Jan Eliasson"]),
    ("“We will not give up,” Seoul Mayor Oh Se-hoon said.", ["Oh Se-hoon"]),
    ("“They lie,” Ri said.\n\nSouth Korea rejected the accusations, saying “it is a denial of truth”.",
     ["Ri", "South Korea"]),
    ("North Korea rejected the report, with one of its top diplomats, Choe Myong Nam, insisting it was “full of "
     "distortions.”", ["Choe Myong Nam"]),
    ("The Rodong Sinmun story came out after Trump's tour. \"We have watched his acts,\" the daily said.",
     ["Rodong Sinmun"]),
    ("“We will act,” Trump said.\n\nHuman Rights Watch last year called North Korea “one of the most repressive "
     "states.”", ["Trump", "Human Rights Watch"]),
    ("“It is meaningless,” an unnamed foreign ministry spokesman said.", ["foreign ministry spokesman"]),
    ("Donald Trump wrote again.\n\nMoon noted Trump's tweet message that Kim \"knows that I am with him.\"",
     ["Donald Trump"]),
    ("“The complex must be exempted,” said one of the organization’s leaders.", ["one of the organization’s leaders"]),
    ("So Se Pyong, the North Korean ambassador, spoke in Geneva.\n\n“It is nonsense,” So told Reuters.",
     ["So Se Pyong"]),
    ("The Hon Michael Kirby AC CMG chaired the inquiry.\n\nMr Kirby warned that it was “extremely serious”.",
     ["Michael Kirby"]),
    ("The South Korean foreign ministry issued a statement.\n\nWhile the ministry said its concerns were "
     "unchanged, it vowed to act “through peace.”", ["South Korean foreign ministry"]),
    ("“They lie,” Kim said.\n\nBut the meeting was an “insult and infringement” to the spirit of the UN Charter, an "
     "unnamed spokesman of the Korea Association for Human Rights Studies said in a statement carried by KCNA.",
     ["Kim", "spokesman of the Korea Association for Human Rights Studies"]),
    ("“The evidence is overwhelming,” the Hon Michael Kirby told the council.", ["Michael Kirby"]),
    ("“It will set us back,” former governor Bill Richardson of New Mexico, an expert on North Korea who has "
     "helped free Americans held there, said of the death.", ["Bill Richardson"]),
    ("Donald Trump spoke in Ohio. He was blunt about the war in Syria: “What are we doing?” he asked.",
     ["Donald Trump"]),
    ("Vice President Mike Pence and his wife Karen Pence arrived. “We stand firm,” Mike Pence said.\n"
     "Later Pence warned of “a charm offensive.”", ["Mike Pence", "Mike Pence"]),
    ("Secretary of State Mike Pompeo, who met Kim during his visit to Pyongyang told reporters his trip made "
     "“real progress.”", ["Mike Pompeo"]),
    ("Sakie Yokota, the mother of Megumi Yokota, who disappeared in 1977, said: “Please act.”", ["Sakie Yokota"]),
    ("In a draft resolution, Beijing and Moscow have called for lifting sanctions “to ease hardship.”",
     ["Beijing and Moscow"]),
    ("Special Rapporteur Elizabeth Salmón visited Seoul.\nSalmon said rights are “a priority.”",
     ["Elizabeth Salmón"]),
    ("Otto Warmbier died in June.\n\nThe Warmbier family released the following statement on the bill:\n\n"
     "“We are grateful to Congress.”", ["Warmbier family"]),
    ("“We reject the foundation,” Yonhap quoted Uriminzokkiri, a propaganda website, as saying.", ["Uriminzokkiri"]),
    ("“I will go if invited,” the president’s office quoted the pope as saying.", ["pope"]),
    ("Vice President Mike Pence hailed defectors who fled a prison state that “persecutes its people.”",
     ["Mike Pence"]),
    ("DPRK Today, a propaganda outlet of the North, claimed the decision was Seoul's.\n“Seoul must act,” the "
     "propaganda outlet said.", ["DPRK Today"]),
    ("A foreign ministry spokesperson said the vote was “a provocation.”\n“We reject it,” the spokesperson said.",
     ["foreign ministry spokesperson", "foreign ministry spokesperson"]),
    ("South Korea's conservatives condemned the decision and accused the government of “abandoning defectors,” "
     "News 1 reported Monday.", ["South Korea's conservatives"]),
    ("“We will cancel the reunions,” a spokesman for the North Korean Policy Department of the National Defense "
     "Commission said.", ["spokesman for the North Korean Policy Department of the National Defense Commission"]),
    ("“It is a show,” Jung Gwang-il, a North Korean defector and founder of a Seoul-based activist group called No "
     "Chain for North Korea, which sends aid and media to North Korea, said through an interpreter.",
     ["Jung Gwang-il"]),
    ("North Korean envoy So Se Pyong spoke in Geneva.\n“It is nonsense,” So told Reuters.", ["So Se Pyong"]),
    ("On Thursday, Seoul’s unification ministry affirmed its efforts.\n“We will bring them back,” the ministry said.",
     ["unification ministry"]),
    ("“Visits must resume,” said the Korean Red Cross.", ["Korean Red Cross"]),
    ("Mr Deva who is also the Vice President of the committee said: “Human rights are on the table.”", ["Deva"]),
    ("Tae was called “scum,” “commie” and “traitor” by Democratic Party Rep. Park Young-soon.",
     ["Park Young-soon"] * 3),
    ("“It is meddling,” Amb. Cui Tiankai said in an interview.", ["Cui Tiankai"]),
    ("North Korea said Tuesday that the reunions have been “put in danger” due to what it claims is Park's rhetoric.",
     ["North Korea"]),
    ("The council extended the panel, with Russia urging its members “to consider” the impact.", ["Russia"]),
    ("Minister of Foreign Affairs nominee Kang Kyung-wha said further provocations would “require sanctions.”",
     ["Kang Kyung-wha"]),
    ("By Koh Byung-joon\nSEOUL, Dec. 14 (Yonhap) -- Banning leaflets is the “minimum measure” to protect people "
     "living in border regions, the unification ministry said Monday.", ["unification ministry"]),
    ("Pyongyang said the sanctions were a “declaration of war”, according to the official KCNA news agency.",
     ["Pyongyang"]),
    ("In less than a week, Pyongyang has cut off whatever slim hopes were left, saying “no” to talks.",
     ["Pyongyang"]),
    ("Pope Francis met Moon. Moon’s office quoted the pope as responding to Moon: “your message is sufficient.”",
     ["Pope Francis"]),
    ("Prime Minister Shinzo Abe met the families. Minister Eriko Yamatani attended.\n\n“We will act,” the prime "
     "minister said.", ["Shinzo Abe"]),
    ("Hours later, the Vatican secretary of state, Cardinal Pietro Parolin, told reporters: “We have to wait.”",
     ["Pietro Parolin"]),
    ("Yoh Sang-key, the ministry’s spokesman, told reporters the groups to be charged had “created tensions.”",
     ["Yoh Sang-key"]),
    ("In return, Trump said the two nations now have a mutually agreed “framework” to pursue peace.", ["Trump"]),
    ("The South Korean government is warning activists to “immediately” stop sending leaflets.",
     ["South Korean government"]),
    ("Trump has met Kim twice, praising him as a “talented man.”", ["Trump"]),
    ("When President Donald Trump emerged from the meeting, he touted the regime’s “tremendous potential.”",
     ["Donald Trump"]),
    ("Marzuki Darusman, the UN Special Rapporteur, arrived.\n\n“I should be invited,” the Special Rapporteur said.",
     ["Marzuki Darusman"]),
    ("Foreign Minister Julie Bishop spoke.\n\n“We’re optimistic,” Ms Bishop told the ABC.", ["Julie Bishop"]),
    ("North Korea’s state-run Rodong newspaper called it “thoughtless.”", ["Rodong"]),
    ("Thirty-five Republican lawmakers said they are “gravely concerned.”", ["Thirty-five Republican lawmakers"]),
    ("Seoul's Ministry of Unification said they wanted to go.\n\n“We repatriated six,” the unification ministry said.",
     ["Ministry of Unification"]),
    ("The Democratic People's Republic of Korea (DPRK) on Thursday called it a “farce.”",
     ["Democratic People's Republic of Korea"]),
    ("The official said the government continues to respect rights as a “non-negotiable” value.", ["official"]),
    ("Jim Mattis, the US Defence Secretary, has called North Korea the “most urgent threat.”", ["Jim Mattis"]),
    ("Kim Dong-yeon backed a nuclear sharing model, which his rival Lee Jae-myung said “will end the talks.”",
     ["Lee Jae-myung"]),
    ("“It is dangerous,” James Hoare, a former U.K. charge d’affaires in Pyongyang, said by phone.", ["James Hoare"]),
    ("\"We must remember Otto,\" Sen. Rob Portman, R-Ohio, who represents the family's home state, said.",
     ["Rob Portman"]),
    ("\"Rights are not the primary objective,\" Arnold Fang, East Asia Researcher at Amnesty International said.",
     ["Arnold Fang"]),
    ("After meeting Kim Jong Un, Secretary of State Mike Pompeo said it was “productive.”", ["Mike Pompeo"]),
    ("The world should not be cynical about Kim Jong-un, said Tun Dr Mahathir Mohamad.\n\n“We respond,” he said.",
     ["Mahathir Mohamad"]),
    ("Talks are unlikely, according to Cheong Seong-chang.\n\nHe cited pressure.\n\n“Ri will ignore it,” he said.",
     ["Cheong Seong-chang"]),
    ("Sue Mi Terry, a former CIA official, spoke.\n\n“We are open,” the senior administration official said.",
     ["senior administration official"]),
    ("Scott Snyder of the Council on Foreign Relations suggested that it “may be the most generous offer yet.”",
     ["Scott Snyder"]),
    ("Wang Wenbin denied it, saying Beijing handled the issue according to law and there are no “so-called defectors”.",
     ["Wang Wenbin"]),
    ("On Sunday, US lawmakers called Kim the “leader of the most repressive regime.”", ["US lawmakers"]),
    ("Another propaganda outlet, Meari, claimed that Kim will face the “stern judgment of history” soon.", ["Meari"]),
    ("\"Japan should give aid,\" Takuya Yokota, 54, said at the meeting in Tokyo.", ["Takuya Yokota"]),
    ("\"The North promised an investigation\" into confirmed abductions, Prime Minister Shinzo Abe said.",
     ["Shinzo Abe"]),
    ("“We witness rapid progress,” Tomas Ojea Quintana, UN special rapporteur on human rights in the DPRK, told them.",
     ["Tomas Ojea Quintana"]),
    ("Ambassador Yoon Sung-duk of the South Korean Mission to Geneva said, \"We regret that the North has refused.\"",
     ["Yoon Sung-duk"]),
    ("Kim Jong Un called for more missiles to secure “overwhelming military power,” state media KCNA said on Monday.",
     ["Kim Jong Un"]),
    ("On the issue, Rep. Youn Kun-young of the ruling Democratic Party, stressed the need for a “balance” there.",
     ["Youn Kun-young"]),
    ("Kim Yo-jong declared that the defectors in said launches are “human scum,” it reported.", ["Kim Yo-jong"]),
    ("“Rights first,” said Bareun Party spokesman Kwon Sung-ju.\n\n\"We persist,\" the party spokesman said.",
     ["Kwon Sung-ju", "Kwon Sung-ju"]),
    ("“I was hoping,” said Fumiyo Saito, whose brother went missing.\n\n“Is it in vain?” the 73-year-old said.",
     ["Fumiyo Saito", "Fumiyo Saito"]),
    ("The Ministry of Unification warned the group.\n\n“Leafleting must stop,” the MOU said in a written statement.",
     ["Ministry of Unification"]),
    ("The Commission on International Religious Freedom spoke.\n\n“Conditions worsened,” the commission said.",
     ["Commission on International Religious Freedom"]),
    ("The newspaper quoted Foreign Minister Taro Kono as expressing that North Korea “is not a failed state.”",
     ["Taro Kono"]),
    ("Former star Dennis Rodman greets athletes. (Kim Won-Jin/AFP/Getty Images)\n\n“Sport unites,” he said.",
     ["Dennis Rodman"]),
    ("Jen Psaki, State Dept. spokeswoman said: \"Mr. Rodman is not there representing the government.\"",
     ["Jen Psaki"]),
    ("It was a \"fraud,\" the North's foreign ministry said in a statement.\n\n\"Aggression,\" the statement said.",
     ["North's foreign ministry", "North's foreign ministry"]),
    ("“We began considering aid,” Mr Moon was quoted in a statement from his office as saying to Mr Abe.", ["Moon"]),
    ("“We know what is happening,” Tom Malinowski, U.S. Assistant Secretary of State for Democracy, Human Rights "
     "and Labor, said in an interview.", ["Tom Malinowski"]),
    ("Portrait of Deputy Assistant Secretary for Democracy, Human Rights and Labor Scott Busby.\n\n\"It reinforces "
     "our work,\" said Busby.", ["Scott Busby"]),
    ("The blacklisting is an “intolerable provocation,” read an article in Rodong Sinmun.", ["Rodong Sinmun"]),
    ("Tucker Carlson spoke on Monday.\n\nThe conservative commentator went on to say it is the “nature of life.”",
     ["Tucker Carlson"]),
    ("The American Friends Service Committee filed a public comment with the State Department.\n\nAccording to "
     "the comment, “people-to-people connections matter.”", ["American Friends Service Committee"]),
    ("North Korea opposes the U.N. office.\n\nThe North said the office would be the “very first target.”",
     ["North Korea"]),
    ("\"Rodman could do a lot of good,\" Bae's sister, Terri Chung, said.", ["Terri Chung"]),
    ("“You cannot resolve all of the problems,” argued one of the South Korean president’s special advisors, "
     "Chung-in Moon, in a panel.", ["Chung-in Moon"]),
    ("Masaru Honma, 74, elder brother of Yaeko Taguchi, who was taken to North Korea at 22, said, \"I don't swing "
     "from joy to sorrow.\"", ["Masaru Honma"]),
    ("Former Minister for the Abduction Issue Eriko Yamatani said, “It is the top priority.”", ["Eriko Yamatani"]),
    ("Otto Warmbier returned home.\n\nSecretary of State Rex Tillerson has signaled he may go further.\n\n\"We are "
     "evaluating it,\" he told a hearing.", ["Rex Tillerson"]),
    ("TOKYO: The region stands to gain from a meeting of Donald Trump and Kim Jong-un, Tun Dr Mahathir Mohamad said."
     "\n\n“We welcome the opportunity,” the prime minister said.", ["Mahathir Mohamad"]),
    ("Kim Ki-mun heads a business federation.\n\nKaesong Industrial Complex, he argued, could grow.\n\n“Our plan is "
     "a multinational complex,” he said.", ["Kim Ki-mun"]),
    ("An official said the leaflets did “more harm than good”, adding Seoul would “respond firmly,” the Yonhap news "
     "agency reported.", ["official", "official"]),
    ("SEOUL, July 22 (Yonhap) -- Pyongyang's website Uriminzokkiri said in a commentary that ties are at risk.\n\n"
     "Quintana holds a news conference. (Yonhap)\n\nThe website issued the commentary while denouncing his "
     "meetings.\n\n\"Relations have deteriorated,\" said the commentary.",
     ["Uriminzokkiri"]),
    ("Seoul will consider publishing a report, a unification ministry official said Wednesday.\n\nThe center was "
     "launched in 2016.\n\n\"We need some time,\" the official told reporters.", ["unification ministry official"]),
    ("North Korea's state media has warned the law would bring \"miserable ruin.\"", ["North Korea's state media"]),
    ("A senior government official speaking on background said Canada used the talks “to push for "
     "de-nuclearization.”", ["senior government official"]),
    ("2021-03-25 SEOUL • North Korea slammed the sanctions as a \"despicable political provocation.\"",
     ["North Korea"]),
    ("Unification Minister Lee In-young visited the border.\n\nSouth Korea's newly appointed unification minister "
     "said the groups pose a \"threat.\"", ["Lee In-young"]),
    ("Russian Foreign Minister Sergei Lavrov met Kim Jong Un.\n\n\"We support talks,\" Russia’s top diplomat said.",
     ["Sergei Lavrov"]),
    ("The council met.\n\n[Kim Tae-hyo/First Deputy Director of National Security Office/Yesterday: \"We will urge "
     "the North.\"]", ["Kim Tae-hyo"]),
    ("Ji Seong-ho, a defector elected to the National Assembly also said, “The government should act.”",
     ["Ji Seong-ho"]),
    ("Kim Jong Un met officials.\n\nIn a separate statement, an unnamed spokesman for the North Korean Foreign "
     "Ministry reacted strongly. He accused Washington of pursuing a \"hostile policy\" against the North.",
     ["spokesman for the North Korean Foreign Ministry"]),
    ("Malaysian Prime Minister Mahathir Mohamad spoke in Seoul.\n\nThe PM added that he backed talks.\n\n“We want "
     "to be friendly with all countries,” Yonhap quoted him as saying.", ["Mahathir Mohamad"]),
    ("Harris Faulkner was flabbergasted.\n\n“He did!” co-host Melissa Francis protested.\n\n“You did not watch it,” "
     "Francis snapped.", ["Melissa Francis", "Melissa Francis"]),
    ("Whilst Infantino was quoted as telling the federation's website he was happy, he made his feelings known.\n\n"
     "“I was disappointed to see no fans in the stands,” said Infantino.", ["Infantino"]),
    ("State Department spokeswoman Heather Nauert spoke on Monday.\n\n‘‘Security is our highest priority,’’ a "
     "spokeswoman said.", ["spokeswoman"]),
    ("Kim was arrested for ‘‘hostile acts’’ against the North, the official Korean Central News Agency said.",
     ["Korean Central News Agency"]),
    # "it said" before any body has spoken: the body a recent sentence is about
    ("GENEVA -- The UN Human Rights Council on Monday adopted a resolution condemning the North.\n\n“(The council "
     "is) deeply concerned at the violations,” it said.", ["UN Human Rights Council"]),
    ("WASHINGTON (Yonhap) – Moon Jae-in and Donald Trump spoke by phone Friday, the White House said.\n\n\"The two "
     "leaders discussed human rights,\" it said in a statement.", ["White House"]),
    # a document nobody was said to issue: "its" is the body just quoted, "the" statement is that body's
    ("Seoul's Ministry of Unification said leaflets \"pose a threat.\"\n\n\"Freedom is not unlimited,\" its statement "
     "said.", ["Ministry of Unification", "Ministry of Unification"]),
    ("“The report is a plot,” the Korean Association for Human Rights Studies said, KCNA reported.\n\n“It is a "
     "provocation,” the statement said.", ["Korean Association for Human Rights Studies"] * 2),
    ("The North’s state-run Uriminzokkiri Web site said that ties would face “obstacles” soon.", ["Uriminzokkiri"]),
    ("The ministry is checking \"the new allegations,\" its spokesman, Baik Tae Hyun, said on Friday.",
     ["Baik Tae Hyun"]),
    ("Envoy Ri Hak spoke first.\n\nThe Seoul Central District Court, after a long hearing, granted a warrant for "
     "Ri, citing “the gravity of the issue and the risk of evidence destruction.”", ["Seoul Central District Court"]),
    ("Ambassador Ri Hak spoke.\n\nThe foreign ministers called for “immediate steps” toward talks.",
     ["foreign ministers"]),
    ("Envoy Ri Hak spoke.\n\nTalks will be “unlikely nor productive for anyone involved in them” if they exclude it.",
     ["Ri Hak"]),
    ("South Korean President Moon Jae-in met Japan’s leader Abe. Moon said: “This meeting is very important.”",
     ["Moon Jae-in"]),
    ("Former diplomat Tae Yong-ho spoke in Seoul.\n\nDuring the past ten years, the North Korean regime’s violations "
     "have been committed “at a level unimaginable even to the elites.”", ["Tae Yong-ho"]),
    ("One of them is Kim Gum-hyok, 32, who says he wishes to represent “the younger generation’s changing "
     "attitudes toward unification.”", ["Kim Gum-hyok"]),
    ("The Association for Human Rights Studies said the envoy was “a wicked woman who spits out coarse invective.”"
     "\n\nThe appointment of “such a wicked woman as the envoy” highlights Washington’s hostile policy, it said.",
     ["Association for Human Rights Studies"] * 2),
    ("“The party appointed a runaway piece of trash to an important position,” the North Korean outlet said.",
     ["North Korean outlet"]),
    ("“It wasn’t a pleasant dinner,” Director of National Intelligence James Clapper said.\n\n“We are serious,” "
     "said Ambassador-at-Large for International Religious Freedom Sam Brownback.", ["James Clapper", "Sam Brownback"]),
    ("“We need to protect Americans,” said the committee's top Democrat, Ben Cardin of Maryland.\n\n“We must act,” "
     "said Republican Ed Royce.", ["Ben Cardin", "Ed Royce"]),
    ("Vice minister Kim Son Gyong described the meeting as “despicable and shameful,” while China’s UN mission "
     "spokesperson said the discussion has “no added value.”", ["Kim Son Gyong", "China’s UN mission spokesperson"]),
    ("When CNN host Chris Cuomo pointed out that Kim “is not all selfies and smiles,” Dennis Rodman replied: “He is a "
     "good friend to me.”", ["Chris Cuomo", "Dennis Rodman"]),
    ("Tourists go to a place where Americans are regularly decried by the government as “bastards and wolves of the "
     "worst kind.”", ["government"]),
    ("Envoy Ri Hak spoke.\n\nSolving the abductions is the “most important task” for the government, said "
     "newly elected Prime Minister Shigeru Ishiba.", ["Shigeru Ishiba"]),
    ("Cardinal Lazarus You Heung-sik spoke on Thursday.\n\nAsked about the North, the cardinal said he had “shared "
     "the views.”", ["Lazarus You Heung-sik"]),
    ("“We are working,” Russian Minister of Natural Resources Alexander Kozlov said.\n\n“Flights are twice a week,” "
     "Kozlov told TASS.", ["Alexander Kozlov", "Alexander Kozlov"]),
    ("The bishop of Daejeon, Monsignor Lazarus You Heung-sik, said it would be “beautiful.”",
     ["Lazarus You Heung-sik"]),
    ("The American Friends Service Committee said on its website that the summit was welcome.\n\n“Families are "
     "waiting,” the group said.", ["American Friends Service Committee"]),
    ("Koryo Tours, a Beijing-based agency, said its tours were closed.\nThe company described the situation as "
     "“unprecedented.”", ["Koryo Tours"]),
    ("Moon said the pope told him he would “definitely answer” a formal, written invitation from Kim.",
     ["pope"]),
    ("[Asia Economy Reporter Park Hyun-joo] Lee Jun-seok, leader of the People Power Party, said he would ask, “Are "
     "you happy now?”", ["Lee Jun-seok"]),
    ("The caucus, the Tom Lantos Human Rights Commission, said it will hold “a hearing on freedom.”",
     ["Tom Lantos Human Rights Commission"]),
    ("RELATED Mike Pompeo vows sanctions on Iran\n\nPompeo said the summit depends on Kim: “He asked for the meeting "
     "first.”", ["Mike Pompeo"]),
    ("Terming it a “double-faced attitude”, Uriminzokkiri, an external propaganda outlet of the North said: “The "
     "South Korean authorities expressed support.”", [None, "Uriminzokkiri"]),
    ("Uriminzokkiri said: “They talk of trust.”\nMaeari, another propaganda website, lashed out at the countries, "
     "giving a stern warning that the “followers of the US will pay dearly.”", ["Uriminzokkiri", "Maeari"]),
    ("North Korea on Saturday lashed out at the recent release of the US annual report on human rights, calling it "
     "an act of interfering in its “internal affairs.”", ["North Korea"]),
    ("Bernie Sanders spoke in Iowa.\n\nHe listed these criteria: “Threats against the American people, to be sure.”",
     ["Bernie Sanders"]),
    ("South Korean lawmaker Wi Sung Lac said Russia may be recruiting workers.\n“I think they were recruited,” the "
     "Democratic Party of Korea representative said.", ["Wi Sung Lac"]),
    ("Sir Richard John Roberts, a Nobel Prize winner, told DW about his trip.\n\n“There was the problem,” the British "
     "academic added.", ["Richard John Roberts"]),
    ("Mr. Trump said he and Kim, a dictator accused of directing murders, had a “very good relationship.”",
     ["Trump"]),
    ("The offer was called an “interesting turn of events” by the recipient, U.N. special rapporteur on human "
     "rights in North Korea Marzuki Darusman, who was on the panel.", ["Marzuki Darusman"]),
    ("North Korea dismantled a monument following directives from leader Kim Jong Un.\n\nIn a speech, Kim denounced "
     "the monument as an “eyesore.”", ["Kim Jong Un"]),
    ("North Korean diplomat Han Tae Song spoke in Geneva.\n\nHe called it “an intolerable act.” Additionally, "
     "according to the diplomat, its “impudent instructions” are meddling.", ["Han Tae Song", "Han Tae Song"]),
    ("North Korean Ambassador-at-large Ri Hung Sik said the invitation followed interest in “technical "
     "cooperation.”", ["Ri Hung Sik"]),
    ("North Korean leader Kim Jong Un did not say the talks were \"over,\" and he did not rule out a "
     "meeting.", ["Kim Jong Un"]),
    ("Jim Rogers, the US investor and chairman of Rogers Holdings, said he was "
     "optimistic.\n\n“I’ve never met the man,” Rogers said.", ["Jim Rogers"]),
    ("In Kawasaki, Kanagawa Prefecture, Sakie Yokota has waited for 48 years. In an interview, she "
     "said, “Everyone ages.”", ["Sakie Yokota"]),
    ("Hillary Clinton spoke in Ohio on Monday.\n\nThis included the insults toward the Prime "
     "Minister of the United Kingdom, David Cameron.\n\n\"Look at what Trump has said,\" she said.",
     ["Hillary Clinton"]),
    ("The minister answered Chairperson Kim Seok-ki, who asked, \"Does the president think so?\"", ["Kim Seok-ki"]),
    ("FM Kono told the committee that Japan will not “say this and that” about the issue.", ["Kono"]),
    ("Tokyo, Feb. 16 (Jiji Press)--Japan's Chief Cabinet Secretary Yoshimasa Hayashi said Friday "
     "that he \"takes note\" of the remarks.", ["Yoshimasa Hayashi"]),
    ("“I do not have a left foot,” said human rights activist and defector Ji Seong-ho, who spoke "
     "to students.", ["Ji Seong-ho"]),
    ("Chief Cabinet Secretary Yoshimasa Hayashi spoke on Friday. The North Korean claim is "
     "\"utterly unacceptable,\" Hayashi said.", ["Yoshimasa Hayashi"]),
    ("This is what Miss Sonja Biserko calls the report. “For the first time the people spoke,” she "
     "said.", ["Sonja Biserko"]),
    ("\"Today's vote sends a powerful message,\" said HRW Senior Counsel Param-Preet Singh.", ["Param-Preet Singh"]),
    ("Niigata- Kaoru Hasuike, a former abductee, spoke on Tuesday.\n\n\"The situation won't move,\" "
     "Hasuike said.", ["Kaoru Hasuike"]),
    ("Facebook / Lord AltonDavid Alton was an MP for 18 years.\n\n'Much has changed,' said Lord "
     "Alton.", ["David Alton"]),
    ("Ji Seong-ho came to the White House.\n\nGetty Images\n\n“I almost teared up,” he said.", ["Ji Seong-ho"]),
    ("Sen. Kamala Harris on Sunday criticized the summit.\n\n“We cannot embrace this dictator,” the California "
     "Democrat told CNN.", ["Kamala Harris"]),
    ("Rep. Tulsi GabbardTulsi GabbardNew poll (D-Hawaii) doubted the talks.\n\n\"Kim will look at "
     "actions,\" Gabbard tweeted.", ["Tulsi Gabbard"]),
    ("Mike Pence criticised his former boss.\n\nTruth Social\n\n“No one should be praising the "
     "dictator,” he said.", ["Mike Pence"]),
    ("President Yoon Suk Yeol said he would give \"full support\" to the North if Pyongyang responds to the "
     "offer.", ["Yoon Suk Yeol"]),
    ("Why the bill is a mistake\n\nArgued Ji Seong-ho, a defector elected to the National Assembly: “Seoul should "
     "let its citizens speak.”", ["Ji Seong-ho"]),
    ("Crocker also prints this poignant quote from a North Korean refugee:\n“It is tragic,” says Hyeonseo Lee, who "
     "fled the North.", ["Hyeonseo Lee"]),
    ("The office opened in Seoul.\n“Kim will not like it,” Phil Robertson, deputy Asia director for Human Rights "
     "Watch said in a release.", ["Phil Robertson"]),
    ("Kim Yo-jong blamed the leaflets.\n“The act of scattering leaflets must stop,” the Unification Ministry "
     "scolded in a statement.", ["Unification Ministry"]),
    ("Bachelet made the appeal on Tuesday, saying that sanctions should be eased for countries “facing the "
     "pandemic.”", ["Bachelet"]),
    ("Bachelet made the appeal in a statement released on Tuesday, saying that sanctions should be eased for "
     "countries “facing the pandemic.”", ["Bachelet"]),
    ('SEOUL, Oct. 16 (Yonhap) -- The new U.S. special envoy for North Korean human rights called for action to '
     'expose "terrible" violations.', ["new U.S. special envoy for North Korean human rights"]),
    ('By Koh Byung-joon and Choi Soo-hyang\n\nSEOUL, May 13 (Yonhap) -- The head of a U.N. food agency said Monday '
     'he is "very concerned" about food shortages.\n\nWorld Food Programme (WFP) Executive Director David Beasley '
     'made the remarks to reporters.', ["David Beasley"]),
    ('Donald Trump is under fire from Republicans.\n\n“Congratulations!” the former president wrote.\n\n'
     'Ron DeSantis, the governor of Florida, said it was wrong.', ["Donald Trump"]),
    ('Donald Trump told reporters at the summit Thursday Kim denied involvement.\n\nRELATED Son of American held in '
     'North Korea pins hopes on summit\n\n"He tells me that he didn\'t know about it," he said.', ["Donald Trump"]),
    ('The father of American college student Otto Warmbier said Kim should be called “criminal Kim.”\n\n'
     'Otto Warmbier died in 2017.', ["father of American college student Otto Warmbier"]),
    ('Otto Warmbier died in 2017. His father said Kim should be called “chairman Kim.”', ["father"]),
    ('Smith will play in an exhibition game.\n\nThus continues what Rodman has in the past referred to as "basketball '
     'diplomacy."', [None]),
    ('Workers\' Party newspaper Rodong Sinmun issued a statement Wednesday.\n"The United States must kick aside its '
     'policy," the Rodong said in its statement.', ["Rodong Sinmun"]),
    ("Pyongyang threatened to cancel the reunion.\n\n“It’s just a show,” Choung Pill-hoon, Hong’s son, said of the "
     "reunion.", ["Choung Pill-hoon"]),
    ('Mr Trump met Madam Yokota in November.\n\n"We do not know where they are," Madam Yokota said.', ["Yokota"]),
    ('"We seek to resolve the abductions," Japanese Prime Minister Fumio Kishida said.\n\nNorth Korean leader Kim '
     'Jong-un did not reply.\n\nSpeaking about Seoul, the Japanese premier remarked that South Korea was "an important '
     'neighbor."', ["Fumio Kishida", "Fumio Kishida"]),
    ("The resolution, sponsored by the European Union, was adopted on Tuesday.\n\n“The abuses are systematic,” the "
     "resolution said.", ["European Union"]),
    ("The UN General Assembly Third Committee handling human rights issues adopted a resolution.\n\n“The abuses are "
     "systematic,” the resolution said.", ["UN General Assembly Third Committee"]),
    ("Korean War Veteran Paul Lee said, “I want there to be peace.”", ["Paul Lee"]),
    ("“It would be impossible for us,” Ms. Reiss-Andersen said.", ["Reiss-Andersen"]),
    ("The remarks from North Korea's Foreign Ministry described Pyongyang as \"the biggest victim\" of the "
     "incident.", ["North Korea's Foreign Ministry"]),
    ("The United States, the KCNA piece went on to claim, is seeking to “wipe out our system.”", ["KCNA"]),
    ("Senate Minority Leader Chuck Schumer spoke on Thursday.\n\nThe hostages \"shouldn't be part of\" the talks, the "
     "Senate Minority Leader warned.", ["Chuck Schumer"]),
    ("The agency blasted “dishonest forces” for “working hard” as Pyongyang and Washington continue.",
     ["agency", "agency"]),
    ("The committee adopted by consensus the resolution, which expressed concerns.\n\n\"Noting with concern the "
     "negative impact,\" the resolution read.", ["resolution"]),
    ("Robert King, special U.S. envoy for human rights, said it was bad.\nAfter a meeting in Seoul, the\n"
     "U.S. envoy said conditions are \"appalling\" there.", ["Robert King"]),
    ("The Park Geun-hye administration plans aid, a senior Blue House official told JoongAng Ilbo.\n\n"
     "“We will first start humanitarian assistance,” the official said.", ["senior Blue House official"]),
    ("The US is extending its pressure, the cabinet newspaper Minju Joson said on Thursday.\n"
     "\"It is not a secret,\" said the article.", ["Minju Joson"]),
    ("In a statement carried by the Korean Central News Agency, Kim Sun-kyung, a vice minister, spoke.\n\n"
     "Calling it a \"provocation,\" Kim urged restraint.", ["Kim Sun-kyung"]),
    ("Foreign Minister Hirofumi Nakasone and his South Korean counterpart Yu Myung\n"
     "Hwan agreed Thursday that the two countries will continue close cooperation\n"
     "aimed at a resumption of the stalled six-party talks on denuclearizing North\n"
     "Korea, a Japanese official said in Tokyo after the meeting of the two ministers.\n"
     "Yu, who is in Tokyo for a donors conference for Pakistan on Friday, responded\n"
     "by saying South Korea \"fully understands\" Japan's position on the abduction\n"
     "issue raised by his counterpart during their meeting in the Japanese capital.", ["Yu Myung Hwan"]),
    ("Japan will talk, while the minister in charge of the issue urged Pyongyang to make the \"right decision.\"",
     ["minister in charge of the issue"]),
    ("South Korean President Kim Dae Jung urged the North to talk.\n“The North must decide,” said Kim.",
     ["Kim Dae Jung"]),
    ("President Moon Jae In urged the North to talk.\n“The North must decide,” said Moon.", ["Moon Jae In"]),
    ("\"(On Wednesday night) Rep. Ed Royce offered an amendment,\" Royce's office said.\n\n"
     "In the release, Royce said, \"Let us be clear.\"", ["Royce's office", "Ed Royce"]),
    ("North Korea has barred UN officials, but Zeid Ra'ad al-Hussein said people who have escaped from North Korea "
     "have reported \"extremely widespread\" abuses.", ["Zeid Ra'ad al-Hussein"]),
    ("Pyongyang's foreign ministry said the resolution \"does not deserve even a passing note.\"\n\n"
     "\"We will totally reject it,\" the official statement said.", ["Pyongyang's foreign ministry"] * 2),
    ("Open Doors’ Jerry Dykstra says the regime fears Christianity. “We pray for them,” Dykstra said.\n\n"
     "“It is time,” the Korean War Abductees’ Family Union said.",
     ["Jerry Dykstra", "Korean War Abductees’ Family Union"]),
    ("In a report, the Committee for Human Rights in North Korea also demanded attention to the issue.\n"
     "\"Foreign governments must act,\" said the report.", ["Committee for Human Rights in North Korea"]),
    ("\"When I saw those pictures, it sent shivers down my back,\" remembers Hanna Song, from her office.",
     ["Hanna Song"]),
    ("North Korean Foreign Minister Ri Son Gwon dashed any hopes for talks when he said on June 23, "
     "\"We are not considering any contact.\"", ["Ri Son Gwon"]),
    ("\"We will talk about separated families,\" Moon's Chief of Staff Im Jong-seok told reporters.\n\n"
     "\"I expect good news,\" he said.", ["Im Jong-seok", "Im Jong-seok"]),
    ("A spokesman for the foreign ministry \"categorically rejected\" the resolution, saying Japan should \"mind its "
     "own business.\"", ["spokesman for the foreign ministry", "spokesman for the foreign ministry"]),
    ("Presidents George W Bush and Lee Myung-bak met on Sunday.\n\n\"This is a step by step process,\" the US "
     "president said.", ["George W Bush"]),
    ("\"We will see,\" said a Japanese official Saturday. \"It was a report,\" according to a study released Monday by "
     "Verisk Maplecroft.", ["Japanese official", "Verisk Maplecroft"]),
    ("According to a high-ranking government source, Lee met them.\n\n\"He asked the delegation to deliver his "
     "message,\" the source said.", ["high-ranking government source"]),
    ("Park Geun-hye, daughter of former military dictator Park Chung-hee, pledged aid. Park also vowed to \"promote "
     "exchanges\" with the North.", ["Park Geun-hye"]),
    ("\"A,\" said WFP regional director for Asia Tony Banbury. Minister of Unification-designate Yu Woo-ik promised "
     "\"flexibility.\" \"B,\" Minister-nominee Ryoo Kihl-jae said.", ["Tony Banbury", "Yu Woo-ik", "Ryoo Kihl-jae"]),
    ("The forum met in Nanjing last week.\n\n“We must help our brothers and sisters in the North who are starving,”\n"
     "said the Rev. Kim Young Ju, general secretary of the council.", ["Kim Young Ju"]),
    ("Deputy Foreign Minister Hitoshi Tanaka briefed reporters.\n\nPrime Minister Junichiro Koizumi told Kim he was "
     "“gravely shocked,” according to Tanaka.", ["Junichiro Koizumi"]),
    ("Here is its epitaph:\n\n“We believed the United Nations could save us.” — A Yodok survivor\n\n“The money goes to "
     "the regime.” —Mr. Shin Dong-hyuk, defector", ["Yodok survivor", "Shin Dong-hyuk"]),
    ("“I have not been granted access,” Marzuki Darusman, Special Rapporteur on the situation of human rights in that "
     "country said during a press conference.", ["Marzuki Darusman"]),
    ("Hwang Jang Yop spoke.\n\nPresident Hwang commented through a program called “Hwang Jang Yop's Democracy "
     "Lecture” on the 2nd, “Nothing has changed.”\n\n“Let us not react too sensitively,” entreated Hwang.",
     ["Hwang Jang Yop", "Hwang Jang Yop", "Hwang Jang Yop"]),
    ("Yuko Hamamoto, father of Fukie Hamamoto, also expressed hope.\n\nSaid Hamamoto: “When I met with the prime "
     "minister in April, he said it.”", ["Yuko Hamamoto"]),
    ("“They will come back,” said former White House advisor on North Korea Victor Cha at a presentation in "
     "Honolulu. “Fine,” said a spokesperson for the office of Joe Colombano.",
     ["Victor Cha", "spokesperson for the office of Joe Colombano"]),
    ("“We never doubted his death,” said Lee’s younger brother, Lee Jae-seong. “It was the chaos of war.”",
     ["Lee Jae-seong", "Lee Jae-seong"]),
    ("Ven. Jaseung left on the plane. “We will pray,” Ven. Jaseung said.\n\n“Food first,” said Korea Policy Institute "
     "Coordinator Christine Ahn.", ["Jaseung", "Christine Ahn"]),
    ("The reunion began at noon.\n\n\"Fifty years!\" wailed a North Korean son in Seoul, sobbing as he bowed.",
     ["North Korean son in Seoul"]),
    ("The U.N.-backed Commission of Inquiry in February issued the first formal report documenting what it called "
     "the North's \"widespread, systemic and grave\" violations.", ["Commission of Inquiry"]),
    ("South Korean President Moon Jae-in met U.S. President Donald Trump in Washington.\n\n\"I am ready to meet Kim "
     "Jong-un at any time,\" the South Korean President said. \"We will see,\" the U.S. president said.",
     ["Moon Jae-in", "Donald Trump"]),
    ("Shigeo Iizuka met officials.\n\n“It was premature all along” since the North proposed the idea last month, "
     "Iizuka said. Seoul will give “full support” to the North if Pyongyang responds, the ministry said.",
     ["Shigeo Iizuka", "ministry"]),
    ("“We will discuss issues of mutual interest,” a White House news release said.", ["White House"]),
    ("Rex Tillerson said talks were possible.\n\nBut hours later, his remarks were undercut by President Donald Trump "
     "who said Tillerson is “wasting his time” speaking with Pyongyang.", ["Donald Trump"]),
    ("November 8, 2017\n\nPresent Donald Trump called for North Korea to \"dismantle\" its nuclear program.",
     ["Donald Trump"]),
    ("President Trump spoke on Tuesday.\n\nOther highlights from Trump's speech:\n\n• \"We call on every nation to "
     "fully implement the resolutions.\"", ["Trump"]),
    ("The Toronto Star reported on the visit.\n\n“Any type of contact is always good,” said Toronto lawyer Jack Kim. "
     "Donald Trump met Kim. “It was great,” said Trump adviser John Bolton.", ["Jack Kim", "John Bolton"]),
    ("Women Cross DMZ founder Christine Ahn spoke first.\n\nNobel laureate Mairead Maguire followed. “Every day you "
     "hesitate, someone dies” said Maguire.", ["Mairead Maguire"]),
    ("The bottles held Senator Paul Okafor’s State of the Union reply.\n\n“We will not wait,” Okafor said.",
     ["Paul Okafor"]),
    ("— Vice President Ann Delacroix (@VP) March 3, 2030\n\nThe envoy spoke on Monday.\n\n“Rights come first,” "
     "Delacroix said.", ["Ann Delacroix"]),
    ("The Kumsu Institute, a state think tank, on Monday said the talks were “a waste”.", ["Kumsu Institute"]),
    ("The abductees' families met on Sunday. They said, \"It requires careful consideration.\"",
     ["abductees' families"]),
    ("The KCNA state news agency said the office was “completely ruined”.", ["KCNA"]),
    ("“The bill is a trigger for conflict,” civic groups said.", ["civic groups"]),
    ("“The four are members of a group,” the Valley Press said.", ["Valley Press"]),
    ("Party leader Lena Ahn spoke first. The party’s Ahn herself said, “We must wait.”", ["Lena Ahn"]),
    ("Anna Berg, the nominee for envoy, on the 15th (local time) described the talks as “a trap.”", ["Anna Berg"]),
    ("Vice Minister Choe Mi-ran spoke on Monday.\n\n“Talks are over,” she said.\n\n“We will respond decisively,” the "
     "statement said.", ["Choe Mi-ran", "Choe Mi-ran"]),
    ("Japan's Prime Minister Anna Berg on Monday called top-level talks with the North \"important\" after Kim "
     "Il-ho's powerful sister said Berg had requested a summit.", ["Anna Berg"]),
    ("“He is a villain,” the KNA state news agency said, citing a statement by Ri Chol-su, its envoy for ties with "
     "Japan.", ["Ri Chol-su"]),
    ("Envoy Tomas Hadden arrived on Monday.\n\nWhile Deputy Ambassador Rhee Dong-sun, who leads the delegation, "
     "declined to answer questions, he gave some clues.\n\nCiting the sanctions, he said: “This is the harshest "
     "regime of sanctions.”", ["Rhee Dong-sun"]),
    ("The Arland Foreign Ministry said it \"regrets the decision.\"\n\nTalks were held in Geneva on Monday.\n\n"
     "Delegates met again on Tuesday, when the Sorland Peace Committee sent a letter.\n\n"
     "The Sorland Peace Committee rejected the plan on Wednesday.\n\n\"We will never accept this,\" it said.",
     ["Arland Foreign Ministry", "Sorland Peace Committee"]),
    ("Lawmaker Han Do-yun spoke on Monday.\nOn Thursday, Arlandian defector groups issued a statement condemning "
     "the insults against Han.\n“Defectors do not deserve such words,” they said in the statement.",
     ["Arlandian defector groups"]),
    ("Arlo and Mina Brandt, parents of 22-year-old Tomas Brandt – who died days after his release – condemned "
     "the leader’s “lavish praise” of the dictator this week.", ["Arlo and Mina Brandt"]),
    ("The parents sued the state in April.\n\nIn a statement on Monday, Frank and Susan Brandt thanked the judge "
     "and called the decision a \"significant step on our journey.\"", ["Frank and Susan Brandt"]),
    ("President Arno Vellin and Prime Minister Dita Sorrel met in Geneva on Friday.\n\nBoth leaders said they "
     "were \"committed to lasting peace.\"", ["Arno Vellin and Dita Sorrel"]),
    ("Envoy Tomas Hadden - \"We will not trade rights for a photo opportunity\"\n\nThe special envoy Tomas Hadden "
     "spoke in Geneva on Monday.", ["Tomas Hadden"]),
    ("Arland pushed back against the claims on Monday, with Foreign Minister Dita Sorrel dismissing the reports as "
     "“fabricated” and politically motivated.", ["Dita Sorrel"]),
    ("Minister Dita Sorrel slammed Arland’s claims over the border broadcasts as “fabricated” on Monday.",
     ["Dita Sorrel"]),
    ("Mayor of Arlon Pak Sung-min told reporters on Wednesday that the talks were “progressing well.”",
     ["Pak Sung-min"]),
    ("“Many innocent people are at risk today,” asks Tom White of Harvest Relief. Aid groups agreed.",
     ["Tom White"]),
    ("“We welcome the release,” said T.J. Marlow, a department spokesman.", ["T.J. Marlow"]),
    ("A human rights expert has called the meeting “absolutely appalling”.\n\n“It was a betrayal,” said Tove "
     "Halvorsen, a researcher at the Nordic Rights Institute.", ["Tove Halvorsen", "Tove Halvorsen"]),
    ("Peder Lindqvist, the head of the Nordic Relief Council, arrived in Seoul on Monday.\n\nAt the time, the "
     "Ministry of Unification said it was “the government’s principle” that aid would “be pursued continuously.” "
     "It’s a promise that went unkept.\n\nDuring his visit, Lindqvist plans to meet with Minister of Unification "
     "Cho Myung-gyon and “tell him that aid is needed,” he said.",
     ["Ministry of Unification", "Ministry of Unification", "Peder Lindqvist"]),
    ("TOKYO--Hana Ostrova, the envoy, resigned in March.\n\n“We were ignored,” Ostrova said.", ["Hana Ostrova"]),
    ("The State Department guidance urged travellers to “leave the country at once.”", ["State Department"]),
    ("The sanctions represent, as the Korea expert Mara Lindt put it, “a wall of pressure.”", ["Mara Lindt"]),
    ("Norland and Estavia requested a procedural vote on Monday. They called it “unfair interference.”",
     ["Norland and Estavia"]),
    ("Maybe Hale perfected the art of the deal.\n\n“Aid must flow,” Hale said.", ["Hale"]),
    ("Ned Hale stated that the US has “responded quite vigorously” to the North’s wish for food aid proposed by the "
     "US.", ["Ned Hale"]),
    ("Hale, who’s in Hanoi, Vietnam, this week for a summit, called the talks a “great step” and left.", ["Hale"]),
    ("Tove Berg, the UN assistant secretary general, noted the “critical needs” in Norland, urging member states to "
     "support “life-saving activities in the country” now.", ["Tove Berg", "Tove Berg"]),
    ("“The zone may be small, but it matters,” Oh Min-jae, who chairs a group of firms which invested in the zone, "
     "known as the Arlon Industrial Zone, or AIZ, told journalists on Monday.", ["Oh Min-jae"]),
    ("Foreign Minister Oh Min-jae / Arlon Times file\n\nEarlier this week, the minister met envoys.\n\n“We will not "
     "give up,” Oh said.", ["Oh Min-jae"]),
    ("Tove Lee spoke first. “This is a watershed moment,” said Board Chair Dr. April Lee.", ["April Lee"]),
    ("He was followed by Oh Min-jae, former President of the Arlon Court (AC), who similarly stated that countries "
     "must “strengthen accountability” now.", ["Oh Min-jae"]),
    ("Ned Hale stressed that the deal showed “the flexibility” that the U.S. maintains.", ["Ned Hale"]),
    ("Pyongyang lambasted the report on Monday.\n\nA Norland foreign ministry spokesman told Arlon’s news agency the "
     "report would be met with a response.\n\n“We will take steps,” the spokesman said Friday.",
     ["Norland foreign ministry spokesman"]),
    ("The Arvania Mission to the United Nations asked for a vote.\n\nDelegates met in Geneva on Monday. In Monday's "
     "statement, the mission referred to \"non-existent\" abuses.", ["Arvania Mission"]),
    ("The Arvanian foreign ministry issued a statement on Monday.\n\n\"We will respond,\" Monday's statement said.\n\n"
     "\"We will never forgive,\" Tuesday’s statement said.", ["Arvanian foreign ministry"] * 2),
    ("The retired guard, who arrived in Pyongyang yesterday, played the game – which Tomas Bellar has referred to as a "
     "“birthday present” for Kim.", ["Tomas Bellar"]),
    ("The institute polled 1,000 respondents in May. “Yes,” 38.9 percent of the respondents said. Just over half of "
     "respondents – 50.1% – said they saw the North as a “partner”. Another 32.5 percent suggested “dialogue.”",
     ["respondents"] * 3),
    ("Former Soviet dissident Arvid Lentz said it is “very important” to end the camps.", ["Arvid Lentz"]),
    ("U.N. envoy Arna Vell, in a statement Monday, said she was frustrated.\n\nNorth Korean leader Kim Jong Un took "
     "power in December 2011 following the death of his father Kim Jong Il.\n\n“There were hopes,” she said.",
     ["Arna Vell"]),
    ("Envoy Arvid Lentz visited Pyongyang in May.\n\nArvania funds the World Food Programme and Concern Worldwide, two "
     "of six NGOs working there.\n\n“Ordinary people should not be the victims,” he said.", ["Arvid Lentz"]),
    ("The Tongil Daily, Arvania's most widely read newspaper, said she was a “person who speaks for the rich.”",
     ["Tongil Daily"]),
    ("Kim Yo-jong spoke in June. KCNA, Pyongyang’s official news agency, quoted Kim: “The South must face the worst "
     "phase.”", ["Kim Yo-jong"]),
    ("Arvid Lentz MEP, S&D vice president responsible for foreign affairs, said: “Another step has been made.”",
     ["Arvid Lentz"]),
    ("“We will fight to the last minute,” said a commentary published by Tongil Daily, the newspaper of the ruling "
     "party. “It is war,” said a commentary in the official Minju Sinmun newspaper carried by the state news agency.",
     ["Tongil Daily", "Minju Sinmun"]),
    ("“It is full of suspicions,” leaders of the civic groups said.", ["leaders of the civic groups"]),
    ("“They should help their neighbours,” said So Chung On, spokesman for the association.", ["So Chung On"]),
    ("Envoy Kim Tae-ho spoke on Monday.\n\n“It is no longer just a regional threat,” Arvid Lentz, pre\n\n"
     "“We will talk,” Vera Holm, director of the institute for\n\n“It will pass.” Jiji Press",
     ["Arvid Lentz", "Vera Holm", "Vera Holm"]),
    ("President Arvid Lentz spoke before a meeting with Chinese President Xi Jinping. “We are open,” Lentz said.\n\n"
     "The president added, “If he'd like to meet, I'm open to it.”", ["Arvid Lentz", "Arvid Lentz"]),
    ("The institute surveyed 1,000 adults in May. Asked how to help, 32.5 percent suggested “dialogue,” while 32.1 "
     "percent said “pressure.”", ["respondents"] * 2),
    ("Prime Minister Arvid Lentz met the families. He said the issue was raised with North Korean leader Kim Jong Un."
     "\n\n“I am determined,” the Arvanian leader told them.", ["Arvid Lentz"]),
    ("“There is no reason for us not to sit down with the United States,” KCNA quoted Kim Tae-ho. Talks stalled.",
     ["Kim Tae-ho"]),
    ("Prime Minister Arvid Lentz spoke on Monday.\n\nThe state news agency reported a statement from North Korea’s "
     "vice foreign minister saying, “If Arvania tries, there is no reason not to meet.”",
     ["North Korea’s vice foreign minister"]),
    ("Foreign Ministry spokeswoman Lin Hua said on Tuesday that China hoped all parties would “exercise restraint.”",
     ["Lin Hua"]),
    ("Prime Minister Arna Vell added that the two sides agreed to “deepen interagency discussions.”", ["Arna Vell"]),
    ("Senior official Kim Tae-ho visited the zone. “The zone is now in crisis,” said the news wire service, quoting "
     "the official. “We will act,” KCNA said, citing Kim.", ["Kim Tae-ho", "Kim Tae-ho"]),
    ("Foreign Minister Arna Vell responded on Wednesday that while Seoul maintained a “firm stance” on rights, talks "
     "would go on.", ["Arna Vell"]),
    ("The Arvanian Commission -- the union's executive body -- said the move would “facilitate the community's efforts "
     "in support of reconciliation.”", ["Arvanian Commission"]),
    ("Lord Vane spoke first.\n\n“Are there any conditions?” Arland Radio correspondent and panel moderator Mira Tosk "
     "asked Vane.", ["Mira Tosk"]),
    ("Oren Falk, a professor, was named minister.\n\nRegarding his past hardline remarks toward Arland, such as "
     "\"topple the junta,\" he said, \"I believe principles matter.\"", ["Oren Falk", "Oren Falk"]),
    ("TV host Ada Quill on Sunday defended President Vane’s praise of Arland’s ruler Tor Mest, saying ruling a "
     "country “means hard choices.”", ["Ada Quill"]),
    ("Prime Minister Oren Falk spoke.\n\n“There is no reason not to meet,” said the North’s vice foreign minister.",
     ["North’s vice foreign minister"]),
    ("“Aid faces hurdles,” Christian Friends of Arland Executive Director Mira Tosk told reporters.", ["Mira Tosk"]),
    ("Mira Tosk, EU High Representative for Foreign Affairs and Security Policy, spoke.\n\nArland's President "
     "Lee Varn rejected it.\n\n\"The European Union will coordinate,\" the EU's top diplomat concluded.",
     ["Mira Tosk"]),
    ("Source: a statement by Mira Tosk, EU High Representative for Foreign Affairs and Security Policy, on behalf "
     "of the European Union was quoted by Arland Pravda\n\n\"It would be a hostile act,\" Tosk added.",
     ["Mira Tosk"]),
    ("Later, an official from the Presidential office said the meeting may involve Tor. The official said others "
     "agree.\n\nThe bloc comprises ten countries -- Arland, Brunei Darussalam and Vestra.\n\n\"The country may "
     "invite him,\" the official told reporters on condition of anonymity.", ["official from the Presidential office"]),
    ("Arland acted.\n\n“We made a decision,” Unification Minister Oren Falk, Arland’s point man on the North, said in "
     "a statement.", ["Oren Falk"]),
    ("The ministry protested following remarks by President Oren Falk that it should stop “acting like an agency.”",
     ["Oren Falk"]),
    ("Arland rejected the resolution as “a political plot” in a press statement issued by an unnamed spokesperson of "
     "the Ministry of Foreign Affairs.", ["spokesperson of the Ministry of Foreign Affairs"]),
    ("Tor met Vane.\n\n“It is a big moment,” Ada Quill, Roll Call’s White House correspondent, told Cheddar.",
     ["Ada Quill"]),
    ("Tor met Vane.\n\n“It is a big moment,” said Pres. Oren Falk. “We will go,” Pres. Falk said.",
     ["Oren Falk", "Oren Falk"]),
    ("Ada Quill spoke.\n\n“We remain concerned,” Quill, the Arland mission’s charge d’affaires said.", ["Ada Quill"]),
    ("Arland will not send rice, a high-ranking government official in Vesta said yesterday. President Tor Mest "
     "agreed.\n\n“That would go beyond aid,” the official said.", ["high-ranking government official"]),
    ("Ada Quill spoke.\n\nDescribing the ruler as “unpredictable,” Quill worried that he could strike first, the Times "
     "reported.", ["Ada Quill"]),
    ("Mt. Vesta is off-limits since North Arland has demanded that Arland pull down its resort, with leader Tor Mest "
     "denouncing it as \"unsightly.\"", ["Tor Mest"]),
    ("North Arland’s U.N. Mission issued a statement on Friday.\n\n“Nothing is wrong,” the mission said.",
     ["North Arland’s U.N. Mission"]),
    ("North Arland’s foreign ministry issued a statement.\n\n“It is a plot,” the ministry said.\n\nArland’s "
     "unification ministry replied.\n\n“We regret it,” the ministry said.",
     ["North Arland’s foreign ministry", "unification ministry"]),
    ("Quill Calls Leaflet Ban Unjust\n\nUnification Minister Oren Falk has spoken out against what he called an "
     "\"absolutely unjust law” banning leaflets.", ["Oren Falk"]),
    ("President Ada Quill spoke on Monday.\n\n\"All nations must join forces,\" she said.\n\nShe also offered Arland "
     "leader Tor Mest what she called \"a path towards a better future.\"", ["Ada Quill", "Ada Quill"]),
    ("Special presidential adviser Oren Falk spoke.\n\nPresident Tor Mest met Vane.\n\n“Sanctions should ease,” the "
     "presidential aide said.\n\nCardinal Ada Quill spoke too.\n\nThe prelate urged them to “change the hearts of the "
     "North.”", ["Oren Falk", "Ada Quill"]),
    ("Arland has taken what the White House in 2012 called “positive steps” to cut ties.", ["White House"]),
    ("North Arland’s propaganda radio station Echo of Vesta strongly criticized the South.\n\n“It is wicked,” the "
     "North Arlandian outlet said.", ["Echo of Vesta"]),
    ("N. Arland 'categorically and totally rejects' UN rights report\n\nNorth Arland \"categorically rejects\" a "
     "report into its record, it said in a statement.", ["North Arland", "North Arland"]),
    ("An Arlandian-Vestan congresswoman renewed calls on Wednesday for an envoy, saying it would offer “good "
     "leverage” against the North.\n\nRep. Ada Quill of the Republican Party made the remarks at a forum.",
     ["Ada Quill"]),
    ("'Vane told Tor to make progress,' Arland's top government spokesman Oren Falk told journalists Thursday, "
     "quoting an unnamed senior Vestan official.", ["senior Vestan official"]),
    ("A joint bid has been talked up by Ada Quill, with the league president saying such a move “would be great”.\n\n"
     "Oren Falk spoke of a “pressing” need to resume the reunions.", ["Ada Quill", "Oren Falk"]),
    ("“We regret it,” [Department spokeswoman Ada] Quill said in a statement.", ["Ada Quill"]),
    ("The Treasury blacklisted David Mest, and U.S. Ambassador Samantha Quill named the officials.\n\n“We are "
     "documenting your abuses,” she said.", ["Samantha Quill"]),
    ("Ada Quill was named special rapporteur last year.\n\nArland must “change course,” the U.N. special rapporteur "
     "on Arland's human rights said on Monday.", ["Ada Quill"]),
    ("Oren Falk spoke in parliament.\n\nPushed again to confirm or deny the report, he added: “I am not saying it is "
     "not true.”\n\n\"It was a wrenching decision,\" he also quoted himself as telling the officials.",
     ["Oren Falk", "Oren Falk"]),
    ("Vane was joined by Fred Mest, the father of Otto Mest, an Arlandian who died after his release.\n\nStudent Otto "
     "Mest was captured in 2016.\n\n“Evil is hard to accept,” Mest said during the meeting.", ["Fred Mest"]),
    ("They show \"thousands have disappeared,\" the executive director of ARHR—which also spoke to defectors—tells "
     "the Guardian.", ["executive director of ARHR"]),
    ("Kin were shocked by the killing of former Prime Minister Oren Falk, who had vowed to make it his \"life's work.\""
     "\n\nThe statement of the Committee for Peace said the talks were \"a farce.\"",
     ["Oren Falk", "Committee for Peace"]),
    ("Ada Quill met Oren Falk.\n\nThe envoy \"offered help to us from the start\" to end the standoff, said"
     " 53-year-old Tor Mest, head of a families' group, in an interview.", ["Tor Mest"]),
    ("Tor Mest met Ada Quill, chairperson of Falk Group, the parent firm of Falk Tours.\n\nThe Falk chairman echoed"
     " the hope, saying, \"Falk wishes tours could resume.\"", ["Ada Quill"]),
    ("Tor Mest met Ada Quill.\n\nMest said Oren Falk's previous remarks made the resort \"famous,\" adding that"
     " \"It would be important.\"\n\nLeaders appeared satisfied with what they got: President Oren Falk’s public"
     " promise that the North was “working on that.”", ["Tor Mest", "Tor Mest", "Oren Falk"]),
    ("\"It is an effective way to reach them,\" Ada Quill, head of a conservative mothers' group said.",
     ["Ada Quill"]),
    ("A Quill administration would be “more committed,” according to Quill’s foreign and security affairs adviser"
     " Tor Mest.", ["Tor Mest"]),
    ("Tor Mest may meet the North's leader Pak Jong Un on the trip.\nOfficials discussed a meeting between Mest and"
     " leader Pak, whose last talks were in 2019.\nPak stated last month that he had “fond memories” of Mest.",
     ["Pak Jong Un"]),
    ("Describing him as a “savvy businessman,” Moon said he could strike a deal.\n|Moon Tae-ho speaks to The Daily"
     " Herald on Monday. Ada Quill/The Daily Herald\n“We must recognize him,” said Moon during an interview.",
     ["Moon Tae-ho", "Moon Tae-ho"]),
    ("The head of a U.N. inquiry who accused Arland of crimes against humanity told the council that it must act"
     " against \"a totalitarian state.\"\n\nTor Mest, the inquiry's chair, said more.", ["Tor Mest"]),
    ("The Quill-Mest resolution “condemns the long-standing violations of rights” in Arland and expresses “very"
     " serious concern” at the abductions.", ["Quill-Mest resolution", "Quill-Mest resolution"]),
    ("South Korea’s Unification Ministry said it was “regrettable.” The South Korean Unification Ministry called it"
     " “a provocation.”", ["Unification Ministry", "Unification Ministry"]),
    ("A senior official speaking anonymously told reporters that a meeting “is not on the schedule.”\n\nThe response"
     " came in a statement from the Arland Foreign Ministry posted by the Falk News Agency.\n\n\"It is war,\" said the"
     " statement.\n\n“It is a farce,” claimed the North’s official Quillsite propaganda website.",
     ["senior official", "Arland Foreign Ministry", "Quillsite"]),
    ("Life without leader Oren Falk is thinkable. \"He is a hypocrite,\" one told the radio. \"We would be better off"
     " without him.\"\n\nRun by defector Tor Mest, the station has a mission. \"We must have a free media,\" explains"
     " Mr Mest.", [None, None, "Tor Mest"]),
    ("Ada Quill visited Arland. “China informed council members that it has no business with rights,” one diplomat"
     " said, summarizing the complaint.\n\nThe Commission of Inquiry (COI) report “reflects the consensus view that the"
     " situation is among the world’s worst,” spokeswoman Tor Mest said in a statement.", ["diplomat", "Tor Mest"]),
    ("President Oren Falk spoke in Arland.\n\nWe applaud the efforts to tone down the president's 2017 promise to"
     " unleash \"fire and fury\" on the people.", ["Oren Falk"]),
    ("Tor Mest snubbed the report by the Arland Institute for Unification (AIU) as one researcher's opinion.\n\"If"
     " the government stays passive, it will weaken its status,\" the report pointed out.\n\n“It is a clear nexus,”"
     " asserted Ada Quill, policy analyst and author of a new report titled “Leverage.”\n\nThe report underlined that"
     " “diplomacy should be tied to rights.”\n\nThe report, issued last week by Oren Falk’s office, referred to the"
     " abductions as a “well-documented practice.”",
     ["Arland Institute for Unification", "Ada Quill", "Ada Quill", "Oren Falk’s office"]),
    ("The council voted to refer the case, a decision denounced by Arland’s mission as “politically motivated.”",
     ["Arland’s mission"]),
    ("Posted 10:32 AM CST Tor Mest said the abuses have \"no parallel anywhere in the world.\"", ["Tor Mest"]),
    ("“We will close the test site,” Tor Mest, a Ministry of Unification (MoU) spokesperson said on Wednesday.",
     ["Tor Mest"]),
    ("In the letter, Tor Mest said the staff should be reduced “according to the amount of aid to be provided”"
     " once the agency and Arland agree how to implement a plan.", ["Tor Mest"]),
    ("Following the death of Tor Arimoto, whose daughter Ada Arimoto was abducted 42 years ago, Oren Falk, 89, whose"
     " son Tor Falk was abducted at the age of 13, held a press conference on Monday. “I am really disappointed,” he"
     " said.", ["Oren Falk"]),
    ("The Arland News Agency said so.\n\nIn an English-language commentary, it wrote more.\n\nQuillia is “steeped in"
     " flunkeyism,” the commentary said.", ["Arland News Agency"]),
    ("The Arland Committee for the June 15 Joint Declaration said the ban rested on \"public consensus.\"",
     ["Arland Committee for the June 15 Joint Declaration"]),
    ("Mest Introduces Bill Urging Accountability for Abuses\n\nFollowing comments last week from President Oren Falk"
     " calling Ada Quill “very honorable,” Congressman Tor Mest introduced a bill.\n\n“Today, I introduced legislation"
     " to remind the White House.” Mest continued, “Last April, I met with defectors.”",
     ["Oren Falk", "Tor Mest", "Tor Mest"]),
    ("\"Violations remain a threat,\" said Arland Commission on International Religious Freedom chair Ada Quill in"
     " a statement. \"Talks must link progress,\" said Tor Mest on Monday.", ["Ada Quill", "Tor Mest"]),
    ("Seoul's unification ministry banned the groups on Monday.\n\nThe ministry said the organizations \"violated the"
     " basis\" for operations.\n\n“We regret it,” the Unification Ministry in charge of inter-Korean affairs said.",
     ["unification ministry", "Unification Ministry"]),
    ("Arland's President Pak Jong Un expressed \"sincere thanks\" for the aid.", ["Pak Jong Un"]),
    ("Arland’s Unification Minister on Monday urged the North to make the “right decision” on its arms.\n\nUnification"
     " Minister Tor Mest made the remarks at a forum.", ["Tor Mest"]),
    ("Radio Arland quoted a State Department spokesperson as saying that the response has \"hindered the efforts\""
     " of aid groups.\n\nThe spokesperson also said the review would continue.\n\n\"The community must insist on"
     " monitoring,\" the spokesperson added.", ["State Department spokesperson", "State Department spokesperson"]),
    ("Secretary of State Tor Mestersen spoke.\n\n\"Russia is no partner,\" Mesterssen said.", ["Tor Mestersen"]),
    ("Officials met.\n\n\"We remain deeply concerned about the situation,\"\nState Department spokesman Tor Mest said."
     " \"We will press on.\"", ["Tor Mest", "Tor Mest"]),
    ("Arland's new unification minister said Thursday the administration will \"never\" seek the declaration of a"
     " formal end to the war.\n\nTor Mest made the remarks during a parliamentary hearing.", ["Tor Mest"]),
    ("Oren Falk spoke first.\n\nEarlier, the Quillia Council held an emergency meeting and stated, \"We will not "
     "bargain away the prisoners.\"\n\nAda Quill, a senior envoy and friend of Falk, met Tor Mest in Arland last week "
     "and said the talks were \"a waste of time.\"",
     ["Quillia Council", "Ada Quill"]),
    ("Oren Falk met the envoys on Monday.\n\nArland was more blunt, with a spokesperson for the Quillia Peace "
     "Committee last summer calling the offer \"a cheap trick.\"\n\nThe feud went on for weeks, with Ada Quill at one "
     "point calling Falk \"a coward.\"",
     ["spokesperson for the Quillia Peace Committee", "Ada Quill"]),
    ("Rep. Choung Dal-mi, spokeswoman of the Quillia Party, said in a statement: \"We must act.\"\n\n"
     "President Oren Falk is scheduled to meet the envoys.\n\nChung, the party spokeswoman, said that the delegation "
     "flew in.\n\n\"Our government is being taken in,\" she said.\n\nThe spokeswoman also called the regime an "
     "\"inhumane\" group.",
     ["Choung Dal-mi", "Choung Dal-mi", "Choung Dal-mi"]),
    ("\"We thank the House,\" Rep. Ada Quill said in a statement.\n\nThe congresswoman urged the Senate to pass a "
     "companion bill introduced by Sens. Oren Falk and Tor Mest last Thursday.\n\n\"I have met these families,\" she "
     "said.",
     ["Ada Quill", "Ada Quill"]),
    ("\"We must talk first,\" Oren Falk, Arland's top envoy to Quillia, said on Tuesday.\n\nPresident Tor Mest, left, "
     "and Ada Quill (Reuters)\n\nThe former ambassador called for closer ties with allies. \"Make sure you are "
     "aligned,\" he said.\n\n\"It is one thing to negotiate,\" the ambassador said.",
     ["Oren Falk", "Oren Falk", "Oren Falk"]),
    ("The resolution was based on a damning Q.N. Commission of Inquiry report issued in February. The report found "
     "Arland's leaders responsible for \"widespread, systematic and gross\" violations.\n\nDr. Ada Quill, a U.S. "
     "rights activist and leader of the Arland Freedom Coalition, shared the same opinion, saying, \"Today, the "
     "people are far more informed.\"",
     ["Q.N. Commission of Inquiry", "Ada Quill"]),
    ("An expert doubted the meeting.\n\nDuring a news conference, Ada Quill, a fellow at the Arland Institute, "
     "based her doubts on the short trip.\n\nOren Falk is expected to visit Quillia for two days, as his office has "
     "said.\n\n\"Falk is only in Quillia for two days,\" she said. \"It is a very short trip.\"\n\n\"The Falk "
     "administration will act,\" he said.",
     ["Ada Quill", "Ada Quill", "Oren Falk"]),
    ("Kim will not act.\n\n“We’ve seen a history here, where Oren Falk announces these summits and nothing comes "
     "out of it, said Sen. Ada Quill (D-Minn.), a presidential candidate, adding that voters want peace. “It’s not as "
     "easy as just going,” she said.",
     ["Ada Quill", "Ada Quill"]),
    ("Oren Falk met President Tor Mest in Arland. Falk and Mest agreed to talk again.\n\nDuring their summit last "
     "week, Falk and Quillian President Ada Quill also reaffirmed they will maintain pressure \"until the North "
     "takes concrete steps to give up its weapons.\"",
     ["Oren Falk and Ada Quill"]),
    ("Tor Mest defended the aid plan on Monday.\n\nCriticism of the plan is being directed at Arland and Quillia by "
     "Rep. Ada Quill (D-OH). \"They are using food as a weapon,\" she said.",
     ["Ada Quill"]),
    ("FIFA head Tor Mest spoke on Monday.\n\nOren Falk, deputy director for Asia at the group Rights Watch, responded "
     "to Voice of America (VOA)'s request for comment on Chairman Mest's remarks, \"Arland is one of the world's worst "
     "abusers.\"",
     ["Oren Falk"]),
    ("Speaking with the Arland Daily last night, Oren Falk, a ruling Quillia Party (QP) lawmaker and Deputy Chairman "
     "of the Budget Committee lamented, \"We cannot pass this bill.\"",
     ["Oren Falk"]),
    ("Following a meeting between Arland leader Bo Mest and Quillian President Ada Quill on April 27, the two "
     "sides agreed to cease \"all hostile acts along the border.\"\n\nSens. Oren Falk and Tor Mest sent a letter to "
     "the ministry. \"We should remove obstacles to their work,\" the lawmakers wrote.",
     ["Bo Mest and Ada Quill", "Oren Falk and Tor Mest"]),
    ("Tor Quill died on Monday, his family said.\n\nQuill's parents, Fred and Cindy, said in a statement that their "
     "son had \"completed his journey home.\"\n\n\"He was unable to speak,\" the couple wrote.\n\nThe Quills said "
     "Arland used their son as \"a political pawn for its own ends.\"",
     ["Fred and Cindy Quill", "Fred and Cindy Quill", "Fred and Cindy Quill"]),
    ("Talks stalled.\n\nThe chairman of the main opposition Quillia Party said on Monday, “We will not accept this "
     "budget.”\n\nIn his New Year’s press conference, Oren Falk made the remarks.",
     ["Oren Falk"]),
    ("Talks stalled, Oren Falk said.\n\n“It’s been nearly 50 years since my father was taken and I haven’t heard from "
     "him since,” Ada Quill, who represents families of those abducted by the North told The Arland Herald.\n\n\"I "
     "haven't even seen its shadow,\" said a 39-year-old woman from Chungjin said.",
     ["Ada Quill", "39-year-old woman from Chungjin"]),
    ("“In the heat, many people made efforts,” she said.\n\n“The number accounts for about 10 percent of the "
     "population, and this is truly the will of the people,” Tor Mest, 42-year-old son of abductee Ada Quill. “We "
     "want Oren Falk to feel the meaning of this number and make a decision, whatever the regime may think of "
     "it and however long it may take us to be heard in Arland and in the rest of the world.”",
     [None, "Tor Mest", "Tor Mest"]),
    ("Oren Falk spoke to reporters.\n\nQuill flexes muscle on campaign trail with Arland's Mest Has Falk beaten the "
     "system? MORE on Thursday.\n\n\"We have a very good relationship,\" Falk said.",
     ["Oren Falk"]),
    ("Oren Falk met Ada Quill in Tokyo on Tuesday.\n\nIn a joint statement, Quill said the leaders confirmed \"the "
     "need for both countries to work together to uphold regional security.\"",
     ["Ada Quill"]),
    ("Tor Mest spoke on Tuesday.\n\nAt the meeting, Quillian delegates agreed to urge the government to resume food "
     "aid \"as quickly as possible from a humanitarian viewpoint.\" The Arlandian side promised to request a relevant "
     "body to launch a \"full-scale search\" for missing Quillese who the capital believes were abducted.",
     ["Quillian delegates", "Arlandian side"]),
    ("Oren Falk praised the talks.\n\nIn 2018, at a rally in Arland, the former president spoke about how he and Tor "
     "Mest “fell in love” as they got to know each other.",
     ["Oren Falk"]),
    ("Oren Falk met the envoys.\n\nThe State Department received a letter from Falk’s wife urging the administration "
     "to act. “How can it be true that Arland is no longer a sponsor of terror?” the letter asked.",
     ["Falk’s wife"]),
    ('After the summit concluded, Tor Mest, the head of the Arland Council of Churches, gave thanks for what he '
     'called "an important first step on the path to peace."', ["Tor Mest"]),
    ("Who’s Ada Quill? She’s head of a Bay Area-based group called the Arland Solidarity Committee. In the run-up "
     "to the march, she criticized what she called the “Cold War mentality” of both sides.", ["Ada Quill"]),
    ('Tor Mest urged Arland on July 2 to extend food aid to Quillia.\n\nHe said many people consider the Arland '
     'attitude over food aid "rather strange" because several countries have pledged assistance. Arland has been '
     'reluctant to extend aid because of what officials call "humanitarian problems" with Quillia.',
     ["Tor Mest", "officials"]),
    ("ARLAND — The ruling party is pushing a law through parliament that would criminalize sending leaflets to "
     'Quillia, in what the opposition calls a "disgraceful submission" to Quillia and human rights groups say will '
     "stifle freedom of expression.", ["opposition"]),
    ('Tor Mest met the families on Monday. The families and supporters also urged Mest to "take all necessary '
     'steps" toward a summit.', ["families and supporters"]),
    ("Tor Mest, the governor of Arland, spoke on Monday.\n\nFalk Island was named an island of peace in 2005.\n\n"
     '"The summit in May will be a historic event," he said.', ["Tor Mest"]),
    ('The resolution "condemns the abuses," the Arland Assembly said on Monday.\n\nQuillia accused Arland of '
     'launching a "racket" against it, which it claimed was a "dangerous attempt to invent an excuse," the Falk News '
     "Agency reported.", ["Arland Assembly", "Quillia", "Quillia"]),
    ("The North said that statement, which it attributed to President Tor Mest, was evidence that Arland has not "
     "abandoned its “hostile” policy toward North Quillia since Mr. Mest called it part of an “axis of evil” with two "
     "other states.", ["North", "Tor Mest"]),
    ("Ada Quill taught at the Quillia University of Science (QUS). QUS teaches an elite group of students, but the "
     "restrictions on both Quill and her students were so severe that Quill calls QUS “a five-star prison.”",
     ["Ada Quill"]),
    ("Prime Minister Oren Falk spoke about Quillia on Monday.\n\nChief Cabinet Secretary Tor Mest said Tuesday that "
     "the prime minister's remarks the previous day laid out the government's stance on dialogue \"more clearly.\"",
     ["Tor Mest"]),
    ("The U.S. Commission on International Quillian Freedom (USCIQF) issued its annual report on Monday.\n\n"
     "The USCIQF recommended the department “impose targeted sanctions” on Quillia.",
     ["U.S. Commission on International Quillian Freedom"]),
    ("“The enjoyment of the people will be further expanded,” Tor Mest said.\n\nThe UN report in February said there "
     "was evidence of “systematic, widespread and grave violations” in Quillia.", ["Tor Mest", "UN report"]),
    ("Oren Falk said the process should continue to be monitored.\nAccording to a U.N. report issued last month, many "
     'people in Quillia are undernourished and "chronic food insecurity is widespread."', ["U.N. report"]),
    ("The scope of the abuses is unclear. However, according to a 2014 U.N. report, the North was committing "
     '"widespread and gross" abuses.', ["U.N. report"]),
    ("An official with the Arland Embassy in Quillia told the Falk News Agency that the talks began on Monday.\n"
     '"It is difficult to discuss normalization before the abduction issue is resolved," he said.',
     ["official with the Arland Embassy in Quillia"]),
    ("Tor Mest, assistant secretary of state for Arland and Quillia affairs, called Quillia’s human rights record "
     "“deplorable” in testimony last week.", ["Tor Mest"]),
    ("Oren Falk spoke first. Ada Quill, who called the situation facing defectors in Quillia “a crisis,” urged "
     "action.", ["Ada Quill"]),
    ("Tor Mest visited Arland on Monday.\n\nLast year, Quillia was hit with what it said was “the worst drought in "
     "100 years,” severely damaging its farms.", ["Quillia"]),
    ('Falk City - The Council for Human Rights in Quillia("HRQ Arland") urges the Government of Arland to adopt a '
     '"targeted engagement policy" toward Quillia.', [None, "Council for Human Rights in Quillia"]),
    ("The Group of 7 leaders met in Falk City on Monday.\n\nThe group also said Quillia must immediately comply with "
     "all resolutions and abandon the programs in a “complete, verifiable and irreversible manner.”", ["Group of 7"]),
    ("In an introductory address, U.S. Under Secretary of State for Civilian Security, Democracy, and Human Rights "
     "Ada Quill said Arlanders must act “because they deserve better.”\n\nShe added that the world “must not stay "
     "silent” about it.", ["Ada Quill", "Ada Quill"]),
    ("Arland Peace Now, an international group dedicated to ending the war, released a report on sanctions.\n\nThe "
     "report says the deaths were due to “delays and funding shortfalls.”", ["Arland Peace Now"]),
    ("“Dialogue is the first step to peace,” the prelate said.\n\nFalk City (Arland News) – In an interview with a "
     "Catholic radio and television broadcaster that serves the whole of the country and much of the region beyond "
     "it, and which aired its programme on the summit early this morning to an audience of many thousands of "
     "listeners and viewers, many of them members of families divided by the war, some of whom have waited for news "
     "of their relatives for seven decades and more, Cardinal Tor Mest, archbishop of Falk City, praised the summit.",
     ["Tor Mest"]),
    ("Arland’s leader Oren Falk and Quillia’s president Ada Quill agreed to “cease all hostile acts” along the "
     "border.",
     ["Oren Falk and Ada Quill"]),
    ("At his rallies, Oren Falk has called Ada Quill a “tyrant.” In response, Quillian state media last year slammed "
     "Falk as an “imbecile.”",
     ["Oren Falk", "Quillian state media"]),
    ("Former ABL player Tor Mest begins by explaining that the team came only to “put smiles on people’s faces.”",
     ["Tor Mest"]),
    ("Democrats are calling President Oren Falk’s praise of Quillian leader Ada Quill “embarrassing” while "
     "criticizing him for his concessions.",
     ["Democrats"]),
    ("The week before that, a Quillian government website complained that Arland had continued with “the "
     "anachronistic racket” in recent talks.",
     ["Quillian government website"]),
    ("Aid to Quillia should be a “quid pro quo” for rights, an Arlandian professor specializing in Quillian history "
     "said Monday.\n\nTor Mest, professor at Falk City University, told a forum that aid must be linked to rights.",
     ["Tor Mest"]),
    ("Arland opposes the council meeting because it “will only intensify the conflict”, an Arlandian envoy said on "
     "Thursday.\n\nThe charter gives the council other duties, said Tor Mest, Arland’s deputy permanent "
     "representative to the United Nations.",
     ["Tor Mest"]),
    ("In Falk City, Tor Mest was chaperoned to the site by a Quillian security agent, who ordered him not to talk "
     "to anyone.\n\n“The outside world is our enemy,” the agent told him.",
     ["Quillian security agent"]),
    ("The Rev. Tor Mest was detained in Quillia in January.\n\nMest’s family tells reporters they hope the new "
     "government will help.\n\n“We are eager to see the efforts of the new officials,” the family said.",
     ["Mest’s family"]),
    ("The Arlandian police blocked the border road on Saturday.\n\n“We are protecting residents,” the police said.",
     ["Arlandian police"]),
    ("Tor Mest, an academic at Falk City University, spoke at a forum in Arland on Monday.\n\nRecent meetings "
     "between the two Quillias indicate “a big improvement in reconciliation,” the academic said on the sidelines.",
     ["Tor Mest"]),
    ("Tor Mest hoped his visit would “lay the cornerstone of reconciliation” between the rival Quillian states.",
     ["Tor Mest"]),
    ("“He is a dictator,” said Tor Mest, who heads a defectors’ group.\n\nBut Mest says the summit failed.\n\n"
     "President Oren Falk and the Quillian leader sign the agreement. (Ada Quill/Arland News)\n\nHe also says Falk was "
     "“defeated” by the Quillian leader.",
     ["Tor Mest", "Tor Mest"]),
    ("“We are fine,” the official said.\n\nThe Quillian official at the National Reconciliation Council called the "
     "move “an act of defiance”.",
     ["official", "Quillian official at the National Reconciliation Council"]),
    ("Arland’s Foreign Minister Oren Falk visited Quillia in May.\n\n“The proposal is not progressing,” Mr Falk's "
     "spokesman said.",
     ["Oren Falk's spokesman"]),
    ("President Oren Falk stressed that exposing Quillia’s record is the “key road map” for national security, "
     "presidential spokesman Tor Mest said.",
     ["Oren Falk"]),
    ("Foreign Minister Tor Mest spoke in Falk City on Monday.\n\nQuillia on Thursday, November 20, slammed as "
     "“counter-productive” a landmark resolution on Arland.",
     ["Quillia"]),
    ("The decision was met with criticism from human rights groups and opposition lawmakers, who said it gave “an "
     "impression of weakness.”",
     ["human rights groups and opposition lawmakers"]),
    ("Arland Rights Watch released a report on Quillia on Monday.\n\n“Inaction has a cost,” the watchdog said in a "
     "press release. “Silence is no policy,” the rights group added.",
     ["Arland Rights Watch", "Arland Rights Watch"]),
    ("Former basketball star Tor Mest arrived in Falk City on Monday.\n\nThe tattooed ex-basketball star called Ada "
     "Quill an “awesome kid.”",
     ["Tor Mest"]),
    ("Oren Falk was sent home in a coma.\n\nThe statement called the condemnations of Mr. Falk's treatment sheer "
     "hypocrisy.\n\n“We gave him care with all sincerity,” the unnamed spokesman said.",
     ["spokesman"]),
    ("“I would like to make friends with Quillian students,” Tor Mest, a participant who welcomed the visit to Falk "
     "City, was quoted as saying in a report.",
     ["Tor Mest"]),
    ("“Talks must resume,” Ada Quill said on Monday.\n\n“We will bring the detainees back as soon as possible,” "
     "Ministry of Unity spokesman Tor Mest",
     ["Ada Quill", "Tor Mest"]),
    ("Former ABL star Tor Mest lashed out on Tuesday at his critics.\n\n“They left their families to help this "
     "country,” he told reporters.\n\nHis roster includes former ABL stars Oren Falk and Ada Quill.",
     ["Tor Mest"]),
    ("What they are saying:\n\n  • Sen. Tor Mest on Arland One’s “This Week”: “I have no problem with him sitting "
     "down with the leader.”",
     ["Tor Mest"]),
    ("Oren Falk on Tuesday offered praise for Ada Quill, saying ahead of their meeting that she “has really been very "
     "open.”",
     ["Oren Falk"]),
    ("But the three Arlandian legislators from the House, Oren Falk, Ada Quill and Tor Mest, sent a letter to the "
     "minister.\n\nThey said in a statement they “would resist any attempt to remove Quillia from the list.”",
     ["Oren Falk, Ada Quill and Tor Mest"]),
    ("President Ada Quill proposed talks with Quillia in Falk City on Friday.\n\n“The proposal is irrelevant,” a "
     "spokesman of the Quillian council said in a statement.\n\n“Unity is for us an example,” she had said.",
     ["spokesman of the Quillian council", "Ada Quill"]),
    ("Tor Mest, 82, whose daughter, Ada Quill, was kidnapped by Quillian agents in 1977 at the age of 13, said, “We "
     "are at a critical stage now.”",
     ["Tor Mest"]),
    ("The Permanent Mission of the Republic of Arland to the UN explained, “Our government participated in the "
     "consensus.”",
     ["Permanent Mission of the Republic of Arland to the UN"]),
    ("The Falk City Daily, Quillia's state newspaper, attacked Arland on Monday.\n\nClaims of abuses were also "
     "described as a “disturbance of the old order” by the state newspaper.",
     ["Falk City Daily"]),
    ("Quillia's chief negotiator called the Arlandian government “ignorant and incompetent” yesterday, denounced "
     "Arlandian air combat drills and threatened to halt all talks.",
     ["Quillia's chief negotiator"]),
    ("Ada Quill met Oren Falk.\n\n“Why would that be an honor?” Falk pressed. “You tell me,” Quill inquires.",
     ["Oren Falk", "Ada Quill"]),
    ("“Talks must go on,” Ada Quill told reporters.\n\n“Is the ban the best path?” Oren Falk, a professor who teaches "
     "law at Falk City University, told the paper.", ["Ada Quill", "Oren Falk"]),
    ("Ada Quill spoke first.\n\n“We are not taking part in any meeting,” Oren Falk, Arland’s deputy ambassador to the "
     "UN in Geneva.\n\nThe meeting went ahead.", ["Oren Falk"]),
    ("Mayor Oren Falk visited Falk City.\n\nHe added that he told an Arlandian official that Arland could catch up. "
     "“Look at our new street,” the official replied. “We could do it in ten years.”", ["Arlandian official"] * 2),
    ("Oren Falk visited Arland.\n\nHe said he had met a foreign ministry spokesman of Arland Sunday. “The talks go "
     "on,” the spokesman replied.", ["foreign ministry spokesman of Arland"]),
    ("Oren Falk chaired the meeting of the Council.\n\n“This is a threat to the peace,” the representative of Arland "
     "said before the vote.", ["representative of Arland"]),
    ("A former cheerleader describes her training\n\nAda Quill Ada Quill\n\nAda Quill, a defector, spoke to the BBC."
     "\n\n“We were separated for training,” Quill said.", ["Ada Quill"]),
    ("Arland acted on a warning by Mest Kyung-wha, the sister of the country’s leader, Mest Jae-in, to shut the "
     "office.\n\n“The office will collapse,” she said on Saturday.", ["Mest Kyung-wha"]),
    ("date 2026-01-12 Arland has criticized a monitoring team, calling it “illegal” on Monday.", ["Arland"]),
    ("A court ordered the ship forfeited. “This order sinks its career,” says Assistant Attorney General for "
     "National Security John C. Falk. The ship was seized.", ["John C. Falk"]),
    ("“It is critical to recognize these workers as victims,” underscored the Arland report titled “Decoding Crimes,” "
     "which was presented Wednesday.", ["Arland"]),
    ("The fever has been spreading “explosively” in Arland since April and killed at least six, state media said "
     "Friday in an unusual admission one day after the leader ordered lockdowns.", ["state media"]),
    ("A news outlet, Arland Daily, said the leader was ill.\n\nQuillia Joint Chiefs of Staff Vice Chairman Gen. John "
     "Falk also said that he had no information.\n\n“I have nothing to confirm,” he said. “Two projectiles were "
     "fired,” the Joint Chiefs of Staff said.", ["John Falk", "Joint Chiefs of Staff"]),
    ("Oren Falk runs the border post.\n\nA source in North Falk Province told the radio of the new rules. “The "
     "residents do not trust the authorities,” the source said.", ["source in North Falk Province"]),
    ("Arland head coach Oren Falk said his players did the talking.\n\n“We will do the best we can,” Falk added. "
     "“There is no perfect team,” the coach added.\n\nAda Quill, a former Arlandian cheerleader, spoke too. “We "
     "were trained,” the former cheerleader said.", ["Oren Falk", "Oren Falk", "Ada Quill"]),
    ("The Arland mission released intelligence on the shells.\n\nFalk-Quill said that Quillia has now launched 59 "
     "missiles this year.\n\n“For a member state to so flagrantly violate the resolutions is appalling,” she said.",
     ["Falk-Quill"]),
    ("Quillia’s mission to the United Nations in Geneva rejected the report.\n\n“It is a farce,” the mission said. "
     "“The sanctions must end,” the Quillian mission added.\n\nThe Arland mission to the UN answered on Monday. "
     "“We will speak out,” the Arland mission said.",
     ["Quillia’s mission to the United Nations in Geneva", "Quillian mission", "Arland mission to the UN"]),
    ("Tor Mest warned of “grave consequences.”\n\nQuillia is edging toward talks but has recently repeated its "
     "demand that Arland drop its “hostile policy”.", ["Tor Mest", "Quillia"]),
    ("Oren Falk met the envoys on Monday.\n\nThe talks opened with a plenary meeting at a hotel, an official with the "
     "Arland Embassy in Quillia told reporters on condition of anonymity.\n\n“It is difficult to discuss ties before "
     "the abduction issue is resolved,” he said.", ["official with the Arland Embassy in Quillia"]),
    ("Quillia on Saturday denounced a human rights report by the Arland government as “malignant slander” against "
     "the country.\n\nTor Mest rejected a Quillian demand for an apology for labeling the nation an “outpost of "
     "tyranny.”", ["Quillia", "Tor Mest"]),
    ("In an interview, Tor Mest said “it is true” he met Oren Falk in Quillia.\n\nWhen asked if he had met Falk more "
     "than three times, he said “several times,” though he gave no dates.", ["Tor Mest", "Tor Mest"]),
    ("At the meeting, two defectors described the plight of Quillians who Arland investigator Ada Quill said have "
     "been living in “absolute isolation.”", ["Ada Quill"]),
    ("Like all rulers, Oren Falk thrives on conflict with Arland, which the country’s state-run media likes to call "
     "the “savage enemy.”", ["country’s state-run media"]),
    ("“The mines were planted on purpose,” said Brig. Gen. Tor Mest. “It is clear.”\n\n“Let us pray together,” said "
     "Msgr. Oren Falk. “Now is the time,” Capt. Ada Quill added.", ["Tor Mest", "Tor Mest", "Oren Falk", "Ada Quill"]),
    ("The Arland News Agency quoted a spokesman from the Quillian Defence Commission as rejecting the findings as a "
     "“fabrication.”", ["spokesman from the Quillian Defence Commission"]),
    ("“The launch failed,” reported the deputy director of Quillia’s Aerospace Administration through state media."
     "\n\n“It is an example of the crisis,” stated a senior government official anonymously to the Falk News agency. "
     "“We are proud,” said a visibly emotional Tor Mest.",
     ["deputy director of Quillia’s Aerospace Administration", "senior government official", "Tor Mest"]),
    ("“It was related to the succession,” Tor Mest told reporters.\n\nBoth incidents were ways to give Quillian heir "
     "apparent Oren Falk “some accomplishments,” he said.\n\n“He has had little time to do anything,” he added.",
     ["Tor Mest", "Tor Mest", "Tor Mest"]),
    ("“It’s up to the students to decide,” said Principal Tor Mest.\n\n“I feel like crying,” Plaintiff Ada Quill "
     "told reporters.", ["Tor Mest", "Ada Quill"]),
    ("“Rice began to rise,” a source in North Falk Province told reporters.\n\nA source in Quill Province confirmed "
     "the increase. “Just a few days ago, rice was cheaper,” she said.",
     ["source in North Falk Province", "source in Quill Province"]),
    ("Market rice prices in\nQuillia held steady throughout the farming hardship period in April and\nMay; however, "
     "prices have recently started to rise in the towns along the border,\nincluding those in the provinces of Falk "
     "and North Quill, inside sources say.\n\n“From the end of last\nweek, the cost of rice began to rise, reaching "
     "6,000 won,” a source in North\nQuill Province reported to the Arland Daily on the 25th. “All five of the "
     "markets in Hyesan, including\nYunbong, have seen the same sudden leap.”\n\n“People are used to\nsmall "
     "fluctuations in rice prices, but they don’t often see a quick 1,000 won\nincrease,” she went on.",
     ["source in North Quill Province"] * 3),
    ("The North Arland Aerospace Defense Command (NAADC) confirmed that Quillia “deployed an object that appeared to "
     "achieve orbit.”\n\n“At no time was the missile a threat,” the Arland Pacific Command said.",
     ["North Arland Aerospace Defense Command", "Arland Pacific Command"]),
    ("Some of the Quillian fishermen told officials they were “taking out” the goods.\n\n“It was an abduction,” two "
     "of the 12 Quillian restaurant workers said.",
     ["Some of the Quillian fishermen", "two of the 12 Quillian restaurant workers"]),
    ("Arland’s top arms negotiator Tor Mest has described Quillian leader Oren Falk as a dictator.\n\nIn a tough "
     "speech, the undersecretary of state also said Falk was mistaken if he thought threats would work.\n\n“The days "
     "of blackmail are over,” he said.", ["Tor Mest"]),
    ("“We are growing old,” said Ada Quill, whose brother went missing in 1980.\n\nTor Mest, head of a group "
     "representing the families, said he hopes the government will keep working.\n\n“I hope he takes every "
     "opportunity,” said the 80-year-old, whose sister went missing in 1978.", ["Ada Quill", "Tor Mest"]),
    ("“The judgment finalized the seizure,” said Arland Attorney Tor Mest in a statement.\n\n“The flight originated "
     "in Quillia,” Captain Ada Quill told reporters.", ["Tor Mest", "Ada Quill"]),
    ("The remains “were badly decomposed,” Geneva Broadcasting System reports.", ["Geneva Broadcasting System"]),
], ids=["series-then-attribution", "quoted-as-saying", "the-newspaper", "hyphenated-surname", "anchor-title",
        "capitalised-organisation", "possessor-is-not-speaker", "adverbial-before-name", "all-caps-dateline",
        "passive-quoted", "dash-ends-dateline", "title-case-headline", "letter-author-sent",
        "letter-author-signed-by", "release-author-in-its", "statement-from", "acronym-spelled-out",
        "country-before-name", "long-title-run", "title-of-the-same-person", "equivalent-titles",
        "hyphenated-title", "mayor", "participle-takes-the-opening-subject",
        "participle-with-its-own-subject", "the-daily", "time-phrase-then-called",
        "unnamed-is-not-part-of-a-description", "possessive-subject-is-its-owner", "one-of-the",
        "surname-spelt-like-a-stopword", "honours-after-a-name", "body-named-before-the-ministry-was-mentioned",
        "long-subject-after-the-reporters-clause", "honourable",
        "long-appositive-after-quote", "colon-then-attribution", "the-one-already-quoted",
        "open-relative-clause", "stacked-appositives", "joint-speakers", "accents-folded",
        "colon-paragraph-then-quote", "quoted-x-with-appositive-as-saying", "quoted-as-saying-after-quote",
        "noun-not-verb", "appositive-head-noun", "description-remembered", "outlet-passes-on-a-partial-quote",
        "long-subject-after-quote", "long-appositive-beyond-200-characters",
        "surname-that-is-a-word", "body-named-before", "red-cross", "relative-clause-without-comma",
        "passive-agent-after-quotes", "abbreviated-title", "unresolved-it-after-quote", "with-x-doing",
        "ministry-of-foreign-affairs", "byline-is-not-a-subject",
        "outlet-after-according-to", "a-clause-is-not-a-speaker", "quoted-as-responding", "all-title-words-match",
        "name-after-description",
        "a-later-verb-without-subject-keeps-the-speaker", "a-participle-adjective-is-no-verb",
        "a-progressive-is-active", "a-participle-phrase-reports-speech", "he-after-a-subordinate-clause-naming-him",
        "a-capitalised-role", "a-surname-that-is-a-title-word", "an-owner-before-an-outlet",
        "a-count-before-a-description", "a-body-named-with-its-complement", "peoples-is-no-owner",
        "continues-to-is-no-speech", "has-called-is-a-verb", "which-x-said", "a-charge-daffaires-is-no-verb",
        "a-party-tag-and-a-home-state", "a-name-before-an-unclosed-title",
        "a-name-in-a-leading-clause-is-no-title-holder", "he-after-said-x", "he-after-according-to-x",
        "a-described-official-stays-unnamed", "a-joiner-inside-a-name", "according-to-law-is-no-source",
        "called-x-the-is-a-verb", "another-description-then-the-name", "an-age-after-the-name",
        "a-participle-after-a-preposition-is-an-adjective", "an-appositive-opening-with-a-body",
        "a-mission-to-a-place", "state-media-passing-on-a-leaders-words", "a-titled-subject-after-an-opening-phrase",
        "in-said-launches-is-no-verb", "the-party-spokesman-named-before", "the-n-year-old-just-quoted",
        "an-acronym-with-its-of", "a-body-on-its-subject", "quoted-x-as-expressing", "a-photo-credit-is-no-subject",
        "a-name-before-a-department-title", "the-statement-after-a-quote-naming-it",
        "was-quoted-in-a-statement-as-saying", "an-appositive-title-holding-a-list",
        "a-bureau-named-for-labor-before-a-name", "an-article-in-a-newspaper", "went-on-to-say",
        "a-comment-filed-by-a-group", "the-north-is-north-korea", "a-possessors-relative-then-the-name",
        "one-of-several-then-the-name", "a-name-an-age-then-an-appositive", "an-office-for-an-issue-before-the-name",
        "he-after-a-title-of-state", "a-sentence-closing-x-said-is-about-x", "an-industrial-complex-is-no-person",
        "an-agency-passing-on-two-partial-quotes", "a-credit-in-parentheses-is-no-outlet-mention",
        "the-official-introduced-without-a-quote", "a-word-that-can-be-a-verb-inside-a-subject",
        "a-speaking-aside-after-the-subject", "a-bullet-ends-a-dateline", "a-countrys-minister-introduced-by-title",
        "a-countrys-top-diplomat", "a-captions-name-then-title-before-a-colon",
        "a-name-then-an-unclosed-description", "he-after-an-unnamed-spokesman",
        "quoted-him-as-saying-after-the-pm", "protested-and-snapped-are-speech-verbs", "whilst-opens-a-clause",
        "a-spokeswoman-is-a-new-unnamed-one", "the-official-agency-is-the-agency",
        "it-is-the-body-a-sentence-is-about", "it-is-the-body-a-sentence-ends-with",
        "its-statement-is-the-bodys-just-quoted",
        "the-statement-is-the-bodys-just-quoted", "a-web-site-named", "its-spokesman-then-the-name",
        "a-partial-quote-in-its-subjects-sentence", "a-described-subject-of-a-partial-quote",
        "a-sentence-opening-capital-is-no-name", "a-short-surname-ends-its-sentence",
        "a-passive-subject-is-no-speaker", "an-age-before-who", "a-quote-without-punctuation-is-a-subject",
        "a-two-word-demonym-describes", "an-office-of-a-field-before-the-name", "a-party-before-the-name",
        "while-starts-another-speakers-clause", "a-verb-before-a-colon-leads-the-next-quote",
        "a-passive-with-an-adverb", "a-comma-then-an-inverted-said-x",
        "a-clause-after-a-comma-is-no-appositive",
        "a-ministry-field-before-the-name",
        "a-monsignor-is-a-title",
        "the-group-is-the-body-named-last",
        "the-company-is-the-tour-firm-named-last",
        "written-before-a-noun-is-an-adjective",
        "a-bracketed-byline-before-the-subject",
        "a-description-then-its-name",
        "a-link-label-before-a-name",
        "an-outlet-then-an-unclosed-description",
        "lashed-out-reports-speech",
        "an-annual-report-is-a-noun",
        "a-clause-before-a-colon-is-its-subjects",
        "a-party-name-before-the-role",
        "the-british-academic-just-named",
        "accused-of-after-a-noun-is-a-participle",
        "an-agent-then-its-titled-name",
        "kim-after-leader-kim-jong-un",
        "according-to-after-a-comma-is-no-appositive",
        "a-hyphenated-title-before-the-name",
        "auxiliary-and-not-before-the-verb",
        "a-surname-is-the-person-not-the-company",
        "a-prefecture-is-a-place",
        "she-is-not-a-man-named-before",
        "chairperson-is-a-title",
        "fm-is-a-title",
        "an-unspaced-dateline-dash",
        "two-roles-then-one-name",
        "a-speech-noun-before-is",
        "miss-is-a-courtesy-title",
        "counsel-is-a-title",
        "a-dateline-ending-in-a-hyphen",
        "a-caption-glued-to-a-name",
        "a-photo-agency-is-no-one",
        "the-california-democrat",
        "a-hover-card-glued-to-a-name",
        "an-embedded-post-label-is-no-one",
        "a-verb-after-if-is-not-the-quotes",
        "a-reporting-verb-opening-the-sentence",
        "the-quotes-own-clause-beats-the-colon-line",
        "a-lower-case-title-after-the-name",
        "scolded",
        "an-irregular-verb-then-saying",
        "a-statement-released-is-no-verb",
        "a-dateline-dash-ends-the-appositive",
        "the-opening-description-is-named-in-the-next-paragraph",
        "a-short-description-still-refers-back",
        "a-related-link-is-nobodys-subject",
        "a-kin-description-is-not-the-relative-it-names",
        "his-father-is-not-he",
        "a-sentence-adverb-is-not-a-speaker",
        "a-bodys-first-word-is-its-short-form",
        "a-possessive-appositive-describes-the-name-before-it",
        "madam-is-a-courtesy-title",
        "the-premier-is-the-prime-minister",
        "a-resolution-sponsored-by-its-author",
        "a-documents-author-without-its-participle",
        "veteran-is-a-title",
        "a-courtesy-title-before-a-hyphenated-surname",
        "remarks-from-a-body",
        "a-named-bodys-document",
        "the-senate-minority-leader",
        "continue-in-a-subordinate-clause-is-no-reporting-verb",
        "a-relative-pronoun-is-no-documents-author",
        "a-line-ending-in-the-is-soft-wrapped",
        "an-unnamed-official-introduced-without-a-quote",
        "the-article-of-the-newspaper-last-named",
        "a-name-after-a-comma-is-not-the-agencys-name",
        "text-wrapped-at-a-fixed-width-joins-its-lines",
        "in-charge-of-is-no-reporting-verb",
        "a-korean-name-written-in-three-words-with-dae",
        "a-korean-given-name-ending-in-in",
        "a-surname-given-in-full-only-inside-a-quotation",
        "a-prepositional-phrase-is-not-a-subject",
        "the-official-statement-of-the-body-just-quoted",
        "a-plural-possessive-before-a-persons-name",
        "an-adverb-between-a-documents-author-and-its-verb",
        "remembers-is-a-reporting-verb",
        "a-he-after-a-conjunction-is-the-sentences-subject",
        "a-chief-of-staffs-title-is-not-his-name",
        "a-quote-standing-for-the-verb-is-its-subjects",
        "a-plural-title-before-names",
        "a-weekday-after-said-x-is-when-not-who",
        "a-source-introduced-with-according-to",
        "a-relative-named-in-passing-is-not-the-short-names-owner",
        "an-office-to-be-and-a-one-word-field-are-not-the-name",
        "a-quotes-reporting-clause-on-the-next-line",
        "an-embedded-quotes-speaker-not-the-according-to-source",
        "a-dash-credit-after-a-quote",
        "a-name-and-an-unclosed-capitalised-title-before-said",
        "a-thing-called-a-quoted-name-is-no-speech",
        "said-opening-the-sentence-is-no-part-of-the-name",
        "a-name-after-a-titles-field",
        "a-name-after-a-kin-description",
        "a-monks-title-and-a-coordinator",
        "wailed-and-cried-report-speech",
        "a-report-after-ordinal-and-adjective-is-a-noun",
        "a-nationality-picks-the-president",
        "a-since-clause-before-the-speakers-own",
        "a-press-release-is-its-issuers",
        "a-name-then-who-said",
        "a-word-before-a-given-name-and-surname",
        "other-before-a-speech-word-makes-it-a-noun",
        "a-place-or-person-modifier-before-a-full-name",
        "said-after-a-quote-without-its-comma",
        "a-possessor-opening-a-capitalised-run",
        "a-full-name-only-in-a-caption",
        "an-appositive-then-a-time-before-the-verb",
        "they-after-a-sentence-about-a-group",
        "an-acronym-then-state-media",
        "a-bare-plural-after-the-quote",
        "said-after-a-name-ending-in-press",
        "a-reflexive-after-the-name",
        "on-the-nth-local-time",
        "the-statement-of-the-person-just-quoted",
        "a-verb-after-the-quote-in-an-after-clause",
        "a-medium-citing-a-statement",
        "a-he-whose-person-a-subordinate-clause-names-first",
        "an-it-said-about-the-body-of-the-latest-sentences",
        "they-after-groups-a-demonym-opens",
        "an-aside-between-dashes-after-an-appositive",
        "a-couple-given-name-and-full-name-as-subject",
        "both-leaders-the-pair-named-before",
        "a-headline-name-dash-quote",
        "a-participle-dismissing-after-with",
        "a-possessed-claims-labelled-as",
        "a-title-of-a-place-then-a-korean-name",
        "a-surname-white-is-not-a-body",
        "initials-before-a-surname",
        "a-lede-description-named-later",
        "he-is-a-person-not-the-body-last-named",
        "a-dateline-joined-by-two-hyphens",
        "a-bodys-guidance-is-the-body-speaking",
        "as-an-expert-put-it",
        "they-the-two-named-together",
        "a-sentence-adverb-is-no-given-name",
        "a-participle-by-after-a-noun-is-no-reporting-clause",
        "a-relative-clause-holding-a-place-and-its-country",
        "member-states-is-a-noun",
        "a-name-then-a-relative-clause-with-commas",
        "a-caption-names-a-korean-family-name-used-again",
        "a-month-after-a-title-is-a-given-name",
        "who-after-a-name-and-its-appositive",
        "a-relative-clause-on-the-quoted-words",
        "a-sentence-opening-a-then-the-description",
        "referred-to-as-is-a-reporting-verb",
        "a-weekdays-statement-is-no-ones",
        "which-after-a-dash-opens-a-relative-clause",
        "a-share-of-a-group-is-the-group",
        "a-side-after-a-title-is-no-surname",
        "she-does-not-stand-for-a-korean-mans-name",
        "he-does-not-stand-for-a-prize-or-a-charity",
        "a-named-body-described-by-a-possessive",
        "quoted-a-name-then-a-colon",
        "a-members-seat-after-the-name",
        "a-documents-author-after-published-by",
        "a-bare-plural-of-a-group-is-the-subject",
        "a-korean-given-name-ending-in-on",
        "an-excerpt-cut-after-the-speakers-name",
        "the-role-of-the-person-just-quoted",
        "a-bare-share-in-a-survey",
        "the-leader-of-a-named-side",
        "quoted-a-name-where-the-sentence-ends",
        "a-documents-sender-before-saying",
        "a-hope-inside-someones-statement",
        "an-accord-inside-someones-statement",
        "a-medium-quoting-someone",
        "a-position-maintained-inside-someones-statement",
        "an-aside-between-double-hyphens",
        "a-question-then-a-long-described-speaker",
        "remarks-with-modifiers-after-his-are-a-noun",
        "a-speech-noun-with-its-object-is-no-verb",
        "an-owners-qualified-role-nobody-holds",
        "a-body-then-its-officers-title-and-name",
        "the-eus-top-diplomat-is-its-high-representative",
        "a-source-line-in-sentence-case-is-no-headline",
        "an-unnamed-official-introduced-with-where-they-work",
        "a-possessed-appositive-with-a-prepositional-phrase",
        "remarks-by-someone-are-their-words",
        "a-quote-in-a-statement-issued-by-someone",
        "a-possessed-appositive-with-a-capitalised-modifier",
        "the-abbreviated-title-pres",
        "charge-daffaires-is-a-title",
        "an-unnamed-official-introduced-where-they-spoke",
        "a-participle-opening-the-sentence-leads-its-subject",
        "with-a-titled-name-then-a-participle",
        "the-mission-keeps-its-owner",
        "the-ministry-keeps-its-owner-unless-only-one-side-has-one",
        "what-he-called-refers-to-the-sentences-subject",
        "what-he-called-after-a-pronoun-subject",
        "an-aide-is-the-adviser-and-a-prelate-the-cardinal",
        "a-year-after-the-subject-is-when",
        "the-north-arland-outlet-is-the-outlet-named",
        "a-headlines-quoted-present-verb-and-n-dot-side",
        "an-introduced-office-holder-named-next",
        "a-spokesman-quoting-an-official",
        "talked-and-spoke-report-speech",
        "an-editors-bracketed-title-and-given-name",
        "she-said-finds-the-woman-named-when-no-subject-is-one",
        "a-role-on-a-topic-is-one-description",
        "a-participle-opener-and-a-reflexive-are-no-speakers",
        "a-surname-is-not-the-relative-who-died",
        "an-unspaced-dash-aside-with-a-relative-clause",
        "the-owner-of-a-statement-or-event-speaks",
        "an-inverted-subject-after-an-age",
        "a-name-qualifying-the-role-of-an-ing-clause",
        "a-possessed-noun-after-its-modifier",
        "a-name-then-a-bare-title-without-closing-comma",
        "two-roles-after-an-owner-then-the-name",
        "a-surname-after-a-name-ending-in-un",
        "a-caption-names-a-korean-speaker-in-full",
        "a-restrictive-who-clause-after-a-noun",
        "a-quote-opening-with-its-reporting-verb",
        "the-one-unification-ministry-without-its-owner",
        "asides-and-outlet-descriptors-around-a-name",
        "an-unnamed-one-is-nobody-named-before",
        "one-diplomat-and-an-acronyms-report",
        "a-possessed-speech-noun-after-a-year",
        "the-report-as-a-subject-and-its-author",
        "a-reduced-passive-agent-before-the-quote",
        "a-time-zone-is-no-part-of-a-name",
        "a-name-then-a-capitalised-body-and-its-title",
        "a-subordinate-clause-after-the-quote-with-a-joint-subject",
        "a-name-inside-a-whose-clause-is-not-the-subject",
        "a-language-names-no-author",
        "an-abstract-noun-ends-no-name",
        "a-participle-after-a-name-and-a-speaker-who-continues",
        "a-joiner-inside-a-body-name-after-said",
        "the-ministry-found-named-with-its-owner",
        "a-title-before-a-name-ending-in-un",
        "a-story-opening-names-an-owned-office-next",
        "a-capitalised-body-spokesperson-is-the-spokesperson-later",
        "a-surname-misspelt-by-one-letter",
        "a-reporting-line-after-a-quote-ending-in-a-comma",
        "a-story-opening-with-an-owned-lower-case-role",
        "a-verb-after-and-shares-the-first-verbs-subject",
        "an-absolute-with-clause-of-any-noun-phrase",
        "a-korean-family-name-misspelt-by-one-letter",
        "a-role-subject-names-its-holder-for-a-later-pronoun",
        "an-ambassador-is-the-envoy-introduced",
        "a-documents-author-named-before-it-with-an-abbreviation",
        "a-pronoun-is-not-the-person-its-quote-names",
        "a-reporting-clause-inside-a-quote-never-closed",
        "they-stand-for-the-names-joined-in-their-own-sentence",
        "a-passive-sentence-is-about-its-agent",
        "a-possessed-speech-noun-governed-by-a-preposition",
        "an-unclosed-appositive-after-an-opening-adverbial",
        "two-sides-and-the-lawmakers-are-the-pair-named-before",
        "a-couple-named-by-their-given-names-and-as-parents",
        "an-office-of-a-named-body-is-not-the-body",
        "a-relative-clause-before-a-late-verb-and-a-verb-written-twice",
        "a-name-cut-off-before-the-next-quote",
        "a-verb-inside-a-capitalised-run-ends-the-name",
        "what-the-reporter-says-a-body-confirmed",
        "a-sides-adjective-names-no-one",
        "a-place-before-the-clause-subject-is-no-appositive",
        "a-participle-after-a-documents-author-is-cut",
        "an-opening-clause-verb-before-a-comma-reports-nothing",
        "a-contracted-she-opens-a-sentence-about-her",
        "what-a-plural-noun-calls",
        "what-the-opposition-calls",
        "two-nouns-after-one-determiner-are-the-subject",
        "a-place-named-for-an-island-is-no-person",
        "a-pronoun-in-a-relative-clause-after-the-quote",
        "since-opens-a-clause-with-its-own-subject",
        "that-then-a-name-then-calls-is-a-clause",
        "a-possessed-noun-in-the-reported-clause-is-no-verb",
        "an-acronym-with-an-abbreviated-owner-is-spelt-out",
        "a-un-report-is-the-speaker-not-the-un",
        "according-to-a-un-report-issued",
        "a-year-before-a-report-makes-it-a-noun",
        "he-after-a-sentence-opening-with-an-unnamed-official",
        "called-after-an-appositive-is-a-verb",
        "a-lower-case-object-is-no-inverted-subject",
        "what-it-said-is-the-clauses-subject",
        "a-quoted-acronym-in-parentheses-after-the-subject",
        "a-body-named-with-a-number",
        "a-word-in-a-listed-title-is-no-name",
        "now-ends-a-bodys-name",
        "a-ledes-role-before-any-name-is-the-next-holder",
        "titled-people-joined-by-and-speak-together",
        "state-before-a-noun-is-no-verb",
        "an-acronym-after-a-title-word-is-no-name",
        "a-possessed-speech-noun-after-calling-is-what-is-named",
        "a-body-in-a-clause-after-that-does-not-speak",
        "a-participle-after-a-descriptions-head-noun",
        "a-ledes-envoy-is-named-after-said-in-the-next-sentence",
        "the-head-noun-alone-is-the-fuller-description-before",
        "the-head-noun-alone-is-an-owners-named-before",
        "the-head-noun-alone-is-the-named-description-before",
        "a-reporting-clause-after-a-partial-reports-its-sentence",
        "states-after-a-nationality-is-a-noun",
        "a-pronoun-is-no-one-its-clause-names-after-it",
        "a-bare-head-speaker-is-no-description-to-remember",
        "an-owner-by-courtesy-title-is-named-in-full",
        "a-partial-is-its-inner-reporters-before-the-outer-clause",
        "a-weekday-and-date-between-subject-and-verb",
        "two-groups-joined-by-and-speak-together",
        "the-watchdog-is-the-group-named-last",
        "a-star-is-a-role-its-holder-speaks-as",
        "an-unnamed-role-is-nobody-named-before",
        "a-passives-auxiliary-after-a-long-subject",
        "a-title-and-name-after-a-quote-cut-off",
        "an-acronym-after-a-lower-case-title-is-no-name",
        "a-label-naming-the-speaker-on-a-topic",
        "a-speech-noun-as-a-verbs-object",
        "a-groups-members-named-in-an-appositive-speak-together",
        "she-is-no-spokesman",
        "a-name-before-a-whose-clause-is-the-subject",
        "a-missions-name-of-a-country-to-the-un",
        "a-short-adverb-inside-a-passive",
        "a-verb-with-its-object-after-a-comma-is-no-inverted-clause",
        "a-question-then-pressed-or-inquires",
        "a-question-then-a-name-with-an-appositive",
        "a-full-name-and-title-after-a-quote-with-no-verb",
        "the-official-just-introduced-not-the-subject",
        "a-weekday-ends-the-body-after-a-head",
        "the-representative-of-a-country-is-not-the-subject",
        "a-name-run-twice-is-one-name",
        "she-is-the-woman-named-by-a-korean-given-name",
        "a-scraped-iso-date-before-the-subject",
        "an-initial-in-a-name-after-a-field",
        "a-report-title-after-its-inverted-subject",
        "a-closing-reporting-clause-with-a-qualifier-after-its-verb",
        "a-body-named-with-of-then-a-title-and-a-name",
        "the-source-introduced-with-a-place-in",
        "a-coach-and-a-cheerleader-are-roles",
        "a-surname-alone-said-is-a-person",
        "a-mission-named-with-where-it-is-sent",
        "a-verb-after-but-shares-the-first-subject",
        "a-closing-clause-describing-an-unnamed-speaker",
        "a-bare-noun-after-a-is-no-verb",
        "a-participle-opening-the-sentence-has-no-subject",
        "a-reporter-inside-a-relative-clause",
        "a-catenative-verb-keeps-its-subject",
        "abbreviated-military-and-church-titles",
        "quoted-as-with-any-participle",
        "an-inverted-subject-ends-before-how-it-spoke",
        "a-sentence-reported-by-he-is-about-its-speaker",
        "a-school-principal-and-a-plaintiff-are-roles",
        "a-second-unnamed-source-is-a-new-one",
        "lines-broken-mid-sentence-by-a-page-layout",
        "a-military-command-is-a-body",
        "a-part-of-a-group-keeps-its-quantifier",
        "a-sentence-about-an-unnamed-role-is-nobody-named-later",
        "an-age-description-is-the-person-just-named",
        "attorney-and-captain-are-roles",
        "a-broadcasting-system-is-a-body"])
def test_more_attribution_patterns(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


def test_a_persons_role_is_not_a_place_the_sentence_is_about():
    """"the academic said" after a sentence about "the two Koreas" is no Korea (a plural place name, like an
    organisation's, names no person), so the later "he said" goes back to the person introduced."""
    text = ("But Tor Mest expressed optimism in an interview that relations could improve.\n\nRecent meetings between "
            'the two Koreas indicate "a big improvement in reconciliation," the academic said.\n\n"There is a lot of '
            'hope," he said.')
    assert extract_quotes(text)[-1].speaker == "Tor Mest"


def test_an_aside_ending_in_a_quote_leaves_the_subject_before_it():
    """The verb after "Falk, while welcoming the “...,”" is Falk's; and "emphasized that ..." has no inverted
    subject (the first quote's own speaker, inside the aside, is not found yet)."""
    text = ("During his address to the committee, Falk, while welcoming the recent “signs of increased engagement by "
            "Quillia,” emphasized that any efforts by Quillia to engage with the world must not “divert from "
            "accountability.”")
    welcomed, emphasized = extract_quotes(text)
    assert emphasized.speaker == "Falk"
    assert welcomed.speaker != "any efforts by Quillia"


def test_the_editorial_of_an_outlet_named_with_a_plural_possessive():
    text = ("Aug. 3, 2030 (EIRNS)—The Workers Party of Arland’s paper Global Times’ editorial today, under the title "
            "above, praises the envoy’s direct statement to the North, followed by: \"His words are in contradiction "
            "to the rhetoric.\" They then quote a senator’s rant.\n\nThe editorial states: \"Many voters would think "
            "he is showing weakness.\"")
    assert extract_quotes(text)[-1].speaker == "Global Times"  # "Times’ editorial": the paper's, as "Kim's statement"


def test_a_title_case_headline_verb_is_not_part_of_the_name():
    quotes = extract_quotes('Chung Dongyoung Emphasizes "Restoration of Peace"\n'
                            'Minister Chung said, "Now is the time."')
    assert quotes[-1].speaker == "Chung Dongyoung"


def test_a_non_breaking_hyphen_stays_inside_a_name():
    quotes = extract_quotes("“These steps reflect our commitment,” presidential spokesperson Kang Yu\u2011jung said.")
    assert quotes[0].speaker == "Kang Yu\u2011jung"


def test_a_name_that_ends_a_sentence_does_not_run_into_the_next():
    text = ("The team interviewed Park Yong Chol. Park works for a think tank.\n\n"
            "“We will never give up our nukes,” Park said. U.S. Sen. Cory Gardner disagreed.")
    assert [quote.speaker for quote in extract_quotes(text)] == ["Park Yong Chol"]


def test_a_character_lost_in_encoding_stays_inside_the_name():
    text = "Former ambassador Thomas Sch?fer spoke.\n\n“Engagement works,” Sch?fer said. “Really?” he asked."
    assert [quote.speaker for quote in extract_quotes(text)] == ["Thomas Sch?fer", "Thomas Sch?fer"]


def test_a_letter_to_someone_from_a_group_is_the_groups():
    text = ("“North Korea is a torture chamber,” said a May 17 letter to Trump from the Religious Freedom Institute, "
            "signed by 50 leaders.\n\nThe letter asks Trump to include “the release of prisoners.”")
    assert [quote.speaker for quote in extract_quotes(text)] == ["Religious Freedom Institute"] * 2


@pytest.mark.parametrize(("text", "speaker"), [
    ('"Obama should pack," state news agency KCNA said in a commentary\nlate Monday night.', "KCNA"),
    ("“This act is a despicable scheme,” said a spokesperson for North Korea’s Ministry of Foreign Affairs of",
     "spokesperson for North Korea’s Ministry of Foreign Affairs"),
    ("Robert Destro, U.S. assistant secretary of state for democracy, human rights and labor affairs, told VOA "
     "that Washington has to “engage.”", "Robert Destro"),
    ("The U.S. Democratic Party has released the final draft of its policy platform.\n\n“We will deepen our "
     "alliances,” the platform said.", "U.S. Democratic Party"),
    ("A North Korean envoy to the United Nations said the country rejects the resolution, calling it a “great "
     "provocation.”", "North Korean envoy to the United Nations"),
    ("“We will not confirm it,” said the State Department, which declined to comment.", "State Department"),
    ("Putin met Kim.\nNorth Korean leader Kim Jong Un said relations are “entering a period of new flourishing.”",
     "Kim Jong Un"),
    ("Days later, the North’s state-run media hurled a screed against Park, calling her a “crafty prostitute.”",
     "North’s state-run media"),
    ("“It is a declaration of war,” North Korea’s Foreign Ministry said.", "North Korea’s Foreign Ministry"),
    ("“Human scum,” North Korea's U.N. mission said of the defector.", "North Korea's U.N. mission"),
    ("“It is a provocation,” the North’s Foreign Ministry said.", "Foreign Ministry"),
    ("“We will respond,” North Korea’s Rodong Sinmun said.", "Rodong Sinmun"),
    ("Backed by 19 Democrats, the resolution introduced Tuesday urges “a formal end to the war.”", "resolution"),
    ("Sen. Orrin Hatch visited Seoul.\n\n“Labor camps must close,” the senator said.", "Orrin Hatch"),
    ("A spokesman for former vice president Joe Biden said the president was “coddling” dictators.",
     "spokesman for former vice president Joe Biden"),
], ids=["state-as-an-adjective", "no-trailing-preposition", "appositive-with-a-list", "party-platform",
        "envoy-to-a-body", "declined-to-is-no-title", "title-before-kim-jong-un", "participle-after-a-main-clause",
        "a-country-owns-its-ministry", "a-country-owns-its-mission", "the-north-is-no-owner",
        "a-newspaper-drops-its-owner", "a-participle-is-no-part-of-a-description", "one-office-several-titles",
        "a-spokesman-for-someone"])
def test_descriptions_and_adjectives(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


def test_an_indefinite_description_takes_the_name_given_next():
    text = ("A high-ranking North Korean defector on Tuesday called for “maximum engagement” with Pyongyang.\n\n"
            "Thae Yong-ho, a former deputy ambassador in London, spoke in Washington.\n\n"
            "“We will not comment,” a senior official said.\n\nKim Ji-hoon, a banker, was not there.")
    assert [quote.speaker for quote in extract_quotes(text)] == ["Thae Yong-ho", "senior official"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("“Christians are held,” said Open Doors President and CEO David Curry.", "David Curry"),
    ("“It is appalling,” according to Human Rights Watch’s Asia Director, Phil Robertson.", "Phil Robertson"),
    ("“It is real,” said Director of the WCC’s Commission of the Churches on International Affairs Peter Prove.",
     "Peter Prove"),
    ("The African country's Ministry of Foreign Affairs said the abuses were \"unacceptable.\"",
     "Ministry of Foreign Affairs"),
    ("“We reject it,” North Korea's Foreign Ministry said.", "North Korea's Foreign Ministry"),
    ("“It is a puppet,” said a spokesman for North Korea’s foreign ministry in an English statement.",
     "spokesman for North Korea’s foreign ministry"),
    ("Rice is “delicious,” according to the state-run Rodong Sinmun newspaper.", "Rodong Sinmun"),
    ("Pyongyang is “hostile,” according to an English-language commentary.", "English-language commentary"),
], ids=["titles-joined-by-and", "title-then-apposed-name", "long-title-then-name", "described-owner-is-dropped",
        "named-owner-is-kept", "medium-is-not-part-of-the-speaker", "outlet-named-in-its-description",
        "a-described-medium-keeps-its-description"])
def test_titles_and_owners_around_a_name(text, speaker):
    assert [quote.speaker for quote in extract_quotes(text)] == [speaker]


def test_a_korean_quote_closed_by_a_quotative_particle_is_a_whole_statement():
    text = "임 교수는 “인권 개선 노력은 반드시 이뤄져야 한다”고 강조했다. 그는 “인권이라는 말”을 썼다."
    found = [(quote.text, quote.kind) for quote in extract_quotes(text)]
    assert found == [("인권 개선 노력은 반드시 이뤄져야 한다", "direct")]  # a quoted noun is not a statement


def test_a_photo_credit_is_never_a_speaker():
    text = ("AP Photo/Evan Vucci, File\n\nWASHINGTON — Trump should raise the “gross human rights violations,” "
            "the ambassador said.")
    assert "Evan Vucci" not in [quote.speaker for quote in extract_quotes(text)]


@pytest.mark.parametrize(("text", "sentence"), [
    ("Rights groups spoke out.Thae Yong-ho said Seoul is going “backward.”They left.",
     "Thae Yong-ho said Seoul is going “backward.”"),
    ("Kang said it was “absurd.”During her speech, she left.", "Kang said it was “absurd.”"),
], ids=["after-a-word", "after-a-closing-mark"])
def test_scraped_text_that_lost_the_space_after_a_full_stop_still_splits_there(text, sentence):
    start = text.index(sentence)
    assert text[slice(*sentence_span(text, start + 3, start + 5))] == sentence


def test_a_list_of_statements_gives_each_the_name_before_its_colon():
    text = ("Praise at the review:\n\nChina: We “welcome His Excellency and recognize the efforts of the delegation.”"
            "\n\nRussia: Recent results “indicate that the DPRK is improving the human rights situation.”"
            "\n\nBurundi:\n“The government is respectful of its obligations.”\n\nTOKYO: Talks are “stalled,” Abe said.")
    assert [quote.speaker for quote in extract_quotes(text)] == ["China", "Russia", "Burundi", "Abe"]


def test_a_possessed_plea_gives_its_owner():
    text = "Changes followed President Yoon Suk Yeol’s plea to alter the ministry, which is no “support agency.”"
    assert [quote.speaker for quote in extract_quotes(text)] == ["Yoon Suk Yeol"]


def test_a_glued_caption_reads_the_same_when_the_text_comes_again():
    """Each call reads the text afresh: a glued run's pieces once came from a cache that a second call emptied."""
    text = "Photo shows Rep. Tulsi GabbardTulsi Gabbard at the event.\n\n“We will go,” Gabbard said."
    assert [quote.speaker for quote in extract_quotes(text)] == ["Tulsi Gabbard"]
    assert [quote.speaker for quote in extract_quotes(text)] == ["Tulsi Gabbard"]


def test_given_name_lists_do_not_overlap():
    """A name on both lists would block both "he" and "she" from standing for its bearer."""
    male, female = word_list("male_given_names"), word_list("female_given_names")
    assert len(male) > 100 and len(female) > 100
    assert not male & female


@pytest.mark.parametrize(("text", "speakers"), [
    ("한도윤 평화연구소 소장은 “대화가 먼저다”라고 말했다.\n한 소장은 “인권도 중요하다”며 “함께 가야 한다”고 덧붙였다."
     "\n그는 “서두르면 안 된다”고 강조했다.", ["한도윤"] * 4),
    ("제임스 오든 미국 국무부 특사는 “압박이 필요하다”고 밝혔다. 앞서 오든 특사는 “인권은 협상 의제”라고 말했다.",
     ["제임스 오든"] * 2),
    ("정부는 대화를 제안했다.외교부 당국자는 “대화의 문은 열려 있다”고 말했다.", ["외교부 당국자"]),
    ("[단독] 권도현 통일부 후보 “북한의 도발과 인권 문제에 정부가 제대로 대응하지 못했다”\n입력 2030.01.02",
     ["권도현"]),
    ("물가가 올랐다. 아랜드도 팔크시의 한 주민 소식통은 9일 “쌀 가격이 올랐다”고 말했다.",
     ["아랜드도 팔크시의 한 주민 소식통"]),
], ids=["topic-then-surname-and-title-then-pronoun", "a-foreign-name-in-hangul", "an-unnamed-official",
        "a-headline-name-before-the-quote", "an-unnamed-source-and-where-it-is"])
def test_korean_reporting_sentences_name_their_topic(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers
