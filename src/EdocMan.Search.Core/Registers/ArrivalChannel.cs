namespace EdocMan.Search.Core.Registers;

/// <summary>How an incoming document reached the agency; usage reports count the two apart (seed, Art. 9.5).</summary>
public enum ArrivalChannel
{
    /// <summary>Văn bản điện tử: received through the System, by edXML or uploaded as a file.</summary>
    Electronic = 0,

    /// <summary>Văn bản giấy: a paper original, digitised by scanning.</summary>
    Paper = 1,
}
