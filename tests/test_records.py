import json

from stance import Quote

FIELDS = ["text", "start", "end", "speaker", "kind", "context", "stance", "argument", "stance_scores",
          "argument_scores", "evidence"]


def test_to_dict_has_exactly_the_contract_fields_and_is_json_serialisable():
    quote = Quote("yes", 1, 4, "Kim", "direct", "“yes”", stance="none", evidence=("quote_words: yes",))
    record = quote.to_dict()
    assert list(record) == FIELDS
    assert json.loads(json.dumps(record))["evidence"] == ["quote_words: yes"]


def test_quote_is_immutable_and_with_labels_copies():
    quote = Quote("yes", 1, 4, None, "direct", "“yes”")
    labelled = quote.with_labels(stance="favor")
    assert quote.stance is None and labelled.stance == "favor"
    try:
        quote.text = "no"  # type: ignore[misc]
    except AttributeError:
        pass
    else:
        raise AssertionError("Quote must be frozen")
