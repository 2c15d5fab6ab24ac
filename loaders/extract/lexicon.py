"""Word lists the rule stages use, compiled once at import.

They name general journalistic and diplomatic vocabulary (speech verbs, event nouns, titles), never
the actors or sentences of any particular article: the actors come from the gazetteer and from NER.
Keys are spaCy lemmas (lowercase); British and American spellings are both listed.
"""

from __future__ import annotations

# --- speech acts -----------------------------------------------------------------------------
# cue lemma -> statement kind (refined later by the object noun and the content)
CUE_KINDS: dict[str, str] = {
    **dict.fromkeys(
        (
            "say",
            "tell",
            "add",
            "note",
            "state",
            "explain",
            "comment",
            "mention",
            "detail",
            "describe",
            "inform",
            "brief",
            "report",
            "write",
            "tweet",
            "post",
            "stress",
            "emphasise",
            "emphasize",
            "underscore",
            "underline",
            "reiterate",
            "reaffirm",
            "repeat",
            "highlight",
            "acknowledge",
            "confirm",
            "believe",
            "insist",
            "argue",
            "suggest",
            "point",
            "draw",  # "drew attention to the fact that ..." (needs "attention", CUE_NEEDS)
            "dub",
            "observe",
            "recall",
            "remark",
            "assert",
            "affirm",
            "express",
            "voice",
            "make",
            "issue",
            "raise",
            "discuss",
            "lay",
            "predict",
            "put",
            "give",
            "provide",
            "exchange",
            "estimate",
            "assess",
            "indicate",
        ),
        "Report",
    ),
    **dict.fromkeys(("announce", "declare", "unveil", "publish", "proclaim", "release"), "Announcement"),
    **dict.fromkeys(
        (
            "call",
            "appeal",
            "urge",
            "ask",
            "request",
            "invite",
            "encourage",
            "plead",
            "seek",
            "propose",
            "implore",
            "exhort",
        ),
        "Appeal",
    ),
    **dict.fromkeys(("demand", "require", "insist on", "press"), "Demand"),  # C8: CAMEO 100 PRESS
    **dict.fromkeys(("accuse", "blame", "allege", "charge", "claim"), "Accusation"),
    **dict.fromkeys(
        (
            "criticise",
            "criticize",
            "condemn",
            "denounce",
            "ridicule",
            "slam",
            "deplore",
            "decry",
            "censure",
            "lambast",
            "mock",
            "dispute",
        ),
        "Criticism",
    ),
    **dict.fromkeys(("warn", "caution"), "Warning"),
    **dict.fromkeys(("threaten",), "Threat"),
    **dict.fromkeys(("deny", "dismiss"), "Denial"),
    **dict.fromkeys(("reject", "refuse", "oppose", "rebuff", "veto"), "Rejection"),
    **dict.fromkeys(("agree", "accept", "approve", "endorse", "concur"), "Agreement"),
    **dict.fromkeys(
        ("promise", "pledge", "vow", "commit", "intend", "offer", "resolve", "guarantee", "undertake"),
        "Intent",
    ),
    **dict.fromkeys(
        ("praise", "welcome", "commend", "hail", "thank", "congratulate", "applaud", "laud"), "Praise"
    ),
}

# cues that need a particular complement to be speech ("call for", "press for", "point out")
CUE_NEEDS: dict[str, frozenset[str]] = {
    "call": frozenset({"for", "on", "upon", "xcomp", "ccomp", "quote"}),
    "press": frozenset({"for", "xcomp", "dobj"}),
    "point": frozenset({"out", "ccomp"}),
    "draw": frozenset({"attention"}),
    "lay": frozenset({"out"}),
    "raise": frozenset({"dobj"}),
    "express": frozenset({"dobj"}),
    "voice": frozenset({"dobj"}),
    "discuss": frozenset({"dobj"}),
    "seek": frozenset({"dobj", "xcomp"}),
    "commit": frozenset({"xcomp", "to"}),
    "resolve": frozenset({"xcomp", "ccomp"}),
    "offer": frozenset({"dobj", "xcomp"}),
    "release": frozenset({"dobj"}),
    "post": frozenset({"ccomp", "quote"}),
    "state": frozenset({"ccomp", "quote"}),
    "charge": frozenset({"ccomp", "quote", "with"}),
    "claim": frozenset({"ccomp", "quote", "dobj", "xcomp"}),
    "report": frozenset({"ccomp", "quote", "dobj"}),
    "exchange": frozenset({"dobj"}),
}

# cue verbs of attitude rather than speech: inside another speaker's reported clause they are
# part of what that speaker said ("noted that Russia intends to ...")
ATTITUDE_CUES = frozenset(
    {
        "intend",
        "believe",
        "hope",
        "want",
        "plan",
        "seek",
        "resolve",
        "commit",
        "expect",
        "consider",
        "estimate",
    }
)

# verbs of talking about a topic ("discussed the situation", "exchanged views on"): the talk is
# the event, not a statement, unless the object is itself a stance or a speech act
TOPIC_CUES: dict[str, frozenset[str]] = {
    "discuss": frozenset({"importance", "need", "necessity", "commitment", "readiness", "intention"}),
    "exchange": frozenset({"greeting", "congratulation", "wish", "condolence", "assurance"}),
}

# cues whose direct object is the addressee, not the content
ADDRESSEE_CUES = frozenset(
    {
        "tell",
        "inform",
        "brief",
        "urge",
        "ask",
        "invite",
        "encourage",
        "accuse",
        "blame",
        "warn",
        "press",
        "thank",
        "congratulate",
        "praise",
        "commend",
        "criticise",
        "criticize",
        "condemn",
        "implore",
        "exhort",
        "caution",
        "threaten",
        "request",
        "call",
        "charge",
        "remind",
        "assure",
        "reassure",
    }
)

# light verbs take their kind from the object noun ("repeated a call for", "expressed concern")
LIGHT_CUES = frozenset(
    {
        "exchange",
        "put",
        "give",
        "provide",
        "repeat",
        "reiterate",
        "reaffirm",
        "renew",
        "express",
        "voice",
        "raise",
        "issue",
        "make",
        "lay",
        "state",
        "acknowledge",
        "underscore",
        "highlight",
        "stress",
        "emphasise",
        "emphasize",
        "confirm",
        "note",
    }
)

# light verbs whose event object their subject does ("made a visit", "exchanged fire"), where
# the other light cues only speak of it ("raised the war", "reiterated the ceasefire")
DOING_LIGHT_VERBS = frozenset({"make", "exchange"})
# speech-act nouns that are statements of their owner ("X's call for", "at the request of X",
# "a plea by X for"); a subset of NOUN_KINDS whose nouns name an act, not a state of mind
NOMINAL_CUES = frozenset(
    {"call", "appeal", "plea", "request", "demand", "ultimatum", "accusation", "allegation", "invitation"}
)

# object noun lemma -> kind
NOUN_KINDS: dict[str, str] = {
    "call": "Appeal",
    "appeal": "Appeal",
    "plea": "Appeal",
    "request": "Appeal",
    "demand": "Demand",
    "ultimatum": "Demand",
    "warning": "Warning",
    "threat": "Threat",
    "accusation": "Accusation",
    "allegation": "Accusation",
    "claim": "Accusation",
    "denial": "Denial",
    "rejection": "Rejection",
    "objection": "Criticism",
    "opposition": "Rejection",
    "concern": "Criticism",
    "criticism": "Criticism",
    "condemnation": "Criticism",
    "agreement": "Agreement",
    "consent": "Agreement",
    "commitment": "Intent",
    "pledge": "Intent",
    "promise": "Intent",
    "willingness": "Intent",
    "readiness": "Intent",
    "intention": "Intent",
    "determination": "Intent",
    "resolve": "Intent",
    "support": "Praise",
    "gratitude": "Praise",
    "appreciation": "Praise",
    "condolence": "Report",  # condolences: an empathetic comment, Report/018 (AUDIT batch 2)
    "congratulation": "Praise",
    "solidarity": "Praise",
    "greeting": "Praise",
    "wish": "Praise",
    "term": "Demand",
    "condition": "Demand",
}
# verbs that hand over what their object noun names: its kind is the noun's ("offered his
# congratulations", "extended condolences"), not the verb's own ...
OFFERING_CUES = frozenset({"offer", "extend", "convey"})
# ... unless the noun is help to come: "offered support for the recovery" promises it (Intent)
OFFERED_ACTS = frozenset({"support", "assistance", "help", "aid"})
# words of a Report that make it an empathetic comment (CAMEO 018)
EMPATHY_WORDS = frozenset({"condolence", "condolences", "sympathy", "sympathies"})

# words in a reported clause that make a plain "said" a warning
WARNING_WORDS = frozenset(
    {
        "error",
        "mistake",
        "danger",
        "dangerous",
        "consequence",
        "risk",
        "catastrophe",
        "catastrophic",
        "disaster",
        "grave",
        "imminent",
        "brink",
        "invading",
        "invasion",
        "invade",
        "verge",
    }
)
# what makes danger words a warning of what may come rather than a judgement of what happened:
# a modal, a condition, or an imminence word ("on the brink of invading")
# subordinators that make a clause a condition ("if", "unless") or an open question ("whether")
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# verbs whose infinitive goes on with what the subject already does ("will continue to support")
CONTINUATION_VERBS = frozenset({"continue", "remain"})
# determiners of a definite mention that refers back ("the source", "this diplomat")
DEFINITE_DETS = frozenset({"the", "this", "that"})
# determiners of a mention that brings in someone new ("a spokesman", "another official")
NEW_REFERENT_DETS = frozenset({"a", "an", "another", "one"})
# determiners of a plural mention that names people met before ("the officials", "both leaders")
BACK_REFERRING_DETS = frozenset({"the", "these", "those", "both", "all", "each"})
WARNING_MARKERS = frozenset(
    {"will", "would", "could", "may", "might", "can", "shall", "ll", "if", "unless", "otherwise"}
    | {"warn", "warned", "warns", "warning", "caution", "cautioned"}
    | {"brink", "verge", "imminent", "invading", "invasion", "invade", "poised", "looming"}
)
# reported plans ("the ministers would meet", "we stand for talks") are intents
INTENT_VERBS = frozenset(
    {
        "meet",
        "visit",
        "talk",
        "negotiate",
        "continue",
        "work",
        "seek",
        "help",
        "support",
        "provide",
        "hold",
        "resume",
        "cooperate",
        "stand",
        "pursue",
    }
)
# a reported decision is an announcement
ANNOUNCE_VERBS = frozenset(
    {
        "decide",
        "plan",
        "schedule",
        "launch",
        "begin",
        "start",
        "complete",
        "finish",
        "establish",
        "appoint",
        "set",
    }
)

