#!/usr/bin/env python3
# ruff: noqa  -- verbatim copy of ../shared/bench/gen_dataset.py (project benchmark tooling); keep in sync.
"""Deterministic, neutral forum dataset generator (JSON lines).

Emits one JSON object per line, in this order:
  {"type": "meta", ...}        counts, seed, scale, ids of the deep topics and busiest board
  {"type": "user", ...}        id, username, email, date_joined, is_staff
  {"type": "board", ...}       id, name, slug, description, position
  {"type": "topic", ...}       id, board_id, user_id, title, slug, created, is_pinned, is_locked, post_count
  {"type": "post", ...}        id, topic_id, user_id, position (0 = opening post), created, body (Markdown)

Topics are emitted by id; posts are emitted in global chronological order (ids ascending),
so a loader can bulk-insert in order and keep denormalised counters in memory.

Full scale (1.0): 1,000 users, 8 boards, 4,000 topics, 100,000 posts, 3 topics with 2,000+ posts.
--scale 0.1 keeps the 8 boards and at least one 2,000+ post topic, and scales the rest.
Same --seed and --scale always give byte-identical output (no wall clock, no hash randomisation).

Usage:  python gen_dataset.py --scale 1.0 --seed 20250101 --out data/forum-1.0.jsonl
"""
import argparse
import datetime as dt
import json
import random
import re
import sys

BOARDS = [
    ("Introductions", "Say hello, tell your story and find people at a similar stage."),
    ("Tapering", "Planning and running a slow taper: schedules, liquid formulations, holds."),
    ("Cold turkey and rapid detox", "For people who stopped abruptly or too fast, and what helps now."),
    ("Post-withdrawal healing", "Windows and waves, protracted symptoms, the long road back."),
    ("Success stories", "Recovered or mostly there? Share what it was like and what helped."),
    ("Family and friends", "Support for partners, parents, children and friends of people in withdrawal."),
    ("Coping and symptoms", "Day-to-day coping: sleep, anxiety, akathisia, brain zaps, diet, exercise."),
    ("Off-topic", "Anything else: hobbies, distractions, pets, music, small wins."),
]
# Relative share of topics per board (Tapering and Coping are the busiest).
BOARD_WEIGHTS = [6, 26, 9, 14, 4, 6, 27, 8]

ADJ = ["quiet", "slow", "brave", "gentle", "steady", "hopeful", "tired", "patient", "calm", "stubborn",
       "sunny", "misty", "little", "northern", "coastal", "amber", "silver", "green", "blue", "wild"]
NOUN = ["heron", "oak", "river", "fox", "sparrow", "willow", "harbour", "meadow", "lantern", "pebble",
        "otter", "cedar", "comet", "garden", "tide", "wren", "maple", "badger", "moth", "fern"]
DRUGS = ["sertraline", "paroxetine", "venlafaxine", "escitalopram", "citalopram", "fluoxetine",
         "clonazepam", "diazepam", "lorazepam", "mirtazapine", "quetiapine", "duloxetine",
         "pregabalin", "zopiclone", "gabapentin"]
SYMPTOMS = ["insomnia", "brain zaps", "akathisia", "derealisation", "anxiety surges", "tinnitus",
            "crying spells", "head pressure", "muscle twitches", "nausea", "dizziness", "early waking",
            "emotional numbness", "intrusive thoughts", "burning skin", "heart palpitations"]
HELPS = ["a short walk in daylight", "magnesium glycinate (ask your doctor)", "breathing exercises",
         "a warm shower before bed", "keeping a symptom diary", "cold water on the face",
         "listening to an audiobook", "eating regular small meals", "cutting out caffeine",
         "gentle yoga", "talking to someone here", "a weighted blanket", "distraction with puzzles"]
