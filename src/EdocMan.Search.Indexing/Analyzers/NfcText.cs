using System.Text;

namespace EdocMan.Search.Indexing.Analyzers;

/// <summary>Text in NFC, whatever it holds.</summary>
internal static class NfcText
{
    /// <summary>
    /// <paramref name="text"/> in NFC. Lone surrogates and the noncharacters U+FFFE and U+FFFF cannot be
    /// normalised (<see cref="string.Normalize(NormalizationForm)"/> throws), and every later step that
    /// normalises would throw on them too: they become U+FFFD, which the tokenizer drops.
    /// </summary>
    public static string Compose(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return ReplaceInvalid(text).Normalize(NormalizationForm.FormC);
        }
    }

    private static string ReplaceInvalid(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]) || chars[i] is '\uFFFE' or '\uFFFF')
            {
                chars[i] = '\uFFFD';
            }
        }
        return new string(chars);
    }
}
