"""Speakers of quotes in Korean news text.

A Korean reporting sentence names its speaker as its topic, before the quotes, and closes with the verb:
"홍익표 의원은 "..."며 "..."고 말했다" (Rep. Hong Ik-pyo said ...). The topic is a name, then the
speaker's affiliation and title, then a topic or subject particle (은/는/도, 이/가); later sentences shorten
it to the surname and the title ("홍 의원은") or to a pronoun ("그는"). These functions read that topic;
``stance.extract`` keeps the article's state (who spoke last) and calls them.
"""
from __future__ import annotations

import re
from functools import cache

from stance.lexicon import word_list

_HANGUL = re.compile(r"[가-힣]")
_ALL_HANGUL = re.compile(r"[가-힣]+")
_HANJA_OR_LATIN_ASIDE = re.compile(r"\s*\([^()]{0,40}\)")  # "정동영(鄭東泳)", "크리스토퍼 힐 (Christopher Hill)"
_LEAD_IN = re.compile(r"^\s*(?:\[[^\]]{0,60}\]|\([^()]{0,40}=[^()]{0,40}\)[^=\n]{0,30}=)\s*")  # "[이데일리 X 기자]"
_OPENING_WORDS = frozenset("이어 또한 또 한편 다만 앞서 이날 그러나 특히 아울러 이에 함께 그러면서 이와 관련해".split())
_PRONOUNS = frozenset(("그", "그녀", "이들", "그들"))
_TOPIC_PARTICLES = ("은", "는", "도")
_SUBJECT_PARTICLES = ("이", "가")
_PARTICLES = "은는이가을를의에와과도"
_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송유류전홍고문양손배백허남심노하곽성차주우구민진지엄채원천방공"
                      "현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부나")
_CLAUSE_ENDINGS = ("에", "를", "을", "해", "며", "고", "한", "의", "서", "로", "인", "은", "는", "와", "과", "게")
_NOT_NAME_ENDINGS = "대당부청처회국의을를에로와과서며고면게"
_UNNAMED_SOURCES = frozenset(("소식통", "소식통들", "관계자", "관계자들", "당국자", "당국자들"))  # sources, officials
_SPEAKING_BODIES = ("부", "청", "처", "관", "당", "단", "회", "국", "측", "정부", "결의안", "성명", "포럼", "재단",
                    "센터")


def is_korean(text: str) -> bool:
    """Does ``text`` read as Korean (a fifth or more of its characters Hangul syllables)?"""
    return _HANGUL.search(text) is not None and len(_HANGUL.findall(text)) * 5 >= len(text)


def topic(lead: str) -> tuple[str, list[str]] | None:
    """The topic of a Korean reporting sentence, read from its words before the first quote (``lead``):
    ``("pronoun", [])`` for "그는"; ``("person", words)`` for a name and title ("홍익표 국회인권포럼
    대표의원은" -> ["홍익표", "국회인권포럼", "대표의원"]); ``("body", words)`` for a body or an unnamed
    official ("외교부 당국자는"); None when the sentence names no topic before its quote."""
    lead = _HANJA_OR_LATIN_ASIDE.sub("", _LEAD_IN.sub("", lead))
    words = [word.strip(",·") for word in lead.split()]
    while words and words[0] in _OPENING_WORDS:
        words.pop(0)
    for index, word in enumerate(words):
        stem = word[:-1]
        if not stem or not _HANGUL.fullmatch(word[-1]):
            continue
        titled, named = _is_title(stem), _is_korean_name(stem)
        topic_marked = word.endswith(_TOPIC_PARTICLES) and (stem in _PRONOUNS or titled or named or (
            stem.endswith(_SPEAKING_BODIES) or stem.endswith("개국")))  # "31개국은": 31 countries
        if not (topic_marked or word.endswith(_SUBJECT_PARTICLES) and titled):  # "장관이", not "사이"
            continue
        if stem in _PRONOUNS:
            return "pronoun", []
        phrase = words[max(0, index - 6): index] + [stem]
        return ("person" if titled or named else "body"), phrase
    if len(words) <= 4 and any(map(_is_korean_name, words)):  # a headline's "권영세 “...”", "[단독] 김영호
        return "person", words  # 통일부 후보 “...”": the name, then the quote
    return None


def speaker(kind: str, phrase: list[str], before: str) -> str | None:
    """The speaker a topic names, by the fullest form of the name in ``before`` (the text up to the quote):
    "홍 의원" -> "홍일표" introduced earlier as "홍일표 국회인권포럼 대표의원"; an unnamed official or a body
    as written ("외교부 당국자", "백악관"), with where an unnamed source is ("자강도의 한 소식통")."""
    if phrase and phrase[-1] in _UNNAMED_SOURCES:
        return _unnamed_source(phrase)
    if kind == "person":
        names = [word for word in phrase if _is_korean_name(word)]
        if names:
            return names[0]
        if len(phrase) >= 3 and _is_foreign_given_name(phrase[0]) and not _is_title(phrase[1]) and not any(
                word.endswith(_CLAUSE_ENDINGS) for word in phrase[1:]):
            return f"{phrase[0]} {phrase[1]}"  # "빅터 차 미국 전략국제문제연구소 한국 석좌"
        untitled = list(phrase)
        while untitled and _is_title(untitled[-1]):
            untitled.pop()  # "야르몰로프 차석 대표": the titles after the name
        short = untitled[-1] if untitled else ""
        full = _full_name(short, before) if len(short) == 1 or short and not short.endswith(_CLAUSE_ENDINGS) else None
        if full:  # "임 교수", "레프코위츠 특사", "야르몰로프 차석 대표"
            return full
    kept: list[str] = []  # the words after any clause ending or particle: "외교부 당국자", "31개국"
    for word in reversed(phrase):
        if kept and (word.endswith(_CLAUSE_ENDINGS) or not _HANGUL.search(word)):
            break
        kept.insert(0, word)
    if kind == "body" and len(kept) == 1:  # "위원회는": the committee named in full before
        return _longer_body(kept[0], before) or kept[0]
    return " ".join(kept[-2:]) or None


