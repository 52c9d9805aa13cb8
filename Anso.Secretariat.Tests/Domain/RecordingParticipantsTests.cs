using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using static Anso.Secretariat.Tests.Support.MeetingTestData;

namespace Anso.Secretariat.Tests.Domain;

public class RecordingParticipantsTests
{
    [Fact]
    public void A_participant_is_a_person_with_an_organization_a_role_and_an_attendance()
    {
        var meeting = Board();

        var p = meeting.AddParticipant(" Nebojša Lalić ", 7, null, "Secretary General of SASA", ParticipantRole.MemberRepresentative, Attendance.Online);

        Assert.Equal("Nebojša Lalić", p.Name);
        Assert.Equal(7, p.OrganizationId);
        Assert.True(p.Attended);
        meeting.ChangeParticipant(p, ParticipantRole.MemberRepresentative, Attendance.Apologies);
        Assert.False(p.Attended);
    }

    [Fact]
    public void The_same_person_of_the_same_organization_is_not_added_twice()
    {
        var meeting = Board();
        meeting.AddParticipant("Annamária Szabó", 3, null, null, ParticipantRole.MemberRepresentative, Attendance.OnSite);

        var refused = Assert.Throws<DomainException>(() =>
            meeting.AddParticipant("annamaria szabo", 3, null, null, ParticipantRole.Observer, Attendance.Online));

        Assert.Contains("already a participant", refused.Message);
        Assert.Single(meeting.Participants);
    }

    [Fact]
    public void Someone_outside_the_register_needs_an_affiliation()
    {
        var meeting = Board();

        Assert.Throws<DomainException>(() => meeting.AddParticipant("Jinghua Cao", null, " ", null, ParticipantRole.Secretariat, Attendance.OnSite));
        var p = meeting.AddParticipant("Jinghua Cao", null, "ANSO Secretariat", "Executive Director", ParticipantRole.Secretariat, Attendance.OnSite);

        Assert.Equal("ANSO Secretariat", p.Affiliation);
    }

    [Fact]
    public void The_chair_and_co_chairs_are_named_as_the_papers_name_them()
    {
        var meeting = Board();

        meeting.AppointChairs("Prof. Sukit Limpijumnong", ["Prof. HE Hongping", " ", "prof. he hongping"]);

        Assert.Equal("Prof. Sukit Limpijumnong", meeting.Chair);
        Assert.Equal(["Prof. HE Hongping"], meeting.CoChairs);
        Assert.Throws<DomainException>(() => meeting.AppointChairs(null, ["Prof. HE Hongping"]));
        Assert.Throws<DomainException>(() => meeting.AppointChairs("Prof. X", ["prof. x"]));
    }
}
