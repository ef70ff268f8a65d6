"""Word pools of the corpus generator: names, drama titles, genres, networks,
occupations, settings, quotes and the rest that generated articles are made
of (all fictional or generic)."""


def W(s):
    """Word list from a '|'-separated string (entries may contain spaces)."""
    return [x.strip() for x in s.split("|") if x.strip()]


# ------------------------------------------------------------------ names

FAMILY = W("Kim|Kim|Kim|Lee|Lee|Lee|Park|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Oh|"
           "Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|Hong|Jeon|Go|Moon|Yang|Son|Bae|Baek|Heo|"
           "Nam|Noh|Ha|Kwak|Sung|Cha|Joo|Woo|Min|Ryu|Na|Jin|Ji|Um|Byun|Chae|Won|Bang|"
           "Pyo|Gong|Do|Yeo|Choo|Seol|Tak|Hyun|Ma|Gu|Ko|Jo|Yeom|Sim|Ok|Kook|Myung|Ban|"
           "Jeong|Ye|Wi|Seok|Hur|Maeng|Yook|Gil|Bong|Cheon")
GIVEN = W("Seo|Ji|Min|Hyun|Woo|Jae|Young|Soo|Eun|Ha|Jin|Hye|Yeon|Sung|Jun|Hoon|Won|"
          "Bin|Ah|In|Na|Ra|Rin|Sol|Bom|Ho|Kyung|Tae|Dong|Sang|Chan|Gyu|Hwan|Seok|Sun|"
          "Hee|Mi|Yu|Da|Ye|Joon|Yoon|Song|Ok|Gil|Bo|Ga|Neul|Hwa|Rim|Kyu|Il|Chul|Hyuk|"
          "Woong|Bit|Sae|Byeol|Han|Yi|Geun|Seung|Joo|Ryeong|Yeong|Mo|Nam|Dam|Dan|Ju|"
          "Wook|Beom|Gun|Hyeon|Si|Sook|Ja|Nari|Ae|Kyeol|Ryun|Baek|Deok|Pil|Jeong|Gang|"
          "Se|Chae|Eui|Il|Rang|Ran|Hui|Un|Mun|Suk|Myeong|Nae|Ro|Sa|Bok|Gook|Kwang")
AGENCY_WORDS = W("Starlight|Blue Whale|Namu|Haneul|Bright Moon|Orchid|Keyeast|Seesaw|Daisy|"
                 "Pinetree|Riverside|Saram|Gold Bell|Echo|Maroo|Artist Lab|Cloud Nine|"
                 "Hanbit|Northwind|Ivory|Mint|Cosmos|Deep Blue|Lighthouse|Saebyeok|Onda|"
                 "Maple|Wild Rose|Paper Plane|Arum|Nabi|Yellow Door|Starfield|Hoban|Dal")
AGENCY_KINDS = W("Entertainment|Company|Agency|Management|Artists|Studio|E&M|Partners")

# ------------------------------------------------------------------ dramas

TITLE_ADJ = W("Secret|Last|Golden|Silent|Midnight|Moonlit|Hidden|Burning|Frozen|Broken|"
              "Lonely|Brave|Crimson|Blue|Endless|Forgotten|Little|Wild|Gentle|Bitter|"
              "Sweet|Dangerous|Lucky|Stolen|Perfect|Strange|Faraway|Second|Final|Red|"
              "Invisible|Borrowed|Shining|Restless|Sleepless|Quiet|Fearless|Royal|Dark|"
              "Rainy|Snowy|Electric|Wandering|Hungry|Runaway|Innocent|Eternal|Scarlet|"
              "Velvet|Paper|Glass|Iron|Silver|Starry|Wicked|Accidental|Unexpected|Tiny|"
              "Merciless|Lovely|Curious|Reckless|Fragile|Magnificent|Ordinary|Rebel|"
              "Summer|Winter|Autumn|Spring|Neon|Ghostly|Phantom|Savage|Humble|Tender")
