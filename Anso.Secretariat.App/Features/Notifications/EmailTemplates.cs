using System.Text.RegularExpressions;

namespace Anso.Secretariat.App.Features.Notifications;

/// <summary>The emails to an applicant's contact: their default wording, and the placeholders an administrator may use.</summary>
public static partial class EmailTemplates
{
    public static readonly IReadOnlyList<NotificationKind> ToApplicants = [NotificationKind.ApplicationAcknowledged, NotificationKind.ApplicationOutcome];

    /// <summary>The placeholders an administrator may use; the screen says what each means (NotificationsText: Placeholder_…).</summary>
    public static readonly IReadOnlyList<string> Placeholders = ["{organization}", "{contact}", "{number}", "{received}", "{meeting}", "{outcome}"];

    /// <summary>The wording until an administrator changes it; off, as the emails to applicants are until turned on.</summary>
    public static EmailTemplate Default(NotificationKind kind) => kind switch
    {
        NotificationKind.ApplicationAcknowledged => new(kind,
            "Your application to ANSO has been received (no. {number})",
            """
            Dear {contact},

            The ANSO Secretariat has received the membership application of {organization} on {received} and recorded it as application no. {number}.
            We will review it and write to you after the Governing Board and the General Assembly have considered it.

            ANSO Secretariat
            """, enabled: false),
        NotificationKind.ApplicationOutcome => new(kind,
            "The outcome of your application to ANSO (no. {number})",
            """
            Dear {contact},

            The {meeting} has considered the membership application of {organization}: it was {outcome}.

            ANSO Secretariat
            """, enabled: false),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only the emails to applicants have editable wording."),
    };

    /// <summary>Replaces each known placeholder with its value; unknown ones are left as typed, so a typo shows.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        PlaceholderPattern().Replace(text, m => values.TryGetValue(m.Value.ToLowerInvariant(), out var v) ? v : m.Value);

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex PlaceholderPattern();
}
