"""The crisis detector against the labelled corpus (tests/moderation/data/, see its README).

Recall counts high and medium as caught; the false-alarm rate is quiet statements flagged at any
level. Every part must reach recall 0.97 and stay at or under a false-alarm rate of 0.03, except
the blind sets released for tuning that are not yet there (their own floors: their tuned figures
less a small margin; N, O, P and Q start from their blind figures). All floors guard against
losing ground; the blind figures, the honest measure on new wording, are in docs/moderation.md.
"""

from pathlib import Path

import pytest

from moderation.detector import assess

DATA = Path(__file__).parent / "data"
PARTS = {
    "tuning": ["tuning.tsv"],
    "held-out": ["heldout.tsv"],
    "held-out b": ["heldout_b.tsv"],
    "blind set A, now tuning": ["crisis_a.tsv"],
    "blind set B, now tuning": ["crisis_b.tsv"],
    "blind set C, now tuning": ["heldout_c.tsv"],
    "blind set D, now tuning": ["crisis_d.tsv"],
    "blind set E, now tuning": ["crisis_e.tsv"],
    "blind set F, now tuning": ["crisis_f.tsv"],
    "blind set G, now tuning": ["crisis_g.tsv"],
    # Round six. I (English from around the world): blind on ce21a65 0.719 (115/160) / 0.100 (16/160).
    "blind set I, now tuning": ["crisis_i.tsv"],
    # K (very short lines, phones, text-speak): blind on ce21a65 0.713 (114/160) / 0.044 (7/160).
    "blind set K, now tuning": ["crisis_k.tsv"],
    # H (plain statements as typed into the reply form): blind on ce21a65 0.806 (129/160) / 0.087 (14/160).
    "blind set H, now tuning": ["crisis_h.tsv"],
    # J (long posts, the risk in one or two sentences): blind on ce21a65 0.744 (119/160) / 0.169 (27/160).
    "blind set J, now tuning": ["crisis_j.tsv"],
    # L (replies and new topics, everyday wording) and M (every place a member writes: chat, PMs,
    # bios, flag notes, edits, journal lines, titles): written in session five by two more writers
    # who never saw the detector and kept from the tuners, to measure the round on new wording.
    # L: 0.756 (121/160) / 0.056 (9/160) on ce21a65, 0.781 (125/160) / 0.044 (7/160) on f0bfd2d.
    # M: 0.662 (106/160) / 0.138 (22/160) on ce21a65, 0.694 (111/160) / 0.106 (17/160) on f0bfd2d.
    # Not tuned on yet: their floors and ceilings are those blind figures, to guard against losing ground.
    # Round eight released them for tuning (docs/moderation.md, "Round eight"): L 0.994 (159/160) / 0.000,
    # M 0.981 (157/160) / 0.000 on main 42cdc21; floors at those less about 0.01.
    "blind set L, now tuning": ["crisis_l.tsv"],
    "blind set M, now tuning": ["crisis_m.tsv"],
    # N (plain reply-form statements, indirect wording) and O (every place a member writes, long posts,
    # second-language English): written in session six by two more writers who never saw the detector
    # and kept from round eight's tuners. N 0.738 (118/160) / 0.031 (5/160) on a727224, 0.781 (125/160) /
    # 0.025 (4/160) on f415d9a (the lead had read N: one tuner's brief and two lead fixes came from its
    # kinds, so N's second figure is not blind); O 0.711 (113/159) / 0.044 (7/160) on a727224, 0.717
    # (114/159) / 0.044 (7/160) on f415d9a (blind). Round nine (session seven) released them for tuning;
    # newer blind sets P and Q measure the round on new wording (docs/moderation.md, "Round nine").
    "blind set N, now tuning": ["crisis_n.tsv"],
    "blind set O, now tuning": ["crisis_o.tsv"],
    # P (plain, direct posts and chat lines) and Q (the risk inside ordinary withdrawal posts and journal
    # entries, English from around the world): written in session seven by two more writers who never saw
    # the detector. Blind on 8bc8ffc: P 0.856 (137/160) / 0.025 (4/160), Q 0.787 (126/160) / 0.062
    # (10/160). Released for tuning in round nine; floors and ceilings start at those figures.
    "blind set P, now tuning": ["crisis_p.tsv"],
    "blind set Q, now tuning": ["crisis_q.tsv"],
    # T (plain statements typed into the reply box) and U (chat lines and private messages, often at
    # night): written in session eight by two more writers who never saw the detector. Blind on e1833bc:
    # T 0.781 (125/160) / 0.006 (1/160), U 0.799 (127/159) / 0.032 (5/158). Released for tuning in round
    # ten; floors and ceilings start at those figures. Sealed sets V and W measure the round.
    "blind set T, now tuning": ["crisis_t.tsv"],
    "blind set U, now tuning": ["crisis_u.tsv"],
    # X (night-time posts: fragments, run-ons, typos) and Y (younger members: slang, irony, dark humour):
    # written in session nine by two more writers who never saw the detector. Blind on f93bdeb:
    # X 0.744 (119/160) / 0.031 (5/160), Y 0.731 (117/160) / 0.106 (17/160). Released for tuning in
    # round eleven; floors and ceilings start at those figures. Sealed sets Z and AA measure the round.
    "blind set X, now tuning": ["crisis_x.tsv"],
    "blind set Y, now tuning": ["crisis_y.tsv"],
    # Session ten: six more writers who never saw the detector. AB (replies and new topics, early
    # withdrawal) and AC (inside threads and chat) are released for round twelve's rule tuners; AF
    # (long-haulers), AG (phone and chat fragments), AH (world and second-language English) and AI (long
    # posts, the risk inside) are never tuned on by rules: the weighted-word backstop learns from them and
    # they measure it (left out together). Blind on 0bd9900: AB 0.925 (147/159) / 0.019 (3/160), AC 0.906
    # (145/160) / 0.062 (10/160), AF 0.869 (139/160) / 0.056 (9/160), AG 0.806 (129/160) / 0.037 (6/160),
    # AH 0.780 (124/159) / 0.037 (6/160); AI (written a little later) on afc271c 0.944 (151/160) / 0.106
    # (17/160). Floors and ceilings start at those figures. Round twelve (long12) tuned the rules on the
    # QUIET side of AF-AI for false alarms (their crisis side stays the backstop's blind measure): their
    # false-alarm ceilings are one statement more than flagged after it (AF 4, AG 4, AH 3, AI 9 of 160).
    "blind set AB, now tuning": ["crisis_ab.tsv"],
    "blind set AC, now tuning": ["crisis_ac.tsv"],
    "blind set AF, backstop only": ["crisis_af.tsv"],
    "blind set AG, backstop only": ["crisis_ag.tsv"],
    "blind set AH, backstop only": ["crisis_ah.tsv"],
    "blind set AI, backstop only": ["crisis_ai.tsv"],
    # Round thirteen (session 11), blind on 1535851: AL 0.950 / 0.037, AM 0.919 / 0.025 (released to rule
    # tuners); AN 0.850 / 0.056, AO 0.860 / 0.006, AP 0.963 / 0.031,
    # AQ 0.975 / 0.087 (the backstop's held-out measure).
    "blind set AL, now tuning": ["crisis_al.tsv"],
    "blind set AM, now tuning": ["crisis_am.tsv"],
    "blind set AN, backstop only": ["crisis_an.tsv"],
    "blind set AO, backstop only": ["crisis_ao.tsv"],
    "blind set AP, backstop only": ["crisis_ap.tsv"],
    "blind set AQ, backstop only": ["crisis_aq.tsv"],
    # AS (titles, statuses, bios, private messages) 0.825 / 0.050 and AT (journals, edits, flag notes)
    # 0.838 / 0.031 blind on 1535851, released to a rule tuner.
    "blind set AS, now tuning": ["crisis_as.tsv"],
    "blind set AT, now tuning": ["crisis_at.tsv"],
    # AR (check-in threads), AU (buddies' messages and chat), AV (writers who say it sideways), kept from every
    # tuner; blind on 1535851 0.944 / 0.019, 0.875 / 0.013, 0.825 / 0.037; at the round's end (before they were
    # trained on) 0.950 / 0.019, 0.887 / 0.006, 0.875 / 0.037. Then added to the backstop's training data.
    "blind set AR, backstop data": ["crisis_ar.tsv"],
    "blind set AU, backstop data": ["crisis_au.tsv"],
    "blind set AV, backstop data": ["crisis_av.tsv"],
}
MIN_RECALL, MAX_FALSE_ALARMS = 0.97, 0.03
# Sets B, C, D and E: their figures after tuning less a small margin. Raise them as they improve.
# Round three: B 0.950 / 0.000, C (blind 0.656 / 0.075) 0.956 / 0.000, D (blind 0.581 / 0.081) 0.994 / 0.000.
OWN_RECALL_FLOOR = {
    "blind set B, now tuning": 0.95,
    "blind set C, now tuning": 0.94,
    "blind set D, now tuning": 0.98,
    "blind set E, now tuning": 0.98,
    "blind set F, now tuning": 0.97,
    "blind set G, now tuning": 0.88,
    "blind set I, now tuning": 0.96,
    "blind set K, now tuning": 0.98,
    "blind set H, now tuning": 0.97,
    "blind set J, now tuning": 0.97,
    "blind set L, now tuning": 0.98,
    "blind set M, now tuning": 0.97,
    "blind set N, now tuning": 0.94,
    "blind set O, now tuning": 0.98,
    "blind set P, now tuning": 0.98,
    "blind set Q, now tuning": 0.97,
    "blind set T, now tuning": 0.90,
    "blind set U, now tuning": 0.94,
    "blind set X, now tuning": 0.95,
    "blind set Y, now tuning": 0.94,
    "blind set AB, now tuning": 0.98,
    "blind set AC, now tuning": 0.98,
    "blind set AF, backstop only": 0.92,
    "blind set AG, backstop only": 0.87,
    "blind set AH, backstop only": 0.87,
    "blind set AI, backstop only": 0.97,
    "blind set AL, now tuning": 0.98,
    "blind set AM, now tuning": 0.98,
    "blind set AN, backstop only": 0.915,
    "blind set AO, backstop only": 0.9,
    "blind set AP, backstop only": 0.985,
    "blind set AQ, backstop only": 0.99,
    "blind set AS, now tuning": 0.915,
    "blind set AT, now tuning": 0.92,
    "blind set AR, backstop data": 0.97,
    "blind set AU, backstop data": 0.915,
    "blind set AV, backstop data": 0.91,
}
# E (blind 0.662 / 0.081 on fdfc053, 0.713 / 0.056 on 6933f59): tuned in round three to 0.956 / 0.000, round four 0.988.
# G (blind 0.419 / 0.062 on fdfc053, 0.487 / 0.044 on aff69b0): tuned in round five to 0.692 / 0.000.
# F (blind 0.662 / 0.094 on fdfc053, 0.738 / 0.075 on aff69b0): round five 0.944 / 0.013 (common 0.03 ceiling).
# I and K (round six, blind figures in PARTS): tuned to 0.956 / 0.000 and 0.994 / 0.006 (common 0.03 ceiling).
# H and J (round six, blind figures in PARTS): tuned to 0.925 / 0.006 and 0.919 / 0.013 (common 0.03 ceiling).
# L and M (round eight, blind figures in PARTS): tuned on 34e2826 to 0.994 / 0.000 and 0.981 / 0.000.
# Their false alarms went 7 -> 0 and 17 -> 0 in round eight (kinds8d): ceilings at one statement of 160.
# Round nine tuned N, O, P and Q (blind figures in PARTS); on e1833bc: N 0.956 / 0.000, O 1.000 / 0.000,
# P 0.994 / 0.000, Q 0.981 / 0.006. Every floor was raised then to the part's figure on e1833bc less
# about 0.01 (B 0.963, C 0.956, D 0.994, E 0.994, F 0.988, G 0.893, H 0.987, I 0.975, J 0.981, K 1.000);
# N, O and P's false-alarm ceilings to one statement in 160, Q's to two.
# Round ten tuned T and U: on 9da44ac T 0.919 (147/160) / 0.000, U 0.950 (151/159) / 0.006 (1/158);
# floors at those less about 0.01, U's ceiling at one statement in 160.
# Round eleven tuned X and Y (rules on 8fe6096: X 0.894 / 0.019, Y 0.887 / 0.031), then the weighted-word
# backstop learned them: X 0.963 (154/160) / 0.019 (3/160), Y 0.950 (152/160) / 0.031 (5/160); floors at
# those less about 0.01, ceilings at one statement more than flagged now.
# Round twelve: on ec58419 (rules tuned on AB and AC by acts12, mind12, quiet12; AF-AI's quiet side by long12;
# the backstop retrained on the whole corpus) AB 0.994 (158/159) / 0.000, AC 0.994 (159/160) / 0.000, AF 0.931
# (149/160) / 0.019 (3/160), AG 0.881 (141/160) / 0.025 (4/160), AH 0.881 (140/159) / 0.019 (3/160), AI 0.981
# (157/160) / 0.050 (8/160); floors at those less about 0.01, ceilings at one statement more than flagged now.
# Round thirteen: on the round's end (rules tuned on AL, AM, AS, AT and the quiet side of AN-AQ; the backstop
# retrained on the whole corpus with AR, AU and AV) AL 0.988 / 0.000, AM 0.988 / 0.006, AN 0.925 / 0.006,
# AO 0.911 / 0.000, AP 0.994 / 0.000, AQ 1.000 / 0.025, AR 0.981 / 0.006, AS 0.925 / 0.025, AT 0.931 / 0.019,
# AU 0.925 / 0.006, AV 0.919 / 0.031; floors at those less about 0.01, ceilings one statement above.
OWN_FALSE_ALARM_CEILING: dict[str, float] = {
    "blind set L, now tuning": 0.007,
    "blind set M, now tuning": 0.007,
    "blind set N, now tuning": 0.007,
    "blind set O, now tuning": 0.007,
    "blind set P, now tuning": 0.007,
    "blind set Q, now tuning": 0.013,
    "blind set T, now tuning": 0.007,
    "blind set U, now tuning": 0.007,
    "blind set X, now tuning": 0.025,
    "blind set Y, now tuning": 0.032,
    "blind set AB, now tuning": 0.007,
    "blind set AC, now tuning": 0.007,
    "blind set AF, backstop only": 0.025,
    "blind set AG, backstop only": 0.032,
    "blind set AH, backstop only": 0.025,
    "blind set AI, backstop only": 0.057,
    "blind set AL, now tuning": 0.007,
    "blind set AM, now tuning": 0.013,
    "blind set AN, backstop only": 0.013,
    "blind set AO, backstop only": 0.007,
    "blind set AP, backstop only": 0.007,
    "blind set AQ, backstop only": 0.032,
    "blind set AS, now tuning": 0.032,
    "blind set AT, now tuning": 0.025,
    "blind set AR, backstop data": 0.013,
    "blind set AU, backstop data": 0.013,
    "blind set AV, backstop data": 0.038,
}


