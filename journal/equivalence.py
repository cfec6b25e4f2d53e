"""Approximate oral doses equivalent to diazepam 10 mg, exactly as given in shared/PRODUCT.md
("Equivalence reference"): the Ashton Manual's Table 1 as reproduced in sources A1, A2 and A7,
and the differing VA/DoD column of A1 where it exists.

Nothing here computes a schedule, a next cut or a recommended dose. `diazepam_equivalent_range`
only restates a dose the member already logged as an approximate diazepam range, spanning every
figure the sources give for that drug.
"""

from dataclasses import dataclass
from decimal import Decimal

SOURCES = {
    "A1": "A joint clinical practice guideline's \u201cAshton Manual (2002)\u201d column",
    "A2": "A full reproduction of Table 1 of the Ashton Manual",
    "A7": "NHS Scotland's table \u201cadapted from the Ashton Manual\u201d (given per 5 mg diazepam, doubled here)",
    "VA/DoD": "The VA/DoD column of the same joint guideline (A1)",
}
WARNING = (
    "These figures are approximate. Equivalents vary widely between people and between tables. "
    "Switching from one medication to another must be gradual and done with your prescriber. "
    "Haven never works out a schedule, a next cut or a dose for you."
)


@dataclass(frozen=True)
class Equivalent:
    slug: str
    name: str
    brands: str
    low: Decimal  # mg approximately equal to diazepam 10 mg (Ashton)
    high: Decimal
    sources: str
    a2_only: bool = False
    va_dod: Decimal | None = None

    @property
    def label(self) -> str:
        return self.name

    @property
    def ashton_text(self) -> str:
        if self.low == self.high:
            return _mg(self.low)
        return f"{self.low.normalize():f}\u2013{_mg(self.high)}"

    @property
    def va_dod_text(self) -> str:
        return _mg(self.va_dod) if self.va_dod is not None else ""


def _mg(value: Decimal) -> str:
    return f"{value.normalize():f} mg"


D = Decimal
TABLE = [
    Equivalent("alprazolam", "Alprazolam", "Xanax", D("0.5"), D("0.5"), "A1, A2", va_dod=D("1")),
    Equivalent("bromazepam", "Bromazepam", "Lexotan", D("5"), D("6"), "A2", a2_only=True),
    Equivalent("chlordiazepoxide", "Chlordiazepoxide", "Librium", D("25"), D("25"), "A1, A2, A7"),
    Equivalent("clobazam", "Clobazam", "Frisium", D("20"), D("20"), "A2, A7"),
    Equivalent("clonazepam", "Clonazepam", "Klonopin, Rivotril", D("0.5"), D("0.5"), "A1, A2, A7"),
    Equivalent("clorazepate", "Clorazepate", "Tranxene", D("15"), D("15"), "A1, A2"),
    Equivalent("diazepam", "Diazepam", "Valium", D("10"), D("10"), "all"),
    Equivalent("estazolam", "Estazolam", "ProSom", D("1"), D("2"), "A1, A2"),
    Equivalent("flurazepam", "Flurazepam", "Dalmane", D("15"), D("30"), "A1, A2"),
    Equivalent("loprazolam", "Loprazolam", "Dormonoct", D("1"), D("2"), "A2, A7"),
    Equivalent("lorazepam", "Lorazepam", "Ativan", D("1"), D("1"), "A1, A2, A7", va_dod=D("2")),
    Equivalent("lormetazepam", "Lormetazepam", "Noctamid", D("1"), D("2"), "A2, A7"),
    Equivalent("nitrazepam", "Nitrazepam", "Mogadon", D("10"), D("10"), "A2, A7"),
    Equivalent("oxazepam", "Oxazepam", "Serax", D("20"), D("20"), "A1, A2, A7", va_dod=D("30")),
    Equivalent("quazepam", "Quazepam", "Doral", D("20"), D("20"), "A1, A2"),
    Equivalent("temazepam", "Temazepam", "Restoril", D("20"), D("20"), "A1, A2, A7", va_dod=D("15")),
    Equivalent("triazolam", "Triazolam", "Halcion", D("0.5"), D("0.5"), "A1, A2", va_dod=D("0.25")),
    Equivalent("zolpidem", "Zolpidem", "Ambien, Stilnoct", D("20"), D("20"), "A2, A7"),
    Equivalent("zopiclone", "Zopiclone", "Zimovane", D("15"), D("15"), "A2, A7"),
]
BY_SLUG = {row.slug: row for row in TABLE}
OTHER = "other"
MEDICATION_CHOICES = [(row.slug, f"{row.name} ({row.brands})") for row in TABLE] + [(OTHER, "Other (type its name)")]


def medication_name(slug: str, other_name: str = "") -> str:
    if slug == OTHER:
        return other_name or "Other"
    row = BY_SLUG.get(slug)
    return row.name if row else slug


def _factors(row: Equivalent) -> tuple[float, float]:
    figures = [row.low, row.high] + ([row.va_dod] if row.va_dod is not None else [])
    return 10 / float(max(figures)), 10 / float(min(figures))


# mg of diazepam per mg of each drug, (lowest, highest) over every figure the sources give.
FACTORS = {row.slug: _factors(row) for row in TABLE}


def diazepam_equivalent_range(slug: str, dose_mg: float | None) -> tuple[float, float] | None:
    """The logged dose restated as approximately (low, high) mg diazepam, over every figure the
    sources give for this drug; None for "other" medications or an unknown dose."""
    factors = FACTORS.get(slug)
    if factors is None or dose_mg is None:
        return None
    return dose_mg * factors[0], dose_mg * factors[1]
