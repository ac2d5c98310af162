namespace MaalMedMening.Generator.Diagnostics;

/// <summary>Stable codes for content errors; tests assert these, not the wording.</summary>
public static class DiagnosticCodes
{
    /// <summary>The file is not valid UTF-8.</summary>
    public const string InvalidEncoding = "MM001";
    /// <summary>A page has no front matter, or it is not closed.</summary>
    public const string FrontMatterMissing = "MM002";
    /// <summary>The YAML does not parse.</summary>
    public const string InvalidYaml = "MM003";
    /// <summary>A tab is used for indentation in YAML.</summary>
    public const string TabInYaml = "MM004";
    /// <summary>The same key twice in one YAML mapping.</summary>
    public const string DuplicateYamlKey = "MM005";
    /// <summary>A required field is missing or empty.</summary>
    public const string MissingField = "MM006";
    /// <summary>A front-matter date (<c>lastmod:</c>) is not a real date written YYYY-MM-DD.</summary>
    public const string InvalidDate = "MM008";
    /// <summary>Two pages of one language share a translation key.</summary>
    public const string DuplicateKey = "MM010";
    /// <summary>Two pages would be written to the same address.</summary>
    public const string DuplicateUrl = "MM011";
    /// <summary>A page or data item has no twin in the other language.</summary>
    public const string MissingTranslation = "MM012";
    /// <summary>A UI string is missing from a language's strings table.</summary>
    public const string MissingString = "MM013";
    /// <summary>A link points at a page that does not exist.</summary>
    public const string BrokenLink = "MM020";
    /// <summary>A link points at a heading or anchor that does not exist on its page.</summary>
    public const string BrokenFragment = "MM021";
    /// <summary>Raw HTML in Markdown (it would bypass escaping and could carry script).</summary>
    public const string RawHtml = "MM022";
    /// <summary>Markdown nested past the parser's depth limit.</summary>
    public const string TooDeeplyNested = "MM024";
    /// <summary>A subject-index keyword (<c>keywords:</c>) names a heading id that its page does not have.</summary>
    public const string UnknownKeywordHeading = "MM025";
    /// <summary>An unknown shortcode, or a shortcode with bad arguments.</summary>
    public const string BadShortcode = "MM023";
    /// <summary>Data refers to a balance, pole, question or advice id that does not exist.</summary>
    public const string UnknownId = "MM030";
    /// <summary>The same data id twice in one language.</summary>
    public const string DuplicateId = "MM031";
    /// <summary>A balance tool rule points at advice that does not exist, or advice no rule reaches.</summary>
    public const string RuleError = "MM040";
    /// <summary>Content would make the reader's browser request something from another host.</summary>
    public const string ExternalRequest = "MM051";
    /// <summary>The rendered page would contain JavaScript.</summary>
    public const string ScriptInOutput = "MM050";
    /// <summary>A Markdown attribute (<c>{…}</c>) that is not on the allowlist (id, class, lang, dir).</summary>
    public const string AttributeNotAllowed = "MM070";
    /// <summary>A link or image address whose scheme is not allowed (file:, ftp:, …), or an image that is not a file of the site.</summary>
    public const string AddressNotAllowed = "MM071";
    /// <summary>A shortcode argument the shortcode does not know.</summary>
    public const string UnknownShortcodeArgument = "MM072";
    /// <summary>A line that starts as a shortcode but whose arguments are not plain <c>name="value"</c> pairs.</summary>
    public const string MalformedShortcode = "MM073";
    /// <summary>A language in site.yml is not a language code such as da, en or de-AT.</summary>
    public const string InvalidLanguage = "MM060";
    /// <summary>A web address in settings or data is not http(s) (or, where allowed, a relative page link).</summary>
    public const string InvalidAddress = "MM061";
    /// <summary>An entry in input/ is not a regular file inside input/: a dangling or outside link, a FIFO, a device.</summary>
    public const string NotARegularFile = "MM062";
    /// <summary>A file is larger than the generator reads (see README, "Limits").</summary>
    public const string FileTooLarge = "MM063";
    /// <summary>YAML lists and mappings nested past the depth limit.</summary>
    public const string YamlTooDeep = "MM064";
    /// <summary>A UI string's {0}-style placeholders do not fit what the theme passes it.</summary>
    public const string BadPlaceholder = "MM065";
    /// <summary>A number in data is not finite or outside its sane range.</summary>
    public const string NumberOutOfRange = "MM066";
    /// <summary>A slug or a page's address is longer than the limit.</summary>
    public const string TooLong = "MM067";
    /// <summary>The rendered page would have the same id twice, so links to it and labels would be ambiguous.</summary>
    public const string DuplicateIdInOutput = "MM052";
    /// <summary>A front matter 'slug:' with characters other than a–z, 0–9 and '-' between words; the message suggests the transliterated slug.</summary>
    public const string InvalidSlug = "MM080";
    /// <summary>The text states a number about the data (25 questions, four balances) that the data does not have (input/&lt;lang&gt;/counts.yml).</summary>
    public const string CountMismatch = "MM081";
    /// <summary>The theme's stylesheet has CSS the minifier cannot read (theme/assets/site.css).</summary>
    public const string InvalidStylesheet = "MM090";
    /// <summary>The balance tool shows a pole's advantage and risk (or a move towards it), but the pole has no 'advantageSentence:' or 'riskSentence:'.</summary>
    public const string MissingToolSentence = "MM100";
    /// <summary>An advice text or sentence the balance tool shows reads like a line of its rules table ("Focus – now: …").</summary>
    public const string RuleTextInAdvice = "MM101";
    /// <summary>A group of the balance tool's rules has no heading text in one of the site's languages.</summary>
    public const string MissingToolHeading = "MM102";
    /// <summary>The rules' scale names its positions ('labels:'), but not in one of the site's languages.</summary>
    public const string MissingPositionLabels = "MM103";
    /// <summary>A language's position labels do not fit the scale: another count than its positions, or two alike (also the default labels of a scale over 5 positions).</summary>
    public const string InvalidPositionLabels = "MM104";
    /// <summary>A YAML alias (*name) inside the node its anchor (&amp;name) marks: a loop every reader would follow for ever.</summary>
    public const string YamlAliasLoop = "MM130";
    /// <summary>A YAML file that, with its aliases repeated, stands for more values than the limit.</summary>
    public const string YamlTooLarge = "MM131";
    /// <summary>A balance tool rule whose condition would make more selector chains (CSS) than the limit.</summary>
    public const string RuleTooLarge = "MM132";
    /// <summary>A data id that becomes an HTML id or a CSS selector has characters other than a–z, 0–9 and '-'.</summary>
    public const string InvalidId = "MM133";
    /// <summary>A control character (NUL, ESC, …) in text that would be written to a page.</summary>
    public const string ControlCharacter = "MM134";
    /// <summary>A warning: git is there but gave no commit dates (a checkout owned by another user, a timeout), so pages show none.</summary>
    public const string NoCommitDates = "MM135";
    /// <summary>A page still has a placeholder that <c>new</c> wrote ("(translate me)", "TODO:"); <c>serve</c> previews it as a draft.</summary>
    public const string Placeholder = "MM160";
    /// <summary>A key that its file or mapping does not have (a typo such as 'linkss:'); the message names the nearest known key.</summary>
    public const string UnknownKey = "MM170";
    /// <summary>A value of the wrong kind: a list or mapping where one value belongs (or the reverse), not a number, not true or false.</summary>
    public const string WrongKind = "MM171";
    /// <summary>A value that is not one of the names allowed there (a layout, a credit, an embed kind, an advice level, a count).</summary>
    public const string UnknownValue = "MM172";
    /// <summary>A value of the right kind but the wrong form or size: an embed address or height, a number word, a balance without two poles.</summary>
    public const string InvalidValue = "MM173";
    /// <summary>A value that clashes with another: an embed address offered twice, balance questions on a page without a balance.</summary>
    public const string ConflictingValue = "MM174";
    /// <summary>A warning: a case lists a balance that has no chapter page in its language, so the case's list leaves it out.</summary>
    public const string BalanceWithoutChapter = "MM175";
    /// <summary>site.yml's 'transliteration:' names a language the site does not have, or a pair that is not 'letter=spelling' in a–z and 0–9.</summary>
    public const string InvalidTransliteration = "MM180";
}
