"""Paragraph makers of the corpus generator: each p_* function writes one
paragraph of a kind (casting, scene, quote, ratings, ...) about the drama and
cast of a Ctx, drawing every choice from the article's RNG."""

from .gen_vocabulary import (
    ACTIONS, ADVERBS, ANIMALS, AWARDS, AWARD_CATS, CLOTHES, COLLECT, COMMUNITY, EMOTIONS, ENDORSE,
    EP_EVENTS, FIGHTS, FOODS, GENRES, GIFTS, HABITS, HOBBIES, MAGAZINES, MONTHS, NUMWORDS, ORD,
    PARTICLE_WORDS, PLACES, PRAISE, PRODUCTION, PROPS, QUOTE_ABOUT_ROLE, QUOTE_ABOUT_SET, SETTINGS,
    TITLE_ADJ, TRAITS, VARIETY, VERBING, VIEWER_TALK, WEATHER, WORLD_CITIES)
from .gen_world import article_a, given_of, make_compound, make_org


def wc(s):
    return len(s.split())


class Ctx:
    """Everything one article talks about."""

    def __init__(self, world, rng, drama):
        self.w = world
        self.rng = rng
        self.d = drama
        self.cast = [dict(c, **world.actor(c["actor"])) for c in drama["cast"]]
        self.focus = 0  # the person an interview or pictorial is about
        self.partner = None  # and the other one of a scene

    def actor(self, r):
        return self.cast[r]["name"]

    def char(self, r):
        return self.cast[r]["character"]

    def cfirst(self, r):
        return given_of(self.cast[r]["character"])

    def pron(self, r):
        return "she" if self.cast[r]["female"] else "he"

    def poss(self, r):
        return "her" if self.cast[r]["female"] else "his"

    def obj(self, r):
        return "her" if self.cast[r]["female"] else "him"


def q(t):
    return f'"{t}"'


def p_lead_casting(c):
    r, d = c.rng, c.d
    names = [c.actor(i) for i in range(min(len(c.cast), r.choice([2, 3])))]
    who = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    day = f"{r.choice(MONTHS)} {r.randint(1, 28)}"
    return r.choice([
        f"{who} are {r.choice(PARTICLE_WORDS)} joining forces! On {day}, {d['network']} confirmed that they will lead its new {d['genre']} {q(d['title'])}.",
        f"{d['network']} has announced the cast of its upcoming {d['genre']} {q(d['title'])}. On {day}, the production team confirmed that {who} will star in the drama.",
        f"The line-up for {q(d['title'])} is complete. {who} have been confirmed for the {d['genre']}, which will premiere on {d['network']} in {MONTHS[d['month'] - 1]} {d['year']}.",
        f"It's official: {who} will share the screen in {d['network']}'s {q(d['title'])}. According to industry insiders on {day}, the actors signed their contracts earlier this month.",
    ])


def p_premise(c):
    r, d = c.rng, c.d
    c0, c1 = c.cast[0], c.cast[1]
    return r.choice([
        f"{q(d['title'])} is a {d['genre']} about {article_a(c0['trait'])} {c0['occupation']} and {article_a(c1['trait'])} {c1['occupation']} who meet at {d['setting']} in {d['place']}. The drama is directed by {d['director']} and written by {d['writer']}, and it will have {d['episodes']} episodes.",
        f"Set in {d['place']}, {q(d['title'])} tells the story of two strangers who keep running into each other at {d['setting']}. Director {d['director']} and writer {d['writer']} are working together for the first time.",
        f"The {d['episodes']}-episode series follows {article_a(c0['occupation'])} {c0['backstory']}, and the {c1['occupation']} who turns {c.poss(0)} life upside down. Most of the drama was filmed in {d['place']}.",
        f"{q(d['title'])} is written by {d['writer']}, whose last drama was a surprise hit, and directed by {d['director']}. It follows the people who live and work around {d['setting']} in {d['place']}.",
    ]) + r.choice([
        "", "", f" Much of the story takes place at {d['org']}.",
        f" The fictional {d['org']} was built on a set in {r.choice(PLACES)}.",
    ])


