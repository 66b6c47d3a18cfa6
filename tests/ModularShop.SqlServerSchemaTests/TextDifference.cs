namespace ModularShop.SqlServerSchemaTests;

internal static class TextDifference
{
    /// <summary>Where two texts part, line by line, so that a failure points at the change rather than printing both files.</summary>
    public static string First(string snapshot, string generated)
    {
        var before = snapshot.Split('\n');
        var after = generated.Split('\n');
        for (var line = 0; line < Math.Max(before.Length, after.Length); line++)
        {
            var was = line < before.Length ? before[line] : "<end of file>";
            var now = line < after.Length ? after[line] : "<end of file>";
            if (was != now)
            {
                return $"first at line {line + 1}: the snapshot has \"{was}\", the code generates \"{now}\"";
            }
        }

        return "they differ only in line ends";
    }
}