OPENERS = [
    "Thank you all for the replies, it really helps to know I'm not alone.",
    "Quick update from me.",
    "I've been lurking for months and finally decided to post.",
    "Sorry this is long.",
    "Hi everyone,",
    "Just checking in.",
    "Not sure if this is the right board for this question.",
    "Sending hugs to everyone who is struggling today.",
    "Day {n} of my hold and I wanted to write this down.",
    "It's 3am and I can't sleep again, so here I am.",
]
SENTENCES = [
    "I reduced my {drug} by {pct}% about {n} weeks ago and the {sym} started around day {d}.",
    "My doctor wanted me to drop from {mg}mg to zero in two weeks, which I now know is far too fast.",
    "The {sym} is worst in the morning and eases a little by the evening.",
    "I'm holding at {mg}mg until things stabilise before I make the next cut.",
    "What helped me most was {help}, it doesn't fix anything but it takes the edge off.",
    "Has anyone else had {sym} this far out? I'm at month {n} now.",
    "I had a window last week where I felt almost normal for two whole days.",
    "Then the wave came back with {sym} and {sym2}, but not as intense as before.",
    "My partner has been amazing, although I know it's hard for them too.",
    "I'm using a liquid formulation so I can make smaller cuts of about {pct}% each month.",
    "Please remember that the nervous system heals, even if it takes longer than we want.",
    "I've started {help} and I think it's making a small difference.",
    "I switched from {drug} to {drug2} at the suggestion of my prescriber and regret it now.",
    "Work has been difficult, I had to reduce my hours for a while.",
    "I keep a simple spreadsheet of doses and symptoms so I can see the trend over weeks.",
    "It is so validating to read other people describe exactly what I'm feeling.",
    "Today was a better day: I went to the shop and cooked a proper meal.",
    "The {sym} comes and goes, sometimes several times a day.",
    "I'm {n} months off everything and mostly doing well, with the odd bad day.",
    "Try not to compare your timeline with anyone else's, everyone heals at their own pace.",
    "Sleep is slowly coming back, I got {h} hours last night which is a record this month.",
    "I really appreciate this community, I don't know what I'd have done without it.",
]
TITLES = [
    "{drug} taper: {mg}mg to {mg2}mg, need advice",
    "Is {sym} normal at month {n}?",
    "Hello from a new member ({drug})",
    "My {drug} story so far",
    "Holding at {mg}mg and struggling with {sym}",
    "Windows and waves: month {n} update",
    "What helps with {sym}?",
    "Supporting my partner through {drug} withdrawal",
    "Cut too fast, now what?",
    "Finally recovered after {n} months",
    "Daily check-in thread #{n}",
    "Liquid {drug} and small cuts",
    "Anyone else get {sym} and {sym2} together?",
    "Good day today!",
    "Reinstating {drug}: did it help you?",
    "Small wins thread",
]
LINKS = [("taper calculator", "https://example.org/taper-calculator"),
         ("symptom diary template", "https://example.org/diary"),
         ("the FAQ", "https://example.org/faq"),
         ("this article on hyperbolic tapering", "https://example.org/hyperbolic")]

START = dt.datetime(2022, 1, 1, tzinfo=dt.timezone.utc)
END = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
SPAN = (END - START).total_seconds()