TITLE_NOUN = W("Courthouse|Hospital|Kitchen|Garden|Kingdom|Harbor|Bakery|Detective|Witness|"
               "Radio|Crown|Heart|Bride|Prince|Princess|Doctor|Lawyer|Prosecutor|Chef|Tailor|"
               "Florist|Library|Bookstore|Theater|Island|Village|Mansion|Palace|Academy|"
               "School|Station|Train|Bus Stop|Lighthouse|Ferry|Market|Alley|Rooftop|Diary|"
               "Letter|Promise|Contract|Lie|Revenge|Inheritance|Night|Dawn|Season|Tide|"
               "Storm|Moon|Star|Sun|Rain|Snow|Wind|River|Mountain|Forest|Ocean|Summer|"
               "Winter|Wedding|Funeral|Hotel|Motel|Casino|Bank|Jury|Ward|Clinic|Shelter|"
               "Orchard|Vineyard|Farm|Factory|Studio|Agency|Office|Company|Heir|Heiress|"
               "Butler|Maid|Ghost|Spirit|Fox|Tiger|Dragon|Phoenix|Swan|Wolf|Magpie|Crane|"
               "Butterfly|Camellia|Peony|Plum Blossom|Bamboo|Pine|Willow|Melody|Song|"
               "Symphony|Canvas|Portrait|Mirror|Clock|Compass|Map|Key|Lantern|Umbrella|"
               "Bicycle|Camera|Recipe|Kimchi|Noodle Shop|Tea House|Laundromat|Pharmacy|"
               "Barbershop|Gym|Dojang|Court|Cell|Prison|Precinct|Newsroom|Webtoon|Debut|"
               "Audition|Comeback|Encore|Runway|Mask|Shadow|Echo|Whisper|Confession|Oath")
TITLE_PLACE = W("Seoul|Busan|Jeju|the Harbor City|the Capital|Gangnam|Itaewon|Hongdae|"
                "Seongsu|Mapo|Jongno|the East Sea|the Southern Coast|Incheon|Daegu|"
                "Jeonju|Gyeongju|Sokcho|Tongyeong|Yeosu|Mokpo|Andong|Chuncheon|Suwon|"
                "Gapyeong|Namhae|Ulleung|Boseong|Damyang|Geoje|Pohang|Gangneung|the Palace|"
                "the Old Town|the Border|the Valley|the Hill|the Bridge|the Island")