# words in a reported clause that make a plain "said" an accusation ("the cause ... is provocations")
ACCUSE_WORDS = frozenset(
    {
        "provocation",
        "provocations",
        "aggression",
        "blame",
        "fault",
        "genocide",
        "crimes",
        "crime",
        "lies",
        "sabotage",
        "sabotaged",
        "terror",
        "atrocities",
        "responsible",
        "culprit",
        "provoke",
        "provocative",
    }
)

# ... an intent ("had no intention of", "intends to continue") or an appeal ("must", "should")
INTENT_WORDS = frozenset(
    {
        "intention",
        "intend",
        "intends",
        "intent",
        "commitment",
        "readiness",
        "willing",
        "willingness",
        "determined",
        "pledge",
    }
)
APPEAL_WORDS = frozenset({"must", "should", "needed", "need", "needs", "ought"})
# verbs the CAMEO dictionary codes as force by one sense only ("take hostage", "engage in combat",
# "hold prisoner"): force only when their words after say so
FORCE_BY_OBJECT_VERBS = frozenset({"take", "engage", "hold", "go", "come"})
# verbs that promise the act of their infinitive ("swore to fight", "vowed to rebuild")
VOW_VERBS = frozenset({"vow", "swear", "pledge", "promise", "undertake"})
# modals of a content verb that make the report an appeal for that act ("X must withdraw")
OBLIGATION_MODALS = frozenset({"must", "should", "ought"})

# objects that make a light verb a speech act ("gave a response", "provided an explanation")
SPEECH_NOUNS = frozenset(
    {
        "explanation",
        "response",
        "assessment",
        "account",
        "briefing",
        "assurance",
        "guarantee",
        "statement",
        "answer",
        "reply",
        "warning",
        "message",
        "update",
        "overview",
        "detail",
        "details",
        "greeting",
        "view",
        "proposal",
        "ultimatum",
        "speech",
        "address",
    }
)

# words whose "to/with/on" phrase or object names the outlet a statement was given through, besides
# the speech cues ("speaking to CNN", "in an interview with Reuters", "told the AP", "on its website")
CHANNEL_WORDS = frozenset(
    {
        "speak",
        "talk",
        "interview",
        "appearance",
        "broadcast",
        "program",
        "programme",
        "show",
        "podcast",
        "post",
        "column",
        "editorial",
        "website",
        "according",
    }
)

# nouns of what is said or known about an act ("raised reports of troop movements", "denied
# allegations of torture"): who has them is no party of the act
INFORMATION_NOUNS = frozenset(
    {
        "report",
        "news",
        "allegation",
        "claim",
        "rumour",
        "rumor",
        "evidence",
        "account",
        "footage",
        "image",
        "video",
    }
)

# CAMEO refinements: (kind, content keyword) -> CAMEO code
MEET_WORDS = frozenset(
    {
        "talk",
        "talks",
        "negotiation",
        "dialogue",
        "meeting",
        "meet",
        "negotiate",
        "summit",
        "contact",
        "diplomatic",
        "diplomacy",
    }
)
CEASEFIRE_WORDS = frozenset({"ceasefire", "truce", "armistice", "de-escalate", "deescalate"})

PASSIVE_SOURCE_PREPS = frozenset({"by"})

# --- actors ----------------------------------------------------------------------------------
MEDIA = frozenset(
    {
        "afp",
        "agence france-presse",
        "agence france presse",
        "tass",
        "reuters",
        "ap",
        "associated press",
        "bbc",
        "cnn",
        "interfax",
        "ria novosti",
        "ria",
        "xinhua",
        "kyodo",
        "yonhap",
        "al jazeera",
        "dpa",
        "efe",
        "ansa",
        "bloomberg",
        "the new york times",
        "new york times",
        "the washington post",
        "washington post",
        "the guardian",
        "guardian",
        "the moscow times",
        "moscow times",
        "ukrinform",
        "unian",
        "sputnik",
        "rt",
        "cctv",
        "kcna",
        "anadolu",
        "irna",
        "wafa",
        "fox news",
        "nbc",
        "abc",
        "cbs",
        "axios",
        "politico",
        "financial times",
        "the wall street journal",
        "wall street journal",
        "le monde",
        "der spiegel",
    }
)

# heads of government-body noun phrases ("the Belarus defence ministry", "Macron's office")
BODY_NOUNS = frozenset(
    {
        "ministry",
        "office",
        "department",
        "government",
        "administration",
        "cabinet",
        "presidency",
        "embassy",
        "parliament",
        "council",
        "agency",
        "secretariat",
        "chancellery",
        "commission",
        "committee",
        "mission",
        "legislature",
        "senate",
        "congress",
        "duma",
        "court",
        "staff",
        "leadership",
        "authorities",
        "authority",
    }
)

# "the people of X", "the citizens of X": the inhabitants of a state, which are no actor (a statement
# about them is not aimed at the state)
PEOPLE_OF_NOUNS = frozenset(
    {"people", "peoples", "citizens", "population", "populace", "nationals", "civilians"}
)
# ordinary anonymous people: no actor even when they speak or act ("Residents said", "Hundreds
# fled", "the Iraqi people"); the annotation guide keeps such people only when named
ANONYMOUS_PEOPLE_NOUNS = frozenset(
    {
        "people",
        "population",
        "populace",
        "public",
        "citizen",
        "civilian",
        "national",
        "resident",
        "inhabitant",
        "villager",
        "local",
        "refugee",
        "student",
        "worker",
        "farmer",
        "passenger",
        "witness",
        "person",
        "crowd",
        "hundred",
        "thousand",
        "dozen",
        "million",
    }
)

# armed-group heads ("Moscow-backed separatists", "rebels")
ARMED_NOUNS = frozenset(
    {
        "separatist",
        "rebel",
        "militant",
        "insurgent",
        "militia",
        "guerrilla",
        "jihadist",
        "paramilitary",
        "mercenary",
        "militiaman",
        "militiamen",
        "gunman",
        "gunmen",
    }
)

# nouns for a state's forces: "Russian forces" stands for the state
FORCE_NOUNS = frozenset(
    {
        "force",
        "troop",
        "army",
        "military",
        "soldier",
        "personnel",
        "navy",
        "servicemen",
        "serviceman",
        "service",
        "battalion",
        "brigade",
        "airforce",
        "guard",
        "police",
        "aircraft",
        "warplane",
        "jet",
        "helicopter",
        "gunship",
        "warship",
        "coastguard",
    }
)

# collective nouns that, with a bloc adjective, name a Group ("Western capitals")
GROUP_NOUNS = frozenset(
    {
        "capital",
        "country",
        "nation",
        "government",
        "ally",
        "partner",
        "power",
        "state",
        "leader",
        "democracy",
        "member",
    }
)
BLOC_ADJECTIVES = frozenset(
    {
        "western",
        "european",
        "arab",
        "gulf",
        "african",
        "asian",
        "nordic",
        "baltic",
        "latin",
        "g7",
        "g20",
        "eu",
        "nato",
        "allied",
        "muslim",
        "islamic",
        "balkan",
        "pacific",
        "central",
        "eastern",
    }
)

# nouns that stand for their source: "monitors from the OSCE", "a Kremlin account", "U.S. officials"
PROXY_NOUNS = frozenset(
    {
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "monitor",
        "source",
        "reporter",
        "correspondent",
        "diplomat",
        "representative",
        "delegation",
        "authority",
        "account",
        "statement",
        "readout",
        "report",
        "communique",
        "communiqué",
        "release",
        "aide",
        "adviser",
        "advisor",
        "envoy",
        "negotiator",
        "team",
        "side",
        "observer",
        "investigator",
        "expert",
        "officer",
        "commander",
        "leadership",
        "regime",
        "media",
        "agency",
        "channel",
        "outlet",
        "newspaper",
        "website",
        "bulletin",
        "message",
        "letter",
        "note",
        "tweet",
        "post",
    }
)

# person titles used as role nouns ("the military chief of staff said", "the President of Russia")
TITLE_NOUNS = frozenset(
    {
        "president",
        "leader",
        "minister",
        "premier",
        "chancellor",
        "general",
        "chief",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "adviser",
        "advisor",
        "ambassador",
        "envoy",
        "king",
        "queen",
        "prince",
        "emir",
        "sheikh",
        "ayatollah",
        "pope",
        "governor",
        "mayor",
        "commander",
        "director",
        "head",
        "chairman",
        "chairwoman",
        "chair",
        "speaker",
        "senator",
        "lawmaker",
        "deputy",
        "prosecutor",
        "negotiator",
        "diplomat",
        "official",
        "monarch",
        "dictator",
        "counterpart",
        "colonel",
        "admiral",
        "marshal",
        "prime",
        "commissioner",
        "chairperson",
        "undersecretary",
        "rapporteur",
        "coordinator",
        "ombudsman",
        "attorney",
        "judge",
        "inspector",
        "captain",
        "lieutenant",
        "sergeant",
        "cardinal",
        "archbishop",
        "bishop",
        "patriarch",
        "imam",
        "rabbi",
    }
)
PLURAL_PERSON_TITLES = frozenset(
    {
        "leader",
        "president",
        "minister",
        "advisor",
        "adviser",
        "counterpart",
        "head",
        "chief",
        "official",
        "diplomat",
    }
)
# role nouns any office holder of a state answers to: "the Russian official", "his Chinese
# counterpart", "the top U.S. diplomat" are the person of that state already named
GENERIC_TITLES = frozenset({"leader", "head", "chief", "official", "diplomat", "counterpart"})
COLLECTIVE_SIDES = frozenset({"side", "party", "country", "nation", "state", "government"})
# heads of collective political actors the text makes act, speak or addresses ("the international
# community", "our Allies and partners", "Palestinian officials", "the Russian delegation")
COLLECTIVE_NOUNS = frozenset(
    {
        "community",
        "partner",
        "ally",
        "friend",
        "counterpart",
        "delegate",
        "delegation",
        "official",
        "leader",
        "representative",
        "opposition",
        "donor",
        "national",
        "state",
        "supporter",
        "mediator",
        "negotiator",
    }
)
# collective nouns that are actors in the singular too ("the Russian delegation")
COLLECTIVE_SINGULARS = frozenset({"community", "delegation", "opposition", "official"})
# modifiers that do not say which collective it is ("foreign partners", "senior officials")
VAGUE_MODIFIERS = frozenset(
    {
        "foreign",
        "other",
        "many",
        "some",
        "several",
        "various",
        "key",
        "senior",
        "top",
        "certain",
        "few",
        "local",
    }
)
COLLECTIVE_NO_PLURAL = frozenset({"community"})  # "business communities" are no political actor
# prepositions whose object is a party to what is done or said ("with regional counterparts",
# "according to Palestinian officials", "call on all States")
PARTY_PREPS = frozenset({"with", "to", "between", "against", "on", "by", "among", "from"})
# prepositions whose phrase after a group noun says which group it is, and which the name of the
# group keeps ("critics of the plan", "militias in the capital", "donors from the Gulf")
NARROWING_PREPS = frozenset({"of", "in", "from"})
# determiners a group's name keeps ("all parties", "all relevant parties")
GROUP_NAME_DETS = frozenset({"all"})
# prepositions of a participle clause on an event noun that name a party ("sanctions imposed on X",
# "a truce brokered between X and Y")
PARTICIPLE_PARTY_PREPS = frozenset({"on", "against", "between", "with", "to", "into", "upon"})

