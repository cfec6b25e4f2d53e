"""Starter resources: written by the Haven team ONLY from the sources PRODUCT.md lists.

They are loaded "in review", marked "Starter content — awaiting clinician review", and never
shown as reviewed. No doses, no schedules, no treatment claims beyond what the sources support
(tests/resources/test_starter.py guards against dose amounts and schedule words).
"""

RITVO = (
    "doi:10.1371/journal.pone.0285584 | Ritvo AD, Foster DE, Huff C, Finlayson AJR, Silvernail B, Martin PR. "
    "Long-term consequences of benzodiazepine-induced neurological dysfunction: A survey. PLoS One. "
    "2023;18(6):e0285584."
)
HUFF = (
    "doi:10.1177/20451253221145561 | Huff C, Finlayson AJR, Foster DE, Martin PR. Enduring neurological "
    "sequelae of benzodiazepine use: an Internet survey. Therapeutic Advances in Psychopharmacology. 2023;13."
)
BARKER = (
    "doi:10.1016/S0887-6177(03)00096-9 | Barker MJ, Greenwood KM, Jackson M, Crowe SF. Persistence of cognitive "
    "effects after withdrawal from long-term benzodiazepine use: a meta-analysis. Archives of Clinical "
    "Neuropsychology. 2004;19(3):437–454."
)
# Cited by title only: no link, so nothing depends on a web address we have not checked.
ASHTON = 'ref: Ashton CH. Benzodiazepines: How They Work and How to Withdraw ("the Ashton Manual"). 2002.'

STARTER_RESOURCES = [
    {
        "slug": "why-stopping-suddenly-is-dangerous",
        "title": "Why stopping suddenly is dangerous, and why tapers are individual",
        "summary": (
            "After long use, stopping a benzodiazepine suddenly can cause severe withdrawal, including seizures. "
            "The sources advise coming off gradually, at a pace that suits the person, with their prescriber."
        ),
        "audience_note": "People thinking about coming off a benzodiazepine, and the people who support them.",
        "citations": [ASHTON, RITVO],
        "body": """\
## What the sources say

- Guidelines advise that benzodiazepines are prescribed only for short courses, of two to four weeks (Ashton Manual).
- After long use, stopping suddenly risks severe withdrawal, which can include seizures (Ashton Manual).
- For this reason, coming off should be gradual rather than sudden (Ashton Manual).

## Why a taper is individual

There is no single right pace. People differ, medicines differ, and people respond differently as they go. \
The sources describe coming off as something planned for the person and supervised, not a fixed plan that suits \
everyone.

Some people who took part in surveys of former users said they felt dismissed by doctors (Ritvo and others, 2023). \
If you feel unheard, you are not alone. It can help to bring the sources on this page to your appointment.

## What this page does not do

It gives no doses and no plans for coming off. Those belong in a conversation with your own prescriber, who knows \
your history.

## If you have already stopped suddenly

Please talk to your prescriber or another doctor soon, and tell them what you took and when you stopped. \
If you feel unsafe, use the **Need help now?** link at the top of every page for crisis lines. \
Members who have been through it share their experience on the board *Stopped abruptly or rapid detox*.
""",
    },
    {
        "slug": "protracted-symptoms-and-bind",
        "title": "Protracted symptoms and BIND: what people report",
        "summary": (
            "Some people have symptoms that last long after they stop a benzodiazepine. Surveys of former users "
            "describe what these are, and recovery is reported over months to years."
        ),
        "audience_note": "People who have stopped, or are coming off, and want to understand lasting symptoms.",
        "citations": [RITVO, HUFF, BARKER],
        "body": """\
## The words people use

Some people have symptoms that carry on long after they have stopped a benzodiazepine. This is often called \
*protracted withdrawal*. Researchers have also used the term *benzodiazepine-induced neurological dysfunction*, \
or **BIND** (Ritvo and others, 2023).

## What former users report

In two surveys of former users (Ritvo and others, 2023; Huff and others, 2023), people described symptoms such as:

- problems with memory and concentration
- anxiety
- trouble sleeping
- sensitivity to light and sound
- burning or tingling nerve pain
- low energy

For over half of the people who answered, these symptoms lasted a year or longer. Many also said they felt \
dismissed by doctors.

These surveys asked people who chose to take part about their own experience. They describe what people went \
through; they do not say how often this happens to everyone who takes these medicines.

## Recovery

Recovery is reported over months to years. A 2004 review that combined earlier studies (a meta-analysis) found \
that thinking skills improve after withdrawal, although some difficulties may persist (Barker and others, 2004).

## Talking to your prescriber

Symptoms like these deserve to be taken seriously. Your own prescriber is the right person to talk to about them, \
and about any change to your medicines.
""",
    },
    {
        "slug": "using-haven-safely",
        "title": "How to use this community safely",
        "summary": (
            "Haven is peer support and general information, not medical advice or a crisis service. "
            "How to share safely, how to tell reviewed guidance from personal stories, and where to get help now."
        ),
        "audience_note": "Everyone, especially new members.",
        "citations": [ASHTON],
        "body": """\
## What Haven is, and is not

Haven is peer support and general information. It is not medical advice and it is not a crisis service. \
Talk to your own prescriber before changing any medication.

## Share your experience, not instructions

- Tell your own story. Please don't tell others what dose to take or when to stop.
- Never encourage anyone to stop suddenly. After long use, stopping suddenly risks severe withdrawal, which can \
include seizures (Ashton Manual).
- Never offer, ask for or link to sources of medication.

## Protect privacy

Don't share the names of doctors, clinics or other people, contact details, or anyone else's personal information. \
Your display name is a pseudonym, and your email address is never shown.

## Guidance and personal stories

- Pages marked **Clinician reviewed** were written by a verified clinician and signed off by a second one. Each \
shows who reviewed it, when, and when the next review is due.
- Pages marked **Starter content — awaiting clinician review** were written by the Haven team from \
a few published sources and have not been reviewed yet.
- Only verified clinicians have the Clinician badge. If someone claims to be a doctor without it, be careful.
- Everything else is members sharing their own experience, which can help a lot but is not advice for you.

## If something worries you

Use **Flag** on any post or guidance that seems unsafe, unkind or wrong; a moderator will look at it. To disagree \
with a moderation decision, use the help desk board or message the team.

## If you need help now

Use the **Need help now?** link at the top of every page for crisis lines where you live.
""",
    },
]
