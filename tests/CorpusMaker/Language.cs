namespace MaalMedMening.CorpusMaker;

/// <summary>
/// The words of one language. A page's shape draws indices; each language turns the same indices into its own
/// words, so the Danish and English twins have the same structure, links and length.
/// </summary>
internal sealed record Language(
    string Code,
    string PageSlug,
    string SectionSlug,
    string HomeTitle,
    string SectionTitle,
    string SeeAlso,
    string[] FunctionWords,
    string[] Syllables,
    string[] Topics,
    string[] Subtopics,
    string[] Roles)
{
    public static readonly string[] Names =
    [
        "Mette Hansen", "Lars Jensen", "Anne Nielsen", "Peter Pedersen", "Sofie Andersen", "Jens Christensen",
        "Camilla Larsen", "Henrik Sørensen", "Louise Rasmussen", "Søren Jørgensen", "Marianne Madsen", "Ole Kristensen",
    ];

    public static readonly Language Danish = new(
        "da", "side", "afsnit", "Testkorpus", "Afsnit", "Se også",
        ["og", "i", "at", "det", "en", "til", "er", "som", "på", "de", "med", "for", "af", "der", "ikke", "har", "vi", "kan", "om", "så"],
        ["ar", "bej", "de", "mil", "jø", "mål", "le", "del", "se", "sty", "ring", "træ", "ning", "sam", "men", "hæng", "præ", "sta",
         "tion", "med", "trin", "dia", "log", "kva", "li", "tet", "ud", "vik", "ling", "fæl", "les", "skab", "gø", "re", "hø", "må",
         "tryg", "hed", "an", "svar", "værk", "tøj", "kul", "tur", "op", "ga", "ve", "bor", "ger", "kom", "mu", "ne"],
        ["Trivsel", "Ledelse", "Samarbejde", "Indflydelse", "Målstyring", "Arbejdsglæde", "Dialog", "Feedback",
         "Kvalitet", "Retning", "Fællesskab", "Læring", "Tillid", "Belastning", "Motivation", "Værdiskabelse",
         "Opfølgning", "Data og målinger", "Kerneopgaven", "Kunder og borgere", "Forandring", "Kompetencer", "Arbejdstid", "Sygefravær"],
        ["i praksis", "og data", "for ledere", "trin for trin", "eksempler", "risici", "spørgsmål", "næste skridt"],
        ["tillidsrepræsentant", "afdelingsleder", "arbejdsmiljørepræsentant", "HR-konsulent", "medarbejder", "direktør"]);

    public static readonly Language English = new(
        "en", "page", "section", "Test corpus", "Section", "See also",
        ["and", "the", "of", "to", "a", "in", "is", "that", "for", "with", "as", "on", "it", "be", "not", "we", "can", "by", "this", "are"],
        ["work", "place", "man", "age", "ment", "per", "form", "ance", "tar", "get", "mea", "sure", "team", "lead", "er", "ship",
         "val", "ue", "learn", "ing", "col", "lec", "tive", "qual", "i", "ty", "dia", "logue", "feed", "back", "re", "sult", "of",
         "fice", "staff", "goal", "trust", "bal", "tool", "care", "ser", "vice", "cli", "ent", "pro", "cess", "frame", "plan",
         "ning", "cit", "iz", "en"],
        ["Wellbeing", "Leadership", "Cooperation", "Influence", "Management by objectives", "Job satisfaction", "Dialogue", "Feedback",
         "Quality", "Direction", "Community", "Learning", "Trust", "Workload", "Motivation", "Value creation",
         "Follow-up", "Data and measurement", "The core task", "Customers and citizens", "Change", "Skills", "Working hours", "Sickness absence"],
        ["in practice", "and data", "for managers", "step by step", "examples", "risks", "questions", "next steps"],
        ["union representative", "department manager", "health and safety representative", "HR consultant", "employee", "director"]);

    public static readonly IReadOnlyList<Language> All = [Danish, English];

    public string Word(Word word) => word.Function
        ? FunctionWords[word.Parts[0] % FunctionWords.Length]
        : string.Concat(word.Parts.Select(p => Syllables[p % Syllables.Length]));

    public string HeadingText(HeadingRef heading) =>
        heading.Subtopic < 0 ? Topics[heading.Topic] : $"{Topics[heading.Topic]} {Subtopics[heading.Subtopic]}";

    /// <summary>The id the generator gives a heading: lowercase, æ→ae, ø→oe, å→aa, anything else but a-z0-9 → one hyphen.</summary>
    public static string HeadingId(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(c switch
            {
                'æ' => "ae",
                'ø' => "oe",
                'å' => "aa",
                >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
                _ => "-",
            });
        }

        return string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