# nouns a definite phrase uses for an organisation already named ("the regional body", "the bloc",
# "the news agency", "the militant group"): the kinds each may stand for
GENERIC_ORG_NOUNS: dict[str, tuple[str, ...]] = {
    "body": ("Organization", "GovernmentBody"),
    "bloc": ("Organization",),
    "organisation": ("Organization",),
    "organization": ("Organization",),
    "alliance": ("Organization",),
    "grouping": ("Organization",),
    "commission": ("GovernmentBody", "Organization"),
    "agency": ("Media", "GovernmentBody", "Organization"),
    "network": ("Media",),
    "broadcaster": ("Media",),
    "channel": ("Media",),
    "newspaper": ("Media",),
    "group": ("ArmedGroup", "Organization"),
    "movement": ("ArmedGroup", "Organization"),
    "council": ("Organization", "GovernmentBody"),
    "committee": ("Organization", "GovernmentBody"),
    "assembly": ("GovernmentBody", "Organization"),
    "parliament": ("GovernmentBody",),
    "legislature": ("GovernmentBody",),
    "court": ("Organization", "GovernmentBody"),
    "tribunal": ("Organization", "GovernmentBody"),
    "fund": ("Organization",),
}

# adjectives kept inside a role ("top general", "foreign minister")
ROLE_ADJECTIVES = frozenset(
    {
        "top",
        "chief",
        "senior",
        "foreign",
        "prime",
        "deputy",
        "vice",
        "former",
        "national",
        "military",
        "defence",
        "defense",
        "supreme",
        "first",
        "acting",
        "interim",
        "opposition",
        "crown",
        "grand",
        "special",
        "permanent",
        "principal",
        "executive",
        "general",
    }
)

FEMALE_NAMES_EXTRA = frozenset(
    {
        "ursula",
        "kaja",
        "liz",
        "annalena",
        "hillary",
        "condoleezza",
        "kamala",
        "nancy",
        "theresa",
        "jacinda",
        "ingrid",
        "margrethe",
        "beatrix",
        "elizabeth",
        "catherine",
        "karin",
        "kristalina",
        "agnes",
        "mette",
        "sanna",
        "frances",
        "carmen",
        "ruth",
        "judith",
        "ines",
        "margaret",
        "helen",
        "mary",
        "ann",
        "anne",
        "sue",
    }
)
MALE_NAMES_EXTRA = frozenset(
    {
        "nikita",
        "luca",
        "andrea",
        "joshua",
        "ilya",
        "mustafa",
        "sasha",
        "kostya",
        "nicola",
        "jonah",
        "elijah",
        "isaiah",
        "zakaria",
        "yahya",
        "musa",
        "moshe",
        "akiba",
        "kuleba",
        "hamza",
    }
)
# words of a person's title or address that say their gender ("spokeswoman Li Wen", "Mrs. Obi"),
# read before the first name is guessed from
FEMALE_TITLE_WORDS = frozenset(
    {
        "spokeswoman",
        "chairwoman",
        "congresswoman",
        "councilwoman",
        "businesswoman",
        "stateswoman",
        "countrywoman",
        "queen",
        "princess",
        "duchess",
        "empress",
        "countess",
        "baroness",
        "madam",
        "madame",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "lady",
        "dame",
        "sister",
        "mother",
        "wife",
        "widow",
        "daughter",
    }
)
MALE_TITLE_WORDS = frozenset(
    {
        "spokesman",
        "chairman",
        "congressman",
        "councilman",
        "businessman",
        "statesman",
        "countryman",
        "king",
        "prince",
        "duke",
        "emperor",
        "baron",
        "mr",
        "mr.",
        "sir",
        "lord",
        "brother",
        "father",
        "husband",
        "son",
    }
)
# nouns of a person's relation to another ("the widow of X", "a lawyer of X", "the son of former
# president X"): their "of" object is the other person, whose role they are not
RELATIONAL_NOUNS = frozenset(
    {
        "widow",
        "widower",
        "wife",
        "husband",
        "spouse",
        "son",
        "daughter",
        "child",
        "brother",
        "sister",
        "mother",
        "father",
        "parent",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "cousin",
        "grandson",
        "granddaughter",
        "grandfather",
        "grandmother",
        "relative",
        "fiancé",
        "fiancée",
        "friend",
        "lawyer",
        "attorney",
        "aide",
        "adviser",
        "advisor",
        "bodyguard",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ally",
        "rival",
        "successor",
        "predecessor",
        "supporter",
        "opponent",
        "critic",
    }
)

# nouns of geography a state name may modify ("the Taiwan Strait", "the Korea peninsula")
PLACE_HEADS = frozenset(
    {
        "strait",
        "sea",
        "peninsula",
        "border",
        "region",
        "coast",
        "river",
        "island",
        "gulf",
        "canal",
        "city",
        "province",
        "frontier",
        "crossing",
        "airspace",
        "waters",
        "territory",
        "capital",
        "side",
    }
)
# the heads of geographic names formed on a state's name ("the Taiwan Strait", "the Korea Bay"):
# the name is a place, not the state (C4), so no target
GEOGRAPHIC_HEADS = frozenset(
    {
        "strait",
        "straits",
        "sea",
        "peninsula",
        "coast",
        "river",
        "island",
        "islands",
        "gulf",
        "canal",
        "ocean",
        "bay",
    }
)
# happenings an adjective of a state only places ("the Syrian war": AUDIT, a place, not a target)
# or qualifies ("the Russian language")
SETTING_NOUNS = frozenset({"war", "civil war", "language"})

LOCATIVE_PREPS = frozenset(
    {
        "in",
        "at",
        "to",
        "from",
        "near",
        "into",
        "outside",
        "inside",
        "across",
        "around",
        "toward",
        "towards",
        "via",
        "through",
        "within",
        "throughout",
        "onto",
        "over",
        "along",
        "beyond",
        "off",
        "out",
    }
)

# prepositions before a state's own name that make it only a location ("observers in Angola", "via
# Panama"); "to"/"from"/"into" stay out: "appeal to Mozambique", "bribes from Pakistan" name actors
STATE_LOCATIVE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "inside",
        "within",
        "throughout",
        "around",
        "along",
        "via",
        "through",
        "outside",
        "beyond",
        "across",
    }
)
# verbs of coming and going: "arrived from Zambia" says where from, not who acts
MOTION_VERBS = frozenset(
    {"arrive", "come", "return", "flee", "travel", "fly", "depart", "escape", "migrate", "emigrate", "head"}
)

# --- events ----------------------------------------------------------------------------------
EVENT_NOUNS: dict[str, str] = {
    "call": "PhoneCall",
    "phonecall": "PhoneCall",
    "conversation": "Conversation",
    "discussion": "Conversation",
    "exchange": "Conversation",
    "videoconference": "Meeting",
    "meeting": "Meeting",
    "encounter": "Meeting",
    "talk": "Talks",
    "negotiation": "Talks",
    "dialogue": "Talks",
    "consultation": "Talks",
    "visit": "Visit",
    "trip": "Visit",
    "tour": "Visit",
    "summit": "Summit",
    "agreement": "Agreement",
    "deal": "Agreement",
    "treaty": "Agreement",
    "accord": "Agreement",
    "pact": "Agreement",
    "memorandum": "Agreement",
    "drill": "MilitaryDrill",
    "exercise": "MilitaryDrill",
    "manoeuvre": "MilitaryDrill",
    "maneuver": "MilitaryDrill",
    "manoeuvres": "MilitaryDrill",
    "maneuvers": "MilitaryDrill",
    "wargame": "MilitaryDrill",
    "inspection": "MilitaryDrill",
    "deployment": "Deployment",
    "build": "Deployment",
    "buildup": "Deployment",
    "reinforcement": "Deployment",
    "incursion": "Attack",
    "mobilisation": "Mobilization",
    "mobilization": "Mobilization",
    "conscription": "Mobilization",
    "shelling": "Shelling",
    "shellfire": "Shelling",
    "bombardment": "Shelling",
    "barrage": "Shelling",
    "artillery": "Shelling",
    "attack": "Attack",
    "assault": "Attack",
    "offensive": "Attack",
    "invasion": "Attack",
    "bombing": "Attack",
    "airstrike": "Attack",
    "strike": "Attack",
    "raid": "Attack",
    "intervention": "Attack",
    "terror": "Attack",
    "terrorism": "Attack",
    "killing": "Attack",
    "fighting": "Fighting",
    "clash": "Fighting",
    "battle": "Fighting",
    "war": "Fighting",
    "hostility": "Fighting",
    "conflict": "Fighting",
    "combat": "Fighting",
    "evacuation": "Evacuation",
    "sanction": "Sanction",
    "embargo": "Sanction",
    "swap": "PrisonerExchange",
    "ceasefire": "Ceasefire",
    "truce": "Ceasefire",
    "armistice": "Ceasefire",
    "violation": "CeasefireViolation",
    "election": "Election",
    "referendum": "Election",
    "vote": "Election",
    "ballot": "Election",
}

EVENT_VERBS: dict[str, str] = {
    "phone": "PhoneCall",
    "telephone": "PhoneCall",
    "call": "PhoneCall",
    "meet": "Meeting",
    "convene": "Meeting",
    "host": "Meeting",
    "negotiate": "Talks",
    "talk": "Talks",
    "visit": "Visit",
    "travel": "Visit",
    "arrive": "Visit",
    "tour": "Visit",
    "sign": "Agreement",
    "deploy": "Deployment",
    "mass": "Deployment",
    "station": "Deployment",
    "dispatch": "Deployment",
    "mobilise": "Mobilization",
    "mobilize": "Mobilization",
    "shell": "Shelling",
    "bombard": "Shelling",
    "attack": "Attack",
    "invade": "Attack",
    "bomb": "Attack",
    "strike": "Attack",
    "assault": "Attack",
    "kill": "Attack",
    "storm": "Attack",
    "raid": "Attack",
    "fight": "Fighting",
    "clash": "Fighting",
    "evacuate": "Evacuation",
    "flee": "Evacuation",
    "sanction": "Sanction",
    "violate": "CeasefireViolation",
    "elect": "Election",
    "re-elect": "Election",
    "reelect": "Election",
    "appoint": "Other",
    "inaugurate": "Other",
    "swear": "Other",
    "transfer": "Other",
    "occupy": "Deployment",
    "ink": "Agreement",  # "inked a deal": signed
}

