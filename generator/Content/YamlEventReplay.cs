using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MaalMedMening.Generator.Content;

/// <summary>
/// The events of a YAML text, already read once, played back to whoever wants a parser (YamlDotNet's node tree):
/// scanning is most of what YAML costs, and the text was already scanned to measure it.
/// </summary>
public sealed class YamlEventReplay(IReadOnlyList<ParsingEvent> events) : IParser
{
    private int _next;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        if (_next >= events.Count)
        {
            Current = null;
            return false;
        }

        Current = events[_next++];
        return true;
    }
}
