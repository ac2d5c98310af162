using System.Text;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// A page as the Razor renderer writes it, kept in one buffer that a worker reuses page after page: the check reads the
/// characters where they are and the UTF-8 bytes for the file are encoded into a second reused buffer, so a page's
/// HTML is never copied into a string, a concatenation or a fresh byte array.
/// </summary>
public sealed class HtmlBuffer : TextWriter
{
    private char[] _chars = new char[64 * 1024];
    private byte[] _bytes = new byte[64 * 1024];
    private int _length;

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>The text written since the last <see cref="Clear"/>; valid until the next write.</summary>
    public ReadOnlySpan<char> Text => _chars.AsSpan(0, _length);

    public void Clear() => _length = 0;

    /// <summary>The text as UTF-8; valid until the next call.</summary>
    public ReadOnlySpan<byte> Utf8()
    {
        var most = Encoding.UTF8.GetMaxByteCount(_length);
        if (_bytes.Length < most)
        {
            _bytes = new byte[Math.Max(most, _bytes.Length * 2)];
        }

        return _bytes.AsSpan(0, Encoding.UTF8.GetBytes(Text, _bytes));
    }

    public override void Write(char value)
    {
        Room(1);
        _chars[_length++] = value;
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Room(buffer.Length);
        buffer.CopyTo(_chars.AsSpan(_length));
        _length += buffer.Length;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    private void Room(int more)
    {
        if (_length + more > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_length + more, _chars.Length * 2));
        }
    }
}