EVENT_NOUNS.update(
    {
        "conference": "Meeting",
        "handshake": "Other",
        "session": "Meeting",  # "an emergency session of the Council"
        "pause": "Ceasefire",  # "a humanitarian pause"
        "cessation": "Ceasefire",  # "a cessation of hostilities"
        "explosion": "Attack",
        "blast": "Attack",
        "ambush": "Attack",
        "assassination": "Attack",
        "shooting": "Attack",
        "tariff": "Sanction",
    }
)
# event nouns that are named happenings when part of an EVENT name ("the G20 Summit", "the
# Munich Security Conference"), with the kind the name gives them
NAMED_EVENT_KINDS: dict[str, str] = {
    "summit": "Summit",
    "conference": "Summit",
    "election": "Election",
    "referendum": "Election",
}
EVENT_VERBS.update(
    {
        "target": "Attack",
        "ambush": "Attack",
        "assassinate": "Attack",
        "shoot": "Attack",
        "pound": "Shelling",
        "displace": "Evacuation",
        "fly": "Visit",
        "land": "Visit",  # "the minister landed in Cairo"
    }
)
# what each needs around it ("an emergency session", "a humanitarian pause", "a bomb blast")
MORE_NOUN_CONTEXT: dict[str, frozenset[str]] = {
    "session": frozenset({"emergency", "special", "extraordinary", "plenary", "closed", "urgent"}),
    "pause": frozenset({"humanitarian"}),
    "cessation": frozenset({"of hostility"}),
    "explosion": frozenset({"bomb", "car", "suicide", "mine", "blast", "device"}),
    "blast": frozenset({"bomb", "car", "suicide", "mine", "device"}),
    "shooting": frozenset({"mass", "plural", "poss", "of", "at"}),
    "tariff": frozenset({"impose", "on", "retaliatory", "raise"}),
}
# compounds that make an event noun none ("a press conference")
NOT_EVENT_COMPOUNDS: dict[str, frozenset[str]] = {"conference": frozenset({"press", "news"})}
# a verb with this object or particle names an event ("blew up a bridge", "set fire to", "took
# control of a highway", "shook hands", "stepped up security")
VERB_OBJECT_KINDS: dict[tuple[str, str], str] = {
    ("take", "street"): "Other",  # "took to the streets": a protest
    ("blow", "up"): "Attack",
    ("set", "fire"): "Attack",
    ("open", "fire"): "Attack",
    ("take", "control"): "Deployment",
    ("seize", "control"): "Deployment",
    ("shake", "hand"): "Other",
    ("step", "security"): "Deployment",
    ("tighten", "security"): "Deployment",
    ("increase", "security"): "Deployment",
    ("boost", "security"): "Deployment",
    ("heighten", "security"): "Deployment",
    ("strike", "deal"): "Agreement",
    ("strike", "agreement"): "Agreement",
    ("strike", "accord"): "Agreement",
    ("close", "embassy"): "Other",
    ("close", "consulate"): "Other",
    ("close", "border"): "Other",
    ("close", "crossing"): "Other",
    ("close", "airspace"): "Other",
    ("fire", "at"): "Attack",  # "fired rockets at", "fired tear gas at protesters"
    ("swap", "prisoner"): "PrisonerExchange",
    ("swap", "hostage"): "PrisonerExchange",
    ("swap", "captive"): "PrisonerExchange",
    ("exchange", "prisoner"): "PrisonerExchange",
    ("exchange", "hostage"): "PrisonerExchange",
    ("exchange", "captive"): "PrisonerExchange",
    ("exchange", "detainee"): "PrisonerExchange",
}

# determiners that make an event noun generic or none ("any attack on the nation would be ...",
# "there were no talks")
GENERIC_DETERMINERS = frozenset({"any", "every", "each", "no"})
# prepositions that make a bare event noun a state ("under attack", "under fire")
STATE_PREPS = frozenset({"under"})
# action verbs that comment on an event rather than make one ("welcomed the truce")
NOT_ACTION_VERBS = frozenset({"welcome"})
# objects that decide a verb's kind: "exchanged fire", "impose costs on", "lifted sanctions"
FIRE_WORDS = frozenset({"fire", "gunfire", "shot", "shell", "artillery", "salvo"})
PENALTY_WORDS = frozenset({"sanction", "cost", "penalty", "embargo", "tariff", "restriction", "measure"})
# economic penalty verbs: a Sanction (not a plain act of kind Other) when a party does them:
# "blacklisted two firms", "embargoed oil shipments"; "froze" only with holdings as object
ECONOMIC_SANCTION_VERBS = frozenset({"blacklist", "embargo"})
FROZEN_HOLDINGS = frozenset({"asset", "fund", "account", "property", "holding", "reserve", "wealth"})
LIFTING_VERBS = frozenset({"lift", "remove", "ease", "scrap", "relax", "waive", "end"})
# "held hostage", "taken prisoner": a detention
CAPTIVITY_WORDS = frozenset({"hostage", "captive", "prisoner", "incommunicado"})
# what a government declares that is an act of power ("declared martial law", "a state of emergency")
DECLARED_STATES = frozenset({"emergency", "curfew", "law", "lockdown"})
# speech verbs that free people when their object is a person ("released 12 fishermen")
FREEING_VERBS = frozenset({"release"})
CAPTIVE_NOUNS = frozenset(
    {
        "prisoner",
        "hostage",
        "detainee",
        "captive",
        "journalist",
        "fisherman",
        "tourist",
        "activist",
        "national",
    }
)
# people whose leaving a place is flight ("hundreds of families left for nearby villages")
EVACUEE_NOUNS = frozenset(
    {
        "civilian",
        "resident",
        "family",
        "people",
        "villager",
        "student",
        "national",
        "citizen",
        "refugee",
        "inhabitant",
        "tourist",
        "worker",
        "thousand",
        "hundred",
        "dozen",
    }
)
# verbs of leaving: forces that leave withdraw, civilians that leave flee
LEAVING_VERBS = frozenset({"leave", "abandon", "escape"})
# verbs of moving or staying that deploy the forces that are their subject ("tanks headed north",
# "troops will remain in Belarus", "soldiers moved in")
DIRECTION_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northward",
        "southward",
        "eastward",
        "westward",
        "inland",
        "forward",
        "there",
        "here",
    }
)
FORCE_MOTION_VERBS = frozenset(
    {
        "remain",
        "stay",
        "head",
        "advance",
        "move",
        "enter",
        "gather",
        "patrol",
        "roll",
        "cross",
        "push",
        "land",
        "disembark",
        "arrive",
    }
)
# heads whose content clause is an appeal or a goal, beyond AIM_GOVERNORS ("reminded X of their
# obligations to ...", "a resolution that ... would allow")
APPEAL_HEADS = frozenset({"remind", "obligation", "need"})
# verbs that, as a participle after a clause, tell its result, not a second act ("..., allowing the
# forces to stay", "..., ensuring that", "..., leading to"); "..., arresting hundreds" is an act
RESULT_VERBS = frozenset(
    {
        "allow",
        "permit",
        "enable",
        "ensure",
        "lead",
        "leave",
        "make",
        "give",
        "help",
        "prompt",
        "bring",
        "cause",
        "pave",
    }
)
# words that make an exchange or swap one of prisoners
CAPTIVE_CONTEXT = frozenset(
    {"prisoner", "of prisoner", "of detainee", "of captive", "of pow", "pow", "detainee"}
)
# protest verbs that mean something else with a direct object ("tests demonstrate the efforts")
INTRANSITIVE_PROTEST_VERBS = frozenset({"demonstrate", "march", "rally"})
# words whose infinitive complement is an aim, not a happening ("urged X to lift", "pledged to fund",
# "efforts to establish", "ready to defend"); "agreed to", "began to", "continued to" are not here
AIM_GOVERNORS = frozenset(
    {
        "urge",
        "call",
        "ask",
        "invite",
        "press",
        "encourage",
        "request",
        "appeal",
        "demand",
        "commit",
        "pledge",
        "promise",
        "vow",
        "help",
        "work",
        "seek",
        "aim",
        "strive",
        "try",
        "attempt",
        "want",
        "wish",
        "hope",
        "need",
        "ready",
        "willing",
        "able",
        "effort",
        "commitment",
        "step",
        "measure",
        "opportunity",
        "obligation",
    }
)

# nouns that need a modifier or a complement to be an event (else they are ordinary words)
EVENT_NOUNS_NEED_CONTEXT: dict[str, frozenset[str]] = {
    "call": frozenset({"with", "between", "phone", "telephone", "video"}),
    "exchange": frozenset(
        {"with", "between", "prisoner", "of prisoner", "of detainee", "of captive", "of pow"}
    ),
    "exercise": frozenset(
        {
            "military",
            "joint",
            "naval",
            "trilateral",
            "war",
            "army",
            "air",
            "multi",
            "domain",
            "readiness",
            "live",
            "fire",
            "plural",
        }
    ),
    "strike": frozenset({"air", "missile", "drone", "military", "plural", "on", "against"}),
    "visit": frozenset({"to", "by", "poss", "state", "official"}),
    "tour": frozenset({"of", "to"}),
    "build": frozenset({"up"}),
    "swap": frozenset({"prisoner", "of prisoner", "of detainee", "of captive"}),
    "vote": frozenset({"presidential", "parliamentary", "general", "national"}),
    "deal": frozenset({"sign", "ink", "reach", "strike", "conclude", "peace", "ceasefire"}),
    "agreement": frozenset({"sign", "ink", "reach", "conclude", "peace", "ceasefire", "signed", "reached"}),
    "accord": frozenset({"sign", "ink", "reach", "conclude", "peace"}),
    "memorandum": frozenset({"sign", "ink", "reach", "conclude"}),
    "pact": frozenset({"sign", "ink", "reach", "conclude"}),
    "treaty": frozenset({"sign", "ink", "conclude", "ratify"}),
    "violation": frozenset({"ceasefire", "truce", "armistice"}),
    "inspection": frozenset({"continue", "military"}),
    "artillery": frozenset({"fire"}),
    "terror": frozenset({"act"}),
    "killing": frozenset({"civilian"}),
    "conflict": frozenset({"poss", "with", "between", "against"}),
    "talk": frozenset({"plural"}),
    "host": frozenset({"dobj"}),
}

EVENT_VERBS_NEED_OBJECT = frozenset(
    {
        "call",
        "host",
        "sign",
        "ink",
        "station",
        "mass",
        "strike",
        "kill",
        "talk",
        "arrive",
        "elect",
        "re-elect",
        "reelect",
        "appoint",
        "transfer",
        "occupy",
        "convene",
        "violate",
        "target",
        "shoot",
        "pound",
        "displace",
    }
)

COMMUNICATION_KINDS = frozenset({"PhoneCall", "Meeting", "Talks", "Summit", "Visit"})
VIOLENT_KINDS = frozenset(
    {
        "Shelling",
        "Attack",
        "Fighting",
        "CeasefireViolation",
        "MilitaryDrill",
        "Deployment",
        "Mobilization",
        "Evacuation",
    }
)

