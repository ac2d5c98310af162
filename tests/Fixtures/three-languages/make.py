#!/usr/bin/env python3
"""Writes the three-language fixture's input/ (placeholder text). Run from this folder; the output is committed."""
import os, re

LANGS = [("en", "English"), ("fr", "Français"), ("de", "Deutsch")]
SLUGS = {  # translationKey -> slug per language
    "intro": {"en": "introduction", "fr": "introduction", "de": "einleitung"},
    "words": {"en": "words", "fr": "mots", "de": "woerter"},
    "check": {"en": "check-yourselves", "fr": "faites-le-point", "de": "standortbestimmung"},
    "topics": {"en": "topics", "fr": "sujets", "de": "themen"},
    "topic-pace": {"en": "pace-or-depth", "fr": "rythme-ou-profondeur", "de": "tempo-oder-tiefe"},
    "topic-voice": {"en": "one-voice-or-many", "fr": "une-voix-ou-plusieurs", "de": "eine-stimme-oder-viele"},
    "question-index": {"en": "all-questions", "fr": "toutes-les-questions", "de": "alle-fragen"},
    "subject-index": {"en": "subject-index", "fr": "index", "de": "register"},
}
LOCALES = {"en": "en_GB", "fr": "fr_FR", "de": "de_DE"}
BALANCES = [("pace-depth", "pace", "depth"), ("lead-share", "lead", "share"), ("plan-adapt", "plan", "adapt")]

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

def page(lang, title, key, weight, body, extra=""):
    slug = SLUGS.get(key, {}).get(lang, "")
    return f"---\ntitle: \"{title}\"\ndescription: \"{title} ({lang}).\"\ntranslationKey: {key}\nweight: {weight}\nslug: {slug}\n{extra}---\n\n{body}\n"

strings_en = open(os.path.join(os.path.dirname(__file__), "..", "..", "..", "input", "en", "strings.yml"), encoding="utf-8").read()

def strings(lang, name):
    out = []
    for line in strings_en.splitlines():
        m = re.match(r'^(\w+): (.*)$', line)
        if not m:
            continue
        key, value = m.groups()
        if key == "languageName":
            value = name
        elif key == "decimalSeparator":
            value = '","' if lang != "en" else '"."'
        elif key == "locale":
            value = LOCALES[lang]
        elif key == "percentFormat":
            value = '"{0} %"' if lang != "en" else '"{0}%"'
        elif key in ("monthNames", "indexAlphabet"):
            # Lists of words read one by one (twelve months, the letters): kept as they are.
            pass
        elif lang != "en":
            # Marked per language; placeholders and quoting kept.
            if value.startswith('"') and value.endswith('"'):
                value = f'"[{lang}] {value[1:-1]}"'
            else:
                value = f'"[{lang}] ' + value.replace('"', '\\"') + '"'
        out.append(f"{key}: {value}")
    return "\n".join(out) + "\n"

write("input/site.yml", "# A second, small site: three languages, English the default.\nlanguages: en fr de\nsiteUrl: https://example.org/three/\naccessibilityStatement: https://example.org/accessibility\nmenu: intro check topics\nsourceUrl: https://example.org/source\npublisherUrl: https://example.org/\nembedHeights:\n  question-cards: 1500\n  balance-questions: 500\n  balance-overview: 900\n  balance-tool: 1500\n")
write("input/tool-rules.yml", """# The fixture's own rules: a three-position scale, and groups unlike the real site's.
scale:
  positions: 3
  sets:
    left: [1]
    middle: [2]
    right: [3]
    not-right: [1, 2]
each-balance:
  - show: pole-left
    when: { now: not-right }
  - show: pole-right
    when: { now: right }
  - show: move-left
    when: { moving: left }
  - show: move-right
    when: { moving: right }
  - show: questions
    when: { answered: true }
groups:
  - id: combined
    heading:
      en: Where the balances combine – the web edition’s advice, not the booklet’s
      fr: "[fr] Where the balances combine – the web edition’s advice, not the booklet’s"
      de: "[de] Where the balances combine – the web edition’s advice, not the booklet’s"
    rules:
      - show: { tool-advice: fast-and-alone }
        when: { all: [ { balance: pace-depth, now: left }, { balance: lead-share, now: left } ] }
      - show: { tool-advice: slow-together }
        when: { any: [ { all: [ { balance: pace-depth, want: right }, { balance: lead-share, want: right } ] }, { balance: plan-adapt, moving: right } ] }
  - id: general
    heading:
      en: Good advice that fits your answers
      fr: "[fr] Good advice that fits your answers"
      de: "[de] Good advice that fits your answers"
    rules:
      - show: { advice: start-1 }
        when: { any-balance: { answered: true } }
        links: intro
      - show: { advice: start-2 }
        when: { any-balance: { now: middle } }
      - show: { advice: deeper-1 }
        when: { all: [ { balance: plan-adapt, now: [1, 2] }, { balance: plan-adapt, want: right } ] }
        links: topic-pace topic-voice
""")

