import pytest
from django.core.exceptions import ValidationError

from resources.citations import parse_citation_line, parse_citations
from resources.models import Citation


@pytest.mark.parametrize(
    "line, kind, value",
    [
        ("doi:10.1371/journal.pone.0285584", "doi", "10.1371/journal.pone.0285584"),
        ("10.1177/20451253221145561", "doi", "10.1177/20451253221145561"),
        ("https://doi.org/10.1016/S0887-6177(03)00096-9", "doi", "10.1016/S0887-6177(03)00096-9"),
        ("pmid:15033227", "pmid", "15033227"),
        ("https://www.example.org/guide?x=1", "url", "https://www.example.org/guide?x=1"),
    ],
)
def test_valid_citations_are_recognised(line, kind, value):
    parsed = parse_citation_line(line + " | A description")
    assert (parsed.kind, parsed.value, parsed.label) == (kind, value, "A description")


@pytest.mark.parametrize(
    "line, message",
    [
        ("doi:10.12/too-short-registrant", "not a valid DOI"),
        ("doi:11.1234/abc", "not a valid DOI"),
        ("doi:10.1234/", "not a valid DOI"),
        ("pmid:12ab", "not a valid PubMed ID"),
        ("pmid:", "not a valid PubMed ID"),
        ("javascript:alert(1)", "not a citation we recognise"),
        ("ftp://example.org/file", "not a citation we recognise"),
        ("https://", "not a valid web address"),
        ("ref:", "Write the reference"),
    ],
)
def test_invalid_citations_are_refused_with_a_reason(line, message):
    with pytest.raises(ValidationError) as excinfo:
        parse_citation_line(line)
    assert message in excinfo.value.messages[0]


def test_every_bad_line_is_reported_with_its_line_number():
    with pytest.raises(ValidationError) as excinfo:
        parse_citations("doi:10.1371/journal.pone.0285584\n\npmid:abc\nnonsense")
    assert excinfo.value.messages == [
        "Line 3: “pmid:abc” is not a valid PubMed ID. It should be digits only, like pmid:12345678.",
        "Line 4: “nonsense” is not a citation we recognise. Start the line with doi:, pmid:, https:// or ref:.",
    ]


def test_reference_without_link_keeps_its_whole_text():
    parsed = parse_citation_line("ref: Ashton CH. Benzodiazepines: How They Work and How to Withdraw | 2002")
    assert parsed.kind == "ref" and parsed.value == ""
    assert parsed.label == "Ashton CH. Benzodiazepines: How They Work and How to Withdraw | 2002"


def test_citations_become_links_to_doi_and_pubmed():
    assert Citation(kind="doi", value="10.1371/journal.pone.0285584").href == (
        "https://doi.org/10.1371/journal.pone.0285584"
    )
    assert Citation(kind="pmid", value="15033227").href == "https://pubmed.ncbi.nlm.nih.gov/15033227/"
    assert Citation(kind="ref", label="A book").href == ""


def test_citation_round_trips_through_the_editor_line():
    for line in ["doi:10.1371/journal.pone.0285584 | Ritvo", "pmid:15033227", "ref: A book, 2002"]:
        parsed = parse_citation_line(line)
        citation = Citation(kind=parsed.kind, value=parsed.value, label=parsed.label)
        assert parse_citation_line(citation.as_line()) == parsed