PARTICIPANT_PREPS = frozenset(
    {"with", "between", "by", "from", "against", "on", "among", "involving", "of", "to", "into", "upon"}
)
PLACE_PREPS = frozenset(
    {"in", "at", "near", "across", "inside", "outside", "on", "around", "along", "within", "throughout"}
)

# status cues found among the trigger's governors
HYPOTHETICAL_WORDS = frozenset(
    {
        "brink",
        "avert",
        "avoid",
        "prevent",
        "fear",
        "risk",
        "threat",
        "possibility",
        "possible",
        "likely",
        "potential",
        "prospect",
        "imminent",
        "warn",
        "might",
        "could",
        "may",
        "if",
        "unless",
        "ready",
        "readiness",
        "excuse",
        "pretext",
        "pretense",
        "guise",
        "danger",
        "deter",
        "forestall",
        "deterrence",
        "would-be",
        # what one side asks of another ("called for a ceasefire", "urged X to resume talks") may
        # or may not happen: the asker does not decide it, so it is no plan
        "call",
        "urge",
        "press",
        "demand",
    }
)
PLANNED_WORDS = frozenset(
    {
        "plan",
        "schedule",
        "agree",
        "intend",
        "prepare",
        "propose",
        "set",
        "seek",
        "want",
        "hope",
        "aim",
        "coming",
        "upcoming",
        "next",
        "future",
        "will",
        "shall",
        "'ll",
        "would",
        "resumption",
        "continue",
        "tomorrow",
        "later",
        "soon",
        "follow",
        "expect",
        "going",
    }
)
# words on an event itself that place it in the past ("his call yesterday", "the recent strikes",
# "last year's marches"): it has happened, whatever is planned or asked about it
PAST_ANCHOR_WORDS = frozenset({"yesterday", "ago", "earlier", "recent", "recently", "previous"})
# "last"/"past" place only a time noun before now ("last week", "the past year", "last Monday");
# on another noun they mean "final" or "former" ("a last attempt", "the past tense")
PAST_TIME_ADJECTIVES = frozenset({"last", "past"})
TIME_NOUNS = frozenset(
    {
        "night",
        "day",
        "weekend",
        "week",
        "fortnight",
        "month",
        "quarter",
        "season",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "year",
        "decade",
        "century",
    }
)
# words whose "on"/"for" object has happened: one is congratulated on an election, condoled for an
# attack ("congratulated him on his re-election", "offered condolences for the attack")
OCCASION_WORDS = frozenset({"congratulate", "congratulation", "felicitate"}) | EMPATHY_WORDS
ALLEGED_WORDS = frozenset(
    {
        "accuse",
        "allege",
        "alleged",
        "allegedly",
        "claim",
        "plot",
        "accusation",
        "allegation",
        "fabricate",
        "purportedly",
        "reportedly",
        "suspect",
    }
)
DENIED_WORDS = frozenset({"deny", "untrue", "false", "dismiss", "refute", "lie", "fake"})
HYPOTHETICAL_MODALS = frozenset({"could", "might", "may", "can"})
PLANNED_MODALS = frozenset({"will", "shall", "'ll", "would", "wo"})

QUANTITY_UNITS: dict[str, str] = {
    "minute": "minutes",
    "hour": "hours",
    "day": "days",
    "week": "weeks",
    "troop": "troops",
    "soldier": "troops",
    "personnel": "troops",
    "serviceman": "troops",
    "servicemen": "troops",
    "fighter": "troops",
    "reservist": "troops",
    "violation": "violations",
    "tank": "tanks",
    "jet": "aircraft",
    "aircraft": "aircraft",
    "missile": "missiles",
    "life": "deaths",
    "death": "deaths",
    "casualty": "casualties",
    "civilian": "civilians",
    "prisoner": "prisoners",
    "km": "km",
    "kilometre": "km",
    "kilometer": "km",
    "mile": "miles",
    "refugee": "refugees",
}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "dozen": 12,
    "twelve": 12,
    "twenty": 20,
    "hundred": 100,
    "thousand": 1000,
}

# action verbs with no event kind of their own in the schema: recorded as kind "Other" with the
# PLOVER type (and CAMEO root) the verb names, so the graph still says what was done
ACTION_VERBS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(
        (
            "defend",
            "support",
            "back",
            "apologize",
            "apologise",
            "upgrade",
            "restore",
            "recognize",
            "recognise",
            "forgive",
            "establish",
            "normalize",
            "normalise",
            "reinstate",
            "reopen",
            "re-establish",
            "reestablish",
        ),
        ("SUPPORT", "05"),
    ),
    **dict.fromkeys(
        (
            "provide",
            "grant",
            "donate",
            "deliver",
            "supply",
            "hand",
            "airlift",
            "fund",
            "finance",
            "ship",
            "rescue",
        ),
        ("AID", "07"),
    ),
    **dict.fromkeys(
        (
            "concede",
            "lift",
            "ease",
            "cancel",
            "allow",
            "relax",
            "pardon",
            "free",
            "release",
            "permit",
            "yield",
            "drop",
            "scrap",
            "revoke",
        ),
        ("CONCEDE", "08"),
    ),
    **dict.fromkeys(
        (
            "withdraw",
            "surrender",
            "resign",
            "retreat",
            "demobilize",
            "demobilise",
            "disarm",
            "pull",
            "compensate",
            "return",
            "repatriate",
        ),
        ("RETREAT", "08"),
    ),
    **dict.fromkeys(
        ("protest", "demonstrate", "march", "rally", "boycott", "picket", "riot", "block"), ("PROTEST", "14")
    ),
    **dict.fromkeys(
        (
            "expel",
            "suspend",
            "sever",
            "freeze",
            "cut",
            "embargo",
            "blacklist",
            "downgrade",
            "recall",
            "prohibit",
            "reduce",
            "halt",
            "bar",
        ),
        ("SANCTION", "16"),
    ),
    **dict.fromkeys(
        (
            "arrest",
            "detain",
            "ban",
            "seize",
            "deport",
            "jail",
            "imprison",
            "confiscate",
            "crack",
            "censor",
            "impose",
            "outlaw",
            "abduct",
            "kidnap",
            "hijack",
            "blockade",
            "besiege",
            "occupy",
            "annex",
        ),
        ("COERCE", "17"),
    ),
    **dict.fromkeys(
        ("investigate", "probe", "sue", "indict", "prosecute", "inspect", "audit"), ("ACCUSE", "11")
    ),
    **dict.fromkeys(("mediate", "receive", "consult", "welcome", "summon", "contact"), ("CONSULT", "04")),
    **dict.fromkeys(("sentence", "convict", "capture", "evict"), ("COERCE", "17")),
    **dict.fromkeys(
        ("cooperate", "collaborate", "coordinate", "partner", "ally", "launch", "join", "share", "exchange"),
        ("COOPERATE", "06"),
    ),
    **dict.fromkeys(("offer", "sign", "ratify", "accept", "approve"), ("AGREE", "05")),
    **dict.fromkeys(("alert", "mass", "muster", "reinforce", "arm"), ("MOBILIZE", "15")),
}

# verbs that carry out the happening their object noun names ("launched an attack", "held talks",
# "signed a deal"): with an event noun as object they are that one event, not an act of their own
REALISING_VERBS = frozenset(
    {
        "launch",
        "conduct",
        "hold",
        "carry",
        "stage",
        "sign",
        "conclude",
        "reach",
        "impose",
        "mount",
        "wage",
        "make",
        "begin",
        "start",
        "continue",
        "resume",
        "convene",
        "host",
        "undertake",
        "perform",
        "commit",
        "approve",
        "ratify",
        "accept",
        "announce",
        "order",
    }
)
# action verbs that are acts only with one of these objects ("shared intelligence"; not "shared
# values", "share a border", "share responsibility")
OBJECT_BOUND_ACTIONS: dict[str, frozenset[str]] = {
    "share": frozenset(
        {"intelligence", "information", "data", "technology", "evidence", "expertise", "document", "file"}
    ),
}
# verbs that count the dead and wounded of an attack
CASUALTY_VERBS = frozenset({"kill", "wound", "injure"})
# nouns of the same, as objects of light verbs ("launched a mediation effort", "imposed sanctions")
ACTION_NOUNS: dict[str, tuple[str, str]] = {
    "mediation": ("CONSULT", "04"),
    "aid": ("AID", "07"),
    "assistance": ("AID", "07"),
    "asylum": ("AID", "07"),
    "protest": ("PROTEST", "14"),
    "demonstration": ("PROTEST", "14"),
    "strike": ("PROTEST", "14"),
    "investigation": ("ACCUSE", "11"),
    "hearing": ("ACCUSE", "11"),
    "probe": ("ACCUSE", "11"),
    "withdrawal": ("RETREAT", "08"),
    "surrender": ("RETREAT", "08"),
    "arrest": ("COERCE", "17"),
    "crackdown": ("COERCE", "17"),
    "curfew": ("COERCE", "17"),
    "ban": ("COERCE", "17"),
    "tie": ("SUPPORT", "05"),
    "relation": ("SUPPORT", "05"),
    "concession": ("AGREE", "05"),
    "demand": ("REQUEST", "10"),
    "ultimatum": ("THREATEN", "13"),
    "threat": ("THREATEN", "13"),
    "apology": ("SUPPORT", "05"),
    "suspension": ("SANCTION", "16"),
    "sanction": ("SANCTION", "16"),
    "embargo": ("SANCTION", "16"),
    "boycott": ("PROTEST", "14"),
    "expulsion": ("SANCTION", "16"),
    "release": ("CONCEDE", "08"),
    "ceasefire": ("RETREAT", "08"),
}

# heads of noun phrases that name people acting together, kept as ad-hoc actors when nothing
# else resolves ("Opposition groups in Zimbabwe are demanding ...")
HUMAN_NOUNS = frozenset(
    {
        "group",
        "official",
        "leader",
        "rebel",
        "opposition",
        "party",
        "union",
        "government",
        "authority",
        "minister",
        "militant",
        "protester",
        "demonstrator",
        "student",
        "worker",
        "police",
        "army",
        "court",
        "parliament",
        "lawmaker",
        "diplomat",
        "soldier",
        "troop",
        "force",
        "guerrilla",
        "insurgent",
        "delegation",
        "mission",
        "coalition",
        "movement",
        "front",
        "league",
        "council",
        "committee",
        "agency",
        "ministry",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "negotiator",
        "mediator",
        "monitor",
        "observer",
        "inspector",
        "doctor",
        "villager",
        "resident",
        "refugee",
        "people",
        "citizen",
        "farmer",
        "teacher",
        "journalist",
        "activist",
        "organization",
        "organisation",
        "association",
        "body",
        "administration",
        "regime",
        "junta",
        "military",
        "navy",
        "legislature",
        "senate",
        "assembly",
        "cabinet",
        "president",
        "king",
        "premier",
        "chancellor",
        "general",
        "commander",
        "chief",
        "head",
        "member",
        "faction",
        "militia",
        "separatist",
        "supporter",
        "opponent",
        "critic",
        "ally",
        "partner",
        "inhabitant",
        "crowd",
        "youth",
        "thousand",
        "hundred",
        "mob",
        "businessman",
        "businesswoman",
        "lawyer",
        "prisoner",
        "militiaman",
        "gunman",
        "fighter",
        "kurd",
        "cleric",
        "analyst",
        "expert",
        "witness",
    }
)

