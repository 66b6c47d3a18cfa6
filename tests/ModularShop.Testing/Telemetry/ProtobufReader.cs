namespace ModularShop.Testing.Telemetry;

/// <summary>
/// Reads protobuf's wire format field by field: enough to take apart an OTLP export without generated code. Fields
/// the caller does not ask for are skipped.
/// </summary>
internal ref struct ProtobufReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public int Field { get; private set; }

    private int _wireType;

    public bool Next()
    {
        if (_position >= _data.Length)
        {
            return false;
        }

        var key = ReadVarint();
        Field = (int)(key >> 3);
        _wireType = (int)(key & 7);
        return true;
    }

    public ReadOnlySpan<byte> Bytes()
    {
        Expect(2);
        var length = (int)ReadVarint();
        var value = _data.Slice(_position, length);
        _position += length;
        return value;
    }

    public string String() => System.Text.Encoding.UTF8.GetString(Bytes());

    public ulong Varint()
    {
        Expect(0);
        return ReadVarint();
    }

    public ulong Fixed64()
    {
        Expect(1);
        var value = BitConverter.ToUInt64(_data.Slice(_position, 8));
        _position += 8;
        return value;
    }

    public void Skip()
    {
        switch (_wireType)
        {
            case 0: ReadVarint(); break;
            case 1: _position += 8; break;
            case 2:
                var length = (int)ReadVarint();
                _position += length;
                break;
            case 5: _position += 4; break;
            default: throw new InvalidDataException($"Wire type {_wireType} is not one protobuf has.");
        }
    }

    private void Expect(int wireType)
    {
        if (_wireType != wireType)
        {
            throw new InvalidDataException($"Field {Field} has wire type {_wireType}, not {wireType}.");
        }
    }

    private ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var next = _data[_position++];
            value |= (ulong)(next & 0x7F) << shift;
            if ((next & 0x80) == 0)
            {
                return value;
            }
        }
    }
}