for lang, name in LANGS:
    L = lang.upper()
    base = f"input/{lang}"
    write(f"{base}/strings.yml", strings(lang, name))
    write(f"{base}/_index.md", page(lang, f"{L} home", "home", 0, f"[{lang}] Welcome. Read the [introduction](intro.md) or [check yourselves](check.md)."))
    write(f"{base}/intro.md", page(lang, f"{L} introduction", "intro", 10, f"## [{lang}] First part\n\n[{lang}] Placeholder text about [the topics](topics/_index.md).\n\n{{{{< questions group=\"overall\" >}}}}",
        extra=f"embeds:\n  question-cards: cards\n  balance-overview: balances\nkeywords:\n  - {lang} first part: {lang}-first-part\n  - {lang} introduction\n"))
    write(f"{base}/questions.md", page(lang, f"{L} all questions", "question-index", 50, f"[{lang}] Every question.\n\n{{{{< question-index >}}}}"))
    write(f"{base}/subjects.md", page(lang, f"{L} subject index", "subject-index", 60, f"[{lang}] Subjects.\n\n{{{{< subject-index >}}}}"))
    write(f"{base}/words.md", page(lang, f"{L} words", "words", 20, f"[{lang}] The terms.\n\n{{{{< glossary >}}}}"))
    write(f"{base}/check.md", page(lang, f"{L} check yourselves", "check", 30, f"[{lang}] Choose where you are.\n\n{{{{< balance-tool >}}}}",
        extra=f"menuTitle: \"[{lang}] check\"\nlayout: tool\nembeds:\n  balance-tool: tool\n"))
    write(f"{base}/topics/_index.md", page(lang, f"{L} topics", "topics", 40, f"[{lang}] Two topics."))
    write(f"{base}/topics/pace.md", page(lang, f"{L} pace or depth", "topic-pace", 10, f"[{lang}] About pace and depth.\n\n{{{{< questions group=\"pace-depth\" >}}}}",
        extra=f"balance: pace-depth\nembeds:\n  balance-questions: questions/pace-depth\n"))
    write(f"{base}/topics/voice.md", page(lang, f"{L} one voice or many", "topic-voice", 20, f"[{lang}] About leading and sharing.\n\n[{lang}] Back to [the introduction](../intro.md).\n\n{{{{< chart id=\"share\" >}}}}",
        extra=f"balance: lead-share\n"))
    balances = "".join(
        f"- id: {b}\n  dimension: \"[{lang}] {b} dimension\"\n  name: \"[{lang}] {l} or {r}?\"\n  poles:\n"
        f"    - id: {l}\n      name: \"[{lang}] {l}\"\n      advantage: \"[{lang}] gain of {l}\"\n      risk: \"[{lang}] risk of {l}\"\n      advantageSentence: \"[{lang}] {l} gains.\"\n      riskSentence: \"[{lang}] {l} risks.\"\n"
        f"    - id: {r}\n      name: \"[{lang}] {r}\"\n      advantage: \"[{lang}] gain of {r}\"\n      risk: \"[{lang}] risk of {r}\"\n      advantageSentence: \"[{lang}] {r} gains.\"\n      riskSentence: \"[{lang}] {r} risks.\"\n"
        for b, l, r in BALANCES)
    write(f"{base}/data/balances.yml", balances)
    questions = "".join(f"- id: {g}-{i}\n  group: {g}\n  text: \"[{lang}] question {i} on {g}?\"\n" for g in ["overall"] + [b for b, _, _ in BALANCES] for i in (1, 2))
    write(f"{base}/data/questions.yml", questions)
    write(f"{base}/data/advice-levels.yml", "".join(f"- id: {lv}\n  name: \"{'' if lang == 'en' else f'[{lang}] '}{lv}\"\n" for lv in ("strategic", "operational")))
    write(f"{base}/data/advice.yml", "".join(f"- id: {a}\n  level: {lv}\n  title: \"[{lang}] title {a}\"\n  text: \"[{lang}] advice {a}.\"\n" for a, lv in [("start-1", "strategic"), ("start-2", "strategic"), ("deeper-1", "operational")]))
    write(f"{base}/data/tool-advice.yml",
        f"- id: fast-and-alone\n  title: \"[{lang}] Fast and alone\"\n  text: \"[{lang}] Pace with one leader.\"\n  links: topic-pace\n"
        f"- id: slow-together\n  title: \"[{lang}] Slow together\"\n  text: \"[{lang}] Depth, shared.\"\n  links: topic-voice\n")
    write(f"{base}/data/charts.yml", f"- id: share\n  title: \"[{lang}] Share who leads\"\n  source: \"[{lang}] Placeholder source.\"\n  unit: \"%\"\n  bars:\n    - {{ label: \"[{lang}] one\", value: 12.5 }}\n    - {{ label: \"[{lang}] two\", value: 87.5 }}\n")
    terms = {"en": ["team", "goal"], "fr": ["équipe", "objectif"], "de": ["Team", "Ziel"]}[lang]
    write(f"{base}/data/glossary.yml", "".join(f"- id: {i}\n  term: {t}\n  explanation: \"[{lang}] explanation of {i}.\"\n" for i, t in zip(["team", "goal"], terms)))