# words that make a conversation a call ("phone call", "spoke by telephone", "via video link")
PHONE_WORDS = frozenset({"phone", "telephone", "video", "videoconference", "videolink", "teleconference"})
# verbs of talking that report a call when "by phone" is attached
SPEAK_VERBS = frozenset({"speak", "talk", "confer", "chat", "converse"})

# event kinds whose later definite mentions with no parties of their own ("the talks", "the call")
# are the event already read (drills and deployments are not: "the extended drills" is news)
REPEATABLE_KINDS = frozenset(
    {
        "PhoneCall",
        "Meeting",
        "Talks",
        "Summit",
        "Visit",
        "Agreement",
        "Ceasefire",
        "Election",
        "Fighting",
    }
)
# kinds that go on across the article: a later definite mention refers back whatever its clause says
ONGOING_KINDS = frozenset({"Fighting"})
# kinds an article usually reports one of: later undated mentions without "next", "previous" ...
# are that one ("the electoral body will ensure a credible election")
ONE_PER_ARTICLE_KINDS = frozenset({"Election"})
# single acts whose later mentions are often new episodes ("the shelling" of another night): merged
# only when a demonstrative points back ("this attack", "that war"); standing situations
# (deployments, drills) are judged afresh at each mention
REPEATABLE_BY_DEMONSTRATIVE = frozenset({"Attack", "Shelling", "Sanction", "Evacuation"})
# single strikes: a later "the attack" with no party or day of its own is the one already told
SINGLE_STRIKE_KINDS = frozenset({"Attack"})
# modifiers that make "the ... meeting" a new instance rather than a reference to one already named
NEW_INSTANCE_WORDS = frozenset(
    {
        "first",
        "second",
        "third",
        "next",
        "another",
        "new",
        "other",
        "previous",
        "last",
        "latest",
        "further",
        "run",
        "runoff",
        "run-off",
        "presidential",
        "parliamentary",
        "legislative",
        "local",
        "municipal",
        "regional",
        "primary",
    }
)

# particles inside Arabic names that NER may leave out of the name ("Abdel Fattah el-Sissi")
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "ben", "bint", "abu", "ould"})

# titles that may stand before a given name alone ("Prince Mohammed", "Sheikh Tamim", "King Abdullah")
HONORIFICS = frozenset(
    {
        "prince",
        "princess",
        "king",
        "queen",
        "sheikh",
        "sheikha",
        "emir",
        "amir",
        "sultan",
        "crown",
        "imam",
        "pope",
    }
)

# missile launches and tests: a MilitaryDrill in the annotation guide's kinds
LAUNCH_NOUNS = frozenset({"test", "launch", "testing", "firing"})
LAUNCH_VERBS = frozenset({"fire", "launch", "test", "test-fire"})
MISSILE_WORDS = frozenset(
    {
        "missile",
        "missiles",
        "ballistic",
        "icbm",
        "icbms",
        "rocket",
        "rockets",
        "nuclear",
        "hypersonic",
        "slbm",
        "irbm",
    }
)

# what strikes in an attack: "drones hit a refinery", "a missile slammed into a block"
WEAPON_WORDS = MISSILE_WORDS | frozenset(
    {
        "drone",
        "jet",
        "warplane",
        "aircraft",
        "helicopter",
        "gunship",
        "artillery",
        "shell",
        "bomb",
        "airstrike",
        "strike",
        "shelling",
        "bombardment",
        "mortar",
        "grenade",
        "tank",
    }
)
# verbs of striking and destroying (CAMEO 19x / 20x "use conventional / mass violence"), an attack
# when forces, armed men or weapons do it ("drones hit a refinery"; not "inflation hit wages")
HITTING_VERBS = frozenset(
    {
        "hit",
        "blast",
        "hammer",
        "pummel",
        "pelt",
        "raze",
        "torch",
        "overrun",
        "smash",
        "flatten",
        "destroy",
        "devastate",
        "decimate",
        "ravage",
        "slam",
        "massacre",
        "slaughter",
        "behead",
        "murder",
        "snipe",
        "besiege",
        "encircle",
    }
)
# verbs of battling: fighting when forces or armed men do them ("troops battled insurgents")
BATTLE_VERBS = frozenset({"battle", "skirmish"})
# objects that make "strike" a figure of speech ("struck a softer tone", "struck a balance")
FIGURATIVE_STRIKE_OBJECTS = frozenset({"tone", "note", "chord", "balance", "pose", "compromise", "bargain"})
# verbs of sitting together: a meeting when done "with" a person or party ("sat down with", "conferred
# with", "huddled with")
MEET_WITH_VERBS = frozenset({"sit", "confer", "huddle"})
# "war" naming a legal or personal category, not a war under way ("prisoners of war", "war crimes")
WAR_CATEGORY_HEADS = frozenset(
    {"prisoner", "crime", "criminal", "veteran", "memorial", "chest", "correspondent"}
)
# moving forces: "sent troops to the border", "moved tanks", "troop movements" are a Deployment
DEPLOY_VERBS = frozenset({"send", "move", "pour", "amass", "position", "rush", "redeploy"})
FORCE_WORDS = frozenset(
    {
        "troop",
        "troops",
        "soldier",
        "soldiers",
        "force",
        "forces",
        "tank",
        "tanks",
        "warship",
        "warships",
        "battalion",
        "battalions",
        "brigade",
        "brigades",
        "unit",
        "units",
        "military",
        "army",
        "naval",
        # naval and air assets: "dispatched an aircraft carrier", "moved bombers to the base"
        "carrier",
        "destroyer",
        "frigate",
        "submarine",
        "bomber",
        "warplane",
        "fighter",
    }
)

# words that make an event joint, with the number of parties they ask for
JOINT_WORDS: dict[str, int] = {"bilateral": 2, "joint": 2, "combined": 2, "trilateral": 3, "multilateral": 3}
# participles after a hyphen that make the word before it the mediator or host of an event
# ("U.S.-brokered talks", "Qatar-mediated exchange", "UN-led negotiations")
MEDIATOR_PARTICIPLES = frozenset(
    {"brokered", "mediated", "hosted", "sponsored", "led", "facilitated", "organised", "organized", "backed"}
)
# words asking for action taken together with the speaker ("join the efforts", "work together")
JOINT_ACTION_WORDS = frozenset({"join", "together", "jointly", "cooperate", "collaborate", "joint", "common"})
# words that make a "with" phrase name a co-actor of the subject ("X, together with Y, imposed",
# "X, along with Y, launched"); "alongside" is such a phrase by itself
COMPANION_WORDS = frozenset({"together", "along", "alongside"})
# verbs whose "from" phrase names the other party ("received payments from X")
RECEIVE_VERBS = frozenset({"receive", "accept", "obtain", "get", "buy", "purchase", "import", "request"})
# modifiers that make an attack or fight a matter of words, fought by people, not by states
NONVIOLENT_MODIFIERS = frozenset({"verbal", "rhetorical", "political", "personal", "legal", "diplomatic"})

# words naming an organisation inside a name ("... Council", "... Front")
ORG_WORDS = frozenset(
    {
        "group",
        "council",
        "committee",
        "organization",
        "organisation",
        "forces",
        "ministry",
        "agency",
        "team",
        "union",
        "party",
        "front",
        "army",
        "movement",
        "commission",
        "office",
        "department",
        "alliance",
        "coalition",
        "court",
    }
)
# heads that make a capitalised name a thing, not an actor ("Intercontinental Ballistic Missile",
# "Annapolis Conference", "COVID-19 pandemic", "Renaissance Dam")
THING_HEADS = frozenset(
    {
        "missile",
        "rocket",
        "weapon",
        "warhead",
        "drone",
        "conference",
        "forum",
        "summit",
        "dialogue",
        "accord",
        "treaty",
        "agreement",
        "declaration",
        "charter",
        "dam",
        "pipeline",
        "terminal",
        "virus",
        "pandemic",
        "disease",
        "vaccine",
        "award",
        "prize",
        "games",
        "cup",
        "plan",
        "initiative",
    }
)
# places people gather or are held, which NER takes for a person or organisation ("Freedom Square",
# "Pearl Roundabout", "Prison Barlinnie", "al Shifaa Hospital"): a place, never an actor
FACILITY_WORDS = frozenset(
    {
        "square",
        "roundabout",
        "junction",
        "street",
        "avenue",
        "road",
        "bridge",
        "prison",
        "jail",
        "hospital",
        "mosque",
        "church",
        "cathedral",
        "stadium",
        "hotel",
        "palace",
        "airbase",
        "checkpoint",
        "camp",
    }
)
# names of diseases NER takes for organisations
DISEASE_NAMES = frozenset({"covid-19", "covid", "sars", "mers", "ebola", "hiv", "aids", "mpox", "zika"})

# heads that an armed-group adjective makes an armed group ("rebel regions", "separatist forces")
ARMED_HEADS = frozenset(
    {
        "region",
        "republic",
        "area",
        "fighter",
        "force",
        "group",
        "leader",
        "commander",
        "authority",
        "movement",
        "unit",
        "army",
    }
)

# heads after a place name that make it a location ("Luhansk region", "Gaza border")
LOCATION_HEADS = frozenset(
    {
        "region",
        "district",
        "province",
        "oblast",
        "city",
        "area",
        "border",
        "village",
        "town",
        "airport",
        "port",
        "frontline",
    }
)
# verbs whose object is a place ("shelled Zaporizhzhia", "recaptured Bakhmut"): a lone unknown name
# there that NER took for a person is a town
PLACE_OBJECT_VERBS = frozenset(
    {
        "shell",
        "bomb",
        "bombard",
        "pound",
        "capture",
        "recapture",
        "seize",
        "enter",
        "besiege",
        "encircle",
        "liberate",
        "storm",
        "occupy",
        "annex",
        "evacuate",
        "blockade",
    }
)
# lines between two sides: "near the border with X", "along the frontier between X and Y" name the other side
BOUNDARY_NOUNS = frozenset({"border", "frontier", "boundary", "frontline", "line"})
# heads that make an event noun before them part of a place ("combat areas", "war zone")
ZONE_HEADS = frozenset({"zone", "areas", "theatre", "theater"})