GENRES = [
    ("romantic comedy", "romance", "cast"), ("legal drama", "legal", "cast"),
    ("medical drama", "medical", "cast"), ("crime thriller", "thriller", "cast"),
    ("fantasy historical drama", "historical", "cast"), ("family drama", "family", "cast"),
    ("office romance", "romance", "cast"), ("coming-of-age drama", "youth", "cast"),
    ("revenge thriller", "thriller", "cast"), ("mystery drama", "mystery", "cast"),
    ("sports drama", "sports", "cast"), ("fantasy romance", "fantasy", "cast"),
    ("historical romance", "historical", "cast"), ("heist comedy", "comedy", "cast"),
    ("healing drama", "healing", "cast"), ("horror drama", "horror", "cast"),
    ("political thriller", "thriller", "cast"), ("food romance", "romance", "cast"),
    ("high school drama", "youth", "cast"), ("melodrama", "melo", "cast"),
    ("black comedy", "comedy", "cast"), ("action noir", "action", "cast"),
    ("campus romance", "youth", "cast"), ("time-slip romance", "fantasy", "cast"),
    ("zombie thriller", "horror", "cast"), ("courtroom satire", "legal", "cast"),
]
NETWORKS = [
    ("tvN", ["Mondays and Tuesdays at 8:50 p.m. KST", "Saturdays and Sundays at 9:20 p.m. KST",
             "Wednesdays and Thursdays at 8:50 p.m. KST"]),
    ("KBS2", ["Mondays and Tuesdays at 9:50 p.m. KST", "Saturdays and Sundays at 8 p.m. KST",
              "Wednesdays and Thursdays at 9:50 p.m. KST"]),
    ("SBS", ["Fridays and Saturdays at 10 p.m. KST", "Mondays and Tuesdays at 10 p.m. KST"]),
    ("MBC", ["Fridays and Saturdays at 9:50 p.m. KST", "Wednesdays and Thursdays at 9 p.m. KST"]),
    ("JTBC", ["Saturdays and Sundays at 10:30 p.m. KST", "Wednesdays and Thursdays at 10:30 p.m. KST"]),
    ("ENA", ["Wednesdays and Thursdays at 9 p.m. KST", "Mondays and Tuesdays at 10 p.m. KST"]),
    ("MBN", ["Saturdays and Sundays at 9:40 p.m. KST"]),
    ("Netflix", ["with all episodes at once", "with two new episodes every Friday"]),
    ("Disney+", ["with two new episodes every Wednesday", "with new episodes every Tuesday"]),
    ("Coupang Play", ["with a new episode every Friday", "with two episodes every Saturday"]),
    ("TVING", ["with new episodes every Thursday", "with all episodes at once"]),
    ("Wavve", ["with new episodes every Monday"]),
]
OCCUPATIONS = W(
    "public defender|prosecutor|trauma surgeon|neurosurgeon|pediatrician|head nurse|"
    "veterinarian|pharmacist|detective|criminal profiler|forensic scientist|coast guard officer|"
    "firefighter|paramedic|police chief|judge|court stenographer|tax auditor|bank teller|"
    "financial crimes investigator|hacker|con artist|safe cracker|getaway driver|"
    "head chef|sous-chef|pastry chef|food critic|noodle shop owner|tofu maker|baker|barista|"
    "butcher|fishmonger|ferry captain|fisherman|haenyeo diver|marine biologist|astronomer|"
    "court astronomer|crown prince|queen dowager|royal guard|court lady|palace physician|"
    "scholar|merchant|shaman|swordsman|gisaeng|magistrate|spy|archer|"
    "webtoon artist|web novelist|mystery novelist|ghostwriter|editor|translator|reporter|"
    "news anchor|radio producer|variety show PD|stylist|makeup artist|fashion designer|"
    "model|idol trainee|indie singer-songwriter|pianist|cellist|dance instructor|"
    "figure skater|boxer|baseball pitcher|archery coach|swimming coach|taekwondo master|"
    "high school teacher|kindergarten teacher|university lecturer|tutor|student council president|"
    "transfer student|janitor|security guard|delivery rider|taxi driver|bus driver|"
    "convenience store clerk|florist|tailor|jeweler|antique dealer|real estate agent|"
    "wedding planner|funeral director|architect|game developer|startup CEO|chaebol heir|"
    "secretary|bodyguard|butler|housekeeper|lawyer|divorce lawyer|labor attorney|"
    "psychiatrist|counselor|hotel manager|flight attendant|pilot|train conductor|"
    "lighthouse keeper|park ranger|farmer|beekeeper|winemaker|tea master|monk|"
    "grim reaper|nine-tailed fox|goblin|time traveler|ghost|vampire|dokkaebi")
TRAITS = W("hot-tempered|cold|cheerful|clumsy|brilliant|lonely|stubborn|free-spirited|"
           "ambitious|timid|reckless|warm-hearted|sharp-tongued|mysterious|exhausted|"
           "perfectionist|shy|fearless|arrogant|kind|sarcastic|gentle|proud|lazy|"
           "hard-working|naive|cunning|quiet|talkative|anxious|charming|awkward|"
           "rebellious|loyal|secretive|optimistic|grumpy|bold|melancholy|eccentric|"
           "principled|greedy|honest|moody|playful|serious|forgetful|determined")
BACKSTORY = W(
    "who has not taken a day off in seven years|who hides a painful secret from {poss} family|"
    "who returns to {poss} hometown after a failed business|who lost {poss} memory in an accident|"
    "who can hear the thoughts of others|who is drowning in debt|who never loses a case|"
    "who moved back from the United States with a perfect record|"
    "who quit a stable job to chase an old dream|who is secretly the heir of a conglomerate|"
    "who has been hiding {poss} identity for ten years|who was framed for a crime {pron} did not commit|"
    "who wakes up twenty years in the past|who is afraid of the sea|"
    "who lives alone with three cats|who runs a restaurant that is always empty|"
    "who is convinced that the trip will make {poss} channel famous|"
    "who trusts no one in the palace|who has the rare ability to read the stars|"
    "who would give {poss} life for the prince|who dreams of opening a bakery|"
    "who writes anonymous reviews that can close a restaurant|who cannot sleep at night|"
    "who is searching for {poss} missing younger brother|who has been in love with {poss} best friend since high school|"
    "who ran away on the day of {poss} wedding|who inherits a crumbling hotel|"
    "who gets seasick on {poss} very first day|who knows more about the hospital than any doctor|"
    "who wants the emergency room closed for good|who keeps a diary of every lie {pron} tells|"
    "who is sent to a small island as punishment|who has a contract marriage with {poss} boss|"
    "who secretly writes the webtoon everyone is reading|who is the only witness to a murder|"
    "who spends every night on the rooftop|who tries to win back {poss} first love")
