using Anso.Secretariat.App.Features.Minutes;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;

namespace Anso.Secretariat.Tests.Meetings;

/// <summary>The attendance of the minutes (screen and PDF): each person with their organization, in its own words.</summary>
public class AttendanceLineTests
{
    [Fact]
    public void An_organization_with_an_acronym_is_named_once_without_doubled_parentheses()
    {
        var meeting = A.Meeting.GoverningBoard(9).Planned();
        meeting.AddParticipant("Prof. Alexander Sergeev", 7, null, null, ParticipantRole.MemberRepresentative, Attendance.OnSite);
        meeting.AddParticipant("Dr. Hyun-Jung Kim", null, "Korea Institute of Science and Technology (KIST)", null, ParticipantRole.Observer, Attendance.OnSite);

        var attendance = AttendanceList.Build(meeting.Participants, new Dictionary<int, string> { [7] = "Russian Academy of Sciences (RAS)" });

        Assert.Equal(
            ["Dr. Hyun-Jung Kim, Korea Institute of Science and Technology (KIST)", "Prof. Alexander Sergeev, Russian Academy of Sciences (RAS)"],
            attendance["Present on site"]);
        Assert.DoesNotContain(attendance["Present on site"], line => line.Contains("(Russian") || line.Contains("))"));
    }
}