def slugify(s):
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s[:60].strip("-") or "topic"


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def fill(self, tpl):
        r = self.r
        d1, d2 = r.sample(DRUGS, 2)
        s1, s2 = r.sample(SYMPTOMS, 2)
        mg = r.choice([1, 2, 2.5, 5, 7.5, 10, 12.5, 15, 20, 25, 37.5, 50, 75, 100, 150])
        return tpl.format(drug=d1, drug2=d2, sym=s1, sym2=s2, mg=mg, mg2=round(mg * 0.9, 2),
                          pct=r.choice([5, 10, 10, 10, 15, 25]), n=r.randint(2, 40),
                          d=r.randint(2, 30), h=r.randint(3, 7), help=r.choice(HELPS))

    def paragraph(self, k):
        return " ".join(self.fill(self.r.choice(SENTENCES)) for _ in range(k))

    def body(self):
        """Markdown body, 200-1500 chars, skewed towards shorter posts."""
        r = self.r
        u = r.random()
        target = r.randint(200, 500) if u < 0.55 else r.randint(500, 1000) if u < 0.88 else r.randint(1000, 1500)
        parts = []
        if r.random() < 0.5:
            parts.append(self.fill(r.choice(OPENERS)))
        if r.random() < 0.15:  # quote of an earlier reply
            parts.append("> " + self.fill(r.choice(SENTENCES)))
        size = lambda: sum(len(p) + 2 for p in parts)
        while size() < target:
            x = r.random()
            if x < 0.12:
                items = r.sample(HELPS, r.randint(2, 4))
                parts.append("\n".join("- " + i for i in items))
            elif x < 0.18:
                parts.append("**Update:** " + self.fill(r.choice(SENTENCES)))
            elif x < 0.22:
                label, url = r.choice(LINKS)
                parts.append("There is a [%s](%s) that helped me plan this." % (label, url))
            elif x < 0.25:
                parts.append("| week | dose |\n|---|---|\n" + "\n".join(
                    "| %d | %smg |" % (w, round(20 * 0.9 ** w, 2)) for w in range(1, r.randint(3, 6))))
            else:
                p = self.paragraph(r.randint(1, 4))
                if r.random() < 0.1:
                    p = p.replace(" really ", " *really* ", 1)
                parts.append(p)
        text = "\n\n".join(parts)
        if len(text) > 1500:
            cut = text.rfind(" ", 0, 1490)
            text = text[:cut].rstrip() + "..."
        return text


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=20250101)
    ap.add_argument("--out", default="-", help="output file (default stdout)")
    a = ap.parse_args()

    g = Gen(a.seed)
    r = g.r
    n_users = max(20, round(1000 * a.scale))
    n_topics = max(40, round(4000 * a.scale))
    n_posts = max(n_topics * 3, round(100000 * a.scale))
    n_deep = max(1, round(3 * a.scale))
    deep_sizes = [2400, 2150, 2050, 2020, 2010][:n_deep] + [2005] * max(0, n_deep - 5)
    if sum(deep_sizes) + (n_topics - n_deep) > n_posts:  # tiny scales for tests: one shorter deep topic
        deep_sizes = [max(2, n_posts - (n_topics - 1)) // 2]
        n_deep = 1

    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")
    w = lambda obj: out.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")

    # --- users ---------------------------------------------------------------------------
    users, seen = [], set()
    for i in range(1, n_users + 1):
        while True:
            name = "%s_%s%d" % (r.choice(ADJ), r.choice(NOUN), r.randint(1, 99))
            if name not in seen:
                seen.add(name)
                break
        joined = START + dt.timedelta(seconds=r.random() * SPAN * 0.6)
        users.append({"type": "user", "id": i, "username": name, "email": "%s@example.com" % name,
                      "date_joined": iso(joined), "is_staff": i <= max(2, n_users // 100)})
    # Zipf-ish activity: a few users write most posts.
    activity = [1.0 / (k ** 0.9) for k in range(1, n_users + 1)]
    order = list(range(1, n_users + 1))
    r.shuffle(order)
    pick_user = lambda: r.choices(order, weights=activity)[0]

    # --- boards --------------------------------------------------------------------------
    boards = [{"type": "board", "id": i + 1, "name": n, "slug": slugify(n), "description": d, "position": i}
              for i, (n, d) in enumerate(BOARDS)]

    # --- topics --------------------------------------------------------------------------
    # post counts: deep topics first (fixed), rest heavy-tailed then scaled to the exact total
    rest = n_posts - sum(deep_sizes)
    n_rest = n_topics - n_deep
    raw = [r.lognormvariate(0.0, 1.25) for _ in range(n_rest)]  # many short threads, long tail
    tot = sum(raw)
    counts = [max(1, int(x / tot * rest)) for x in raw]
    counts = [min(c, 1500) for c in counts]
    diff = rest - sum(counts)
    i = 0
    while diff != 0:  # distribute remainder deterministically
        j = i % n_rest
        if diff > 0 and counts[j] < 1500:
            counts[j] += 1; diff -= 1
        elif diff < 0 and counts[j] > 1:
            counts[j] -= 1; diff += 1
        i += 1
    deep_ids = r.sample(range(1, n_topics + 1), n_deep)
    it = iter(counts)
    topics = []
    for tid in range(1, n_topics + 1):
        pc = deep_sizes[deep_ids.index(tid)] if tid in deep_ids else next(it)
        board_id = r.choices(range(1, 9), weights=BOARD_WEIGHTS)[0]
        if tid in deep_ids:  # long-running check-in style threads live in the busiest boards
            board_id = [2, 7, 4][deep_ids.index(tid) % 3]
        created = START + dt.timedelta(seconds=r.random() * SPAN * 0.9)
        title = g.fill(r.choice(TITLES)) if tid not in deep_ids else \
            "Daily check-in thread: how are you today? (part %d)" % (deep_ids.index(tid) + 1)
        topics.append({"type": "topic", "id": tid, "board_id": board_id, "user_id": pick_user(),
                       "title": title, "slug": slugify(title), "created": iso(created),
                       "is_pinned": tid in deep_ids or r.random() < 0.004,
                       "is_locked": r.random() < 0.01, "post_count": pc})
    # --- posts: timestamps per topic, then global chronological order ------------------------
    stamps = []  # (time, topic_id, position, user_id)
    for t in topics:
        t0 = dt.datetime.strptime(t["created"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        remaining = (END - t0).total_seconds()
        life = remaining if t["post_count"] > 200 else min(remaining, r.expovariate(1 / (86400 * 20)) + 3600)
        offs = sorted(r.random() * life for _ in range(t["post_count"] - 1))
        stamps.append((t0, t["id"], 0, t["user_id"]))
        for p, o in enumerate(offs, start=1):
            stamps.append((t0 + dt.timedelta(seconds=max(o, p)), t["id"], p, pick_user()))
    stamps.sort(key=lambda s: (s[0], s[1], s[2]))

    busiest = max(range(1, 9), key=lambda b: (sum(1 for t in topics if t["board_id"] == b), -b))
    last_page_20 = {tid: (topics[tid - 1]["post_count"] + 19) // 20 for tid in deep_ids}
    w({"type": "meta", "seed": a.seed, "scale": a.scale, "users": n_users, "boards": len(boards),
       "topics": n_topics, "posts": n_posts, "deep_topic_ids": deep_ids,
       "deep_topic_posts": [topics[t - 1]["post_count"] for t in deep_ids],
       "busiest_board_id": busiest, "generated_until": iso(END)})
    for u in users:
        w(u)
    for b in boards:
        w(b)
    for t in topics:
        w(t)
    for pid, (ts, tid, pos, uid) in enumerate(stamps, start=1):
        w({"type": "post", "id": pid, "topic_id": tid, "user_id": uid, "position": pos,
           "created": iso(ts), "body": g.body()})
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