SETTINGS = W(
    "an old camping car|a seaside café|a night market|a rooftop garden|an empty courtroom|"
    "a hospital emergency room|a noodle shop in an alley|a fish market at dawn|"
    "a royal observatory|the throne room|a bamboo forest|a snowy mountain temple|"
    "an abandoned amusement park|a small island village|a university library|"
    "a convenience store|a laundromat|a police interrogation room|a radio studio|"
    "a fashion show backstage|a boxing gym|an ice rink|a baseball stadium|a rice field|"
    "a tangerine orchard|a hanok guesthouse|a lighthouse|a ferry deck|a subway platform|"
    "a hotel lobby|a casino vault|a bank basement|a wedding hall|a funeral home|"
    "a school rooftop|a classroom after hours|a karaoke room|a pojangmacha tent|"
    "a ski resort|a tea plantation|a winery cellar|a flower shop|a bookstore|"
    "a greenhouse|a newsroom|a webtoon studio|a recording studio|a dance practice room|"
    "a palace kitchen|a mountain fortress|a border village|a jjimjilbang|a car wash|"
    "a bus terminal|a pharmacy|a tailor's shop|an antique shop|a glass workshop")
PLACES = W("Busan|Jeju Island|Gangwon Province|Gapyeong|Incheon|Jeonju|Gyeongju|Sokcho|"
           "Tongyeong|Yeosu|Mokpo|Andong|Chuncheon|Suwon|Namhae|Ulleung Island|Boseong|"
           "Damyang|Geoje|Pohang|Gangneung|Daejeon|Gwangju|Daegu|Ulsan|Paju|Yongin|"
           "Goyang|Samcheok|Jecheon|Danyang|Mungyeong|Hadong|Gimhae|Seosan|Taean|"
           "Seoul's Seongsu-dong|Seoul's Mapo district|Seoul's Jongno district|"
           "Seoul's Itaewon|Seoul's Bukchon village|Seoul's Euljiro|the DMZ|Hongcheon")
PROPS = W("a thick case file|a bowl of rice soup|a red umbrella|an old film camera|"
          "a stack of love letters|a broken watch|a wedding ring|a paper crane|"
          "a bouquet of peonies|a cassette tape|a bloody scalpel|a folding fan|"
          "a jade hairpin|a silver dagger|a bag of tangerines|a box of pastries|"
          "a pot of kimchi stew|a bottle of soju|a stuffed rabbit|a sketchbook|"
          "a guitar|a harmonica|a telescope|a torn map|a paper lantern|a diary|"
          "a voice recorder|a USB drive|a forged passport|a briefcase full of cash|"
          "a pregnancy test|a resignation letter|a train ticket|a hospital bracelet|"
          "a lucky charm|a baseball glove|a pair of skates|a chef's knife|a bicycle|"
          "a yellow raincoat|a polaroid photo|a birthday cake|a white dress|a crown|"
          "a bow and arrows|a scroll|a seal|a prescription|a key card|a music box")
ACTIONS = W(
    "stares out at the rain|bursts into tears|breaks into a smile|slams the door|"
    "runs through the crowd|grabs her wrist|whispers a warning|reads the letter aloud|"
    "tears up the contract|throws the pot into the sink|hides behind a pillar|"
    "kneels in the snow|points a gun at the door|opens the safe|falls asleep on the desk|"
    "sings under her breath|dances alone in the kitchen|rides off on a bicycle|"
    "shouts at the sea|hands over the evidence|drops the tray|counts the money|"
    "wipes the blood from his lip|stitches the wound|checks the monitor|"
    "studies the night sky|sharpens a sword|bows to the queen|confesses his feelings|"
    "refuses to look back|laughs until he cries|waits at the bus stop|"
    "searches the empty room|burns the photograph|locks the door behind her|"
    "fixes the broken radio|tastes the soup|writes a name on the wall|"
    "pulls a snack out of his pocket|climbs onto the roof|swims toward the boat")
