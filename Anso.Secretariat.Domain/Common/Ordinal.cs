namespace Anso.Secretariat.Domain.Common;

public static class Ordinal
{
    /// <summary>1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd".</summary>
    public static string Of(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n + suffix;
    }
}