def p_cast_member(c, i):
    r = c.rng
    m = c.cast[i]
    a, ch, first = m["name"], m["character"], given_of(m["character"])
    s1 = r.choice([
        f"{a} has been cast as {ch}, {article_a(m['trait'])} {m['occupation']} {m['backstory']}.",
        f"{a} will play {ch}, {article_a(m['occupation'])} {m['backstory']}.",
        f"{a} takes on the role of {ch}, {article_a(m['trait'])} {m['occupation']}.",
        f"{a} joins the cast as {ch}, {the_relation(m)}, {article_a(m['occupation'])} {m['backstory']}.",
        f"Playing {ch} is {a}, who was last seen in {q(c.w.drama((c.d['k'] + 7 + i) % c.w.n_dramas)['title'])}.",
    ])
    s2 = r.choice([
        f"{first} is {m['trait']} on the outside but has a soft spot for {r.choice(FOODS)} and stray cats.",
        f"{first} gets into an argument with {c.cfirst((i + 1) % len(c.cast))} on the first day over {r.choice(FIGHTS)}.",
        f"{c.pron(i).capitalize()} trained for {r.choice(NUMWORDS)} months to prepare for the role.",
        f"{first} is good at {c.poss(i)} job and bad at everything else, and {c.pron(i)} hides it from everyone.",
        f"{first} works at {c.d['org']} and has never once been late, until the day {c.pron(i)} meets {c.cfirst((i + 1) % len(c.cast))}.",
        f"{first} grew up near {make_org(r)} and still eats lunch at {make_compound(r)}, a tiny restaurant run by an old friend.",
        f"The role is a big change for {a}, who is known for playing {r.choice(TRAITS)} characters.",
        f"{a}'s agency, {m['agency']}, said the actor chose the role because of the script.",
        f"{first} and {c.cfirst((i + 1) % len(c.cast))} were rivals in the past, and their reunion is anything but warm.",
    ])
    parts = [s1, s2]
    if m["idol"] and r.random() < 0.6:
        parts.append(f"{a} is also a member of the idol group {m['idol']}, and {c.pron(i)} is expected to juggle both schedules.")
    elif m["veteran"] and r.random() < 0.6:
        parts.append(f"Veteran actor {a}, who debuted in {m['debut']}, is returning to television after {r.choice(NUMWORDS)} years.")
    return " ".join(parts)


RELATION_TEXT = {
    "the lead": "the heart of the story", "the co-lead": "the other half of the central couple",
    "the rival": "a rival who wants the same thing", "the best friend": "the loyal best friend",
    "the mentor": "a mentor with a past", "the villain": "the one behind everything",
}


def the_relation(m):
    return RELATION_TEXT[m["relation"]]


