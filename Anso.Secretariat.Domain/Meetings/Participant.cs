using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.Domain.Meetings;

public enum ParticipantRole { MemberRepresentative, Observer, Secretariat }

public enum Attendance { OnSite, Online, Apologies, Absent }

/// <summary>A person taking part in a meeting, with their organization (a record, or a free-text affiliation) and role.</summary>
public class Participant
{
    private Participant() { } // EF

    internal Participant(string name, int? organizationId, string? affiliation, string? position, ParticipantRole role, Attendance attendance)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("A participant needs a name.");
        if (organizationId is null && string.IsNullOrWhiteSpace(affiliation))
            throw new DomainException("Give the participant's organization, or their affiliation (for example \"ANSO Secretariat\").");
        Name = name.Trim();
        OrganizationId = organizationId;
        Affiliation = string.IsNullOrWhiteSpace(affiliation) ? null : affiliation.Trim();
        Position = string.IsNullOrWhiteSpace(position) ? null : position.Trim();
        Change(role, attendance);
    }

    public int Id { get; private set; }
    public int MeetingId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The organization in the register the person represents, when there is one.</summary>
    public int? OrganizationId { get; private set; }
    /// <summary>Free-text affiliation, for people outside the register (the secretariat, guests).</summary>
    public string? Affiliation { get; private set; }
    /// <summary>Their position, e.g. "Secretary General of SASA".</summary>
    public string? Position { get; private set; }
    public ParticipantRole Role { get; private set; }
    public Attendance Attendance { get; private set; }

    public bool Attended => Attendance is Attendance.OnSite or Attendance.Online;

    internal static string Describe(ParticipantRole role) => role switch
    {
        ParticipantRole.MemberRepresentative => "Member representative",
        _ => role.ToString(),
    };

    internal static string Describe(Attendance attendance) => attendance switch
    {
        Attendance.OnSite => "On-site",
        _ => attendance.ToString(),
    };

    internal void Change(ParticipantRole role, Attendance attendance)
    {
        if (!Enum.IsDefined(role) || !Enum.IsDefined(attendance)) throw new DomainException("Choose a role and an attendance.");
        Role = role;
        Attendance = attendance;
    }
}