# more event nouns seen in readouts and statements, each needing the words that make it an event
EVENT_NOUNS.update(
    {
        "escalation": "Fighting",
        "confrontation": "Fighting",
        "arrest": "Other",
        "detention": "Other",
        "coup": "Attack",
        "takeover": "Attack",
        # acts on persons, power and goods: events of kind Other when their party is named
        "release": "Other",
        "supply": "Other",
        "delivery": "Other",
        "transfer": "Other",
        "withdrawal": "Other",
        "pullout": "Other",
        "launch": "Other",
        "inauguration": "Other",
        "resignation": "Other",
        "appointment": "Other",
        "seizure": "Other",
        "expulsion": "Other",
        "deportation": "Other",
        "abduction": "Other",
        "kidnapping": "Other",
        "blockade": "Other",
        "protest": "Other",
        "demonstration": "Other",
        "reelection": "Election",
        "re-election": "Election",
        "mediation": "Talks",
        "swearing": "Other",
        "declaration": "Other",
        "operation": "Fighting",
        "movement": "Deployment",
    }
)
# verbs whose subject, an event noun, is a happening under way ("the blockade began on July 28")
ASPECTUAL_VERBS = frozenset({"begin", "start", "end", "continue", "resume", "last", "erupt", "intensify"})
EVENT_NOUNS.update(
    {
        "measure": "Sanction",  # "restrictive measures imposed by the UN"
        "investigation": "Other",
        "inquiry": "Other",
        "probe": "Other",
        "broadcast": "Other",
        "mission": "Deployment",
        "ascension": "Other",
        "accession": "Other",
        "sit-in": "Other",
        "march": "Other",
        "aid": "Other",
        "sale": "Other",
    }
)
EVENT_NOUNS_NEED_CONTEXT.update(
    {
        "measure": frozenset({"restrictive", "punitive", "coercive", "retaliatory"}),
        **dict.fromkeys(("investigation", "inquiry", "probe"), frozenset({"into", "poss", "launch", "open"})),
        "broadcast": frozenset({"poss", "televised", "weekly", "live"}),
        "mission": frozenset(
            {"peacekeeping", "stabilisation", "stabilization", "military", "naval", "combat", "training"}
        ),
        **dict.fromkeys(("ascension", "accession"), frozenset({"poss", "to"})),
        "sit-in": frozenset({"poss", "plural", "against", "stage", "hold", "organize", "organise", "aspect"}),
        "march": frozenset({"poss", "plural", "against", "protest", "stage", "hold", "aspect"}),
        # aid given to someone named: "security aid to Yemen", "the aid supplied to Cuba"; aid a
        # party announces or pledges ("announced aid for Gaza", "pledged new aid")
        "aid": frozenset({"to", "supply", "supplied", "poss", "announce", "pledge", "unveil"}),
        "sale": frozenset({"to", "arms", "weapon", "of arms", "of weapon", "of system"}),
    }
)
EVENT_NOUNS_NEED_CONTEXT.update(
    {
        **dict.fromkeys(
            (
                "release",
                "supply",
                "delivery",
                "transfer",
                "withdrawal",
                "pullout",
                "launch",
                "inauguration",
                "resignation",
                "appointment",
                "seizure",
                "expulsion",
                "deportation",
                "abduction",
                "kidnapping",
                "reelection",
                "re-election",
            ),
            frozenset({"of", "poss", "from", "aspect"}),
        ),
        "blockade": frozenset({"of", "poss", "naval", "plural", "aspect"}),
        "protest": frozenset({"plural", "against", "poss", "mass", "aspect"}),
        "demonstration": frozenset({"plural", "against", "poss", "mass", "aspect"}),
        "mediation": frozenset({"poss", "of", "by", "led"}),
        "swearing": frozenset({"in"}),
        "declaration": frozenset({"of state", "of emergency", "of law", "of curfew", "of independence"}),
        # "the special military operation": what one side calls its war
        "operation": frozenset({"military", "special", "combat", "ground"}),
        "movement": frozenset({"troop", "military", "army", "of troops", "of forces"}),
        "escalation": frozenset({"of violence", "military", "of fighting", "of hostility", "armed"}),
        "takeover": frozenset({"military", "army"}),
    }
)

# --- speech acts beyond the cue list (issue 11) ----------------------------------------------
# verbs the CAMEO dictionary codes as speech that are no speech act in news prose, even with an
# object or a clause ("ordered troops", "saw a rise", "watched the parade", "prepared to leave")
CAMEO_NOT_CUES = frozenset(
    {
        "see",
        "saw",
        "watch",
        "witness",
        "count",
        "total",
        "tally",
        "score",
        "measure",
        "calculate",
        "figure",
        "involve",
        "affect",
        "impact",
        "influence",
        "concern",
        "distress",
        "frustrate",
        "disappoint",
        "dismay",
        "sadden",
        "spread",
        "scatter",
        "disperse",
        "dissipate",
        "diffuse",
        "distribute",
        "dispense",
        "circulate",
        "copy",
        "imitate",
        "mimic",
        "order",
        "need",
        "push",
        "bid",
        "prepare",
        "plan",
        "train",
        "ready",
        "groom",
        "mean",
        "want",
        "aim",
        "decide",
        "determine",
        "vote",
        "apply",
        "desire",
        "delay",
        "postpone",
        "prevent",
        "hinder",
        "impede",
        "obstruct",
        "hamper",
        "inhibit",
        "stall",
        "table",
        "shelve",
        "defer",
        "retard",
        "override",
        "overrule",
        "remit",
        "compensate",
        "compete",
        "contrast",
        "counterbalance",
        "differ",
        "fail",
        "breach",
        "defect",
        "organise",
        "organize",
        "orchestrate",
        "coordinate",
        "integrate",
        "deal",
        "bargain",
        "haggle",
        "barter",
        "support",
        "back",
        "ally",
        "associate",
        "cooperate",
        "collaborate",
        "celebrate",
        "commemorate",
        "toast",
        "reward",
        "prize",
        "value",
        "respect",
        "honor",
        "honour",
        "prefer",
        "favor",
        "favour",
        "promote",
        "spur",
        "inspire",
        "rouse",
        "cheer",
        "clap",
        "triumph",
        "exult",
        "rejoice",
        "mourn",
        "grieve",
        "weep",
        "wail",
        "despair",
        "endanger",
        "risk",
        "address",
        "talk",
        "speak",
        "refer",
        "await",
        "anticipate",
        "envisage",
        "foresee",
        "expect",
        "hope",
        "comply",
        "ensure",
        "strive",
        "endeavor",
        "endeavour",
        "resurrect",
        "resuscitate",
        "revive",
        "subscribe",
        "volunteer",
        "campaign",
        "crusade",
        "clamor",
        "clamour",
        "challenge",
        "contest",
        "counter",
        "humble",
        "humiliate",
        "degrade",
        "debase",
        "defile",
        "disgrace",
        "dishearten",
        "discourage",
        "curse",
        "cry",
        "grill",
        "intrude",
        "obtrude",
        "pry",
        "trespass",
        "expose",
        "reveal",
        "recognise",
        "recognize",
    }
)
# CAMEO-coded verbs that, before a that-clause, report rather than judge ("contended that ...")
CAMEO_REPORT_CUES = frozenset(
    {"aver", "avow", "contend", "swear", "admit", "confess", "profess", "divulge", "disclose"}
)
# the speaker's addressee is not a target when it is the outlet interviewing the speaker
INTERVIEW_CUES = frozenset({"tell", "say", "write"})
# prepositions that name the target of a judgement or appeal ("demanded an apology from X",
# "warned against X", "criticised X over Y", "pressed X on Y")
TARGET_PREPS = frozenset({"from", "against", "on", "with", "to", "at", "toward", "towards", "over"})
# legal texts a statement invokes: the body that issued them is no target ("in violation of UN
# Security Council resolutions", "under the UN Charter")
INSTRUMENT_NOUNS = frozenset({"resolution", "charter", "mandate"})
# a cue's prepositions whose phrase frames what is said: "In a call with X, Y said", "said on X's
# condition", "stressed ... in keeping with the partnership between X and Y"
FRAMING_PREPS = frozenset(
    {"in", "during", "on", "after", "following", "regarding", "about", "over", "concerning", "under"}
)
# words in a reported clause or a statement's sentence that make it a judgement of someone
CRITICISM_WORDS = frozenset(
    {
        "alarmed",
        "alarming",
        "troubling",
        "troubled",
        "reckless",
        "irresponsible",
        "unacceptable",
        "heinous",
        "reprehensible",
        "deplorable",
        "outrageous",
        "appalling",
        "shameful",
        "assault",
        "dictator",
        "dictators",
        "repress",
        "repression",
        "stifle",
        "intimidation",
        "harassment",
        "inconsistent",
        "regret",
        "regrettable",
        "deplore",
        "destabilizing",
        "destabilising",
        "undermine",
        "undermines",
        "undermining",
        "unjust",
        "unjustly",
        "disregard",
        "appalled",
        "outraged",
        "dismayed",
        "victim",
        "concern",
    }
)
PRAISE_WORDS = frozenset(
    {
        "grateful",
        "gratitude",
        "thank",
        "thanks",
        "thanked",
        "appreciate",
        "appreciated",
        "appreciation",
        "commend",
        "commended",
        "admire",
        "admirable",
        "courage",
        "courageous",
        "effective",
        "cornerstone",
        "friend",
        "friendship",
        "valuable",
        "excellent",
        "positive",
        "constructive",
        "landmark",
        "historic",
    }
)
# an accusation of breaking rules or laws
VIOLATION_WORDS = frozenset(
    {"violation", "violate", "violated", "violating", "illicit", "illegal", "illegally", "occupying"}
)
# a denial of what others said: "the claims were false"
DENIAL_WORDS = frozenset(
    {
        "untrue",
        "false",
        "baseless",
        "unfounded",
        "fabricated",
        "fabrication",
        "invented",
        "groundless",
        "nonsense",
        "fake",
        "grotesque",
        "absurd",
        "ridiculous",
        "lies",
    }
)
# what a denial is of: "the claims were false", "the suggestion was grotesque"
DISPUTED_WORDS = frozenset(
    {
        "claim",
        "claims",
        "report",
        "reports",
        "allegation",
        "allegations",
        "accusation",
        "accusations",
        "charge",
        "charges",
        "suggestion",
        "suggestions",
        "notion",
        "idea",
    }
)
# a plain "said" that the proposal is unthinkable rejects it
REJECTION_WORDS = frozenset({"inconceivable", "unthinkable", "non-negotiable", "nonnegotiable"})
# "continue developing friendly ties", "strengthen cooperation": a stated intention to cooperate
COOPERATION_WORDS = frozenset(
    {
        "cooperation",
        "partnership",
        "ties",
        "relations",
        "dialogue",
        "contacts",
        "collaboration",
        "alliance",
        "coordination",
    }
)
FURTHERING_WORDS = frozenset(
    {
        "continue",
        "continued",
        "continuing",
        "strengthen",
        "strengthening",
        "deepen",
        "deepening",
        "develop",
        "developing",
        "further",
        "expand",
        "expanding",
        "enhance",
        "enhancing",
        "bolster",
        "intensify",
        "forward",
    }
)
READY_WORDS = frozenset({"ready", "prepared", "committed", "recommitted", "recommit", "determined"})
# predicate adjectives that report a stance ("X is concerned that", "Analysts are skeptical that",
# "I am grateful for"): adjective -> kind
ADJECTIVE_CUES: dict[str, str] = {
    **dict.fromkeys(
        (
            "concerned",
            "worried",
            "skeptical",
            "sceptical",
            "doubtful",
            "confident",
            "optimistic",
            "pessimistic",
            "hopeful",
            "certain",
            "convinced",
            "sure",
            "aware",
        ),
        "Report",
    ),
    **dict.fromkeys(
        ("alarmed", "outraged", "appalled", "disappointed", "dismayed", "troubled", "angered", "critical"),
        "Criticism",
    ),
    **dict.fromkeys(("grateful", "thankful", "pleased", "delighted", "encouraged", "proud"), "Praise"),
    **dict.fromkeys(("ready", "prepared", "willing", "determined", "committed", "eager"), "Intent"),
    **dict.fromkeys(("opposed",), "Rejection"),
}
# CAMEO codes of stances: worry/doubt is a pessimistic comment, confidence an optimistic one
ADJECTIVE_CAMEO: dict[str, str] = {
    **dict.fromkeys(
        ("concerned", "worried", "skeptical", "sceptical", "doubtful", "pessimistic", "alarmed", "troubled"),
        "012",
    ),
    **dict.fromkeys(("confident", "optimistic", "hopeful", "encouraged"), "013"),
}
# "X was clear that ...", "X made clear that ...": a predicate that frames what follows as X's words
SAYING_ADJECTIVES = frozenset(
    {"clear", "explicit", "adamant", "emphatic", "firm", "unequivocal", "categorical", "blunt", "frank"}
)
# verbs that report speech or a stance only with a reported clause or a quote ("felt the conference
# was a success", "conceded that ..."): lemma -> kind
CLAUSE_CUE_KINDS: dict[str, str] = {
    **dict.fromkeys(
        (
            "feel",
            "think",
            "conclude",
            "concede",
            "admit",
            "reveal",
            "disclose",
            "recount",
            "testify",
            "maintain",
            "contend",
            "retort",
            "respond",
            "reply",
            "answer",
            "quip",
            "joke",
            "speculate",
            "forecast",
            "acknowledge",
            "announce",
            "hope",
            "expect",
            "fear",
            "agree",
            "signal",
            "hint",
            "assure",
            "reassure",
            "promise",
            "caution",
            "counter",
            "observe",
            "recall",
            "muse",
            "boast",
            "lament",
            "complain",
            "protest",
            "object",
        ),
        "Report",
    ),
}
CLAUSE_CUE_KINDS.update(
    {
        "fear": "Warning",
        "caution": "Warning",
        "complain": "Criticism",
        "lament": "Criticism",
        "protest": "Criticism",
        "object": "Rejection",
        "assure": "Intent",
        "reassure": "Intent",
        "promise": "Intent",
        "agree": "Agreement",
        "announce": "Announcement",
    }
)
# verbs of command: "ordered the channel to stop broadcasting" is a demand
COMMAND_VERBS = frozenset({"order", "instruct", "direct", "command", "tell"})
# more cue verbs (any complement): lemma -> kind
MORE_CUE_KINDS: dict[str, str] = {
    "recommit": "Intent",
    "reassert": "Report",
    "concur": "Agreement",
    "reiterate": "Report",
    "underline": "Report",
    "pledge": "Intent",
    "vow": "Intent",
    "applaud": "Praise",
    "salute": "Praise",
    "regret": "Criticism",
    "lament": "Criticism",
    "complain": "Criticism",
    "decline": "Rejection",
    "refute": "Denial",
    "rebut": "Denial",
    "assure": "Intent",
    "reassure": "Intent",
}
# verbs of judging and telling in wire copy and readouts beyond the common cues, each speech only
# with the complement MORE_CUE_NEEDS names ("ruled out talks", "hit out at", "took note of")
MORE_CUE_KINDS.update(
    {
        "blast": "Criticism",
        "hit": "Criticism",
        "lash": "Criticism",
        "protest": "Criticism",
        "object": "Rejection",
        "rule": "Rejection",
        "brush": "Rejection",
        "shrug": "Rejection",
        "downplay": "Denial",
        "play": "Denial",
        "appreciate": "Praise",
        "wonder": "Report",
        "take": "Report",
    }
)
# light verbs of conveying: speech only with a speech noun as object ("extended condolences",
# "conveyed support", "shared concerns", "renewed its call"); the kind is the noun's
CONVEYING_CUES = frozenset({"extend", "convey", "share", "relay", "renew", "float"})
MORE_CUE_KINDS.update(dict.fromkeys(CONVEYING_CUES, "Report"))
# every verb whose object noun gives the statement its kind ("repeated a call", "offered
# congratulations", "conveyed support")
NOUN_KIND_CUES = LIGHT_CUES | OFFERING_CUES | CONVEYING_CUES
# verbs that are speech only with a speech noun as object ("made a proposal", not "made progress")
OBJECT_NEEDING_CUES = frozenset({"put", "give", "provide", "make", "issue"}) | CONVEYING_CUES
MORE_CUE_NEEDS: dict[str, frozenset[str]] = {
    "blast": frozenset({"dobj", "ccomp", "quote"}),
    "hit": frozenset({"out"}),
    "lash": frozenset({"out"}),
    "protest": frozenset({"dobj", "ccomp", "against"}),
    "object": frozenset({"to", "ccomp"}),
    "rule": frozenset({"out"}),
    "brush": frozenset({"aside", "off"}),
    "shrug": frozenset({"off"}),
    "play": frozenset({"down"}),
    "downplay": frozenset({"dobj", "ccomp"}),
    "appreciate": frozenset({"dobj", "ccomp"}),
    "wonder": frozenset({"ccomp", "quote"}),
    "take": frozenset({"note"}),
}

