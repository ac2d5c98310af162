#!/usr/bin/env python3
"""Writes the second-publication fixture's input/: a small guide on meetings, Swedish (default) and English, with a
balance tool of its own (three balances, five named positions, its own group headings and rules). Run from this
folder; the output is committed. The UI strings start from the real site's English table, with the publication's
own words where a string names the publication."""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["sv", "en"]

def write(path, text):
    path = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

# Strings that name the publication, its publisher or its language, or that the fixture words differently.
OWN = {
    "sv": {
        "siteTitle": "Möten som fungerar", "siteTagline": "En kort vägledning om möten på arbetsplatsen, med frågor och ett verktyg.",
        "languageName": "Svenska", "chooseLanguage": "Läs på svenska", "skipLink": "Hoppa till innehållet", "home": "Start",
        "contents": "Innehåll", "breadcrumbLabel": "Du är här", "otherLanguageLabel": "Språk", "pagerLabel": "Föregående och nästa sida",
        "previous": "Föregående", "next": "Nästa", "footnotes": "Noter", "footnoteBack": "Tillbaka till texten",
        "casesForBalance": "Exempel från verkligheten", "balancesInCase": "Balanser i exemplet", "advantage": "Fördel", "risk": "Risk",
        "balance": "Balans", "publisher": "Exempelförbundet", "locale": "sv_SE", "menuLabel": "Huvudmeny", "menuButton": "Meny",
        "onThisPage": "På den här sidan", "creditSentence": "Webbutgåva av vägledningen {0}, utgiven av {1}.", "creditSourceLink": "Möten som fungerar, hos utgivaren",
        "accessibilityStatement": "Tillgänglighetsredogörelse", "notFoundTitle": "Sidan finns inte",
        "notFoundText": "Vi hittar inte sidan du söker.",
        "toolNow": "Var är ni nu?", "toolWant": "Var vill ni vara?", "toolNear": "Nära {0}", "toolMiddle": "Mitt emellan",
        "toolAdviceHeading": "Era svar och råd", "toolQuestionsTitle": "{0} frågor att samtala om",
        "embedCredit": "Från Möten som fungerar, Exempelförbundet – läs hela vägledningen",
        "embedIntro": "Kopiera koden och klistra in den på er webbplats.",
        "embedAllQuestions": "Frågor om möten", "embedOverview": "Översikt: tre balanser i mötet", "embedTool": "Hitta balansen",
        "decimalSeparator": '","', "percentFormat": '"{0} %"',
        "correctionsIntro": "Webbutgåvan återger vägledningen med de ändringar tabellen visar.",
        "creditCardSentence": "Webbutgåva av ett kort till vägledningen {0}.",
        "bookletPageNumbers": "Varje kapitels sidnummer finns i PDF-utgåvans bokmärken.",
        "monthNames": "januari februari mars april maj juni juli augusti september oktober november december",
        "indexAlphabet": "a b c d e f g h i j k l m n o p q r s t u v w x y z å ä ö",
        "overviewTable": "Översikt: de tre balanserna med fördelar och risker",
    },
    "en": {
        "siteTitle": "Meetings that work", "siteTagline": "A short guide to meetings at work, with questions and a tool.",
        "publisher": "the Example Federation", "creditSentence": "Web edition of the guide {0}, published by {1}.", "creditSourceLink": "Meetings that work, at the publisher",
        "toolQuestionsTitle": "{0} questions to talk about",
        "embedCredit": "From Meetings that work by the Example Federation – read the whole guide",
        "embedIntro": "Copy the code and paste it into a page on your website.",
        "embedAllQuestions": "Questions on meetings", "embedOverview": "Overview: three balances in a meeting", "embedTool": "Find the balance",
        "correctionsIntro": "The web edition reproduces the guide with the changes the table shows.",
        "creditCardSentence": "Web edition of a card shown with the guide {0}.",
        "bookletPageNumbers": "Each chapter’s page number is in the PDF edition’s bookmarks.",
        "overviewTable": "Overview: the three balances with advantages and risks",
    },
}

# The parts of the theme this guide does not show (no chart, corrections, booklet page, cards, indexes, embeds or tool
# cards), whose UI strings it therefore leaves out: a language's table needs only the keys its pages show (issue #27).
UNUSED = {
    "balance", "overviewTable",
    "chartTableCaption", "chartValue", "chartBar", "chartNoLabel", "decimalSeparator", "percentFormat",
    "correctionsHeading", "correctionsIntro", "correctionsWhere", "correctionsPrinted", "correctionsWeb", "correctionsReason",
    "overallQuestions", "questionIndexWhere", "indexAlphabet", "indexLetters", "indexGlossary", "bookletPageNumbers",
    "creditCardSentence", "embedHeading", "embedIntro", "embedCredit", "embedNarrow", "embedAllQuestions",
    "embedBalanceQuestions", "embedOverview",
}

