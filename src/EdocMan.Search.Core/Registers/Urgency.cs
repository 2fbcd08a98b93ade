namespace EdocMan.Search.Core.Registers;

/// <summary>Độ khẩn (Decree 30/2020, Annex I §III.2); values as edXML's Priority code.</summary>
public enum Urgency
{
    /// <summary>Thường.</summary>
    Normal = 0,

    /// <summary>Khẩn.</summary>
    Urgent = 1,

    /// <summary>Thượng khẩn.</summary>
    Immediate = 2,

    /// <summary>Hỏa tốc.</summary>
    Flash = 3,
}

/// <summary>Vietnamese labels of <see cref="Urgency"/>.</summary>
public static class UrgencyLabels
{
    public static string Of(Urgency urgency) => urgency switch
    {
        Urgency.Urgent => "Khẩn",
        Urgency.Immediate => "Thượng khẩn",
        Urgency.Flash => "Hỏa tốc",
        _ => "Thường",
    };
}