EMOTIONS = W("tension|heartbreak|longing|suspicion|relief|anger|fear|awkwardness|"
             "warmth|jealousy|regret|curiosity|hope|grief|excitement|nervousness|"
             "determination|shock|tenderness|loneliness")
WEATHER = W("in the pouring rain|under a full moon|at dawn|at sunset|in the first snow|"
            "on a freezing night|in thick fog|on a scorching afternoon|during a storm|"
            "under cherry blossoms|in the falling leaves|after midnight|at the break of day|"
            "in a heavy wind|on a humid summer night")
FOODS = W("tteokbokki|kimchi stew|rice soup|jajangmyeon|bibimbap|fried chicken|"
          "samgyeopsal|naengmyeon|mandu|hotteok|bungeoppang|dried sweet potato|"
          "ginger tea|barley tea|coffee|sundae|japchae|galbi|seaweed soup|kimbap|"
          "sujebi|tangerines|peaches|tteok|makgeolli|ramyeon|abalone porridge|"
          "grilled mackerel|soybean paste stew|ice cream")
GIFTS = W("a coffee truck|a snack truck|a food truck|handwritten letters|heat packs|"
          "a rice cake set|matching hoodies|a dessert truck|vitamins|umbrellas")
FIGHTS = W("a parking space|the last piece of cake|a stolen recipe|an unpaid bill|"
           "a wrong delivery|a broken promise|a noisy neighbor|a lost dog|a seat on the bus|"
           "a wrongly addressed letter|a leaked photo|an anonymous review")
EP_EVENTS = W(
    "drops the charges in open court|reveals the truth about the fire|"
    "finds the missing brother at the harbor|publishes the review under her own name|"
    "discovers the forged will|learns that the accident was no accident|"
    "finally opens the letter from his father|chooses the crown over love|"
    "walks out of the wedding hall|catches the killer on the bridge|"
    "confesses that she wrote the webtoon|returns the ring|loses the final match|"
    "wins the cooking contest|saves the patient in the elevator|is arrested at the airport|"
    "wakes up in the present|sees the falling star|sells the restaurant|"
    "reads the diary aloud|signs the resignation letter|meets her birth mother")
QUOTE_ABOUT_ROLE = [
    "{first} is someone who keeps everything inside, so I had to act with my eyes more than my words.",
    "I read the script in one night and called my manager at three in the morning.",
    "I wanted to play someone who is not perfect. {first} makes mistakes, and that is why I love {pron_obj}.",
    "I trained for {months} months to look like a real {occupation}. I still catch myself using the words.",
    "There is a lot of me in {first}. My friends say I became more {trait} while filming.",
    "The hardest part was the {food}. I had to eat it in every take, and we did {takes} takes.",
    "I hope viewers will slowly come to understand {first}, even when {pron} is {trait}.",
    "I never imagined I would play a {occupation}. I learned something new every day on set.",
    "This is the first time I have played a {trait} character. It was scary and fun at the same time.",
    "My mother is the biggest fan of the writer, so she is the happiest person about this news.",
]
QUOTE_ABOUT_SET = [
    "We filmed it in one long take with two cameras, and nobody on set made a sound.",
    "It was so cold that our lines came out as white clouds. The staff gave us {gift}.",
    "{partner} stayed behind the camera for my close-up even though {partner_pron} part was finished.",
    "We laughed so much between takes that the director had to send us outside.",
    "The water was freezing, but the view in {place} made everyone forget about it.",
    "I burned my fingers more times than I can count, but I loved every second of it.",
    "We ate {food} together after every night shoot. That is how we became a family.",
    "I took more than {count} pictures during filming. Most of them are of the staff sleeping.",
    "The set was so real that I kept forgetting it was a set.",
    "When the director called cut, we both let out a breath at the same time and then laughed.",
]
REPORTERS = W("Hallyu Wire|K-Scene Now|Drama Daily Korea|Seoul Screen Report|"
              "Hanbit Entertainment News|K-Culture Post|Star Tonight|The Drama Desk|"
              "Kpop and Drama Herald|Soompi-style Weekly|Korea Showbiz Times|"
              "Channel Hallyu|Blue Moon Media|Saebyeok Daily|The Idol Letter")
