namespace Anso.Secretariat.App.Features.Notifications;

public enum SmtpSecurity { None, StartTls, SslOnConnect }

public enum ObjectionDelivery { AtOnce, DailyDigest }

/// <summary>The "Email" settings. Without <see cref="Host"/> nothing is sent: messages wait in the outbox.</summary>
public sealed class EmailSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public SmtpSecurity Tls { get; set; } = SmtpSecurity.StartTls;
    public string? User { get; set; }
    public string? Password { get; set; }
    /// <summary>The sender: "ANSO Secretariat &lt;secretariat@anso.example&gt;" or a bare address.</summary>
    public string From { get; set; } = "ANSO Secretariat <no-reply@anso.example>";
    /// <summary>The address the links in the messages start with, e.g. https://secretariat.anso.org.</summary>
    public string SiteUrl { get; set; } = "http://localhost:5000";
    /// <summary>How many days before a GB meeting the members who have not recorded every position are reminded.</summary>
    public int ReminderDays { get; set; } = 3;
    /// <summary>A GB member's objection reaches the secretariat at once, or in a digest of the previous day's objections.</summary>
    public ObjectionDelivery Objections { get; set; } = ObjectionDelivery.AtOnce;
    /// <summary>How often the sender looks for due messages.</summary>
    public int PollSeconds { get; set; } = 15;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public string Link(string path) => $"{SiteUrl.TrimEnd('/')}/{path.TrimStart('/')}";
}