def p_scene(c, pair=None):
    r, d = c.rng, c.d
    if pair is None:
        i = r.randrange(len(c.cast))
        j = (i + 1 + r.randrange(len(c.cast) - 1)) % len(c.cast)
    else:
        i, j = pair
    a, b = c.cfirst(i), c.cfirst(j)
    ep = r.randint(1, d["episodes"])
    s = [r.choice([
        f"In the newly released stills, {a} ({c.actor(i)}) {r.choice(ACTIONS)} {r.choice(WEATHER)} while {b} ({c.actor(j)}) {r.choice(ACTIONS)}.",
        f"The scene in episode {ep} shows {a} at {r.choice(SETTINGS)}, holding {r.choice(PROPS)}, as {b} {r.choice(ACTIONS)} behind {c.obj(i)}.",
        f"In episode {ep}, {a} {r.choice(ACTIONS)} {r.choice(WEATHER)}, and {b} {r.choice(ACTIONS)} without a word.",
        f"The behind-the-scenes video opens {r.choice(WEATHER)} at {r.choice(SETTINGS)}, where {c.actor(i)} rehearses the scene in which {a} {r.choice(ACTIONS)}.",
        f"Another photo captures the moment {a} and {b} finally face each other {r.choice(WEATHER)}, with {r.choice(PROPS)} between them.",
    ])]
    s.append(r.choice([
        f"The scene took almost a full day to film in {d['place']}, because the crew had to wait for the light to change.",
        f"Between takes, {c.actor(i)} checked the monitor again and again, and {c.actor(j)} made the staff laugh with jokes.",
        f"The {r.choice(EMOTIONS)} between the two characters is clear on their faces, raising curiosity about what happens next.",
        f"Water trucks sprayed rain over the two actors for several hours, and the staff surprised them with towels and hot {r.choice(['ginger tea', 'barley tea', 'coffee'])}.",
        f"The production team explained, \"The actors discussed every line with the director before the camera rolled.\"",
        f"When the director called cut, the staff broke into applause for both actors.",
        f"The set, built to look like {r.choice(SETTINGS)}, was filled with props such as {r.choice(PROPS)} and {r.choice(PROPS)}.",
    ]))
    if r.random() < 0.6:
        s.append(r.choice([
            f"{c.actor(j)}, wearing {r.choice(CLOTHES)}, {r.choice(ADVERBS)} {r.choice(ACTIONS)} in the background.",
            f"{r.choice(ANIMALS).capitalize()} wandered onto the set during the shoot and ended up in the final cut.",
            f"The atmosphere is full of {r.choice(EMOTIONS)}, and {b} {r.choice(ADVERBS)} {r.choice(ACTIONS)}.",
            f"The director asked for {r.choice(NUMWORDS)} more takes, and each time {c.actor(i)} found something new.",
            f"The scene was shot at the real {make_org(r)} in {r.choice(PLACES)}, which closed for a day so the crew could film.",
            f"The crew ate at {make_compound(r)}, a restaurant near the set, so often that the owner now has a signed poster on the wall.",
        ]))
    if r.random() < 0.3:
        s.append(f"{q(d['title'])} airs {d['slot']} on {d['network']}." if not d["ott"]
                 else f"New episodes of {q(d['title'])} are on {d['network']} {d['slot']}.")
    return " ".join(s)


def p_quote(c, topic, who=None):
    r = c.rng
    i = r.randrange(len(c.cast)) if who is None else who
    j = (i + 1) % len(c.cast)
    m = c.cast[i]
    kw = dict(first=given_of(m["character"]), pron="she" if m["female"] else "he",
              pron_obj="her" if m["female"] else "him", occupation=m["occupation"],
              trait=m["trait"], months=r.choice(NUMWORDS), food=r.choice(FOODS),
              takes=r.randint(5, 40), gift=r.choice(GIFTS), partner=c.actor(j),
              partner_pron=c.poss(j), place=c.d["place"], count=r.choice(["ten thousand", "five hundred", "two thousand"]))
    pool = QUOTE_ABOUT_ROLE if topic == "role" else QUOTE_ABOUT_SET
    q1 = r.choice(pool).format(**kw)
    q2 = q1
    while q2 == q1:
        q2 = r.choice(QUOTE_ABOUT_ROLE + QUOTE_ABOUT_SET).format(**kw)
    verb = r.choice(["said", "commented", "explained", "added", "shared", "laughed", "recalled"])
    return r.choice([
        f"{m['name']} {verb}, \"{q1} {q2}\"",
        f"\"{q1}\" {m['name']} {verb}. \"{q2}\"",
        f"Asked about the role, {m['name']} {verb}, \"{q1}\"",
    ])