strings_en = open(os.path.join(HERE, "..", "..", "..", "input", "en", "strings.yml"), encoding="utf-8").read()

def strings(lang):
    out = []
    for line in strings_en.splitlines():
        m = re.match(r'^(\w+): (.*)$', line)
        if not m:
            continue
        key, value = m.groups()
        if key in UNUSED:
            continue
        if key in OWN[lang]:
            value = OWN[lang][key]
            if not value.startswith('"'):
                value = '"' + value.replace('"', '\\"') + '"'
        elif lang == "sv":
            # The fixture's Swedish covers what its tests read; the rest stays English, marked.
            value = f'"[sv] {value[1:-1]}"' if value.startswith('"') and value.endswith('"') else '"[sv] ' + value.replace('"', '\\"') + '"'
        out.append(f"{key}: {value}")
    return "\n".join(out) + "\n"

def page(title, key, weight, slug, body, extra=""):
    return f"---\ntitle: \"{title}\"\ndescription: \"{title}.\"\ntranslationKey: {key}\nweight: {weight}\nslug: {slug}\n{extra}---\n\n{body}\n"

BALANCES = {
    "sv": [("pace", "Tempo", "Snabbt eller grundligt?", ("quick", "Snabbt"), ("thorough", "Grundligt")),
           ("voice", "Röster", "Några eller alla?", ("few", "Några få"), ("all", "Alla")),
           ("plan", "Planering", "Agenda eller öppet?", ("agenda", "Fast agenda"), ("open", "Öppet samtal"))],
    "en": [("pace", "Pace", "Quick or thorough?", ("quick", "Quick"), ("thorough", "Thorough")),
           ("voice", "Voices", "A few or everyone?", ("few", "A few"), ("all", "Everyone")),
           ("plan", "Planning", "Agenda or open?", ("agenda", "Fixed agenda"), ("open", "Open talk"))],
}
CHAPTERS = {  # key: (sv title, sv slug, en title, en slug, balance)
    "why": ("Därför spelar möten roll", "darfor", "Why meetings matter", "why", None),
    "pace-chapter": ("För många möten", "for-manga-moten", "Too many meetings", "too-many-meetings", "pace"),
    "voice-chapter": ("Vem får ordet?", "vem-far-ordet", "Who gets to speak?", "who-speaks", "voice"),
    "plan-chapter": ("Agendan", "agendan", "The agenda", "the-agenda", "plan"),
}

write("input/site.yml", "# A second publication: a guide on meetings, Swedish the default.\nlanguages: sv en\nsiteUrl: https://example.org/meetings/\n"
      "accessibilityStatement: https://example.org/accessibility\nmenu: why tool cases\nsourceUrl: https://example.org/guide\npublisherUrl: https://example.org/\n"
      "embedHeights:\n  question-cards: 1500\n  balance-questions: 500\n  balance-overview: 900\n  balance-tool: 2500\n")

write("input/tool-rules.yml", """# The guide's own rules: five named positions, its own groups and headings.
scale:
  positions: 5
  labels:
    sv: ["Helt {left}", "Mest {left}", "Både och", "Mest {right}", "Helt {right}"]
    en: ["All {left}", "Mostly {left}", "Both", "Mostly {right}", "All {right}"]
  sets:
    left-side: [1, 2]
    right-side: [4, 5]
    not-right: [1, 2, 3]
    not-left: [3, 4, 5]
each-balance:
  - show: pole-left
    when: { now: not-right }
  - show: pole-right
    when: { now: not-left }
  - show: move-left
    when: { moving: left }
  - show: move-right
    when: { moving: right }
  - show: questions
    when: { answered: true }
groups:
  - id: rushed
    heading:
      sv: När mötet går för fort
      en: When the meeting runs too fast
    rules:
      - show: { tool-advice: slow-down }
        when: { all: [ { balance: pace, now: left-side }, { balance: voice, now: left-side } ] }
  - id: habits
    heading:
      sv: Vanor att pröva
      en: Habits to try
    rules:
      - show: { advice: round-1 }
        when: { any-balance: { answered: true } }
        links: why
      - show: { advice: minutes-1 }
        when: { balance: plan, now: right-side }
""")

