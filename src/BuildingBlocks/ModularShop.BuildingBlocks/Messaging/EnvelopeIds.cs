namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>What an envelope id tells: the shop's ids are version 7 (see <see cref="ModuleMessaging"/>), made from the clock.</summary>
public static class EnvelopeIds
{
    /// <summary>When an envelope id was made, for a version 7 id; null for any other id.</summary>
    public static DateTimeOffset? CreatedAt(Guid envelopeId)
    {
        if (envelopeId.Version != 7)
        {
            return null;
        }

        // The first 48 bits, in RFC 9562's big-endian order, are milliseconds since the Unix epoch.
        Span<byte> bytes = stackalloc byte[16];
        envelopeId.TryWriteBytes(bytes, bigEndian: true, out _);
        long milliseconds = 0;
        for (var i = 0; i < 6; i++)
        {
            milliseconds = (milliseconds << 8) | bytes[i];
        }

        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }
}