def p_ratings(c):
    r, d = c.rng, c.d
    ep = r.randint(2, d["episodes"])
    rate = round(r.uniform(1.5, d["peak"]), 1)
    prev = round(max(0.8, rate + r.uniform(-2.5, 1.5)), 1)
    if d["ott"]:
        return r.choice([
            f"{q(d['title'])} ranked number {r.randint(1, 5)} on {d['network']}'s list of the most-watched shows in Korea for {r.choice(NUMWORDS)} straight weeks.",
            f"According to {d['network']}, {q(d['title'])} entered the global top 10 for non-English series in its first week, with {r.randint(2, 9)}.{r.randint(0, 9)} million viewing hours.",
        ])
    return r.choice([
        f"According to Nielsen Korea, the {ORD[min(ep, 16) - 1]} episode of {q(d['title'])} recorded an average nationwide rating of {rate} percent, up from {prev} percent the week before.",
        f"{d['network']}'s {q(d['title'])} reached {rate} percent with episode {ep}, its personal best, according to Nielsen Korea.",
        f"The episode drew attention with a tense scene at {r.choice(SETTINGS)}, and {q(d['title'])} rose to {rate} percent nationwide.",
    ])


def p_airinfo(c):
    r, d = c.rng, c.d
    if d["ott"]:
        return r.choice([
            f"{q(d['title'])} will be released on {d['network']} {d['slot']}.",
            f"All {d['episodes']} episodes of {q(d['title'])} are available to stream on {d['network']}.",
        ])
    return r.choice([
        f"{q(d['title'])} airs {d['slot']} on {d['network']}.",
        f"{q(d['title'])} will premiere in {MONTHS[d['month'] - 1]} and air {d['slot']}.",
        f"The first script reading took place last week, and filming will begin in {r.choice(PLACES)} in {r.choice(MONTHS)}.",
    ])


def p_interview_intro(c, i):
    r, d = c.rng, c.d
    m = c.cast[i]
    return r.choice([
        f"{m['name']} opened up about {c.poss(i)} character in the {d['genre']} {q(d['title'])} in a recent interview with {r.choice(MAGAZINES)}.",
        f"In an interview held in Seoul on {r.choice(MONTHS)} {r.randint(1, 28)}, {m['name']} looked back on {q(d['title'])}, which ended with a rating of {d['peak']} percent.",
        f"{m['name']} has had one of the busiest years of {c.poss(i)} career, and {c.pron(i)} is not slowing down.",
    ])


def p_interview_role(c, i):
    r = c.rng
    m = c.cast[i]
    first = given_of(m["character"])
    return (f"In {q(c.d['title'])}, {m['name']} plays {m['character']}, {article_a(m['occupation'])} {m['backstory']}. "
            f"\"{first} is {article_a(m['trait'])} person, and I am not,\" {c.pron(i)} {r.choice(['said', 'explained', 'laughed'])}. "
            f"\"I watched {r.choice(NUMWORDS)} documentaries about {m['occupation']}s before the first day of filming.\"")


def p_favorite_scene(c, i):
    r, d = c.rng, c.d
    m = c.cast[i]
    j = (i + 1) % len(c.cast)
    ep = r.randint(1, d["episodes"])
    return (f"Asked about {c.poss(i)} favorite scene, {m['name']} chose the moment in episode {ep} when "
            f"{given_of(m['character'])} {r.choice(EP_EVENTS)}. \"We filmed it at {r.choice(SETTINGS)} {r.choice(WEATHER)},\" "
            f"{c.pron(i)} said. \"{c.actor(j)} wasn't even in the scene, but came to the set anyway and watched the monitor.\"")


def p_recap(c):
    r, d = c.rng, c.d
    i = r.randrange(len(c.cast))
    j = (i + 1) % len(c.cast)
    return (f"(Spoilers) In the {r.choice(['latest', 'final', 'last'])} episode, {c.cfirst(i)} {r.choice(EP_EVENTS)}. "
            f"The last scene showed {c.cfirst(j)} at {r.choice(SETTINGS)} {r.choice(WEATHER)}, holding {r.choice(PROPS)}, "
            f"and the screen faded to black as {c.pron(j)} {r.choice(ACTIONS)}.")


