namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>Collects the shortcodes one by one (<c>.Use(new ChartShortcode())</c>), in the order the error for an unknown shortcode lists them.</summary>
public sealed class ShortcodeRegistryBuilder
{
    private readonly List<IShortcode> _shortcodes = [];

    public ShortcodeRegistryBuilder Use(IShortcode shortcode)
    {
        if (_shortcodes.Any(s => s.Name == shortcode.Name))
        {
            throw new InvalidOperationException($"the shortcode '{shortcode.Name}' is registered twice");
        }

        _shortcodes.Add(shortcode);
        return this;
    }

    public ShortcodeRegistry Build(ShortcodeContext context) => new([.. _shortcodes], context);
}