FARMS = W("kdrama-updates-24|hallyu-buzz-now|trending-korea-news|best-drama-news-today|"
          "kstar-gossip-daily|drama-fever-updates|seoul-celeb-wire|viral-kdrama-hub")
VARIETY = W("Home Sweet Village|Running Friends|Late Night Couch|Music Heart|"
            "Knowing Brothers Club|Chef's Road Trip|Weekend Camping Crew|Idol Cook-Off|"
            "The Island Diaries|Sunday Night Talk")
MAGAZINES = W("Marie Claire Korea|W Korea|Elle Korea|Esquire Korea|Cosmopolitan Korea|"
              "GQ Korea|Harper's Bazaar Korea|Allure Korea|Arena Homme Plus|Singles")
PRAISE = W("nuanced|layered|heartbreaking|electric|understated|magnetic|restrained|explosive|"
           "delicate|convincing|hilarious|chilling|captivating|mesmerizing|raw|subtle|"
           "commanding|luminous|effortless|fierce|poignant|spellbinding|tender|witty|"
           "unforgettable|stunning|powerful|charismatic|gripping|haunting|refreshing|"
           "believable|heartwarming|intense|playful|meticulous|dazzling|soulful|"
           "vulnerable|compelling|riveting|sincere|breathtaking|unpredictable|bittersweet")
ADVERBS = W("quietly|suddenly|slowly|carefully|desperately|coldly|warmly|awkwardly|"
            "nervously|bravely|secretly|gently|angrily|silently|playfully|stubbornly|"
            "tearfully|calmly|firmly|shyly|boldly|eagerly|hesitantly|softly")
CLOTHES = W("a navy trench coat|a hospital gown|a chef's jacket|a judge's robe|"
            "a faded denim jacket|a school uniform|a royal dragon robe|a silk hanbok|"
            "a wedding dress|a leather jacket|an oversized cardigan|a police uniform|"
            "a diving suit|a lab coat|a black suit|a yellow raincoat|a padded jacket|"
            "a striped apron|a boxing robe|a knitted scarf|a tuxedo|a bucket hat")
ANIMALS = W("a stray cat|a white Jindo dog|an escaped goat|a goldfish|a parrot|"
            "a hedgehog|a rescued puppy|a flock of seagulls|a magpie|a sleepy turtle|"
            "a cow named Bomi|a horse|a rabbit|an old tabby cat|a chicken")
HOBBIES = W("rock climbing|pottery|baking bread|fishing|knitting|surfing|horse riding|"
            "sword fighting|archery|ballroom dancing|sign language|calligraphy|"
            "playing the cello|playing the piano|ice skating|boxing|swimming|cooking|"
            "photography|gardening|woodworking|scuba diving|tap dancing|skateboarding|"
            "the haegeum|the gayageum|taekwondo|yoga|rowing|motorcycle riding")
COMMUNITY = W("online communities|social media|fan forums|the drama's official website|"
              "video platforms|the live chat|group chats|Korean portal sites")
VIEWER_TALK = [
    "Viewers on {community} called the scene \"the {praise} moment of the year\" and shared clips of it.",
    "After the broadcast, the name of the drama rose to the top of trending keywords on {community}.",
    "Fans on {community} praised the {praise} chemistry between {a} and {b}, calling them \"the couple of the season.\"",
    "Some viewers on {community} pointed out that the plot twist was foreshadowed as early as episode {ep}.",
    "A clip of {a} {verbing} went viral on {community}, passing {views} million views in a week.",
]
VERBING = W("crying in the rain|laughing at the monitor|dancing with the staff|"
            "feeding a stray cat|practicing lines in the car|sleeping on a folding chair|"
            "sharing snacks with the extras|riding a bicycle between takes")