def p_reading(c):
    r, d = c.rng, c.d
    i = r.randrange(len(c.cast))
    return r.choice([
        f"The first script reading for {q(d['title'])} was held at a broadcasting center in Sangam-dong, with director {d['director']}, writer {d['writer']} and the whole cast present.",
        f"At the script reading, {c.actor(i)} read {c.poss(i)} lines as {c.cfirst(i)} with such {r.choice(EMOTIONS)} that the room went quiet, then burst out laughing when {c.pron(i)} mispronounced a word.",
        f"Photos from the script reading show {c.actor(0)} and {c.actor(1)} sitting side by side, comparing notes in the margins of their scripts.",
    ])


def p_support(c):
    r = c.rng
    i = r.randrange(len(c.cast))
    return r.choice([
        f"Fans of {c.actor(i)} sent {r.choice(GIFTS)} to the set in {c.d['place']}, and the actor posted a photo with the staff to say thanks.",
        f"Meanwhile, {c.actor(i)} will appear on the variety show {q(r.choice(VARIETY))} next week to talk about the drama.",
        f"{c.actor(i)} recently held a fan meeting in Seoul, where {c.pron(i)} sang the drama's OST and answered questions about {c.cfirst(i)}.",
        f"{c.actor(i)}'s agency {c.cast[i]['agency']} said, \"Please look forward to a new side of the actor.\"",
    ])


def p_performance(c):
    r = c.rng
    i = r.randrange(len(c.cast))
    a = c.actor(i)
    return r.choice([
        f"Critics have praised {a}'s {r.choice(PRAISE)} performance as {c.cfirst(i)}, especially in scenes where {c.pron(i)} {r.choice(ACTIONS)} {r.choice(ADVERBS)}. "
        f"One reviewer called it \"the most {r.choice(PRAISE)} work of {c.poss(i)} career.\"",
        f"{a} learned {r.choice(HOBBIES)} and {r.choice(HOBBIES)} for the role, and {c.pron(i)} did most of the stunts without a double. "
        f"The director said, \"{c.pron(i).capitalize()} was so {r.choice(PRAISE)} that we changed the ending of episode {r.randint(1, c.d['episodes'])}.\"",
        f"For the role of {c.char(i)}, {a} wore {r.choice(CLOTHES)} in almost every scene and spent weeks {r.choice(HOBBIES)} with a coach. "
        f"{c.pron(i).capitalize()} also adopted {r.choice(ANIMALS)} that appears in the drama.",
    ])


def p_reaction(c):
    r = c.rng
    i = r.randrange(len(c.cast))
    j = (i + 1) % len(c.cast)
    out = []
    for t in r.sample(VIEWER_TALK, 2):
        out.append(t.format(community=r.choice(COMMUNITY), praise=r.choice(PRAISE), a=c.actor(i),
                            b=c.actor(j), ep=r.randint(1, c.d["episodes"]), verbing=r.choice(VERBING),
                            views=r.randint(2, 30)))
    return " ".join(out)


def p_background(c):
    r, d = c.rng, c.d
    prev = c.w.drama((d["k"] * 31 + 5) % c.w.n_dramas)["title"]
    return r.choice([
        f"{q(d['title'])} is produced by {r.choice(PRODUCTION)}, and it marks the reunion of director {d['director']} and writer {d['writer']}, "
        f"who worked together on {q(prev)}. Filming took place over {r.choice(NUMWORDS)} months in {d['place']} and {r.choice(PLACES)}.",
        f"Writer {d['writer']} said the idea for the drama came from {r.choice(['a newspaper article', 'a childhood memory', 'a conversation with a taxi driver', 'an old photograph', 'a trip to ' + r.choice(PLACES)])}. "
        f"The production team built {r.choice(SETTINGS)} on an open set in {r.choice(PLACES)}, complete with {r.choice(PROPS)} and {r.choice(ANIMALS)}.",
        f"Before {q(d['title'])}, director {d['director']} made {q(prev)}, which was praised for its {r.choice(PRAISE)} storytelling. "
        f"{r.choice(PRODUCTION)} is co-producing, and the drama has already been sold to broadcasters in {r.choice(NUMWORDS)} countries.",
    ])