def _statements(files: list[str]) -> list[tuple[str, str]]:
    rows = []
    for name in files:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                fields = line.split("\t")  # label, [category,] statement
                label, text = fields[0], fields[-1]
                assert label in ("crisis", "quiet"), line
                rows.append((label, text))
    return rows


def _figures(rows) -> tuple[float, float, list[str], list[str]]:
    crisis = [text for label, text in rows if label == "crisis"]
    quiet = [text for label, text in rows if label == "quiet"]
    missed = [text for text in crisis if not assess(text).is_crisis]
    alarms = [text for text in quiet if assess(text).is_crisis]
    return 1 - len(missed) / len(crisis), len(alarms) / len(quiet), missed, alarms


def test_the_corpus_has_at_least_400_statements_about_half_of_them_crisis():
    rows = _statements([name for files in PARTS.values() for name in files])
    crisis = sum(1 for label, _ in rows if label == "crisis")
    assert len(rows) >= 400
    assert 0.4 <= crisis / len(rows) <= 0.6
    assert len({text.lower() for _, text in rows}) == len(rows), "a statement is listed twice"


@pytest.mark.parametrize("part", PARTS)
def test_the_detector_catches_crisis_statements_and_leaves_everyday_talk_alone(part):
    recall, false_alarms, missed, alarms = _figures(_statements(PARTS[part]))
    assert recall >= OWN_RECALL_FLOOR.get(part, MIN_RECALL), f"{part}: recall {recall:.3f}; missed: {missed}"
    ceiling = OWN_FALSE_ALARM_CEILING.get(part, MAX_FALSE_ALARMS)
    assert false_alarms <= ceiling, f"{part}: false alarms {false_alarms:.3f}: {alarms}"