def _unnamed_source(phrase: list[str]) -> str:
    """An unnamed source's description as written: the head noun, then back over the place it is in ("평성시의"),
    "한" (a, one) and other modifiers, to a clause ending ("대해", "따르면")."""
    kept = [phrase[-1]]
    for word in reversed(phrase[:-1]):
        if not (word == "한" or word.endswith("의") or _ALL_HANGUL.fullmatch(word) and not (
                word.endswith(_CLAUSE_ENDINGS))):
            break
        kept.insert(0, word)
    return " ".join(kept)


def _longer_body(head: str, before: str) -> str | None:
    """The latest fuller name ending with ``head`` in ``before`` ("위원회" -> "국회 외교통일위원회")."""
    words = before.split()
    for index in range(len(words) - 1, -1, -1):
        word = words[index].split("(", 1)[0]  # "외교통일위원회(위원장 ...)은"
        word = word[:-1] if word[-1:] in _PARTICLES and word[:-1].endswith(head) else word
        if word.endswith(head) and len(word) > len(head) and _ALL_HANGUL.fullmatch(word):
            owner = words[index - 1] if index else ""  # "국회 외교통일위원회": the owner word before it
            kept = _ALL_HANGUL.fullmatch(owner) and not owner.endswith(_CLAUSE_ENDINGS)
            return f"{owner} {word}" if kept else word
    return None


def _is_title(word: str) -> bool:
    """Does ``word`` end with a title of ``resources/korean_titles.txt`` ("대표의원", "관계연구원장")?"""
    return word.endswith(_titles())


@cache
def _titles() -> tuple[str, ...]:
    return tuple(word_list("korean_titles"))


def _full_name(short: str, before: str) -> str | None:
    """The latest name in ``before`` that ``short`` shortens: a Korean name opening with the surname
    ("임" -> "임을출"), or a foreign name ending with it ("레프코위츠" -> "제이 레프코위츠")."""
    found = None
    if len(short) == 1 and short in _SURNAMES:
        for match in re.finditer(rf"(?<![가-힣]){re.escape(short)}[가-힣]{{2}}(?![가-힣])", before):
            if _is_korean_name(match.group()) and not _name_just_before(before, match.start()):
                found = match.group()
        return found
    for match in re.finditer(rf" {re.escape(short)}(?![가-힣])", before):  # "제이 레프코위츠": the word before
        given = before[max(0, match.start() - 12): match.start()].rsplit(None, 1)[-1:]
        if given and _is_foreign_given_name(given[0]):
            found = f"{given[0]} {short}"
    return found


def _name_just_before(text: str, index: int) -> bool:
    """Is a Korean name the word before ``text[index]`` ("서보혁 서울대": the university is no name)?"""
    words = text[max(0, index - 12): index].split()
    return bool(words) and _is_korean_name(words[-1])


def _is_korean_name(word: str) -> bool:
    """Three Hangul syllables opening with a common surname ("홍익표"), the shape of most Korean names, and
    not closing like a party, a ministry or a university ("민주당", "외교부", "서울대") or a particle ("이후의"),
    nor spelling a foreign name ("제임스", "도널드")."""
    return len(word) == 3 and word[0] in _SURNAMES and all(_HANGUL.fullmatch(char) for char in word) and (
        word[-1] not in _NOT_NAME_ENDINGS) and not any(map(_is_transliteration_syllable, word)) and (
        not _is_title(word))


def _is_transliteration_syllable(char: str) -> bool:
    """A syllable that spells a foreign consonant with the vowel ㅡ ("스", "드", "클"): Korean names have
    none, foreign names written in Hangul many."""
    code = ord(char) - 0xAC00
    initial, vowel, final = code // 588, code % 588 // 28, code % 28
    return vowel == 18 and (final == 0 or (final == 8 and initial in (7, 15, 16, 17)))  # ㅡ; ㅡ+ㄹ after ㅂㅋㅌㅍ


def _is_foreign_given_name(word: str) -> bool:
    """A foreign given name written in Hangul ("빅터", "크리스토퍼", "제이"): Hangul, not a Korean name's
    shape, not closing like a clause or a particle ("참석한", "따르면", "앞서")."""
    return len(word) >= 2 and all(_HANGUL.fullmatch(char) for char in word) and not _is_korean_name(word) and (
        not word.endswith(_CLAUSE_ENDINGS + ("면", "선", "된", "던", "가"))) and (
        len(word) == 2 or not word.endswith("이"))  # "제이", but not "러시아가"