for lang in LANGS:
    sv = lang == "sv"
    base = f"input/{lang}"
    write(f"{base}/strings.yml", strings(lang))
    write(f"{base}/_index.md", page("Möten som fungerar" if sv else "Meetings that work", "home", 0, "",
        "En kort vägledning. Börja med [varför](why.md) eller [verktyget](tool.md)." if sv else "A short guide. Start with [why](why.md) or [the tool](tool.md)."))
    for key, (svt, svs, ent, ens, balance) in CHAPTERS.items():
        title, slug = (svt, svs) if sv else (ent, ens)
        body = f"## {title}\n\n" + ("Kort text om mötet." if sv else "Short text about the meeting.")
        extra = ""
        if balance:
            body += f"\n\n{{{{< questions group=\"{balance}\" >}}}}"
            extra = f"balance: {balance}\n"
        else:
            body += "\n\n{{< questions group=\"overall\" >}}\n\n{{< advice level=\"before\" >}}\n\n{{< advice level=\"after\" >}}"
        write(f"{base}/{'why' if key == 'why' else key}.md", page(title, key, 10 + 10 * list(CHAPTERS).index(key), slug, body, extra))
    write(f"{base}/tool.md", page("Hitta balansen" if sv else "Find the balance", "tool", 60, "verktyget" if sv else "tool",
        ("Välj var ni står." if sv else "Choose where you stand.") + "\n\n{{< balance-tool >}}", "layout: tool\n"))
    write(f"{base}/cases/_index.md", page("Exempel" if sv else "Examples", "cases", 70, "exempel" if sv else "examples",
        "Två arbetsplatser." if sv else "Two workplaces."))
    for i, (key, svt, ent, balance) in enumerate([("case-bakery", "Bageriet: korta möten", "The bakery: short meetings", "pace"),
                                                  ("case-school", "Skolan: alla får ordet", "The school: everyone speaks", "voice")]):
        note = "Mötet tar tio minuter." if sv else "The meeting takes ten minutes."
        write(f"{base}/cases/{key[5:]}.md", page(svt if sv else ent, key, 10 + i, key[5:],
            "Ett exempel." if sv else "An example.", f"balances:\n  - id: {balance}\n    note: \"{note}\"\n"))
    balances = "".join(
        f"- id: {b}\n  dimension: \"{d}\"\n  name: \"{n}\"\n  poles:\n"
        + "".join(f"    - id: {pid}\n      name: \"{pname}\"\n      advantage: \"{'fördel' if sv else 'gain'}: {pname}\"\n      risk: \"{'risk' if sv else 'risk'}: {pname}\"\n"
                  f"      advantageSentence: \"{pname} – {'det ger något.' if sv else 'it brings something.'}\"\n      riskSentence: \"{pname} – {'det kostar något.' if sv else 'it costs something.'}\"\n"
                  for pid, pname in (l, r))
        for b, d, n, l, r in BALANCES[lang])
    write(f"{base}/data/balances.yml", balances)
    counts = {"overall": 2, "pace": 3, "voice": 3, "plan": 3}
    write(f"{base}/data/questions.yml", "".join(
        f"- id: {g}-{i}\n  group: {g}\n  text: \"{'Fråga' if sv else 'Question'} {i} ({g})?\"\n" for g, c in counts.items() for i in range(1, c + 1)))
    write(f"{base}/data/advice.yml",
          f"- id: round-1\n  level: before\n  title: \"{'Gör en runda' if sv else 'Go round the table'}\"\n  text: \"{'Låt alla säga något först.' if sv else 'Let everyone say something first.'}\"\n"
          f"- id: minutes-1\n  level: after\n  title: \"{'Skriv protokoll' if sv else 'Take minutes'}\"\n  text: \"{'Skriv ner vad ni bestämde.' if sv else 'Write down what you decided.'}\"\n")
    write(f"{base}/data/advice-levels.yml",
          f"- id: before\n  name: \"{'Före mötet' if sv else 'Before the meeting'}\"\n- id: after\n  name: \"{'Efter mötet' if sv else 'After the meeting'}\"\n")
    write(f"{base}/data/tool-advice.yml",
          f"- id: slow-down\n  title: \"{'Sakta ner' if sv else 'Slow down'}\"\n  text: \"{'Ge frågan ett möte till.' if sv else 'Give the question another meeting.'}\"\n  links: why\n")