# --- attribution (speech/) ----------------------------------------------------------------
ANAPHORA_WORDS = frozenset({"such", "these", "this", "those", "their", "them", "its", "they", "it"})
# nouns for what another speaker said: "denied the report", "rejected that account"
CLAIM_NOUNS = frozenset(
    {
        "account",
        "accusation",
        "allegation",
        "assertion",
        "charge",
        "claim",
        "idea",
        "report",
        "story",
        "suggestion",
        "version",
    }
)
# determiners that point back to something already said
POINTING_DETERMINERS = frozenset({"the", "that", "this", "these", "those", "such"})
FIRST_PERSON = frozenset({"we", "i", "our", "my", "us"})
TITLE_WORDS = frozenset(
    {
        "president",
        "prime",
        "minister",
        "secretary",
        "of",
        "state",
        "vice",
        "national",
        "security",
        "advisor",
        "adviser",
        "spokesperson",
        "ambassador",
        "the",
        "chancellor",
        "foreign",
        "jr",
        "jr.",
        "sr",
    }
)
PAIR_PERSON_NOUNS = frozenset(
    {"leader", "president", "minister", "premier", "head", "counterpart", "side", "party"}
)
PAIR_STATE_NOUNS = frozenset({"country", "nation", "government", "state"})
DOCUMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "readout", "declaration"})
PERSON_SOURCE_NOUNS = frozenset(
    {
        "source",
        "analyst",
        "expert",
        "observer",
        "witness",
        "resident",
        "diplomat",
        "official",
        "negotiator",
        "aide",
        "adviser",
        "advisor",
        "envoy",
        "ambassador",
        "lawmaker",
        "legislator",
        "senator",
        "officer",
        "commander",
        "monitor",
        "investigator",
        "prosecutor",
        "judge",
        "narrator",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    }
)
# a sentence opening with one of these right after a report adds to what was reported
ADDITIVE_CONNECTIVES = frozenset({"moreover", "furthermore", "besides", "additionally"})
# ordinary anonymous people (gold C4): what they say is no statement unless they are named
ORDINARY_PEOPLE_NOUNS = frozenset(
    {
        "resident",
        "civilian",
        "national",
        "student",
        "refugee",
        "worker",
        "villager",
        "local",
        "inhabitant",
        "passer-by",
        "shopkeeper",
    }
)
# words that only say a source is not named: no part of the name the text gives it
ANONYMITY_WORDS = frozenset({"anonymous", "unnamed", "unidentified"})
# those whose office is to speak for a government: a statement they issue is its voice
SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# people named only as an organisation's staff: "officials at the NOC" speak for the NOC
STAFF_NOUNS = frozenset(
    {
        "official",
        "officer",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "employee",
        "worker",
        "staff",
        "executive",
        "engineer",
        "diplomat",
        "negotiator",
        "investigator",
        "aide",
        "adviser",
        "advisor",
        "representative",
    }
)
# "the group said", "the movement said": the armed group or organisation named last
GENERIC_GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "militia"})
# a lower-case noun before a media outlet's name ("state broadcaster Khabar 24", "the daily Le Monde");
# "agency" only as a news or press agency
MEDIA_OUTLET_NOUNS = frozenset(
    {
        "broadcaster",
        "newspaper",
        "daily",
        "weekly",
        "tabloid",
        "website",
        "channel",
        "television",
        "radio",
        "outlet",
    }
)
# the nouns a media source goes by: its outlet nouns, and "(state/local) media" itself
MEDIA_SOURCE_NOUNS = MEDIA_OUTLET_NOUNS | {"media", "medium"}
# bodies and documents that speak ("the ministry said", "the email said")
BODY_SOURCE_NOUNS = frozenset(
    {
        "agency",
        "army",
        "cable",
        "commission",
        "committee",
        "communique",
        "communiqué",
        "council",
        "court",
        "delegation",
        "department",
        "document",
        "e-mail",
        "email",
        "embassy",
        "government",
        "group",
        "letter",
        "memo",
        "memorandum",
        "military",
        "ministry",
        "mission",
        "movement",
        "note",
        "office",
        "opposition",
        "organisation",
        "organization",
        "party",
        "police",
        "presidency",
        "report",
        "statement",
        "tribunal",
        "union",
    }
)
# bodies a state has one of: "the army said" with no owner is the army of the article's country
HOME_BODY_NOUNS = frozenset({"army", "military", "police", "government", "presidency", "navy", "junta"})
# nouns that name the source of a statement ("the email said", "a diplomatic source said", "the
# narrator concluded"): kept as the speaker the text names
SOURCE_NOUNS = PERSON_SOURCE_NOUNS | BODY_SOURCE_NOUNS | MEDIA_SOURCE_NOUNS
ROLE_SYNONYMS = {
    "spokesperson": {"spokesperson", "spokesman", "spokeswoman", "spokesmen", "spokeswomen"},
    "spokesman": {"spokesperson", "spokesman"},
    "spokeswoman": {"spokesperson", "spokeswoman"},
    "minister": {"minister", "secretary"},
    "secretary": {"minister", "secretary"},
    "envoy": {"envoy", "ambassador", "representative"},
    "ambassador": {"envoy", "ambassador"},
}