PRODUCTION = W("Studio Dragon|SLL|Studio S|Monster Union|Studio N|Kakao Entertainment|"
               "Samhwa Networks|Pan Entertainment|Egg Is Coming|Celltrion Entertainment|"
               "Higround|A Story|Baram Pictures|Studio Namu|Chorokbaem Media")
COLLECT = W("vinyl records|film cameras|sneakers|fountain pens|snow globes|houseplants|"
            "vintage watches|comic books|perfume bottles|keychains|coffee mugs|postcards|"
            "mechanical keyboards|board games|teapots|bonsai trees|guitar picks|movie posters|"
            "figurines|magnets|baseball caps|cassette tapes|succulents|seashells|bookmarks|"
            "lego sets|tarot cards|old coins|polaroid photos|handmade ceramics|scented candles")
WORLD_CITIES = W("Tokyo|Osaka|Bangkok|Manila|Jakarta|Taipei|Singapore|Hong Kong|Kuala Lumpur|"
                 "Ho Chi Minh City|Hanoi|Los Angeles|New York|Chicago|London|Paris|Berlin|"
                 "Madrid|Mexico City|Sao Paulo|Sydney|Melbourne|Dubai|Macau|Nagoya|Fukuoka|"
                 "Sapporo|Toronto|Vancouver|Santiago")
ENDORSE = W("a skincare brand|a coffee chain|a sportswear label|a luxury watchmaker|"
            "an electronics company|a soju brand|a ramen company|a telecom company|"
            "an outdoor clothing brand|a jewelry house|an eyewear brand|a fried chicken franchise|"
            "a mobile game|an airline|a cosmetics company|a bank|an insurance company|"
            "a car maker|a fashion house|a perfume brand|a mineral water brand|a bakery chain")
AWARDS = W("the Baeksang Arts Awards|the Blue Dragon Series Awards|the KBS Drama Awards|"
           "the SBS Drama Awards|the MBC Drama Awards|the Asia Artist Awards|"
           "the Seoul International Drama Awards|the APAN Star Awards|the Director's Cut Awards|"
           "the Korea Drama Awards|the Brand of the Year Awards")
AWARD_CATS = W("Best New Actor|Best New Actress|the Excellence Award|the Top Excellence Award|"
               "the Best Couple Award|the Popularity Award|Best Supporting Actor|"
               "Best Supporting Actress|the Grand Prize|the Rookie Award|the Netizen Award")
HABITS = W("wakes up at five to run along the Han River|writes a diary every night|"
           "meditates before every shoot|reads the whole script aloud to a pet|"
           "keeps a notebook of lines from other dramas|goes hiking every Sunday|"
           "cooks breakfast for the staff|learns a new language every year|"
           "watches old black-and-white films|practices calligraphy to calm down|"
           "visits a temple stay once a season|plays basketball with high school friends")
MONTHS = W("January|February|March|April|May|June|July|August|September|October|November|December")
NUMWORDS = W("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "11th", "12th", "13th", "14th", "15th", "16th"]
PARTICLE_WORDS = W("finally|officially|reportedly|once again|at last")


# Romanized syllables that make up the names of companies, hospitals, schools,
# shops and villages ("Hanbit University Hospital", "Daesung Group"): a long
# tail of rare proper nouns like the one in real news.
ROM = W("han|bit|dae|sung|mi|rae|seo|yeon|hae|dal|byeol|sae|ro|jin|myeong|cheon|gang|"
        "san|do|won|ji|su|ha|neul|a|reum|bo|ram|na|on|gil|mun|jeong|hwa|pyeong|an|"
        "seong|nam|buk|dong|il|sin|gwang|yong|cheol|geum|eun|baek|cheong|hyang|gi|ma|"
        "ru|da|som|u|ri|ga|ol|yeo|bom|kkot|mae|hwan|sol|chan|ye|im|deok|tae|jae|hyeon")
ORG_FORMS = ["{} Group", "{} University Hospital", "{} High School", "{} Law Firm",
             "the {} Hotel", "{} Police Station", "{} Bakery", "{} Village", "{} Market",
             "{} Electronics", "{} Medical Center", "{} Girls' High School", "{} Shipyard",
             "{} Noodle House", "{} Bookstore", "{} Art Museum", "{} Savings Bank",
             "{} Middle School", "{} Department Store", "{} Fisheries Cooperative"]
