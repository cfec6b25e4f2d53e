"""Citations: one per line in the editor, checked for a valid format.

A line is an identifier, optionally followed by `|` and a description:
    doi:10.1371/journal.pone.0285584 | Ritvo AD et al. PLoS One. 2023
    10.1177/20451253221145561 | Huff C et al. 2023           (a bare DOI)
    pmid:12345678 | ...
    https://example.org/page | ...
    ref: Ashton CH. Benzodiazepines: How They Work and How to Withdraw. 2002.  (no link)
Citations become links (https://doi.org/..., https://pubmed.ncbi.nlm.nih.gov/.../) in the page;
nothing is fetched from those sites.
"""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from resources.models import Citation

DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")
PMID_RE = re.compile(r"^\d{1,9}$")
MAX_CITATIONS = 40
_url_validator = URLValidator(schemes=["http", "https"])


@dataclass(frozen=True)
class ParsedCitation:
    kind: str
    value: str
    label: str


def parse_citation_line(line: str) -> ParsedCitation:
    """Parse one editor line; raises ValidationError with a plain sentence."""
    head, _, label = line.partition("|")
    head, label = head.strip(), label.strip()
    if len(label) > 500:
        raise ValidationError("The description is too long (500 characters at most).")
    lowered = head.lower()
    if lowered.startswith("ref:"):
        text = (head[4:].strip() + (" | " + label if label else "")).strip()
        if not text:
            raise ValidationError("Write the reference after “ref:” (authors, title, year).")
        if len(text) > 500:
            raise ValidationError("The reference is too long (500 characters at most).")
        return ParsedCitation(Citation.REFERENCE, "", text)
    if lowered.startswith(("doi:", "https://doi.org/", "http://doi.org/", "https://dx.doi.org/")) or lowered.startswith(
        "10."
    ):
        value = re.sub(r"^(doi:|https?://(dx\.)?doi\.org/)", "", head, flags=re.IGNORECASE).strip()
        if not DOI_RE.match(value) or len(value) > 200:
            raise ValidationError(f"“{head}” is not a valid DOI. A DOI looks like 10.1371/journal.pone.0285584.")
        return ParsedCitation(Citation.DOI, value, label)
    if lowered.startswith("pmid:"):
        value = head[5:].strip()
        if not PMID_RE.match(value):
            raise ValidationError(f"“{head}” is not a valid PubMed ID. It should be digits only, like pmid:12345678.")
        return ParsedCitation(Citation.PMID, value, label)
    if lowered.startswith(("http://", "https://")):
        try:
            _url_validator(head)
        except ValidationError:
            raise ValidationError(f"“{head}” is not a valid web address.")
        if len(head) > 500:
            raise ValidationError("The web address is too long (500 characters at most).")
        return ParsedCitation(Citation.URL, head, label)
    raise ValidationError(
        f"“{head[:80]}” is not a citation we recognise. Start the line with doi:, pmid:, https:// or ref:."
    )


def parse_citations(text: str) -> list[ParsedCitation]:
    """Parse the editor's citations box; every bad line is reported with its line number."""
    parsed: list[ParsedCitation] = []
    errors: list[str] = []
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    for number, line in enumerate(lines, start=1):
        if not line:
            continue
        try:
            parsed.append(parse_citation_line(line))
        except ValidationError as exc:
            errors.append(f"Line {number}: {exc.messages[0]}")
    if len(parsed) > MAX_CITATIONS:
        errors.append(f"Please keep to {MAX_CITATIONS} citations or fewer.")
    if errors:
        raise ValidationError(errors)
    return parsed


def citations_as_text(citations) -> str:
    return "\n".join(c.as_line() for c in citations)