def p_personal(c, i=None):
    r = c.rng
    if i is None:
        i = r.randrange(len(c.cast))
    a, pr, po = c.actor(i), c.pron(i), c.poss(i)
    s = [r.choice([
        f"Off camera, {a} collects {r.choice(COLLECT)} and {r.choice(COLLECT)}, and {pr} {r.choice(HABITS)}.",
        f"{a} revealed that {pr} {r.choice(HABITS)}, a habit {pr} picked up while filming {q(c.w.drama((c.d['k'] + 3) % c.w.n_dramas)['title'])}.",
        f"{a}, who debuted in {c.cast[i]['debut']}, won {r.choice(AWARD_CATS)} at {r.choice(AWARDS)} {r.choice(['last year', 'two years ago', 'in ' + str(r.randint(2015, 2024))])}.",
    ])]
    s.append(r.choice([
        f"{pr.capitalize()} recently became the new face of {r.choice(ENDORSE)} and {r.choice(ENDORSE)}.",
        f"{pr.capitalize()} will meet fans in {r.choice(WORLD_CITIES)}, {r.choice(WORLD_CITIES)} and {r.choice(WORLD_CITIES)} during {po} Asia fan meeting tour.",
        f"{po.capitalize()} agency {c.cast[i]['agency']} said that {pr} is reviewing offers for a film and {article_a(r.choice(GENRES)[0])}.",
    ]))
    return " ".join(s)


def p_ost(c):
    r, d = c.rng, c.d
    i = r.randrange(len(c.cast))
    song = f"{r.choice(TITLE_ADJ)} {r.choice(['Letter', 'Road', 'Night', 'Promise', 'Tide', 'Radio', 'Morning', 'Rain'])}"
    return (f"{q(song)}, the {r.choice(ORD[:5])} OST for {q(d['title'])}, was released on music sites at 6 p.m. KST. "
            f"The {r.choice(['acoustic ballad', 'mid-tempo track', 'piano ballad', 'synth-pop song'])} plays in episode {r.randint(1, d['episodes'])}, "
            f"when {c.cfirst(i)} {r.choice(ACTIONS)}. It entered the top {r.choice(['10', '20', '50'])} of a major music chart within hours.")


def p_pictorial(c, i):
    r = c.rng
    return (f"In the pictorial for {r.choice(MAGAZINES)}, shot at {r.choice(SETTINGS)} in {r.choice(PLACES)}, {c.actor(i)} "
            f"posed in {r.choice(['warm autumn coats', 'tailored suits', 'summer linen', 'knitwear', 'vintage denim', 'hanbok-inspired outfits'])}. "
            f"The photographer said {c.pron(i)} suggested half of the concepts {'herself' if c.cast[i]['female'] else 'himself'}.")


def roundup_item(world, rng, k):
    d = world.drama(k)
    rate = round(rng.uniform(1.5, d["peak"]), 1)
    ep = rng.randint(2, d["episodes"])
    if d["ott"]:
        return f"{d['network']}'s {q(d['title'])} stayed in the top five of the platform's Korean chart for another week."
    return rng.choice([
        f"{d['network']}'s {q(d['title'])} reached {rate} percent with its {ORD[min(ep, 16) - 1]} episode, according to Nielsen Korea.",
        f"{q(d['title'])} held steady at {rate} percent, with episode {ep} drawing attention for a scene at {rng.choice(SETTINGS)}.",
        f"{d['network']}'s {d['genre']} {q(d['title'])} recorded {rate} percent, its highest rating since the premiere.",
    ])
