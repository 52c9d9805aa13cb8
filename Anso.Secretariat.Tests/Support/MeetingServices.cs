using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.App.Features.Review;
using Microsoft.Extensions.Configuration;

namespace Anso.Secretariat.Tests.Support;

/// <summary>A <see cref="MeetingService"/> on a test database, acting as a signed-in user of a given role.</summary>
public static class MeetingServices
{
    public static MeetingService For(TestDatabase database, string role, TimeProvider? clock = null, int? organizationId = null)
    {
        clock ??= TimeProvider.System;
        var user = SignedIn.As(role, database, clock, organizationId);
        var files = database.Documents();
        return new MeetingService(database.Factory, user, FakeTime.Secretariat(clock), files, new ReviewService(database.Factory, user, clock));
    }
}
